import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { parseLocalTime } from '../../domain/local-time.ts';
import { canEditStory, isRole } from '../../domain/roles.ts';
import { fieldsFromSnapshot, parseStoryFields } from '../../domain/story-edit.ts';
import { BODY_FORMATS, type BodyFormat } from '../../domain/story-body.ts';
import { isStoryStatus } from '../../domain/story-status.ts';
import { diffLines } from '../../domain/text-diff.ts';
import { actorOf, addUser, changeUser, issueSetupLink, logOut, signOutEverywhere } from '../../newsroom/accounts.ts';
import { createStory, deleteStory, moveStory, restoreRevision, saveStoryEdit, storyForEdit, type EditOutcome } from '../../newsroom/desk.ts';
import { MAX_UPLOAD_BYTES, storeImage } from '../../newsroom/media.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { createIntegration } from '../../newsroom/integrations.ts';
import { addWebhook, WEBHOOK_EVENTS } from '../../newsroom/webhooks.ts';
import { listAudit } from '../../store/audit.ts';
import { findMedia } from '../../store/media.ts';
import { listIntegrations } from '../../store/integrations.ts';
import { deleteWebhook, listWebhooks } from '../../store/webhooks.ts';
import { audit } from '../../newsroom/audit.ts';
import { IntegrationsPage, type Revealed } from '../views/admin/IntegrationsPage.tsx';
import { findRevision, listDeskStories, listRevisions } from '../../store/newsroom-stories.ts';
import { listSections } from '../../store/sections.ts';
import { findUserById, listUsers } from '../../store/users.ts';
import { parsePageNumber } from '../site/site-pages.ts';
import { renderPage } from '../views/render-page.ts';
import { AuditPage, UsersPage } from '../views/admin/PeoplePages.tsx';
import { RevisionPage, RevisionsPage } from '../views/admin/RevisionsPage.tsx';
import { StoryListPage } from '../views/admin/StoryListPage.tsx';
import { StoryPage } from '../views/StoryPage.tsx';
import type { WebContext } from '../web-context.ts';
import { FORM_LIMIT_BYTES, registerAdminRoute, registerFormParser, seeOther, sendAdminPage, SESSION_COOKIE, type AdminRequest, type AdminRoute } from './admin-kit.ts';
import { cookieHeader } from './cookies.ts';
import { loginRoutes } from './login-routes.ts';
import { editPage, previewStory } from './story-views.ts';

const LIST_PAGE_SIZE = 30;
const AUDIT_PAGE_SIZE = 100;

// Fixed words for `?notice=`: a query string never puts its own text on the page.
const NOTICES: Record<string, string> = {
  created: 'Story created. It is a draft until it is submitted or published.',
  saved: 'Saved.',
  restored: 'Restored as a new version.',
  in_review: 'Submitted for review.',
  draft: 'Back to draft.',
  scheduled: 'Scheduled: it goes live at the time shown.',
  published: 'Published.',
  unpublished: 'Unpublished: readers no longer see it.',
  deleted: 'Story deleted.',
};

function idParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) throw new NewsroomError('not_found', 'There is no such page.');
  return Number(value);
}

function pageParam(value: string | undefined): number {
  try {
    return parsePageNumber(value);
  } catch {
    throw new NewsroomError('invalid', 'The page number must be a whole number from 1 upwards.');
  }
}

/** The story routes' shared answer to a save: back to the story, or the form again with what went wrong. */
async function answerEdit(web: WebContext, r: AdminRequest, outcome: EditOutcome, id: number | undefined, notice: string) {
  if (outcome.kind === 'saved') return seeOther(r.reply, `/admin/stories/${outcome.id}?notice=${notice}`);
  const story = id === undefined ? undefined : await storyForEdit(web.db, r.user, id);
  if (outcome.kind === 'invalid') {
    const version = Number(r.form.version);
    return sendAdminPage(r.reply, await editPage(web, r.chrome, r.user, { ...(story ? { story } : {}), fields: outcome.fields, errors: outcome.errors, ...(Number.isInteger(version) ? { version } : {}) }), 400);
  }
  return sendAdminPage(r.reply, await editPage(web, r.chrome, r.user, { story: outcome.current, fields: outcome.mine, conflict: outcome }), 409);
}

