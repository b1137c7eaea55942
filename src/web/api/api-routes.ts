import { Ajv } from 'ajv';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toStoredTime } from '../../domain/dates.ts';
import { parseLocalTime } from '../../domain/local-time.ts';
import { LIMITS } from '../../domain/story-edit.ts';
import { STORY_STATUSES, isStoryStatus } from '../../domain/story-status.ts';
import { storyPath } from '../../domain/story.ts';
import { createStory, moveStory, saveStoryEdit, storyForEdit, type DeskUser, type EditOutcome } from '../../newsroom/desk.ts';
import { deskUserForToken, integrationForContentKey } from '../../newsroom/integrations.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import * as content from '../../store/content-api.ts';
import type { WebContext } from '../web-context.ts';
import { ApiError, type ApiRoute, type JsonSchema } from './api-route.ts';
import { openApiDocument } from './openapi.ts';

const slug = { type: 'string', pattern: '^[a-z0-9-]{1,100}$' };
const id = { type: 'integer', minimum: 1, maximum: 2_147_483_647 };
const paging = { page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 15 } };
const keyQuery = { key: { type: 'string', maxLength: 64, description: 'the integration’s content key' } };
const named = { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } };
const storyJson: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, url: { type: 'string' }, path: { type: 'string' }, section: named,
    headline: { type: 'string' }, dek: { type: ['string', 'null'] }, excerpt: { type: 'string' }, html: { type: 'string' },
    authors: { type: 'array', items: named }, tags: { type: 'array', items: named },
    publishedAt: { type: 'string' }, updatedAt: { type: ['string', 'null'] }, correction: { type: ['string', 'null'] }, canonicalUrl: { type: ['string', 'null'] },
  },
};
const pagination = { type: 'object', properties: { page: { type: 'integer' }, limit: { type: 'integer' }, pages: { type: 'integer' }, total: { type: 'integer' } } };
const listOf = (name: string, item: JsonSchema): JsonSchema => ({ type: 'object', properties: { [name]: { type: 'array', items: item }, meta: { type: 'object', properties: { pagination } } } });
const counted = { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' }, stories: { type: 'integer' } } };

const storyFieldsSchema = (required: string[]): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties: {
    version: { type: 'integer', minimum: 1, description: 'the version this edit is based on (from GET); a stale one gets 409' },
    headline: { type: 'string', maxLength: LIMITS.headline },
    dek: { type: 'string', maxLength: LIMITS.dek },
    sectionName: { type: 'string', maxLength: LIMITS.sectionName },
    bylines: { type: 'array', maxItems: LIMITS.bylines, items: { type: 'string', maxLength: LIMITS.byline, pattern: '^[^,]*$' } },
    tags: { type: 'array', maxItems: LIMITS.tags, items: { type: 'string', maxLength: LIMITS.tag, pattern: '^[^,]*$' } },
    body: { type: 'string', maxLength: LIMITS.body, description: 'Markdown' },
    excerpt: { type: 'string', maxLength: LIMITS.excerpt },
    canonicalUrl: { type: 'string', maxLength: LIMITS.canonicalUrl },
    seoTitle: { type: 'string', maxLength: LIMITS.seoTitle },
    seoDescription: { type: 'string', maxLength: LIMITS.seoDescription },
    correction: { type: 'string', maxLength: LIMITS.correction },
    related: { type: 'array', maxItems: LIMITS.related, items: id },
  },
});
const deskStoryJson: JsonSchema = { type: 'object', properties: { id: { type: 'integer' }, version: { type: 'integer' }, fields: { type: 'object', additionalProperties: true }, status: { type: 'string', enum: [...STORY_STATUSES] }, path: { type: 'string' }, publishedAt: { type: ['string', 'null'] } } };

type FieldsBody = { bylines?: string[]; tags?: string[]; related?: number[]; version?: number } & Record<string, unknown>;

/** JSON fields → the same form-shaped input the newsroom editor sends, so both go through one validation. */
function formOf(body: FieldsBody): Record<string, unknown> {
  return { ...body, bylines: body.bylines?.join(','), tags: body.tags?.join(','), related: body.related?.join(',') };
}

