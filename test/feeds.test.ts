import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { loadConfig } from '../src/config.ts';
import { saveStory } from '../src/store/stories.ts';
import { buildApp } from '../src/web/app.ts';
import { openTestSite, SEED_PATH } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
const NASTY_HEADLINE = 'Fish & Chips <b>Tax</b> "Rises" \u0001Again\u0008';
const CLEAN_HEADLINE = 'Fish & Chips <b>Tax</b> "Rises" Again';

before(async () => {
  site = await openTestSite();
  const now = Date.now();
  const draft = { sectionName: 'Business', bodyFormat: 'text' as const, body: 'Paragraph & more.', source: 'test' };
  await saveStory(site.db, { ...draft, headline: NASTY_HEADLINE, status: 'published', publishedAt: new Date(now - 30_000).toISOString(), sourceKey: 'nasty' });
  await saveStory(site.db, { ...draft, headline: 'Embargoed Budget Leak', status: 'published', publishedAt: new Date(now + 86_400_000).toISOString(), sourceKey: 'future' });
  await saveStory(site.db, { ...draft, headline: 'Unfinished Draft About Budgets', status: 'draft', publishedAt: null, sourceKey: 'draft' });
});
after(async () => { await site.close(); });

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
const xml = new XMLParser({ ignoreAttributes: false });

describe('feeds', () => {
  test('/feed.xml is RSS 2.0 with absolute links, newest first, escaped headlines, no drafts or embargoed stories', async () => {
    const res = await get('/feed.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.equal(XMLValidator.validate(res.body), true);
    const feed = parseRssFeed(res.body);
    const items = feed.items!;
    assert.equal(items.length, 45);
    assert.equal(items[0]!.title, CLEAN_HEADLINE);
    assert.ok(items.every((i) => i.link?.startsWith('https://news.example.org/')));
    assert.ok(items.some((i) => i.link === `https://news.example.org${SEED_PATH}`));
    assert.ok(!items.some((i) => /Embargoed|Unfinished/.test(i.title ?? '')));
    const dates = items.map((i) => Date.parse(i.pubDate!));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
    assert.match(items[0]!.content?.encoded ?? '', /<p>Paragraph &amp; more\.<\/p>/, 'full content by default');
  });

  test('/atom.xml and /feed.json carry the same stories', async () => {
    const atom = await get('/atom.xml');
    assert.equal(atom.headers['content-type'], 'application/atom+xml; charset=utf-8');
    const entries = parseAtomFeed(atom.body).entries!;
    const json = await get('/feed.json');
    assert.equal(json.headers['content-type'], 'application/feed+json; charset=utf-8');
    const items = parseJsonFeed(JSON.parse(json.body)).items!;
    assert.equal(entries.length, 45);
    assert.deepEqual(entries.map((e) => e.id), items.map((i) => i.id));
    assert.equal(items[0]!.title, CLEAN_HEADLINE, 'control characters are dropped from JSON too');
  });

  test('section feeds hold only their section and do not shadow story pages', async () => {
    const res = await get('/international/feed.xml');
    assert.equal(res.statusCode, 200);
    const feed = parseRssFeed(res.body);
    assert.match(feed.title!, /International/);
    assert.ok(feed.items!.length > 0);
    assert.ok(feed.items!.every((i) => i.link?.startsWith('https://news.example.org/international/')));
    for (const file of ['atom.xml', 'feed.json']) assert.equal((await get(`/international/${file}`)).statusCode, 200);
    assert.equal((await get(SEED_PATH)).statusCode, 200);
    assert.equal((await get('/international')).statusCode, 200);
  });

  test('unknown and malformed sections get a 404 page, not a feed', async () => {
    for (const url of ['/nowhere/feed.xml', '/Bad..Section/atom.xml', '/International/feed.json', '/a%00b/feed.xml', `/${'x'.repeat(300)}/feed.xml`]) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
    }
  });

  test('feeds carry cache headers and an ETag that answers 304', async () => {
    const first = await get('/feed.xml');
    assert.match(first.headers['cache-control'] as string, /^public, max-age=\d+/);
    assert.match(first.headers['surrogate-key'] as string, /\bfeeds\b/);
    const again = await get('/feed.xml', { 'if-none-match': first.headers.etag as string });
    assert.equal(again.statusCode, 304);
  });

  test('FEED_CONTENT=summary leaves bodies out', async () => {
    const app = buildApp({ config: loadConfig({ SITE_URL: 'https://news.example.org', PAGE_CACHE_SECONDS: '0', FEED_CONTENT: 'summary' }), db: site.db });
    try {
      const rss = parseRssFeed((await app.inject('/feed.xml')).body);
      assert.ok(rss.items!.every((i) => i.content === undefined && (i.description ?? '').length > 0));
      const atom = parseAtomFeed((await app.inject('/atom.xml')).body);
      assert.ok(atom.entries!.every((e) => e.content === undefined && e.summary));
      const json = JSON.parse((await app.inject('/feed.json')).body);
      assert.ok(json.items.every((i: Record<string, unknown>) => i.content_html === undefined && typeof i.content_text === 'string'));
    } finally {
      await app.close();
    }
  });

  test('pages announce the site feeds, and section pages their section feeds too', async () => {
    const home = (await get('/')).body;
    assert.ok(home.includes('<link rel="alternate" type="application/rss+xml" title="Dateline (RSS)" href="https://news.example.org/feed.xml"'));
    assert.ok(home.includes('type="application/atom+xml"'));
    assert.ok(home.includes('type="application/feed+json"'));
    const section = (await get('/international')).body;
    assert.ok(section.includes('href="https://news.example.org/international/feed.xml"'));
  });
});

