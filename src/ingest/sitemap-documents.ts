import { element, xmlDocument } from '../domain/xml.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The sitemap protocol allows 50,000 URLs per file; months above that are split into numbered parts. */
export const MAX_SITEMAP_URLS = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod: string;
}

/** Published stories of one calendar month (UTC), as counted by the store. */
export interface SitemapMonth {
  month: string; // "2026-11"
  count: number;
  lastmod: string;
}

/** One child sitemap: a month, or a numbered part of a big month. */
export interface SitemapPart {
  file: string; // "2026-11.xml", "2026-11-2.xml"
  month: string;
  part: number;
  lastmod: string;
}

export function sitemapParts(months: SitemapMonth[], maxUrls = MAX_SITEMAP_URLS): SitemapPart[] {
  return months.flatMap((m) =>
    Array.from({ length: Math.max(1, Math.ceil(m.count / maxUrls)) }, (_, i) => ({
      file: i === 0 ? `${m.month}.xml` : `${m.month}-${i + 1}.xml`,
      month: m.month,
      part: i + 1,
      lastmod: m.lastmod,
    })),
  );
}

/** "2026-11.xml" → month and part 1; "2026-11-3.xml" → part 3; anything else → undefined. */
export function parseSitemapFile(file: string): { month: string; part: number } | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/.exec(file);
  if (!m) return undefined;
  return { month: `${m[1]}-${m[2]}`, part: m[3] ? Number(m[3]) : 1 };
}

/** The first instant of a month and of the next, as stored times, for a range query. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, mon - 1, 1)).toISOString(), to: new Date(Date.UTC(year, mon, 1)).toISOString() };
}

export function sitemapIndex(entries: SitemapEntry[]): string {
  return xmlDocument(
    element(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      entries.map((e) => element('sitemap', {}, element('loc', {}, e.url), element('lastmod', {}, e.lastmod))),
    ),
  );
}

export function urlSet(entries: SitemapEntry[]): string {
  return xmlDocument(
    element('urlset', { xmlns: SITEMAP_NS }, entries.map((e) => element('url', {}, element('loc', {}, e.url), element('lastmod', {}, e.lastmod)))),
  );
}

export interface NewsEntry {
  url: string;
  title: string;
  publishedAt: string;
}

/** Google News sitemap: the stories of the last two days, with the publication's name and language. */
export function newsSitemap(entries: NewsEntry[], publication: { name: string; language: string }): string {
  return xmlDocument(
    element(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      entries.map((e) =>
        element(
          'url',
          {},
          element('loc', {}, e.url),
          element(
            'news:news',
            {},
            element('news:publication', {}, element('news:name', {}, publication.name), element('news:language', {}, publication.language)),
            element('news:publication_date', {}, e.publishedAt),
            element('news:title', {}, e.title),
          ),
        ),
      ),
    ),
  );
}

/** Crawlers may read everything but search results (endless, thin pages), and learn where the sitemaps are. */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Disallow: /search', 'Disallow: /api/', '', `Sitemap: ${siteUrl}/sitemap.xml`, `Sitemap: ${siteUrl}/news-sitemap.xml`, ''].join('\n');
}
