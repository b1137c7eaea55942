import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { atomFeed, feedUpdatedAt, jsonFeed, rssFeed, type FeedInput, type FeedItem } from './feed-documents.ts';

const NASTY = 'Tom & Jerry <script>alert("x")</script> \u0001\u0008said \'hi\'';

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    url: 'https://news.example.org/world/a-story',
    title: NASTY,
    summary: 'A summary & more…',
    contentHtml: '<p>Body with <a href="https://example.org/?a=1&amp;b=2">a link</a> &amp; “quotes”</p>',
    section: 'World & Co',
    authors: ['Ana Ruiz', 'Ben <Cole>'],
    publishedAt: '2026-11-26T08:00:00.000Z',
    updatedAt: '2026-11-27T09:30:00.000Z',
    ...overrides,
  };
}

function feed(items: FeedItem[]): FeedInput {
  return {
    title: 'Dateline & Sons',
    description: 'The latest <stories>',
    homeUrl: 'https://news.example.org/',
    urls: { rss: 'https://news.example.org/feed.xml', atom: 'https://news.example.org/atom.xml', json: 'https://news.example.org/feed.json' },
    updatedAt: feedUpdatedAt(items, '2026-11-27T12:00:00.000Z'),
    language: 'en',
    items,
  };
}

const CLEAN_TITLE = 'Tom & Jerry <script>alert("x")</script> said \'hi\'';

test('RSS 2.0 is well-formed and a feed parser reads every field back, control characters dropped', () => {
  const xml = rssFeed(feed([item(), item({ url: 'https://news.example.org/world/b', contentHtml: null, authors: [] })]));
  assert.equal(XMLValidator.validate(xml), true);
  assert.ok(!xml.includes('<script>'), 'markup in a headline is escaped');
  const parsed = parseRssFeed(xml);
  assert.equal(parsed.title, 'Dateline & Sons');
  assert.equal(parsed.link, 'https://news.example.org/');
  assert.equal(parsed.description, 'The latest <stories>');
  assert.equal(parsed.items?.length, 2);
  const [first, second] = parsed.items!;
  assert.equal(first!.title, CLEAN_TITLE);
  assert.equal(first!.link, 'https://news.example.org/world/a-story');
  assert.equal(first!.guid?.value, 'https://news.example.org/world/a-story');
  assert.equal(first!.pubDate, 'Thu, 26 Nov 2026 08:00:00 GMT');
  assert.deepEqual(first!.dc?.creators, ['Ana Ruiz', 'Ben <Cole>']);
  assert.equal(first!.content?.encoded, item().contentHtml);
  assert.equal(second!.content, undefined, 'summary-only items have no content:encoded');
  assert.equal(second!.description, 'A summary & more…');
});

test('Atom 1.0 is well-formed, has the required ids and dates, and reads back', () => {
  const xml = atomFeed(feed([item(), item({ url: 'https://news.example.org/world/b', updatedAt: null, authors: [], contentHtml: null })]));
  assert.equal(XMLValidator.validate(xml), true);
  const parsed = parseAtomFeed(xml);
  assert.equal(parsed.id, 'https://news.example.org/atom.xml');
  assert.equal(parsed.title?.value, 'Dateline & Sons');
  assert.equal(parsed.updated, '2026-11-27T09:30:00.000Z', 'the feed is as new as its newest change');
  assert.equal(parsed.authors?.[0]?.name, 'Dateline & Sons');
  const [first, second] = parsed.entries!;
  assert.equal(first!.title?.value, CLEAN_TITLE);
  assert.equal(first!.updated, '2026-11-27T09:30:00.000Z');
  assert.equal(first!.published, '2026-11-26T08:00:00.000Z');
  assert.equal(first!.content?.value, item().contentHtml);
  assert.equal(second!.updated, '2026-11-26T08:00:00.000Z', 'never updated: updated is the publication time');
  assert.equal(second!.content, undefined);
  assert.equal(second!.summary?.value, 'A summary & more…');
});

test('JSON Feed 1.1 has content_html for full items and content_text for summaries', () => {
  const json = jsonFeed(feed([item(), item({ url: 'https://news.example.org/world/b', contentHtml: null })]));
  const raw = JSON.parse(json);
  assert.equal(raw.version, 'https://jsonfeed.org/version/1.1');
  const parsed = parseJsonFeed(raw);
  assert.equal(parsed.title, 'Dateline & Sons');
  assert.equal(parsed.feed_url, 'https://news.example.org/feed.json');
  assert.equal(parsed.items?.[0]?.content_html, item().contentHtml);
  assert.equal(parsed.items?.[0]?.authors?.[1]?.name, 'Ben <Cole>');
  assert.equal(parsed.items?.[1]?.content_html, undefined);
  assert.equal(parsed.items?.[1]?.content_text, 'A summary & more…');
});

test('an empty feed is still valid and dated', () => {
  const empty = feed([]);
  assert.equal(empty.updatedAt, '2026-11-27T12:00:00.000Z');
  assert.equal(XMLValidator.validate(rssFeed(empty)), true);
  assert.equal(XMLValidator.validate(atomFeed(empty)), true);
  assert.deepEqual(JSON.parse(jsonFeed(empty)).items, []);
});
