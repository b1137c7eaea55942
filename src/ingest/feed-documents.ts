import { element, stripInvalidXmlChars, xmlDocument } from '../domain/xml.ts';

/** One story as every feed format needs it; URLs absolute. */
export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  /** Sanitized body HTML when feeds carry full content; null for summaries only. */
  contentHtml: string | null;
  section: string;
  authors: string[];
  publishedAt: string;
  updatedAt: string | null;
}

export interface FeedInput {
  title: string;
  description: string;
  /** The page the feed mirrors (the home or section front). */
  homeUrl: string;
  /** This feed's own URL and its siblings' in the other formats. */
  urls: { rss: string; atom: string; json: string };
  /** When the newest item changed; feeds with no items use the time now. */
  updatedAt: string;
  language: string;
  items: FeedItem[];
}

const lastChange = (item: FeedItem) => (item.updatedAt && item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt);

/** RSS 2.0, with `content:encoded` for full bodies and `atom:link rel=self` as validators ask. */
export function rssFeed(feed: FeedInput): string {
  const channel = element(
    'channel',
    {},
    element('title', {}, feed.title),
    element('link', {}, feed.homeUrl),
    element('description', {}, feed.description),
    element('language', {}, feed.language),
    element('lastBuildDate', {}, new Date(feed.updatedAt).toUTCString()),
    element('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' }),
    feed.items.map((item) =>
      element(
        'item',
        {},
        element('title', {}, item.title),
        element('link', {}, item.url),
        element('guid', { isPermaLink: 'true' }, item.url),
        element('pubDate', {}, new Date(item.publishedAt).toUTCString()),
        item.authors.map((name) => element('dc:creator', {}, name)),
        element('category', {}, item.section),
        element('description', {}, item.summary),
        item.contentHtml !== null && element('content:encoded', {}, item.contentHtml),
      ),
    ),
  );
  return xmlDocument(
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      },
      channel,
    ),
  );
}

/** Atom 1.0 (RFC 4287): the feed names the site as author so entries without a byline stay valid. */
export function atomFeed(feed: FeedInput): string {
  return xmlDocument(
    element(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
      element('id', {}, feed.urls.atom),
      element('title', {}, feed.title),
      element('subtitle', {}, feed.description),
      element('updated', {}, feed.updatedAt),
      element('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
      element('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom }),
      element('author', {}, element('name', {}, feed.title)),
      feed.items.map((item) =>
        element(
          'entry',
          {},
          element('id', {}, item.url),
          element('title', { type: 'text' }, item.title),
          element('link', { rel: 'alternate', type: 'text/html', href: item.url }),
          element('published', {}, item.publishedAt),
          element('updated', {}, lastChange(item)),
          item.authors.map((name) => element('author', {}, element('name', {}, name))),
          element('category', { term: item.section }),
          element('summary', { type: 'text' }, item.summary),
          item.contentHtml !== null && element('content', { type: 'html' }, item.contentHtml),
        ),
      ),
    ),
  );
}

/** JSON Feed 1.1 (control characters dropped as in the XML feeds): every item has `content_html` (full) or `content_text` (the summary), as the spec requires one. */
export function jsonFeed(feed: FeedInput): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: stripInvalidXmlChars(item.title),
      summary: stripInvalidXmlChars(item.summary),
      ...(item.contentHtml !== null ? { content_html: item.contentHtml } : { content_text: stripInvalidXmlChars(item.summary) }),
      date_published: item.publishedAt,
      date_modified: lastChange(item),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      tags: [item.section],
    })),
  });
}

/** The newest change among the items, for `lastBuildDate`/`updated`. */
export function feedUpdatedAt(items: FeedItem[], fallback: string): string {
  return items.reduce((latest, item) => (lastChange(item) > latest ? lastChange(item) : latest), items.length ? '' : fallback);
}
