import type { FastifyInstance } from 'fastify';
import { parseSitemapFile } from '../../ingest/sitemap-documents.ts';
import { httpErrors } from '../errors.ts';
import { requireSlug } from '../site/site-pages.ts';
import type { WebContext } from '../web-context.ts';
import {
  feedDocument,
  FEED_FILES,
  newsSitemapDocument,
  robotsDocument,
  sitemapDocument,
  sitemapIndexDocument,
  XML_TYPE,
  type FeedFormat,
} from './feed-pages.ts';

/**
 * Syndication out: feeds for the site and each section, sitemaps, robots.txt. Section feeds are
 * `/:section/feed.xml`: a static last segment, which Fastify prefers to the story route's `:slug`.
 */
export function feedRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    for (const [format, { file, contentType }] of Object.entries(FEED_FILES) as Array<[FeedFormat, (typeof FEED_FILES)[FeedFormat]]>) {
      app.get(`/${file}`, (request, reply) =>
        web.sendDocument(request, reply, `feed:${format}`, contentType, (s) => feedDocument(web.db, s, web.config, format)),
      );
      app.get<{ Params: { section: string } }>(`/:section/${file}`, (request, reply) => {
        const section = requireSlug(request.params.section);
        return web.sendDocument(request, reply, `feed:${format}:${section}`, contentType, (s) => feedDocument(web.db, s, web.config, format, section));
      });
    }

    app.get('/sitemap.xml', (request, reply) => web.sendDocument(request, reply, 'sitemap', XML_TYPE, (s) => sitemapIndexDocument(web.db, s)));
    app.get<{ Params: { file: string } }>('/sitemaps/:file', (request, reply) => {
      const wanted = parseSitemapFile(request.params.file);
      if (!wanted) throw httpErrors.notFound();
      return web.sendDocument(request, reply, `sitemap:${request.params.file}`, XML_TYPE, (s) => sitemapDocument(web.db, s, wanted.month, wanted.part));
    });
    app.get('/news-sitemap.xml', (request, reply) => web.sendDocument(request, reply, 'news-sitemap', XML_TYPE, (s) => newsSitemapDocument(web.db, s)));
    app.get('/robots.txt', (request, reply) => web.sendDocument(request, reply, 'robots', 'text/plain; charset=utf-8', (s) => robotsDocument(s)));
  };
}