/** Every newsroom route with the permission it needs: the one list the role walk in test/admin-access.test.ts goes through. */
export function adminRouteTable(web: WebContext): AdminRoute[] {
  const db = web.db;
  const tz = web.config.timeZone;
  const publicChange = () => web.siteChanged();
  const integrationsPage = async (r: AdminRequest, extra: { revealed?: Revealed; notice?: string; error?: string } = {}, status = 200) =>
    sendAdminPage(r.reply, IntegrationsPage({
      chrome: r.chrome, siteUrl: web.config.siteUrl, integrations: await listIntegrations(db), webhooks: await listWebhooks(db), events: WEBHOOK_EVENTS, ...extra,
    }), status);
  const uploadOf = (r: AdminRequest) => {
    const file = r.file;
    return file ? () => storeImage(db, web.config.mediaDir, file, r.user.id) : undefined;
  };

  return [
    { method: 'GET', url: '/admin', access: 'signed-in', handle: async (r) => seeOther(r.reply, '/admin/stories') },
    {
      method: 'POST', url: '/admin/logout', access: 'signed-in',
      handle: async (r) => {
        await logOut(db, r.sessionToken, r.user);
        r.reply.header('set-cookie', cookieHeader(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: web.config.siteUrl.startsWith('https:') }));
        return seeOther(r.reply, '/admin/login?out=1');
      },
    },
    {
      method: 'GET', url: '/admin/stories', access: 'stories.view',
      handle: async (r) => {
        const q = r.query;
        if (q.status && !isStoryStatus(q.status)) throw new NewsroomError('invalid', 'Unknown status in the filter.');
        if (q.author && !/^[1-9]\d{0,9}$/.test(q.author)) throw new NewsroomError('invalid', 'Unknown writer in the filter.');
        const filters = {
          ...(q.status && isStoryStatus(q.status) ? { status: q.status } : {}),
          ...(q.section ? { section: q.section.slice(0, 100) } : {}),
          ...(q.author ? { author: Number(q.author) } : {}),
          ...(q.q ? { q: q.q.slice(0, 200) } : {}),
          page: pageParam(q.page),
        };
        const [list, sections, people] = await Promise.all([
          listDeskStories(db, {
            ...(filters.status ? { status: filters.status } : {}),
            ...(filters.section ? { sectionSlug: filters.section } : {}),
            ...(filters.author ? { createdBy: filters.author } : {}),
            ...(filters.q ? { search: filters.q } : {}),
            limit: LIST_PAGE_SIZE,
            offset: (filters.page - 1) * LIST_PAGE_SIZE,
          }),
          listSections(db),
          listUsers(db),
        ]);
        const notice = q.notice ? NOTICES[q.notice] : undefined;
        return sendAdminPage(r.reply, StoryListPage({ chrome: r.chrome, timeZone: tz, items: list.items, total: list.total, pageSize: LIST_PAGE_SIZE, filters, sections, people, ...(notice ? { notice } : {}) }));
      },
    },
    { method: 'GET', url: '/admin/stories/new', access: 'stories.create', handle: async (r) => sendAdminPage(r.reply, await editPage(web, r.chrome, r.user, {})) },
    {
      method: 'POST', url: '/admin/stories', access: 'stories.create',
      handle: async (r) => answerEdit(web, r, await createStory(db, r.user, r.form, new Date(), uploadOf(r)), undefined, 'created'),
    },
    {
      method: 'GET', url: '/admin/stories/:id', access: 'stories.view',
      handle: async (r) => {
        const story = await storyForEdit(db, r.user, idParam(r.params.id));
        const notice = r.query.notice ? NOTICES[r.query.notice] : undefined;
        return sendAdminPage(r.reply, await editPage(web, r.chrome, r.user, { story, ...(notice ? { notice } : {}) }));
      },
    },
    {
      method: 'POST', url: '/admin/stories/:id', access: 'stories.edit-own',
      handle: async (r) => {
        const id = idParam(r.params.id);
        const outcome = await saveStoryEdit(db, r.user, id, r.form.version, r.form, new Date(), 'edited', uploadOf(r));
        if (outcome.kind === 'saved') publicChange();
        return answerEdit(web, r, outcome, id, 'saved');
      },
    },
    {
      method: 'POST', url: '/admin/stories/:id/status', access: 'stories.edit-own',
      handle: async (r) => {
        const id = idParam(r.params.id);
        const to = r.form.to ?? '';
        if (!isStoryStatus(to)) throw new NewsroomError('invalid', 'Unknown status.');
        const at = r.form.at ? parseLocalTime(r.form.at, tz) : undefined;
        if (r.form.at && !at) throw new NewsroomError('invalid', 'That time could not be read; use the date and time picker (day, month, year, hours and minutes).');
        await moveStory(db, r.user, id, { to, ...(at ? { at } : {}) });
        publicChange();
        return seeOther(r.reply, `/admin/stories/${id}?notice=${to}`);
      },
    },
    {
      method: 'POST', url: '/admin/stories/:id/delete', access: 'stories.delete',
      handle: async (r) => {
        await deleteStory(db, r.user, idParam(r.params.id));
        publicChange();
        return seeOther(r.reply, '/admin/stories?notice=deleted');
      },
    },
    {
      method: 'GET', url: '/admin/stories/:id/revisions', access: 'stories.view',
      handle: async (r) => {
        const story = await storyForEdit(db, r.user, idParam(r.params.id));
        return sendAdminPage(r.reply, RevisionsPage({ chrome: r.chrome, timeZone: tz, story, revisions: await listRevisions(db, story.id) }));
      },
    },
    {
      method: 'GET', url: '/admin/stories/:id/revisions/:version', access: 'stories.view',
      handle: async (r) => {
        const story = await storyForEdit(db, r.user, idParam(r.params.id));
        const version = idParam(r.params.version);
        const revision = await findRevision(db, story.id, version);
        if (!revision) throw new NewsroomError('not_found', 'There is no such revision.');
        const before = (await listRevisions(db, story.id)).find((x) => x.version < version);
        const older = before ? fieldsFromSnapshot((await findRevision(db, story.id, before.version))!.snapshot) : undefined;
        const fields = fieldsFromSnapshot(revision.snapshot);
        return sendAdminPage(r.reply, RevisionPage({
          chrome: r.chrome, timeZone: tz, story, revision,
          ...(before ? { previous: before.version } : {}),
          headline: diffLines(older?.headline ?? '', fields.headline),
          body: diffLines(older?.body ?? '', fields.body),
          canRestore: canEditStory(r.user, { createdBy: story.createdBy, status: story.status }),
        }));
      },
    },
    {
      method: 'POST', url: '/admin/stories/:id/revisions/:version/restore', access: 'stories.edit-own',
      handle: async (r) => {
        const id = idParam(r.params.id);
        const outcome = await restoreRevision(db, r.user, id, idParam(r.params.version), r.form.version);
        if (outcome.kind === 'saved') publicChange();
        return answerEdit(web, r, outcome, id, 'restored');
      },
    },
    {
      method: 'GET', url: '/admin/preview', access: 'stories.view',
      handle: async (r) => framable(r).type('text/html; charset=utf-8').send(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title>' +
          `<link rel="stylesheet" href="${web.assets.css.url}"></head><body><main><p class="preview-empty">Press “Preview” to see the story here as readers will.</p></main></body></html>`,
      ),
    },
    {
      method: 'POST', url: '/admin/preview', access: 'stories.view',
      handle: async (r) => {
        const { fields } = parseStoryFields(r.form);
        const format: BodyFormat = (BODY_FORMATS as readonly string[]).includes(r.form.bodyFormat ?? '') ? (r.form.bodyFormat as BodyFormat) : 'markdown';
        const site = await web.site();
        // The featured image already uploaded (a new upload shows once the story is saved).
        const media = fields.imageId ? await findMedia(db, fields.imageId) : undefined;
        const image = media && { ...media, alt: fields.imageAlt, caption: fields.imageCaption || null, credit: fields.imageCredit || null };
        const html = renderPage(StoryPage({ site, story: previewStory(fields, format, site.now), lists: { popular: [], moreLikeThis: [], related: [] }, image }));
        return framable(r).type('text/html; charset=utf-8').send(html);
      },
    },
    {
      method: 'GET', url: '/admin/users', access: 'users.manage',
      handle: async (r) => sendAdminPage(r.reply, UsersPage({ chrome: r.chrome, timeZone: tz, users: await listUsers(db), ...(r.query.notice === 'changed' ? { notice: 'Changed. Their sessions ended, so the change applies at once.' } : {}) })),
    },
    {
      method: 'POST', url: '/admin/users', access: 'users.manage',
      handle: async (r) => {
        const role = r.form.role;
        try {
          if (!isRole(role)) throw new NewsroomError('invalid', 'Choose a role.');
          const { user, setupUrl } = await addUser(db, { email: r.form.email ?? '', name: r.form.name ?? '', role }, actorOf(r.user), web.config.siteUrl);
          return sendAdminPage(r.reply, UsersPage({ chrome: r.chrome, timeZone: tz, users: await listUsers(db), notice: `Added ${user.email} as ${user.role}.`, setupUrl }), 201);
        } catch (error) {
          if (!(error instanceof NewsroomError)) throw error;
          return sendAdminPage(r.reply, UsersPage({ chrome: r.chrome, timeZone: tz, users: await listUsers(db), error: error.message }), error.kind === 'conflict' ? 409 : 400);
        }
      },
    },
    ...(['role', 'disable', 'enable'] as const).map((what): AdminRoute => ({
      method: 'POST', url: `/admin/users/:id/${what}`, access: 'users.manage',
      handle: async (r) => {
        const id = idParam(r.params.id);
        if (what === 'role' && !isRole(r.form.role)) throw new NewsroomError('invalid', 'Choose a role.');
        const change = what === 'role' && isRole(r.form.role) ? { role: r.form.role } : { disabled: what === 'disable' };
        await changeUser(db, id, change, actorOf(r.user));
        return seeOther(r.reply, '/admin/users?notice=changed');
      },
    })),
    {
      method: 'POST', url: '/admin/users/:id/sign-out', access: 'users.manage',
      handle: async (r) => {
        await signOutEverywhere(db, idParam(r.params.id), actorOf(r.user));
        return seeOther(r.reply, '/admin/users?notice=changed');
      },
    },
    {
      method: 'POST', url: '/admin/users/:id/setup-link', access: 'users.manage',
      handle: async (r) => {
        const user = await findUserById(db, idParam(r.params.id));
        if (!user) throw new NewsroomError('not_found', 'There is no such account.');
        const setupUrl = await issueSetupLink(db, user.id, web.config.siteUrl);
        return sendAdminPage(r.reply, UsersPage({ chrome: r.chrome, timeZone: tz, users: await listUsers(db), notice: `A new set-up link for ${user.email}; any earlier one no longer works.`, setupUrl }));
      },
    },
    {
      method: 'GET', url: '/admin/integrations', access: 'integrations.manage',
      handle: async (r) => integrationsPage(r, r.query.notice === 'removed' ? { notice: 'Webhook removed.' } : {}),
    },
    {
      method: 'POST', url: '/admin/integrations', access: 'integrations.manage',
      handle: async (r) => {
        try {
          const { integration, adminToken } = await createIntegration(db, r.form.name ?? '', actorOf(r.user));
          return await integrationsPage(r, { revealed: { label: `Integration “${integration.name}” added.`, lines: [['Content API key', integration.contentKey], ['Admin API token', adminToken]] } }, 201);
        } catch (error) {
          if (error instanceof NewsroomError) return integrationsPage(r, { error: error.message }, 400);
          throw error;
        }
      },
    },
    {
      method: 'POST', url: '/admin/webhooks', access: 'integrations.manage',
      handle: async (r) => {
        try {
          const hook = await addWebhook(db, r.form.event ?? '', r.form.url ?? '');
          await audit(db, actorOf(r.user), 'webhook.add', hook.url, hook.event);
          return await integrationsPage(r, { revealed: { label: `Webhook for ${hook.event} added.`, lines: [['Signing secret', hook.secret]] } }, 201);
        } catch (error) {
          if (error instanceof NewsroomError) return integrationsPage(r, { error: error.message }, 400);
          throw error;
        }
      },
    },
    {
      method: 'POST', url: '/admin/webhooks/:id/delete', access: 'integrations.manage',
      handle: async (r) => {
        const id = idParam(r.params.id);
        if (!(await deleteWebhook(db, id))) throw new NewsroomError('not_found', 'There is no such webhook.');
        await audit(db, actorOf(r.user), 'webhook.remove', `webhook ${id}`);
        return seeOther(r.reply, '/admin/integrations?notice=removed');
      },
    },
    {
      method: 'GET', url: '/admin/audit', access: 'audit.view',
      handle: async (r) => {
        const page = pageParam(r.query.page);
        const entries = await listAudit(db, { limit: AUDIT_PAGE_SIZE + 1, offset: (page - 1) * AUDIT_PAGE_SIZE });
        return sendAdminPage(r.reply, AuditPage({ chrome: r.chrome, timeZone: tz, entries: entries.slice(0, AUDIT_PAGE_SIZE), page, hasMore: entries.length > AUDIT_PAGE_SIZE }));
      },
    },
  ];
}

/** The preview is shown in a frame of the editor page: the site itself may frame it, no one else. */
function framable(r: AdminRequest) {
  return r.reply
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex, nofollow')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('content-security-policy', "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
}

/** The newsroom: sign-in, stories, people and the audit log, all under /admin. */
export function adminRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    registerFormParser(app);
    // The editor form is multipart (it can carry the featured image); files are checked by content later.
    await app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 60, parts: 61, fieldSize: FORM_LIMIT_BYTES },
    });
    loginRoutes(app, web);
    for (const route of adminRouteTable(web)) registerAdminRoute(app, web, route);
  };
}
