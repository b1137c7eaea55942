import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSearchQuery } from '../discovery/search-query.ts';
import { MARK_END, MARK_START, plainText } from '../domain/highlight.ts';
import type { StoryDraft } from '../domain/story.ts';
import { ensureSection } from './sections.ts';
import { monthsBetween, reindexSearch, SEARCH_CANDIDATES, searchStories, toFacetMatch, toFtsMatch, type SearchOptions } from './search.ts';
import { saveStories, saveStory } from './stories.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

let t: TestDatabase;
const now = new Date('2026-11-27T12:00:00.000Z');
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const ids: Record<string, number> = {};

function draft(key: string, fields: Partial<StoryDraft>): StoryDraft {
  return { sectionName: 'World', headline: key, bodyFormat: 'text', body: 'Nothing to see.', status: 'published', publishedAt: ago(1), source: 'test', sourceKey: key, ...fields };
}

before(async () => {
  t = await openTestDatabase();
  await ensureSection(t.db, 'World');
  await ensureSection(t.db, 'Business');
  const stories: Array<[string, Partial<StoryDraft>]> = [
    ['inBody', { headline: 'Leaders Meet in the Capital', body: 'After long talks the two leaders signed a treaty on fishing rights.', publishedAt: ago(5) }],
    ['inHeadline', { headline: 'Treaty Signed After Long Talks', body: 'The leaders met for two days.', publishedAt: ago(30 * 24) }],
    ['inDek', { headline: 'A Summit in the North', dek: 'The treaty was the centrepiece', body: 'Delegations arrived on Monday.', publishedAt: ago(3) }],
    ['phrase', { headline: 'Pact Renewed', body: 'A mutual defence pact binds both nations, and Ukraine is mentioned.', publishedAt: ago(2) }],
    ['apart', { headline: 'Defence Budget', body: 'The mutual trust of allies matters for defence spending.', sectionName: 'Business', publishedAt: ago(4) }],
    ['draft', { headline: 'Secret Treaty Draft', body: 'treaty', status: 'draft', publishedAt: null }],
    ['future', { headline: 'Embargoed Treaty News', body: 'treaty', publishedAt: new Date(now.getTime() + 3_600_000).toISOString() }],
    ['markup', { headline: 'Markup <b>Test</b>', bodyFormat: 'html', body: '<p>Bold <strong>zebras</strong> &amp; lions roam.</p>', publishedAt: ago(6) }],
    ['rareInHeadline', { headline: 'Seoul Welcomes Envoys', body: 'The harbour talks went on.', publishedAt: ago(50) }],
    ['commonInHeadline', { headline: 'Harbour Talks Resume', body: 'Envoys from Seoul arrived.', publishedAt: ago(8) }],
    ...[1, 2, 3, 4].map((i): [string, Partial<StoryDraft>] => [`harbour${i}`, { headline: `Quiet Week ${i}`, body: 'The harbour was calm.', publishedAt: ago(9 + i) }]),
  ];
  for (const [key, fields] of stories) ids[key] = (await saveStory(t.db, draft(key, fields), now)).id;
});
after(async () => { await t.close(); });

const options = (o: Partial<SearchOptions> = {}): SearchOptions => ({ sort: 'relevance', limit: 20, offset: 0, now, ...o });
const find = async (q: string, o: Partial<SearchOptions> = {}) => searchStories(t.db, parseSearchQuery(q), options(o));
const keysOf = (hits: Array<{ id: number }>) => hits.map((h) => Object.keys(ids).find((k) => ids[k] === h.id));

