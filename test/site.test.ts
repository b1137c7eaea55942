import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadConfig } from '../src/config.ts';
import { ensureSection } from '../src/store/sections.ts';
import { saveStory } from '../src/store/stories.ts';
import { buildApp } from '../src/web/app.ts';
import { openTestSite, SEED_PATH } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
before(async () => { site = await openTestSite({ SITE_TIMEZONE: 'Asia/Seoul' }); });
after(async () => { await site.close(); });

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

/** Positions of each needle in order; fails if one is missing or out of order. */
function assertInOrder(html: string, needles: Array<string | RegExp>) {
  let from = 0;
  for (const needle of needles) {
    const rest = html.slice(from);
    const at = typeof needle === 'string' ? rest.indexOf(needle) : rest.search(needle);
    assert.ok(at >= 0, `expected ${needle} after position ${from}`);
    from += at + 1;
  }
}

describe('story page', () => {
  test('the seed story shows the seed page furniture, in the seed order', async () => {
    const res = await get(SEED_PATH);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html; charset=utf-8/);
    const html = res.body;
    assertInOrder(html, [
      '<p class="section-label"><a href="/international">International</a></p>',
      '<h1 id="story-headline">Seoul Slams Russian-North Korea Deal and Might Reconsider Ukraine Policy</h1>',
      /<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">\d{1,2} \w+ \d{4}, \d\d:\d\d GMT\+9<\/time>/,
      '(date of import: the source gave none)',
      '<p>South Korea’s Presidential office condemned',
      '<p>Lim also expressed regret',
      '<h2 id="share-heading">Share post:</h2>',
      '<h2 id="popular-heading">Popular</h2>',
      '<h2 id="more-like-this-heading">More like this</h2>',
      '<h2 id="related-heading">Related</h2>',
    ]);
    assert.match(html, /“fiery friendship”/);
  });

  test('share links cover the common networks, email and copy-link, all without JavaScript', async () => {
    const html = (await get(SEED_PATH)).body;
    const url = encodeURIComponent(`https://news.example.org${SEED_PATH}`);
    for (const prefix of [
      `https://x.com/intent/post?url=${url}`,
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
      'https://wa.me/?text=',
      `https://t.me/share/url?url=${url}`,
      'mailto:?subject=',
    ]) {
      assert.ok(html.includes(`href="${prefix.replace(/&/g, '&amp;')}`), prefix);
    }
    assert.match(html, /<a class="share-copy" href="https:\/\/news.example.org\/international\/[^"]+" data-copy-link="true">Copy link<\/a>/);
  });

  test('Popular, More like this and Related are never empty, and never list the story itself', async () => {
    const html = (await get(SEED_PATH)).body;
    const section = (id: string) => html.slice(html.indexOf(`id="${id}-heading"`), html.indexOf('</section>', html.indexOf(`id="${id}-heading"`)));
    assert.equal((section('popular').match(/<li>/g) ?? []).length, 5);
    assert.equal((section('more-like-this').match(/<li>/g) ?? []).length, 5);
    const related = section('related');
    assert.equal((related.match(/<article class="teaser">/g) ?? []).length, 3);
    assert.equal((related.match(/<p class="teaser-excerpt">[^<]+…<\/p>/g) ?? []).length, 3, 'excerpts cut with an ellipsis');
    assert.ok(!html.slice(html.indexOf('popular-heading')).includes(`href="${SEED_PATH}"`));
  });

  test('editor picks lead Related', async () => {
    const html = (await get('/international/russia-and-north-korea-sign-mutual-defence-treaty-at-pyongyang-summit')).body;
    const related = html.slice(html.indexOf('id="related-heading"'));
    assertInOrder(related, [
      'Seoul Condemns Moscow–Pyongyang Pact and Weighs Shift on Arms for Ukraine',
      'Explainer: From 1961 to 2000',
      'Washington and Tokyo Warn Treaty',
    ]);
  });

  test('share cards: Open Graph, Twitter card, canonical and a JSON-LD NewsArticle', async () => {
    const html = (await get('/international/russia-and-north-korea-sign-mutual-defence-treaty-at-pyongyang-summit')).body;
    const url = 'https://news.example.org/international/russia-and-north-korea-sign-mutual-defence-treaty-at-pyongyang-summit';
    assert.ok(html.includes(`<link rel="canonical" href="${url}"/>`));
    assert.ok(html.includes(`<meta property="og:url" content="${url}"/>`));
    assert.ok(html.includes('<meta property="og:type" content="article"/>'));
    assert.ok(html.includes('<meta name="twitter:card" content="summary"/>'));
    assert.match(html, /<title>Russia and North Korea Sign Mutual-Defence Treaty at Pyongyang Summit \| Dateline<\/title>/);
    assert.match(html, /<meta name="description" content="[^"]{40,}"\/>/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'Russia and North Korea Sign Mutual-Defence Treaty at Pyongyang Summit');
    assert.equal(ld.mainEntityOfPage['@id'], url);
    assert.match(ld.datePublished, /Z$/);
    assert.equal(ld.author[0]['@type'], 'Person');
  });

  test('an updated story says "Updated"', async () => {
    const id = await saveStory(site.db, {
      sectionName: 'Politics', headline: 'Council Vote Delayed', bodyFormat: 'markdown', body: 'The vote moved.',
      status: 'published', publishedAt: new Date(Date.now() - 7_200_000).toISOString(), updatedAt: new Date(Date.now() - 600_000).toISOString(),
      authors: ['Ana Costa', 'Lee Min'], source: 'test',
    });
    const html = (await get(`/politics/${id.slug}`)).body;
    assert.match(html, /<span class="updated"> · Updated <time datetime="[^"]+Z">/);
    assert.match(html, /<p class="byline">By <span class="author">Ana Costa and Lee Min<\/span><\/p>/);
  });

  test('headlines and bodies cannot inject markup', async () => {
    const saved = await saveStory(site.db, {
      sectionName: 'Politics', headline: 'Evil </script><script>alert(1)</script> Headline', bodyFormat: 'html',
      body: '<p onclick="x()">Text<script>alert(2)</script></p><img src="x" onerror="alert(3)">', status: 'published',
      publishedAt: new Date(Date.now() - 1000).toISOString(), source: 'test',
    });
    const html = (await get(`/politics/${saved.slug}`)).body;
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /onclick|onerror/);
    assert.match(html, /<h1 id="story-headline">Evil &lt;\/script>&lt;script>alert\(1\)&lt;\/script> Headline<\/h1>/);
    assert.match(html, /"headline":"Evil \\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script> Headline"/);
  });
});