export function apiRouteTable(web: WebContext): ApiRoute[] {
  const db = web.db;
  const now = () => toStoredTime(new Date());

  const requireContentKey = async (request: FastifyRequest) => {
    if (!(await integrationForContentKey(db, (request.query as { key?: string }).key))) {
      throw new ApiError(401, 'BAD_KEY', 'A valid content key is required: add ?key=… (make one with `dateline integration add`).');
    }
  };
  const requireToken = async (request: FastifyRequest): Promise<DeskUser> => {
    const user = await deskUserForToken(db, request.headers.authorization);
    if (!user) throw new ApiError(401, 'BAD_TOKEN', 'A valid admin token is required: send Authorization: Bearer <token>.');
    return user;
  };

  const storiesJson = async (rows: content.ApiStoryRow[]) => {
    const { authors, tags } = await content.relationsOf(db, rows.map((r) => r.id));
    return rows.map((r) => {
      const path = storyPath(r);
      return {
        id: r.id, url: `${web.config.siteUrl}${path}`, path, section: { slug: r.sectionSlug, name: r.sectionName },
        headline: r.headline, dek: r.dek, excerpt: r.excerpt, html: r.bodyHtml,
        authors: authors.filter((a) => a.storyId === r.id).map(({ slug: s, name }) => ({ slug: s, name })),
        tags: tags.filter((t) => t.storyId === r.id).map(({ slug: s, name }) => ({ slug: s, name })),
        publishedAt: r.publishedAt, updatedAt: r.updatedAt, correction: r.correction, canonicalUrl: r.canonicalUrl,
      };
    });
  };
  const page = (q: { page: number; limit: number }, total: number) => ({ pagination: { page: q.page, limit: q.limit, pages: Math.max(1, Math.ceil(total / q.limit)), total } });
  const deskJson = async (user: DeskUser, storyId: number) => {
    const s = await storyForEdit(db, user, storyId);
    return { id: s.id, version: s.version, status: s.status, path: storyPath(s), publishedAt: s.publishedAt, fields: s.fields };
  };
  const answer = async (user: DeskUser, outcome: EditOutcome) => {
    if (outcome.kind === 'invalid') {
      const [field, message] = Object.entries(outcome.errors)[0]!;
      throw new ApiError(400, 'INVALID', `${field} ${message}`, { fields: outcome.errors });
    }
    if (outcome.kind === 'conflict') {
      throw new ApiError(409, 'VERSION_CONFLICT', `The story is at version ${outcome.current.version}; fetch it, re-apply your change and send that version.`, { currentVersion: outcome.current.version });
    }
    return { story: await deskJson(user, outcome.id) };
  };

  return [
    {
      method: 'GET', url: '/api/content/stories', tag: 'Content', auth: 'contentKey', summary: 'Published stories, newest first, with filters',
      schema: { querystring: { type: 'object', properties: { ...keyQuery, ...paging, section: slug, tag: slug, author: slug } }, response: { 200: listOf('stories', storyJson) } },
      handle: async (request) => {
        await requireContentKey(request);
        const q = request.query as { page: number; limit: number; section?: string; tag?: string; author?: string };
        const { rows, total } = await content.listPublicStories(db, { now: now(), ...(q.section ? { sectionSlug: q.section } : {}), ...(q.tag ? { tagSlug: q.tag } : {}), ...(q.author ? { authorSlug: q.author } : {}) }, q.limit, (q.page - 1) * q.limit);
        return { stories: await storiesJson(rows), meta: page(q, total) };
      },
    },
    {
      method: 'GET', url: '/api/content/stories/:id', tag: 'Content', auth: 'contentKey', summary: 'One published story',
      schema: { params: { type: 'object', properties: { id } }, querystring: { type: 'object', properties: keyQuery }, response: { 200: { type: 'object', properties: { stories: { type: 'array', items: storyJson } } } } },
      handle: async (request) => {
        await requireContentKey(request);
        const row = await content.findPublicStoryById(db, (request.params as { id: number }).id, now());
        if (!row) throw new ApiError(404, 'NOT_FOUND', 'No published story has that id.');
        return { stories: await storiesJson([row]) };
      },
    },
    {
      method: 'GET', url: '/api/content/sections', tag: 'Content', auth: 'contentKey', summary: 'Sections with their number of published stories',
      schema: { querystring: { type: 'object', properties: keyQuery }, response: { 200: { type: 'object', properties: { sections: { type: 'array', items: counted } } } } },
      handle: async (request) => {
        await requireContentKey(request);
        return { sections: (await content.sectionsWithCounts(db, now())).map((s) => ({ ...s, stories: Number(s.stories) })) };
      },
    },
    ...(['authors', 'tags'] as const).map((what): ApiRoute => ({
      method: 'GET', url: `/api/content/${what}`, tag: 'Content', auth: 'contentKey', summary: `${what === 'authors' ? 'Authors' : 'Tags'} with published stories`,
      schema: { querystring: { type: 'object', properties: { ...keyQuery, ...paging } }, response: { 200: { type: 'object', properties: { [what]: { type: 'array', items: counted } } } } },
      handle: async (request) => {
        await requireContentKey(request);
        const q = request.query as { page: number; limit: number };
        const list = what === 'authors' ? content.authorsWithCounts : content.tagsWithCounts;
        return { [what]: (await list(db, now(), q.limit, (q.page - 1) * q.limit)).map((x) => ({ ...x, stories: Number(x.stories) })) };
      },
    })),
    {
      method: 'GET', url: '/api/admin/stories/:id', tag: 'Admin', auth: 'adminToken', summary: 'A story in any status, with its version and editable fields',
      schema: { params: { type: 'object', properties: { id } }, response: { 200: { type: 'object', properties: { story: deskStoryJson } } } },
      handle: async (request) => {
        const user = await requireToken(request);
        return { story: await deskJson(user, (request.params as { id: number }).id) };
      },
    },
    {
      method: 'POST', url: '/api/admin/stories', tag: 'Admin', auth: 'adminToken', summary: 'Create a draft story',
      schema: { body: storyFieldsSchema(['headline', 'sectionName']), response: { 201: { type: 'object', properties: { story: deskStoryJson } } } },
      handle: async (request, reply) => {
        const user = await requireToken(request);
        const result = await answer(user, await createStory(db, user, formOf(request.body as FieldsBody)));
        reply.code(201);
        return result;
      },
    },
    {
      method: 'PUT', url: '/api/admin/stories/:id', tag: 'Admin', auth: 'adminToken', summary: 'Replace a story’s fields (send the version you read; a stale one gets 409)',
      schema: { params: { type: 'object', properties: { id } }, body: storyFieldsSchema(['version', 'headline', 'sectionName']), response: { 200: { type: 'object', properties: { story: deskStoryJson } } } },
      handle: async (request) => {
        const user = await requireToken(request);
        const body = request.body as FieldsBody;
        const storyId = (request.params as { id: number }).id;
        const outcome = await saveStoryEdit(db, user, storyId, body.version, formOf(body));
        if (outcome.kind === 'saved') web.siteChanged();
        return answer(user, outcome);
      },
    },
    {
      method: 'POST', url: '/api/admin/stories/:id/status', tag: 'Admin', auth: 'adminToken', summary: 'Move a story: submit, schedule, publish (optionally under embargo), unpublish',
      schema: {
        params: { type: 'object', properties: { id } },
        body: { type: 'object', additionalProperties: false, required: ['to'], properties: { to: { type: 'string', enum: [...STORY_STATUSES] }, at: { type: 'string', maxLength: 40, description: 'ISO time: when a scheduled story goes live, or the end of an embargo' } } },
        response: { 200: { type: 'object', properties: { story: deskStoryJson } } },
      },
      handle: async (request) => {
        const user = await requireToken(request);
        const body = request.body as { to: string; at?: string };
        const at = body.at === undefined ? undefined : parseLocalTime(body.at, web.config.timeZone);
        if (body.at !== undefined && !at) throw new ApiError(400, 'INVALID', 'at must be an ISO time such as 2026-06-20T09:30:00Z');
        if (!isStoryStatus(body.to)) throw new ApiError(400, 'INVALID', 'unknown status');
        const storyId = (request.params as { id: number }).id;
        await moveStory(db, user, storyId, { to: body.to, ...(at ? { at } : {}) });
        web.siteChanged();
        return { story: await deskJson(user, storyId) };
      },
    },
  ];
}

