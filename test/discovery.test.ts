import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { refreshDiscovery } from '../src/discovery/refresh.ts';
import { toStoredTime } from '../src/domain/dates.ts';
import { decodePostings } from '../src/store/postings.ts';
import { openTestSite, SEED_PATH } from './helpers/test-site.ts';

type Site = Awaited<ReturnType<typeof openTestSite>>;
let site: Site;
let seedId: number;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

before(async () => {
  site = await openTestSite();
  const page = await site.app.inject({ url: SEED_PATH });
  seedId = Number(/data-story-id="(\d+)"/.exec(page.body)![1]);
});
after(() => site.close());

/** The terms whose postings heads name a story. */
async function postedUnder(id: number): Promise<string[]> {
  const rows = await site.db.selectFrom('discovery_postings').select(['term', 'entries']).execute();
  return rows.filter((r) => decodePostings(r.entries).some((p) => p.storyId === id)).map((r) => r.term);
}

async function lists(id: number) {
  const res = await site.app.inject({ url: `/api/stories/${id}/lists` });
  assert.equal(res.statusCode, 200);
  return res.json() as Record<'popular' | 'moreLikeThis' | 'related', { id: number; headline: string; why: string | null; section: string }[]>;
}

describe('More like this and Related', () => {
  test('the untagged seed story finds the Korea stories by its terms and entities, each with a reason', async () => {
    const { moreLikeThis, related } = await lists(seedId);
    const korea = [...related, ...moreLikeThis].filter((s) => /Korea|Pyongyang|Seoul/.test(s.headline));
    assert.ok(korea.length >= 4, [...related, ...moreLikeThis].map((s) => s.headline).join(' | '));
    assert.match(moreLikeThis[0]!.headline, /Korea|Pyongyang|Seoul|Ukraine/);
    assert.ok(moreLikeThis[0]!.why && moreLikeThis[0]!.why.split(' · ').length >= 2, String(moreLikeThis[0]!.why));
    assert.ok(!moreLikeThis.some((s) => s.section === 'Sport' && moreLikeThis.indexOf(s) < 3));
  });

  test('the page shows why in small print, and links the story’s topics', async () => {
    const html = (await site.app.inject({ url: SEED_PATH })).body;
    assert.match(html, /<small class="why">[^<]+<\/small>/);
    assert.match(html, /<a class="topic" href="\/topic\/kim-jong-un">Kim Jong Un<\/a>/);
  });

  test('a list with no close match says so instead of showing weak matches', async () => {
    const { moreLikeThis } = await lists(seedId);
    for (const item of moreLikeThis) assert.ok(item.why, `${item.headline} has a reason`);
  });

  test('an unpublished story leaves every list at once and the index after a refresh; an update is re-analysed', async () => {
    const before = await lists(seedId);
    const gone = before.moreLikeThis[0]!.id;
    await site.db.updateTable('stories').set({ status: 'draft', modified_at: toStoredTime(new Date(Date.now() + 1000)) }).where('id', '=', gone).execute();
    site.app.pageCache.clear();
    assert.ok(!(await lists(seedId)).moreLikeThis.some((s) => s.id === gone), 'read time filters drafts out');
    const report = await refreshDiscovery(site.db);
    assert.equal(report.removed, 1);
    const links = await site.db.selectFrom('story_links').select('story_id').where('linked_story_id', '=', gone).where('kind', 'in', ['more', 'related']).execute();
    assert.deepEqual(links, []);
    assert.deepEqual(await postedUnder(gone), [], 'no postings head names it');
    assert.equal(await site.db.selectFrom('discovery_state').select('story_id').where('story_id', '=', gone).executeTakeFirst(), undefined);
    // Published again: analysed again with lists of its own (others pick it up at their next refresh).
    await site.db.updateTable('stories').set({ status: 'published', modified_at: toStoredTime(new Date(Date.now() + 2000)) }).where('id', '=', gone).execute();
    const again = await refreshDiscovery(site.db);
    assert.ok(again.analysed >= 1);
    assert.ok((await postedUnder(gone)).length > 0);
    assert.ok((await lists(gone)).moreLikeThis.some((s) => s.id === seedId) || (await lists(gone)).related.some((s) => s.id === seedId));
  });

  test('a story page reuses its rendered lists until the refresher recomputes them', async () => {
    const moreOnPage = async () => {
      const html = (await site.app.inject({ url: SEED_PATH })).body;
      const section = /<section class="story-list more-like-this"[\s\S]*?<\/section>/.exec(html)![0];
      return [...section.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    };
    const before = await moreOnPage();
    await site.db.deleteFrom('story_links').where('story_id', '=', seedId).where('kind', '=', 'more').execute();
    assert.deepEqual(await moreOnPage(), before, 'the rendered lists are reused');
    site.app.listFragments.delete([seedId]);
    assert.notDeepEqual(await moreOnPage(), before, 'read again once dropped');
    await site.db.updateTable('discovery_state').set({ lists_at: null }).where('story_id', '=', seedId).execute();
    const report = await refreshDiscovery(site.db, { onListed: (id) => site.app.listFragments.delete([id]) });
    assert.ok(report.lists >= 1);
    assert.deepEqual(await moreOnPage(), before, 'recomputed, stored and shown again');
  });

  test('the lists API answers 404 for unknown or malformed ids', async () => {
    assert.equal((await site.app.inject({ url: '/api/stories/999999/lists' })).statusCode, 404);
    assert.equal((await site.app.inject({ url: '/api/stories/abc/lists' })).statusCode, 404);
    assert.equal((await site.app.inject({ url: '/api/stories/-1/lists' })).statusCode, 404);
  });
});

describe('Popular', () => {
  test('a fresh site falls back to the latest stories', async () => {
    const { popular } = await lists(seedId);
    assert.equal(popular.length, 5);
  });

  test('concurrent beacons count once per reader per story; bots and prefetches do not count', async () => {
    const target = (await lists(seedId)).related[0]!.id;
    const readers = Array.from({ length: 40 }, (_, i) => `${BROWSER} reader-${i % 20}`);
    const sends = readers.map((ua, i) => site.app.inject({ method: 'POST', url: `/api/views/${target}`, headers: { 'user-agent': ua }, remoteAddress: `127.0.0.${(i % 20) + 1}` }));
    sends.push(site.app.inject({ method: 'POST', url: `/api/views/${target}`, headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } }));
    sends.push(site.app.inject({ method: 'POST', url: `/api/views/${target}`, headers: { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' } }));
    sends.push(site.app.inject({ method: 'POST', url: `/api/views/${target}`, headers: { 'user-agent': '' } }));
    const responses = await Promise.all(sends);
    for (const r of responses) assert.equal(r.statusCode, 204);
    await site.app.discovery.sync();
    const rows = await site.db.selectFrom('story_views').select(['story_id', 'views']).execute();
    assert.deepEqual(rows, [{ story_id: target, views: 20 }]);
    const { popular } = await lists(seedId);
    assert.equal(popular[0]!.id, target);
  });

  test('Popular as JSON, site-wide and per section; unknown or bad sections are a 404', async () => {
    const site_ = await site.app.inject({ url: '/api/popular' });
    assert.equal(site_.statusCode, 200);
    assert.ok(site_.json().stories.length > 0);
    const section = await site.app.inject({ url: '/api/popular?section=sport' });
    assert.equal(section.statusCode, 200);
    for (const s of section.json().stories) assert.equal(s.section, 'Sport');
    assert.equal((await site.app.inject({ url: '/api/popular?section=nope' })).statusCode, 404);
    assert.equal((await site.app.inject({ url: '/api/popular?section=%3Cscript%3E' })).statusCode, 404);
  });

  test('the beacon refuses unknown stories and bad ids', async () => {
    assert.equal((await site.app.inject({ method: 'POST', url: '/api/views/999999', headers: { 'user-agent': BROWSER } })).statusCode, 404);
    assert.equal((await site.app.inject({ method: 'POST', url: '/api/views/x1', headers: { 'user-agent': BROWSER } })).statusCode, 404);
    assert.equal((await site.app.inject({ method: 'GET', url: '/api/views/1' })).statusCode, 404);
  });
});

describe('topic pages', () => {
  test('a person’s page lists the stories naming them', async () => {
    const res = await site.app.inject({ url: '/topic/kim-jong-un' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 class="section-title">Kim Jong Un<\/h1>/);
    assert.match(res.body, /Person/);
    assert.ok((res.body.match(/class="teaser/g) ?? []).length >= 3);
  });

  test('unknown topics, bad slugs and pages past the end are errors, not crashes', async () => {
    assert.equal((await site.app.inject({ url: '/topic/no-such-person' })).statusCode, 404);
    assert.equal((await site.app.inject({ url: '/topic/Bad%20Slug' })).statusCode, 404);
    assert.equal((await site.app.inject({ url: '/topic/kim-jong-un?page=0' })).statusCode, 400);
    assert.equal((await site.app.inject({ url: '/topic/kim-jong-un?page=99' })).statusCode, 404);
  });
});