describe('sitemaps and robots.txt', () => {
  test('/sitemap.xml is an index of dated monthly sitemaps whose URLs are the public stories', async () => {
    const res = await get('/sitemap.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
    assert.equal(XMLValidator.validate(res.body), true);
    const children = [xml.parse(res.body).sitemapindex.sitemap].flat() as Array<{ loc: string; lastmod: string }>;
    assert.ok(children.length >= 1);
    const urls: string[] = [];
    for (const child of children) {
      assert.match(child.loc, /^https:\/\/news\.example\.org\/sitemaps\/\d{4}-\d\d\.xml$/);
      assert.ok(!Number.isNaN(Date.parse(child.lastmod)));
      const part = await get(new URL(child.loc).pathname);
      assert.equal(part.statusCode, 200);
      assert.equal(XMLValidator.validate(part.body), true);
      urls.push(...[xml.parse(part.body).urlset.url].flat().map((u: { loc: string }) => u.loc));
    }
    assert.equal(urls.length, 45);
    assert.ok(urls.includes(`https://news.example.org${SEED_PATH}`));
    assert.ok(!urls.some((u) => /embargoed|unfinished/.test(u)));
  });

  test('bad or empty child sitemaps are 404s', async () => {
    for (const url of ['/sitemaps/2026-13.xml', '/sitemaps/1999-01.xml', '/sitemaps/1999-01-2.xml', '/sitemaps/nonsense', '/sitemaps/..%2Fsecret.xml']) {
      assert.equal((await get(url)).statusCode, 404, url);
    }
  });

  test('/news-sitemap.xml lists the last 48 hours, newest first, with Google News fields', async () => {
    const res = await get('/news-sitemap.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(XMLValidator.validate(res.body), true);
    const urls = [xml.parse(res.body).urlset.url].flat() as Array<{ loc: string; 'news:news': Record<string, unknown> }>;
    assert.ok(urls.length > 0 && urls.length < 45, `${urls.length} recent stories`);
    const dates = urls.map((u) => Date.parse(u['news:news']['news:publication_date'] as string));
    assert.ok(dates.every((d) => Date.now() - d <= 48 * 3_600_000));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
    assert.equal(urls[0]!['news:news']['news:title'], CLEAN_HEADLINE);
  });

  test('/robots.txt names the sitemaps by absolute URL', async () => {
    const res = await get('/robots.txt');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
    assert.match(res.body, /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
  });
});