describe('fronts', () => {
  test('the home front has a lead story, every section with its newest stories, and the demo note', async () => {
    const res = await get('/');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<div class="lead-slot"><article class="teaser teaser-lead">/);
    for (const name of ['International', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture']) {
      assert.match(html, new RegExp(`<h2 class="front-section-title" id="front-${name.toLowerCase()}"><a href="/${name.toLowerCase()}">${name}</a></h2>`));
    }
    assert.match(html, /This is a demo site/);
    assert.match(html, /<nav class="sections-nav" aria-label="Sections">/);
    assert.match(html, /<main id="content"/);
  });

  test('a section front lists its stories newest first and paginates', async () => {
    const html = (await get('/sport')).body;
    assert.match(html, /<h1 class="section-title">Sport<\/h1>/);
    assert.equal((html.match(/<article class="teaser/g) ?? []).length, 6);
    const dates = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual([...dates].sort().reverse(), dates);
    for (let i = 0; i < 25; i++) {
      await saveStory(site.db, { sectionName: 'Culture', headline: `Gallery Note ${i}`, bodyFormat: 'text', body: `Note ${i}.`, status: 'published', publishedAt: new Date(Date.now() - 1e6 - i * 1000).toISOString(), source: 'test' });
    }
    const page1 = (await get('/culture')).body;
    assert.match(page1, /Page 1 of 2/);
    assert.match(page1, /<a rel="next" href="\/culture\?page=2">/);
    const page2 = await get('/culture?page=2');
    assert.equal(page2.statusCode, 200);
    assert.match(page2.body, /<a rel="prev" href="\/culture">/);
    assert.equal((await get('/culture?page=3')).statusCode, 404);
  });
});

describe('bad paths and parameters answer cleanly', () => {
  const cases: Array<[string, number]> = [
    ['/international?page=-1', 400],
    ['/international?page=abc', 400],
    ['/international?page=0', 400],
    ['/international?page=1.5', 400],
    ['/international?page=1&page=2', 400],
    ['/international?page=99999999999999999999', 400],
    ['/no-such-section', 404],
    ['/international/no-such-story', 404],
    ['/international/seoul%00slams', 404],
    ['/International/Seoul', 404],
    ['/international/a/b/c', 404],
    ['/%E0%A4%A', 400],
    ['/international/%ZZ', 400],
    ['/' + 'a'.repeat(100_000), 404],
    ['/international/' + 'a-'.repeat(50_000), 404],
    ['/assets/nope.css', 404],
    ['/assets/..%2f..%2fpackage.json', 404],
  ];
  for (const [url, status] of cases) {
    test(`${url.slice(0, 60)} → ${status}`, async () => {
      const res = await get(url);
      assert.equal(res.statusCode, status);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /<p class="error-code">Error \d{3}<\/p>/);
      assert.match(res.body, /<nav class="sections-nav"/, 'error pages keep the site navigation');
      assert.doesNotMatch(res.body, /at .*\.ts:\d+|stack|FST_/);
    });
  }
});

describe('HTTP behaviour', () => {
  test('pages carry cache headers, surrogate keys and an ETag that answers 304', async () => {
    const res = await get(SEED_PATH);
    assert.match(res.headers['cache-control'] as string, /public, max-age=\d+, stale-while-revalidate=\d+/);
    assert.match(res.headers['surrogate-key'] as string, /^story-\d+ section-international$/);
    const etag = res.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await get(SEED_PATH, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('browsers that accept Brotli or gzip get the cached page compressed, with its own ETag', async (t) => {
    // Pages are compressed only where they are cached: a second app on the same database, cache on.
    const cached = buildApp({ config: loadConfig({ SITE_URL: 'https://news.example.org', SITE_TIMEZONE: 'Asia/Seoul', PAGE_CACHE_SECONDS: '10' }), db: site.db });
    t.after(() => cached.close());
    const get = (url: string, headers: Record<string, string> = {}) => cached.inject({ method: 'GET', url, headers });
    const plain = await get(SEED_PATH);
    assert.equal(plain.headers['content-encoding'], undefined);
    const br = await get(SEED_PATH, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2);
    assert.notEqual(br.headers.etag, plain.headers.etag);
    assert.equal((await get(SEED_PATH, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string })).statusCode, 304);
    assert.equal((await get(SEED_PATH, { 'accept-encoding': 'br', 'if-none-match': plain.headers.etag as string })).statusCode, 200);
    const gz = await get(SEED_PATH, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
    assert.equal((await get(SEED_PATH, { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding'], undefined);
    const feed = await get('/feed.xml', { 'accept-encoding': 'gzip' });
    assert.equal(feed.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(feed.rawPayload).toString(), /^<\?xml/);
  });

  test('security headers on every response', async () => {
    for (const url of ['/', SEED_PATH, '/nope']) {
      const res = await get(url);
      assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await site.app.inject({ method: 'HEAD', url: SEED_PATH });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, '');
  });

  test('assets are served under content-hashed names with a year of caching', async () => {
    const html = (await get('/')).body;
    const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"\/>/.exec(html)![1]!;
    const js = /<script src="(\/assets\/share\.[0-9a-f]{10}\.js)" defer>/.exec(html)![1]!;
    for (const url of [css, js]) {
      const res = await get(url);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
    assert.match((await get(css)).headers['content-type'] as string, /^text\/css/);
  });

  test('a trailing slash finds the same page; healthz answers', async () => {
    assert.equal((await get('/sport/')).statusCode, 200);
    const health = await get('/healthz');
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok' });
  });

  test('POST to a page is refused cleanly', async () => {
    const res = await site.app.inject({ method: 'POST', url: SEED_PATH, payload: 'x' });
    assert.equal(res.statusCode, 404);
  });
});

describe('site chrome', () => {
  test('with the page cache off the sections are still read once a minute, and at once after any change', async () => {
    const own = await openTestSite();
    try {
      const nav = async () => (await own.app.inject({ method: 'GET', url: '/' })).body.includes('href="/obituaries"');
      assert.equal(await nav(), false);
      // Another process adds a section: this instance keeps its sections until told the site changed...
      await ensureSection(own.db, 'Obituaries');
      assert.equal(await nav(), false, 'kept, not read again on every page');
      // ...as the site-changes watcher tells it (it clears the page cache), or a change made here.
      own.app.pageCache.clear();
      assert.equal(await nav(), true, 'read again after the page cache was cleared');
      await own.db.deleteFrom('sections').where('slug', '=', 'obituaries').execute();
      own.app.siteChanged();
      assert.equal(await nav(), false, 'and after a change made through this instance');
    } finally {
      await own.close();
    }
  });
});
