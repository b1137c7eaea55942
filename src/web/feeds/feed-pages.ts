import type { Config } from '../../config.ts';
import type { Section } from '../../domain/story.ts';
import { storyPath } from '../../domain/story.ts';
import { atomFeed, feedUpdatedAt, jsonFeed, rssFeed, type FeedItem } from '../../ingest/feed-documents.ts';
import { monthRange, MAX_SITEMAP_URLS, newsSitemap, robotsTxt, sitemapIndex, sitemapParts, urlSet } from '../../ingest/sitemap-documents.ts';
import type { Db } from '../../store/database.ts';
import { findSection } from '../../store/sections.ts';
import { feedStories, publishedMonths, storiesPublishedBetween } from '../../store/syndication.ts';
import { httpErrors } from '../errors.ts';
import type { RenderedPage } from '../page-cache.ts';
import type { Site } from '../views/site.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<FeedFormat, { file: string; contentType: string; label: string }> = {
  rss: { file: 'feed.xml', contentType: 'application/rss+xml; charset=utf-8', label: 'RSS' },
  atom: { file: 'atom.xml', contentType: 'application/atom+xml; charset=utf-8', label: 'Atom' },
  json: { file: 'feed.json', contentType: 'application/feed+json; charset=utf-8', label: 'JSON Feed' },
};

export const XML_TYPE = 'application/xml; charset=utf-8';
const FEED_SIZE = 50;
const NEWS_WINDOW_MS = 48 * 3600_000;
// Google News reads at most 1,000 URLs from one news sitemap.
const NEWS_MAX = 1000;
const LANGUAGE = 'en';

/** The site's feed, or a section's (`sectionSlug`), in one format. */
export async function feedDocument(db: Db, site: Site, config: Config, format: FeedFormat, sectionSlug?: string): Promise<RenderedPage> {
  let section: Section | undefined;
  if (sectionSlug !== undefined) {
    section = await findSection(db, sectionSlug);
    if (!section) throw httpErrors.notFound();
  }
  const full = config.feedContent === 'full';
  const stories = await feedStories(db, { sectionId: section?.id, limit: FEED_SIZE, withBody: full, now: site.now });
  const items: FeedItem[] = stories.map((s) => ({
    url: site.url + storyPath(s),
    title: s.headline,
    summary: s.excerpt,
    contentHtml: full ? s.bodyHtml : null,
    section: s.sectionName,
    authors: s.authors,
    publishedAt: s.publishedAt,
    updatedAt: s.updatedAt,
  }));
  const base = section ? `${site.url}/${section.slug}` : site.url;
  const feed = {
    title: section ? `${site.name}: ${section.name}` : site.name,
    description: section ? `The latest ${section.name} stories from ${site.name}.` : `The latest stories from ${site.name}.`,
    homeUrl: section ? base : `${site.url}/`,
    urls: { rss: `${base}/${FEED_FILES.rss.file}`, atom: `${base}/${FEED_FILES.atom.file}`, json: `${base}/${FEED_FILES.json.file}` },
    updatedAt: feedUpdatedAt(items, site.now.toISOString()),
    language: LANGUAGE,
    items,
  };
  const body = format === 'rss' ? rssFeed(feed) : format === 'atom' ? atomFeed(feed) : jsonFeed(feed);
  return { status: 200, html: body, keys: ['feeds', ...(section ? [`section-${section.slug}`] : [])] };
}

export async function sitemapIndexDocument(db: Db, site: Site): Promise<RenderedPage> {
  const parts = sitemapParts(await publishedMonths(db, site.now));
  const body = sitemapIndex(parts.map((p) => ({ url: `${site.url}/sitemaps/${p.file}`, lastmod: p.lastmod })));
  return { status: 200, html: body, keys: ['sitemaps'] };
}

export async function sitemapDocument(db: Db, site: Site, month: string, part: number): Promise<RenderedPage> {
  const stories = await storiesPublishedBetween(db, monthRange(month), { limit: MAX_SITEMAP_URLS, offset: (part - 1) * MAX_SITEMAP_URLS }, site.now);
  // An empty month (or a part past its end) is not a sitemap we list: 404 rather than an empty file.
  if (!stories.length) throw httpErrors.notFound();
  const body = urlSet(stories.map((s) => ({ url: site.url + storyPath(s), lastmod: s.updatedAt && s.updatedAt > s.publishedAt ? s.updatedAt : s.publishedAt })));
  return { status: 200, html: body, keys: ['sitemaps'] };
}

export async function newsSitemapDocument(db: Db, site: Site): Promise<RenderedPage> {
  const from = new Date(site.now.getTime() - NEWS_WINDOW_MS).toISOString();
  const stories = await storiesPublishedBetween(db, { from, to: '9999' }, { limit: NEWS_MAX, offset: 0 }, site.now);
  const body = newsSitemap(
    stories.reverse().map((s) => ({ url: site.url + storyPath(s), title: s.headline, publishedAt: s.publishedAt })),
    { name: site.name, language: LANGUAGE },
  );
  return { status: 200, html: body, keys: ['sitemaps'] };
}

export async function robotsDocument(site: Site): Promise<RenderedPage> {
  return { status: 200, html: robotsTxt(site.url), keys: ['robots'] };
}
