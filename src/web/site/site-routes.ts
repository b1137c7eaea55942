import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../web-context.ts';
import { homePage, parsePageNumber, requireSlug, sectionPage, storyPage } from './site-pages.ts';

/** The reader site: home front, section fronts, story pages. Routes parse, then hand over to site-pages. */
export function siteRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    app.get('/', (request, reply) => web.sendPage(request, reply, 'front', (s) => homePage(web.db, s)));

    app.get<{ Params: { section: string }; Querystring: { page?: string } }>('/:section', (request, reply) => {
      const section = requireSlug(request.params.section);
      const page = parsePageNumber(request.query.page);
      return web.sendPage(request, reply, `section:${section}:${page}`, (s) => sectionPage(web.db, s, section, page));
    });

    app.get<{ Params: { section: string; slug: string } }>('/:section/:slug', (request, reply) => {
      const section = requireSlug(request.params.section);
      const slug = requireSlug(request.params.slug);
      const lists = web.discovery.listsOnPages && { popular: web.discovery.popular, fragments: web.listFragments, popularFragments: web.popularFragments };
      return web.sendPage(request, reply, `story:${section}/${slug}`, (s) => storyPage(web.db, s, section, slug, lists));
    });
  };
}
