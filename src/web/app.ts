import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../store/database.ts';
import type { SiteChanges } from '../store/site-changes.ts';
import { loadAssets } from './assets.ts';
import { HttpError, httpErrors } from './errors.ts';
import type { PageCache } from './page-cache.ts';
import type { ListFragments } from './discovery/list-fragments.ts';
import { feedRoutes } from './feeds/feed-routes.ts';
import { adminRoutes } from './admin/admin-routes.ts';
import { apiRoutes } from './api/api-routes.ts';
import { mediaRoutes } from './media-routes.ts';
import { searchRoutes } from './search/search-routes.ts';
import { siteRoutes } from './site/site-routes.ts';
import { discoveryRoutes } from './discovery/discovery-routes.ts';
import { createDiscoveryService, type DiscoveryService } from '../discovery/discovery-service.ts';
import { createWebContext } from './web-context.ts';

export interface AppOptions {
  config: Config;
  db: Db;
  /** Fastify's logger setting: false in tests. */
  logger?: boolean | object;
  /** Benchmarks only: story pages without Popular, More like this, Related and topics. */
  withoutLists?: boolean;
  /** How this instance tells others that the site changed (`serve` makes it; tests need none). */
  siteChanges?: SiteChanges;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

// Router-level failures get the site's error pages, not Fastify's JSON.
const FRAMEWORK_ERRORS: Record<string, () => HttpError> = {
  FST_ERR_BAD_URL: httpErrors.badUrl,
  FST_ERR_MAX_PARAM_LENGTH: httpErrors.notFound,
};

/** Builds the app with everything it needs made at boot; `listen()` is the caller's. */
export function buildApp({ config, db, logger = false, withoutLists = false, siteChanges }: AppOptions): FastifyInstance & { pageCache: PageCache; listFragments: ListFragments; discovery: DiscoveryService; siteChanged(): void } {
  const assets = loadAssets();
  const discovery = createDiscoveryService(db, { halfLifeHours: config.popularHalfLifeHours, listsOnPages: !withoutLists });
  let log: FastifyInstance['log'] | undefined;
  const web = createWebContext(config, db, assets, discovery, siteChanges, (error) => log?.warn({ err: error }, 'could not tell other instances of a change'));

  const app = Fastify({
    logger,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => {
      void web.sendError((FRAMEWORK_ERRORS[error.code] ?? httpErrors.badRequest)(), request, reply);
    },
  });

  log = app.log;
  app.addHook('onSend', async (_request, reply) => {
    // A route may set its own (the newsroom's preview allows framing by the site itself).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof HttpError) return web.sendError(error, request, reply);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return web.sendError(new HttpError(status, 'CLIENT', httpErrors.badRequest().message), request, reply);
    request.log.error({ err: error }, 'request failed');
    return web.sendError(httpErrors.internal(), request, reply);
  });
  app.setNotFoundHandler((request, reply) => web.sendError(httpErrors.notFound(), request, reply));

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

  // Each area of the site is a plugin with the same context; add new ones here.
  app.register(discoveryRoutes(web));
  app.register(siteRoutes(web));
  app.register(feedRoutes(web));
  // Pending views are written before the database closes.
  app.addHook('onClose', async () => discovery.stop());
  app.register(adminRoutes(web));
  app.register(mediaRoutes(web));
  app.register(apiRoutes(web), { prefix: '/api' });
  app.register(searchRoutes(web));

  return Object.assign(app, { pageCache: web.pageCache, listFragments: web.listFragments, discovery, siteChanged: web.siteChanged });
}
