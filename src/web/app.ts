import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../store/database.ts';
import { loadAssets } from './assets.ts';
import { HttpError, httpErrors } from './errors.ts';
import { PageCache, type RenderedPage } from './page-cache.ts';
import { homePage, parsePageNumber, requireSlug, sectionPage, storyPage } from './site/site-pages.ts';
import { bareSite, siteChrome } from './site-chrome.ts';
import { renderPage } from './views/render-page.ts';
import { ErrorPage } from './views/ErrorPage.tsx';
import type { Site } from './views/site.ts';

export interface AppOptions {
  config: Config;
  db: Db;
  /** Fastify's logger setting: false in tests. */
  logger?: boolean | object;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** Builds the app with everything it needs made at boot; `listen()` is the caller's. */
export function buildApp({ config, db, logger = false }: AppOptions): FastifyInstance & { pageCache: PageCache } {
  const assets = loadAssets();
  const assetUrls = { css: assets.css.url, js: assets.js.url, icon: assets.icon.url };
  const pageCache = new PageCache(config.pageCacheSeconds * 1000);
  const site = siteChrome(db, config, assetUrls, config.pageCacheSeconds * 1000);
  const cacheControl = `public, max-age=${config.pageCacheSeconds}, stale-while-revalidate=600, stale-if-error=86400`;

  async function sendError(error: HttpError, request: FastifyRequest, reply: FastifyReply) {
    let context: Site;
    try {
      context = await site();
    } catch {
      context = bareSite(config, assetUrls);
    }
    const html = renderPage(ErrorPage({ site: context, status: error.status, message: error.message }));
    return reply
      .code(error.status)
      .header('cache-control', error.status === 404 ? 'public, max-age=60' : 'no-store')
      .type('text/html; charset=utf-8')
      .send(request.method === 'HEAD' ? '' : html);
  }

  const app = Fastify({
    logger,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Router-level failures (a malformed %-escape) get the site's 400 page, not JSON.
    frameworkErrors: (error, request, reply) => {
      const known = { FST_ERR_BAD_URL: httpErrors.badUrl, FST_ERR_MAX_PARAM_LENGTH: httpErrors.notFound } as Record<string, () => HttpError>;
      void sendError((known[error.code] ?? httpErrors.badRequest)(), request, reply);
    },
  });

  /** Serves a page from the cache or renders it; answers conditional requests with 304. */
  async function sendPage(request: FastifyRequest, reply: FastifyReply, key: string, render: (s: Site) => Promise<RenderedPage>) {
    const page = pageCache.get(key) ?? pageCache.set(key, await render(await site()));
    reply
      .header('cache-control', cacheControl)
      .header('surrogate-key', page.keys.join(' '))
      .header('etag', page.etag)
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    return reply.code(page.status).type('text/html; charset=utf-8').send(page.html);
  }

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof HttpError) return sendError(error, request, reply);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendError(new HttpError(status, 'CLIENT', httpErrors.badRequest().message), request, reply);
    request.log.error({ err: error }, 'page failed');
    return sendError(httpErrors.internal(), request, reply);
  });
  app.setNotFoundHandler((request, reply) => sendError(httpErrors.notFound(), request, reply));

  app.get('/healthz', async (_request, reply) => {
    await db.selectFrom('sections').select('id').limit(1).execute();
    return reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });

  app.get<{ Params: { file: string } }>('/assets/:file', async (request, reply) => {
    const asset = assets.byUrl.get(`/assets/${request.params.file}`);
    if (!asset) throw httpErrors.notFound();
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.contentType).send(asset.body);
  });

  // Browsers and crawlers ask for /favicon.ico whatever the page says.
  app.get('/favicon.ico', (_request, reply) => reply.redirect(assets.icon.url, 301));

  app.get('/', (request, reply) => sendPage(request, reply, 'front', (s) => homePage(db, s)));

  app.get<{ Params: { section: string }; Querystring: { page?: string } }>('/:section', (request, reply) => {
    const section = requireSlug(request.params.section);
    const page = parsePageNumber(request.query.page);
    return sendPage(request, reply, `section:${section}:${page}`, (s) => sectionPage(db, s, section, page));
  });

  app.get<{ Params: { section: string; slug: string } }>('/:section/:slug', (request, reply) => {
    const section = requireSlug(request.params.section);
    const slug = requireSlug(request.params.slug);
    return sendPage(request, reply, `story:${section}/${slug}`, (s) => storyPage(db, s, section, slug));
  });

  return Object.assign(app, { pageCache });
}
