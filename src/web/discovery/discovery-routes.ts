import type { FastifyInstance } from 'fastify';
import { isBot, isPrefetch } from '../../discovery/popular.ts';
import { storyLists } from '../../discovery/story-lists.ts';
import { topicListing } from '../../discovery/topics.ts';
import { publicStoryExists } from '../../store/discovery.ts';
import { storyAddress } from '../../store/discovery.ts';
import { findPublishedStory, listLatest } from '../../store/stories.ts';
import { findSection } from '../../store/sections.ts';
import type { WebContext } from '../web-context.ts';
import { httpErrors } from '../errors.ts';
import { isSlug as isSlugValue } from '../../domain/slug.ts';
import { renderPage } from '../views/render-page.ts';
import { TopicPage } from '../views/TopicPage.tsx';
import { parsePageNumber, requireSlug } from '../site/site-pages.ts';

const TOPIC_PAGE_SIZE = 20;

function parseStoryId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw httpErrors.notFound();
  return Number(value);
}

/** Topic pages, the view beacon and the lists as JSON. */
export function discoveryRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    app.get<{ Params: { slug: string }; Querystring: { page?: string } }>('/topic/:slug', (request, reply) => {
      const slug = requireSlug(request.params.slug);
      const page = parsePageNumber(request.query.page);
      return web.sendPage(request, reply, `topic:${slug}:${page}`, async (site) => {
        const listing = await topicListing(web.db, slug, page, TOPIC_PAGE_SIZE, site.now);
        if (!listing) throw httpErrors.notFound();
        const pageCount = Math.max(1, Math.ceil(listing.total / TOPIC_PAGE_SIZE));
        if (page > pageCount) throw httpErrors.pageOutOfRange(pageCount);
        return {
          status: 200,
          html: renderPage(TopicPage({ site, ...listing, page, pageCount })),
          keys: [`topic-${slug}`],
        };
      });
    });

    // The beacon: story pages send it once shown, so a page served from a CDN still counts, and
    // the page itself never counts (no double counting). Bots and prefetches are not readers.
    app.post<{ Params: { id: string } }>('/api/views/:id', async (request, reply) => {
      const id = parseStoryId(request.params.id);
      reply.header('cache-control', 'no-store');
      if (isBot(request.headers['user-agent']) || isPrefetch(request.headers)) return reply.code(204).send();
      if (!(await publicStoryExists(web.db, id, new Date()))) throw httpErrors.notFound();
      web.discovery.views.record(id, `${request.ip}\u0000${request.headers['user-agent'] ?? ''}`);
      return reply.code(204).send();
    });

    // Popular as JSON, site-wide or for one section (?section=slug); the latest stories on a fresh site.
    app.get<{ Querystring: { section?: string } }>('/api/popular', async (request, reply) => {
      const slug = request.query.section;
      const section = slug === undefined ? undefined : isSlugValue(slug) ? await findSection(web.db, slug) : undefined;
      if (slug !== undefined && !section) return reply.code(404).header('cache-control', 'public, max-age=60').send({ error: { code: 'NOT_FOUND', message: 'No section has that slug.' } });
      const top = web.discovery.popular.top(section?.id);
      const stories = top.length ? top : await listLatest(web.db, { sectionId: section?.id, limit: 10 });
      return reply
        .header('cache-control', `public, max-age=${web.config.pageCacheSeconds}`)
        .send({ section: section?.slug ?? null, mostRead: top.length > 0, stories: stories.map((s) => ({ id: s.id, url: `${web.config.siteUrl}/${s.sectionSlug}/${s.slug}`, headline: s.headline, section: s.sectionName, publishedAt: s.publishedAt })) });
    });

    app.get<{ Params: { id: string } }>('/api/stories/:id/lists', async (request, reply) => {
      const id = parseStoryId(request.params.id);
      const now = new Date();
      const address = await storyAddress(web.db, id);
      const story = address && (await findPublishedStory(web.db, address.sectionSlug, address.slug, now));
      if (!story) return reply.code(404).header('cache-control', 'public, max-age=60').send({ error: { code: 'NOT_FOUND', message: 'No published story has that id.' } });
      const lists = await storyLists(web.db, story, web.discovery.popular, now);
      const item = (s: (typeof lists.popular)[number]) => ({
        id: s.id, url: `${web.config.siteUrl}/${s.sectionSlug}/${s.slug}`, headline: s.headline, excerpt: s.excerpt, section: s.sectionName,
        publishedAt: s.publishedAt, score: s.score ?? null, why: s.reason,
      });
      return reply
        .header('cache-control', `public, max-age=${web.config.pageCacheSeconds}`)
        .send({ story: id, popular: lists.popular.map(item), moreLikeThis: lists.moreLikeThis.map(item), related: lists.related.map(item) });
    });
  };
}
