import type { FastifyInstance, FastifyReply } from 'fastify';
import type { WebContext } from '../web-context.ts';
import { renderPage } from '../views/render-page.ts';
import { SearchPage } from '../views/SearchPage.tsx';
import { parseSearchParams } from './search-params.ts';
import { runSearch, searchJson } from './search-pages.ts';

/**
 * Search: the page at /search and the same results as JSON at /api/search. Not kept in the page
 * cache (every query is a new key; they would push stories out); a short Cache-Control lets a CDN
 * absorb repeats, and noindex keeps endless result pages out of search engines.
 */
export function searchRoutes(web: WebContext) {
  const cacheControl = web.config.pageCacheSeconds > 0 ? `public, max-age=${web.config.pageCacheSeconds}` : 'no-cache';
  const headers = (reply: FastifyReply) => reply.header('cache-control', cacheControl).header('x-robots-tag', 'noindex').header('vary', 'accept-encoding');

  return async function (app: FastifyInstance) {
    app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
      const site = await web.site();
      const outcome = await runSearch(web.db, site, parseSearchParams(request.query, site.sections, site.timeZone));
      const html = renderPage(SearchPage({ site, outcome }));
      return headers(reply).code(outcome.params.errors.length ? 400 : 200).type('text/html; charset=utf-8').send(html);
    });

    app.get<{ Querystring: Record<string, unknown> }>('/api/search', async (request, reply) => {
      const site = await web.site();
      const outcome = await runSearch(web.db, site, parseSearchParams(request.query, site.sections, site.timeZone));
      return headers(reply).code(outcome.params.errors.length ? 400 : 200).type('application/json; charset=utf-8').send(searchJson(site, outcome));
    });
  };
}
