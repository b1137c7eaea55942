import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEARCH_CANDIDATES } from '../src/store/search.ts';
import { saveStories, saveStory } from '../src/store/stories.ts';
import { openTestSite, SEED_PATH } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
before(async () => {
  site = await openTestSite({ PAGE_CACHE_SECONDS: '5' });
  await saveStory(site.db, {
    sectionName: 'Culture', headline: 'Gallery Shows <script>alert("zebra")</script> Prints', bodyFormat: 'text',
    body: 'The zebra prints & <b>bold</b> colours drew crowds.', status: 'published', publishedAt: new Date(Date.now() - 10_000).toISOString(), source: 'test', sourceKey: 'xss',
  });
  await saveStory(site.db, {
    sectionName: 'Culture', headline: 'Unpublished Zebra Draft', bodyFormat: 'text', body: 'zebra', status: 'draft', publishedAt: null, source: 'test', sourceKey: 'draft',
  });
  for (let i = 1; i <= 12; i++) {
    await saveStory(site.db, {
      sectionName: 'Business', headline: `Harbour Report ${i}`, bodyFormat: 'text', body: `Trade through the harbour, week ${i}.`,
      status: 'published', publishedAt: new Date(Date.now() - i * 3_600_000).toISOString(), source: 'test', sourceKey: `harbour-${i}`,
    });
  }
});
after(async () => { await site.close(); });

const get = (url: string) => site.app.inject({ method: 'GET', url });
const json = async (url: string) => {
  const res = await get(url);
  return { res, body: JSON.parse(res.body) };
};

describe('search page', () => {
  test('a phrase finds the seed story, headline matches first, highlighted, with search-page headers', async () => {
    const res = await get('/search?q=%22mutual+defense%22');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.equal(res.headers['cache-control'], 'public, max-age=5');
    assert.equal(res.headers['x-robots-tag'], 'noindex');
    assert.match(res.body, /<meta name="robots" content="noindex"\/>/);
    assert.ok(res.body.includes(`href="${SEED_PATH}"`));
    // FTS5 marks the phrase as one run, PostgreSQL word by word.
    assert.match(res.body, /pledged <mark>mutual(<\/mark> <mark>| )defense<\/mark> assistance/);
    assert.match(res.body, /1 result for <strong>&quot;mutual defense&quot;<\/strong>/);
  });

  test('ranked: a headline match comes before body-only matches', async () => {
    const { body } = await json('/api/search?q=treaty');
    assert.ok(body.total >= 3);
    assert.match(body.results[0].headline, /Treaty/);
  });

  test('exclusions, section and date filters, and newest-first order', async () => {
    const all = (await json('/api/search?q=korea')).body;
    const without = (await json('/api/search?q=korea+-ukraine')).body;
    assert.ok(without.total < all.total && without.total > 0);
    const section = (await json('/api/search?q=korea&section=international')).body;
    assert.ok(section.results.every((r: { section: { slug: string } }) => r.section.slug === 'international'));
    const today = new Date().toISOString().slice(0, 10);
    const future = (await json('/api/search?q=korea&from=2999-01-01')).body;
    assert.equal(future.total, 0);
    const upToToday = (await json(`/api/search?q=korea&to=${today}&sort=newest`)).body;
    const dates = upToToday.results.map((r: { publishedAt: string }) => r.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('pagination keeps the query and filters', async () => {
    const first = await json('/api/search?q=harbour');
    assert.ok(first.body.pageCount >= 2, `${first.body.total} results`);
    const second = await json('/api/search?q=harbour&page=2');
    assert.equal(second.body.page, 2);
    assert.notDeepEqual(second.body.results.map((r: { id: number }) => r.id), first.body.results.map((r: { id: number }) => r.id));
    const html = (await get('/search?q=harbour&section=&sort=newest')).body;
    assert.ok(html.includes('href="/search?q=harbour&amp;sort=newest&amp;page=2"'));
    const past = await get('/search?q=harbour&page=999');
    assert.equal(past.statusCode, 200);
    assert.match(past.body, /That page is past the last result/);
  });

  test('more matches than are ranked: the count says "more than", the page says which are shown, every page offered has results', async () => {
    const drafts = Array.from({ length: SEARCH_CANDIDATES + 5 }, (_, i) => ({
      sectionName: 'Science', headline: `Field Notes ${i}`, bodyFormat: 'text' as const, body: `A pelican was ringed, note ${i}.`,
      status: 'published' as const, publishedAt: new Date(Date.now() - (2000 - i) * 60_000).toISOString(), source: 'test', sourceKey: `pelican-${i}`,
    }));
    for (let at = 0; at < drafts.length; at += 500) await saveStories(site.db, drafts.slice(at, at + 500));
    const html = (await get('/search?q=pelican')).body;
    assert.match(html, /More than 1,000 results for <strong>pelican<\/strong>, page 1 of 100/);
    assert.match(html, /<p class="search-note">Showing the best matches among the newest 1,000\. To reach older stories, add a word or choose dates\.<\/p>/);
    assert.match((await get('/search?q=pelican&sort=newest')).body, /Showing the newest 1,000\./);
    const last = await json('/api/search?q=pelican&page=100');
    assert.equal(last.body.totalIsCapped, true);
    assert.equal(last.body.rankedNewest, 1000);
    assert.equal(last.body.results.length, 10);
    assert.equal((await json('/api/search?q=harbour')).body.rankedNewest, null);
  });

  test('story text and headlines are escaped; only our <mark> is markup', async () => {
    const html = (await get('/search?q=zebra')).body;
    assert.ok(!html.includes('<script>alert'), 'no live script');
    assert.match(html, /Gallery Shows &lt;script>alert\(&quot;(<mark>zebra<\/mark>|zebra)&quot;\)&lt;\/script> Prints/);
    assert.match(html, /<p class="search-snippet">[^<]*<mark>zebra<\/mark> prints &amp; /);
    assert.ok(!html.includes('Unpublished Zebra Draft'), 'drafts never show');
    const { body } = await json('/api/search?q=zebra');
    assert.equal(body.total, 1);
    assert.match(body.results[0].headlineHtml, /^Gallery Shows &lt;script&gt;alert\(&quot;(<mark>zebra<\/mark>|zebra)&quot;\)&lt;\/script&gt; Prints$/);
    // PostgreSQL's ts_headline drops tag-like text from fragments; FTS5 keeps it, escaped.
    assert.match(body.results[0].snippetHtml, /<mark>zebra<\/mark> prints &amp; (&lt;b&gt;)?\s*bold/);
    assert.ok(!/<(?!\/?mark>)/.test(body.results[0].snippetHtml), 'no markup but <mark>');
    assert.equal(body.results[0].url, 'https://news.example.org/culture/gallery-shows-script-alert-zebra-script-prints');
  });

  test('no results: a helpful page with a way out, the latest stories, and status 200', async () => {
    const res = await get('/search?q=xylophone+quartet&section=science');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No stories match <strong>xylophone quartet<\/strong> with these filters/);
    assert.ok(res.body.includes('href="/search?q=xylophone+quartet"'), 'a link without the filters');
    assert.match(res.body, /<h2 id="search-latest-heading">Latest stories<\/h2>/);
  });

  test('an empty search shows the form and the latest stories', async () => {
    for (const url of ['/search', '/search?q=', '/search?q=+++', '/search?q=-ukraine']) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, /Type a word or two to search/, url);
      assert.match(res.body, /Latest stories/);
    }
  });
});