const KIND_STATUS: Record<NewsroomError['kind'], number> = { forbidden: 403, not_found: 404, invalid: 400, limited: 429, conflict: 409 };

/** The Content and Admin APIs under /api, and their OpenAPI description at /api/docs. JSON in, JSON out, JSON errors. */
export function apiRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    const routes = apiRouteTable(web);
    // Query strings are text, so numbers there are read as numbers; a JSON body must carry the right
    // types itself (42 is not a headline), and nothing is filled in for it.
    const lenient = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: true, allErrors: false });
    const strict = new Ajv({ coerceTypes: false, useDefaults: false, removeAdditional: true, allErrors: false });
    app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema));
    app.setErrorHandler(async (error, request, reply) => {
      const send = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
        reply.code(status).header('cache-control', 'no-store').send({ error: { code, message, ...extra } });
      if (error instanceof ApiError) return send(error.status, error.code, error.message, error.extra);
      if (error instanceof NewsroomError) return send(KIND_STATUS[error.kind], error.kind.toUpperCase(), error.message);
      const e = error as { statusCode?: number; validation?: unknown; message?: string };
      if (e.validation) return send(400, 'INVALID', e.message ?? 'invalid request');
      if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return send(e.statusCode, 'BAD_REQUEST', e.message ?? 'bad request');
      request.log.error({ err: error }, 'api request failed');
      return send(500, 'INTERNAL', 'Something went wrong; try again in a moment.');
    });
    const noRoute = (_request: FastifyRequest, reply: FastifyReply) => reply.code(404).header('cache-control', 'no-store').send({ error: { code: 'NOT_FOUND', message: 'No such API route; see /api/docs.' } });
    app.setNotFoundHandler(noRoute);
    // Without this, /api/anything would fall through to the reader site's /:section/:slug page.
    app.all('/*', noRoute);
    for (const route of routes) {
      app.route({
        method: route.method,
        // Registered under the /api prefix (for its own not-found handler); the table keeps full paths for the docs.
        url: route.url.replace(/^\/api/, ''),
        schema: route.schema,
        handler: async (request, reply) => {
          const result = await route.handle(request, reply);
          if (route.tag === 'Content') reply.header('cache-control', `public, max-age=${web.config.pageCacheSeconds}`).header('access-control-allow-origin', '*');
          else reply.header('cache-control', 'no-store');
          return result;
        },
      });
    }
    const doc = openApiDocument(routes, web.config.siteName, web.config.siteUrl);
    app.get('/docs', async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(doc));
  };
}