describe('search', () => {
  test('headline matches rank above dek matches above body matches; drafts and embargoed stories never show', async () => {
    const res = await find('treaty');
    assert.deepEqual(keysOf(res.hits), ['inHeadline', 'inDek', 'inBody']);
    assert.equal(res.total, 3);
    assert.equal(res.capped, false);
  });

  test('newest first on request', async () => {
    assert.deepEqual(keysOf((await find('treaty', { sort: 'newest' })).hits), ['inDek', 'inBody', 'inHeadline']);
  });

  test('word forms match (treaties → treaty)', async () => {
    assert.deepEqual(keysOf((await find('Treaties')).hits).sort(), ['inBody', 'inDek', 'inHeadline']);
  });

  test('phrases need the words together; exclusions take stories away', async () => {
    assert.deepEqual(keysOf((await find('mutual defence')).hits).sort(), ['apart', 'phrase']);
    assert.deepEqual(keysOf((await find('"mutual defence"')).hits), ['phrase']);
    assert.deepEqual(keysOf((await find('mutual defence -ukraine')).hits), ['apart']);
    assert.deepEqual(keysOf((await find('mutual -"defence pact"')).hits), ['apart']);
  });

  test('a rare word in the headline outweighs a common one; recency only breaks ties', async () => {
    assert.deepEqual(keysOf((await find('seoul harbour')).hits), ['rareInHeadline', 'commonInHeadline']);
    assert.deepEqual(keysOf((await find('harbour')).hits), ['commonInHeadline', 'harbour1', 'harbour2', 'harbour3', 'harbour4', 'rareInHeadline']);
  });

  test('section and date filters', async () => {
    const business = (await t.db.selectFrom('sections').select('id').where('slug', '=', 'business').executeTakeFirstOrThrow()).id;
    assert.deepEqual(keysOf((await find('mutual', { sectionId: business })).hits), ['apart']);
    assert.deepEqual(keysOf((await find('treaty', { from: ago(24) })).hits).sort(), ['inBody', 'inDek']);
    assert.deepEqual(keysOf((await find('treaty', { to: ago(24) })).hits), ['inHeadline']);
    // A closed window of a few months is narrowed by month words in the index (migration 009).
    assert.deepEqual(keysOf((await find('treaty', { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' })).hits), ['inHeadline']);
    assert.deepEqual(keysOf((await find('treaty', { from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' })).hits), []);
    assert.deepEqual(keysOf((await find('treaty', { from: ago(24), to: now.toISOString() })).hits).sort(), ['inBody', 'inDek']);
  });

  test('the section and month words follow a story moved to another section or date, and readers cannot search them', async () => {
    const section = async (slug: string) => (await t.db.selectFrom('sections').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const [business, world] = [await section('business'), await section('world')];
    await t.db.updateTable('stories').set({ section_id: world }).where('id', '=', ids.apart!).execute();
    assert.deepEqual(keysOf((await find('mutual', { sectionId: business })).hits), []);
    assert.ok(keysOf((await find('mutual', { sectionId: world })).hits).includes('apart'));
    await t.db.updateTable('stories').set({ section_id: business, published_at: '2026-06-15T12:00:00.000Z' }).where('id', '=', ids.apart!).execute();
    assert.deepEqual(keysOf((await find('mutual', { sectionId: business, from: '2026-06-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' })).hits), ['apart']);
    await t.db.updateTable('stories').set({ published_at: ago(4) }).where('id', '=', ids.apart!).execute();
    assert.deepEqual(keysOf((await find('mutual', { sectionId: business })).hits), ['apart']);
    assert.equal((await find(`zzs${business}`)).total, 0);
  });

  test('pages cut the ranked list; the total stays the whole count', async () => {
    const second = await find('treaty', { limit: 2, offset: 2 });
    assert.deepEqual(keysOf(second.hits), ['inBody']);
    assert.equal(second.total, 3);
  });

  test('snippets and headlines come back marked around the matched words, from plain text', async () => {
    const [hit] = (await find('zebras')).hits;
    assert.ok(hit);
    assert.ok(hit.snippetMarked.includes(`${MARK_START}zebras${MARK_END}`), hit.snippetMarked);
    assert.ok(!plainText(hit.snippetMarked).includes('<strong>'), 'body markup is not in the index');
    assert.equal(plainText(hit.headlineMarked), 'Markup <b>Test</b>');
    const [head] = (await find('signed treaty')).hits;
    assert.ok(head!.headlineMarked.includes(`${MARK_START}Treaty${MARK_END}`), head!.headlineMarked);
  });

  test('the index follows updates, unpublishing and deletes without being told', async () => {
    await saveStory(t.db, draft('inBody', { headline: 'Leaders Meet in the Capital', body: 'They agreed on a walrus protocol instead.', publishedAt: ago(5) }), now);
    assert.deepEqual(keysOf((await find('walrus')).hits), ['inBody']);
    assert.ok(!keysOf((await find('treaty')).hits).includes('inBody'), 'old words are forgotten');

    await t.db.updateTable('stories').set({ status: 'draft' }).where('id', '=', ids.inDek!).execute();
    assert.deepEqual(keysOf((await find('treaty')).hits), ['inHeadline']);
    await t.db.updateTable('stories').set({ status: 'published' }).where('id', '=', ids.inDek!).execute();

    await t.db.deleteFrom('stories').where('id', '=', ids.phrase!).execute();
    assert.deepEqual(keysOf((await find('mutual')).hits), ['apart']);
  });

  test('reindexing leaves the same results, on either database', async () => {
    const before = await find('treaty');
    const report = await reindexSearch(t.db);
    assert.ok(report.steps.length >= 2, report.steps.join('; '));
    const stories = await t.db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(report.stories, Number(stories.n));
    assert.deepEqual(await find('treaty'), before);
    await reindexSearch(t.db, { rebuild: false });
    assert.deepEqual(await find('treaty'), before);
  });

  test('hostile queries run as plain words, never as search syntax', async () => {
    for (const q of ['*', 'NEAR(', 'NEAR(treaty leaders, 2)', '"', '"unbalanced', 'headline:treaty', 'treaty OR zebras', '&&', '!!', ':*', "'", '\\', '^', '{', 'x'.repeat(10_000), '-', '- -treaty', '\u0000treaty']) {
      await assert.doesNotReject(find(q), q);
    }
    assert.equal((await find('-treaty')).total, 0, 'exclusions alone find nothing');
    assert.equal((await find('')).total, 0);
  });
});

describe('a query with more matches than are ranked', () => {
  const extra = SEARCH_CANDIDATES + 15;
  const first: number[] = [];
  before(async () => {
    const drafts = Array.from({ length: extra }, (_, i): StoryDraft => draft(`quokka-${i}`, {
      headline: i === 3 ? 'Quokka Census Begins' : `Island Notes ${i}`, body: `A quokka was seen, note ${i}.`, publishedAt: ago(1000 + extra - i),
    }));
    for (let at = 0; at < drafts.length; at += 500) first.push(...(await saveStories(t.db, drafts.slice(at, at + 500), { now })).map((r) => r.id));
  });

  test('the count stops at the limit, says so, and every page it offers has results', async () => {
    const top = await find('quokka', { limit: 10 });
    assert.equal(top.total, SEARCH_CANDIDATES);
    assert.equal(top.capped, true);
    const lastPage = await find('quokka', { limit: 10, offset: SEARCH_CANDIDATES - 10 });
    assert.equal(lastPage.hits.length, 10);
    assert.equal((await find('quokka', { limit: 10, offset: SEARCH_CANDIDATES })).hits.length, 0);
  });

  test('the newest matches are the ones ranked: an older headline match is past the limit', async () => {
    const newestFirst = [...first].sort((a, b) => b - a);
    const newest = await find('quokka', { sort: 'newest', limit: 5 });
    assert.deepEqual(newest.hits.map((h) => h.id), newestFirst.slice(0, 5));
    const best = await find('quokka', { limit: 3 });
    assert.notEqual(best.hits[0]!.id, first[3], 'story 3 is among the oldest 15, outside the ranked set');
    assert.deepEqual(best.hits.map((h) => h.id), newestFirst.slice(0, 3), 'no headline match among the ranked: newest first');
    const narrowed = await find('quokka census');
    assert.deepEqual(narrowed.hits.map((h) => h.id), [first[3]], 'narrowing the query reaches it');
  });
});

test('FTS5 compilation quotes every word, chains exclusions and looks only in the text columns', () => {
  assert.equal(toFtsMatch(parseSearchQuery('seoul "mutual defence" -ukraine -"arms sales"')), '{headline dek body_text} : ((("seoul" AND "mutual defence") NOT "ukraine") NOT "arms sales")');
  assert.equal(toFtsMatch(parseSearchQuery('NEAR(a OR b')), '{headline dek body_text} : ("near a" AND "or" AND "b")');
});

test('filters become facet words: the section, and the months of a closed window of up to three years', () => {
  assert.equal(toFacetMatch({}), '');
  assert.equal(toFacetMatch({ sectionId: 3 }), '{search_facets} : (zzs3)');
  assert.equal(toFacetMatch({ from: '2023-11-15T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' }), '{search_facets} : ((zzm202311 OR zzm202312 OR zzm202401))');
  assert.equal(toFacetMatch({ from: '2020-01-01T00:00:00.000Z' }), '', 'an open window is checked per match');
  assert.equal(toFacetMatch({ from: '2010-01-01T00:00:00.000Z', to: '2020-01-01T00:00:00.000Z' }), '', 'ten years is too wide');
  assert.deepEqual(monthsBetween('2024-12-31T23:00:00.000Z', '2025-01-01T00:00:00.000Z'), ['2024-12']);
  assert.deepEqual(monthsBetween('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'), []);
  assert.deepEqual(monthsBetween('not a date', '2025-01-01T00:00:00.000Z'), []);
});
