import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../store/database.ts';
import type { SiteChanges } from '../store/site-changes.ts';
import type { DiscoveryService } from '../discovery/discovery-service.ts';
import type { loadAssets } from './assets.ts';
import type { HttpError } from './errors.ts';
import { COMPRESS_MIN_BYTES, compressedBody, encodedEtag, PageCache, preferredEncoding, type RenderedPage } from './page-cache.ts';
import { ListFragments, PopularFragments } from './discovery/list-fragments.ts';
import { bareSite, siteChrome } from './site-chrome.ts';
import { renderPage } from './views/render-page.ts';
import { ErrorPage } from './views/ErrorPage.tsx';
import type { Site } from './views/site.ts';

/** What every route plugin gets, made once at boot: config, database, site chrome, page cache and the two ways to answer. */
export interface WebContext {
  config: Config;
  db: Db;
  assets: ReturnType<typeof loadAssets>;
  pageCache: PageCache;
  /** Story pages' rendered lists, reused between renders; cleared with the page cache. */
  listFragments: ListFragments;
  /** Popular rendered once per board. */
  popularFragments: PopularFragments;
  /** View counting and Popular, in memory for this instance. */
  discovery: DiscoveryService;
  /** The site around a page: name, sections, asset URLs, the time now. */
  site(): Promise<Site>;
  /** Answers with a page from the cache or freshly rendered; handles ETag / 304 and cache headers. */
  sendPage(request: FastifyRequest, reply: FastifyReply, key: string, render: (site: Site) => Promise<RenderedPage>): Promise<FastifyReply>;
  /** The same for any other text document (feeds, sitemaps, robots.txt): cached, ETag, with this content type. */
  sendDocument(request: FastifyRequest, reply: FastifyReply, key: string, contentType: string, render: (site: Site) => Promise<RenderedPage>): Promise<FastifyReply>;
  /**
   * What readers see changed here (a publish, an edit, an unpublish): drops this instance's cached pages
   * and tells the other instances to drop theirs.
   */
  siteChanged(): void;
  /** Answers with the site's error page for this error. */
  sendError(error: HttpError, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
}

const SITE_CHROME_TTL_MS = 60_000;

export function createWebContext(config: Config, db: Db, assets: ReturnType<typeof loadAssets>, discovery: DiscoveryService, changes?: SiteChanges, onError: (error: Error) => void = () => {}): WebContext {
  const assetUrls = { css: assets.css.url, js: assets.js.url, icon: assets.icon.url };
  const ttlMs = config.pageCacheSeconds * 1000;
  const pageCache = new PageCache(ttlMs);
  const listFragments = new ListFragments(config.listCacheSeconds * 1000);
  // The sections and the demo flag are kept for a minute even with the page cache off: they change
  // only with the site, and every change (here, or another instance's) clears the page cache.
  const site = siteChrome(db, config, assetUrls, SITE_CHROME_TTL_MS);
  pageCache.onClear(() => {
    listFragments.clear();
    site.forget();
  });
  const cacheControl = `public, max-age=${config.pageCacheSeconds}, stale-while-revalidate=600, stale-if-error=86400`;

  const sendDocument: WebContext['sendDocument'] = async (request, reply, key, contentType, render) => {
    const page = pageCache.get(key) ?? pageCache.set(key, await render(await site()));
    // Compressed only when pages are cached, so a page is compressed once per cache period, not per
    // request; with the cache off (PAGE_CACHE_SECONDS=0) a CDN or proxy in front is expected to do it.
    const encoding = ttlMs > 0 && page.body.length >= COMPRESS_MIN_BYTES ? preferredEncoding(request.headers['accept-encoding']) : undefined;
    const etag = encodedEtag(page.etag, encoding);
    reply
      .header('cache-control', cacheControl)
      .header('surrogate-key', page.keys.join(' '))
      .header('etag', etag)
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    if (encoding) reply.header('content-encoding', encoding);
    return reply.code(page.status).type(contentType).send(encoding ? compressedBody(page, encoding) : page.body);
  };

  return {
    config,
    db,
    assets,
    pageCache,
    listFragments,
    popularFragments: new PopularFragments(),
    discovery,
    site: () => site(),

    sendPage: (request, reply, key, render) => sendDocument(request, reply, key, 'text/html; charset=utf-8', render),
    sendDocument,
    siteChanged() {
      pageCache.clear();
      changes?.announce().catch(onError);
    },

    async sendError(error, request, reply) {
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
    },
  };
}
