import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { monthRange, newsSitemap, parseSitemapFile, robotsTxt, sitemapIndex, sitemapParts, urlSet } from './sitemap-documents.ts';

test('a month over the URL limit is split into numbered parts', () => {
  const parts = sitemapParts(
    [
      { month: '2026-11', count: 5, lastmod: '2026-11-20T00:00:00.000Z' },
      { month: '2026-10', count: 250, lastmod: '2026-10-31T00:00:00.000Z' },
    ],
    100,
  );
  assert.deepEqual(parts.map((p) => p.file), ['2026-11.xml', '2026-10.xml', '2026-10-2.xml', '2026-10-3.xml']);
  assert.deepEqual(parts.map((p) => p.part), [1, 1, 2, 3]);
});

test('child sitemap names are read strictly', () => {
  assert.deepEqual(parseSitemapFile('2026-11.xml'), { month: '2026-11', part: 1 });
  assert.deepEqual(parseSitemapFile('2026-11-2.xml'), { month: '2026-11', part: 2 });
  for (const bad of ['2026-13.xml', '2026-00.xml', '2026-11-1.xml', '2026-11-0.xml', '2026-11-02.xml', '../2026-11.xml', '2026-11.XML', '2026-1.xml', '2026-11-99999.xml', '']) {
    assert.equal(parseSitemapFile(bad), undefined, bad);
  }
});

test('month ranges cover the month and stop at the next, across a year end', () => {
  assert.deepEqual(monthRange('2026-12'), { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
});

const parser = new XMLParser({ ignoreAttributes: false });

test('sitemap index, URL set and news sitemap are well-formed with escaped URLs', () => {
  const index = sitemapIndex([{ url: 'https://a.org/sitemaps/2026-11.xml', lastmod: '2026-11-20T00:00:00.000Z' }]);
  assert.equal(XMLValidator.validate(index), true);
  assert.equal(parser.parse(index).sitemapindex.sitemap.loc, 'https://a.org/sitemaps/2026-11.xml');

  const set = urlSet([{ url: 'https://a.org/x?a=1&b=2', lastmod: '2026-11-20T00:00:00.000Z' }]);
  assert.equal(XMLValidator.validate(set), true);
  assert.ok(set.includes('<loc>https://a.org/x?a=1&amp;b=2</loc>'));

  const news = newsSitemap([{ url: 'https://a.org/w/s', title: 'A & B <c>\u0002', publishedAt: '2026-11-27T08:00:00.000Z' }], { name: 'Dateline', language: 'en' });
  assert.equal(XMLValidator.validate(news), true);
  const url = parser.parse(news).urlset.url;
  assert.equal(url['news:news']['news:title'], 'A & B <c>');
  assert.equal(url['news:news']['news:publication']['news:name'], 'Dateline');
});

test('robots.txt allows the site, keeps crawlers out of search, names both sitemaps', () => {
  const robots = robotsTxt('https://a.org');
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, /^Disallow: \/search$/m);
  assert.match(robots, /^Sitemap: https:\/\/a\.org\/sitemap\.xml$/m);
  assert.match(robots, /^Sitemap: https:\/\/a\.org\/news-sitemap\.xml$/m);
});