describe('bad search input answers normally', () => {
  const hostile = ['x'.repeat(10_240), '"', '*', 'NEAR(', 'NEAR(korea ukraine, 2)', 'korea OR', '(', ')', '"unbalanced phrase', '-', "'; drop table stories; --", '%00', '\u0000', '&&', '!!', ':*', 'a:b', '^', '{}', '\\', 'ユニコード', '🙂'];
  for (const q of hostile) {
    test(`q=${JSON.stringify(q.slice(0, 24))}${q.length > 24 ? '…' : ''}`, async () => {
      const encoded = encodeURIComponent(q);
      const page = await get(`/search?q=${encoded}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1 class="section-title">Search<\/h1>/);
      const api = await get(`/api/search?q=${encoded}`);
      assert.equal(api.statusCode, 200);
      assert.equal(typeof JSON.parse(api.body).total, 'number');
    });
  }

  test('bad filters are a 400 naming each problem, with the form still there', async () => {
    const res = await get('/search?q=korea&section=../x&from=notadate&to=2026-02-31&sort=sideways&page=-1');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /There is no such section/);
    assert.match(res.body, /The start date must be a date such as 2026-11-27/);
    assert.match(res.body, /The end date must be a date/);
    assert.match(res.body, /Order results by best match or newest first/);
    assert.match(res.body, /The page number must be a whole number/);
    assert.match(res.body, /<input id="search-q" type="search" name="q" value="korea"/);
    assert.match(res.body, /<select id="search-section" name="section" aria-invalid="true">/);
    const api = await json('/api/search?q=korea&page=-1&from=notadate');
    assert.equal(api.res.statusCode, 400);
    assert.deepEqual(api.body.errors.map((e: { field: string }) => e.field), ['from', 'page']);
    assert.deepEqual(api.body.results, []);
  });

  test('repeated and odd parameters do not break the page', async () => {
    for (const url of ['/search?q=korea&q=ukraine', '/search?q[]=korea', '/search?q[a]=1', '/search?page=0', '/search?page=1e3', '/search?from=2026-11-01&to=2026-10-01&q=x']) {
      const res = await get(url);
      assert.ok([200, 400].includes(res.statusCode), `${url}: ${res.statusCode}`);
      assert.match(res.body, /<h1 class="section-title">Search<\/h1>/, url);
    }
  });
});

describe('the masthead search box', () => {
  test('every page has a labelled GET form that works without JavaScript', async () => {
    const html = (await get(SEED_PATH)).body;
    assert.match(html, /<form class="masthead-search" role="search" action="\/search" method="get"><label class="visually-hidden" for="masthead-q">Search stories<\/label><input id="masthead-q" type="search" name="q"/);
  });
});
