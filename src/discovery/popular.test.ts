import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemo } from '../demo/load-demo.ts';
import { openTestDatabase } from '../store/test-database.ts';
import { addViews } from '../store/discovery.ts';
import { saveStory } from '../store/stories.ts';
import { hourOf, isBot, isPrefetch, PopularBoard, rankPopular, ViewCounter } from './popular.ts';

test('isBot knows crawlers, previewers and scripts, and lets browsers through', () => {
  for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', 'python-requests/2.31', 'Mozilla/5.0 HeadlessChrome/120', '', undefined]) {
    assert.equal(isBot(ua), true, String(ua));
  }
  assert.equal(isBot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1'), false);
});

test('isPrefetch reads the headers browsers send for prefetch and prerender', () => {
  assert.equal(isPrefetch({ 'sec-purpose': 'prefetch;prerender' }), true);
  assert.equal(isPrefetch({ purpose: 'prefetch' }), true);
  assert.equal(isPrefetch({ 'x-moz': 'prefetch' }), true);
  assert.equal(isPrefetch({}), false);
});

test('a reader counts once per story per day; a new day counts again', () => {
  let now = new Date('2026-11-27T10:00:00.000Z');
  const counter = new ViewCounter(() => now);
  assert.equal(counter.record(1, 'reader-a'), true);
  assert.equal(counter.record(1, 'reader-a'), false);
  assert.equal(counter.record(2, 'reader-a'), true);
  assert.equal(counter.record(1, 'reader-b'), true);
  now = new Date('2026-11-28T00:10:00.000Z');
  assert.equal(counter.record(1, 'reader-a'), true);
  const rows = counter.drain().sort((a, b) => a.hour.localeCompare(b.hour) || a.storyId - b.storyId);
  assert.deepEqual(rows, [
    { storyId: 1, hour: '2026-11-27T10', views: 2 },
    { storyId: 2, hour: '2026-11-27T10', views: 1 },
    { storyId: 1, hour: '2026-11-28T00', views: 1 },
  ]);
  assert.deepEqual(counter.drain(), []);
});

test('rankPopular halves a view’s weight every half-life', () => {
  const now = new Date('2026-11-27T12:30:00.000Z');
  const ranked = rankPopular([
    { storyId: 1, sectionId: 1, hour: '2026-11-27T12', views: 10 },
    { storyId: 2, sectionId: 2, hour: '2026-11-26T12', views: 30 },
  ], now, 24);
  assert.deepEqual(ranked.map((r) => r.storyId), [2, 1]);
  assert.ok(Math.abs(ranked[0]!.score - 15) < 1e-9);
  assert.deepEqual(rankPopular([{ storyId: 2, sectionId: 2, hour: '2026-11-26T12', views: 30 }, { storyId: 1, sectionId: 1, hour: '2026-11-27T12', views: 10 }], now, 6).map((r) => r.storyId), [1, 2]);
  assert.deepEqual(rankPopular([], now, 24), []);
});

test('instances sharing a database count a reader once between them, and forget the day once it is over', async () => {
  const t = await openTestDatabase();
  try {
    await loadDemo(t.db, new Date('2026-11-27T09:00:00.000Z'));
    const [a, b] = (await t.db.selectFrom('stories').select('id').orderBy('id').limit(2).execute()).map((r) => r.id);
    let now = new Date('2026-11-27T10:00:00.000Z');
    const first = new ViewCounter({ clock: () => now, shared: true });
    const second = new ViewCounter({ clock: () => now, shared: true });
    await first.agreeOnSalt(t.db);
    await second.agreeOnSalt(t.db);
    // The same reader reads story a on both instances, story b on one; another reader reads a on the second.
    first.record(a!, 'reader-1');
    first.record(b!, 'reader-1');
    second.record(a!, 'reader-1');
    second.record(a!, 'reader-2');
    assert.equal(await first.flush(t.db), 2);
    assert.equal(await second.flush(t.db), 1, 'reader-1 on story a was counted by the first instance');
    const views = async () => (await t.db.selectFrom('story_views').select(['story_id', 'views']).orderBy('story_id').execute()).map((r) => [r.story_id, Number(r.views)]);
    assert.deepEqual(await views(), [[a, 2], [b, 1]]);

    // A new day: the old day's salt and hashes are deleted, and the reader counts again.
    now = new Date('2026-11-28T08:00:00.000Z');
    second.record(a!, 'reader-1');
    assert.equal(await second.flush(t.db), 1);
    assert.deepEqual((await t.db.selectFrom('view_salts').select('day').execute()).map((r) => r.day), ['2026-11-28']);
    assert.deepEqual([...new Set((await t.db.selectFrom('view_readers').select('day').execute()).map((r) => r.day))], ['2026-11-28']);
  } finally {
    await t.close();
  }
});

test('Popular holds only public stories: one taken down or not yet due drops out however much it was read', async () => {
  const t = await openTestDatabase();
  try {
    const now = new Date('2026-06-30T12:00:00.000Z');
    const save = (key: string, status: 'published' | 'draft', publishedAt: string) =>
      saveStory(t.db, { sectionName: 'World', headline: `Story ${key}`, bodyFormat: 'text', body: `The body of story ${key}.`, status, publishedAt, source: 'test', sourceKey: key }, now);
    const live = await save('live', 'published', '2026-06-30T08:00:00.000Z');
    const draft = await save('draft', 'draft', '2026-06-30T08:00:00.000Z');
    const due = await save('due', 'published', '2026-07-01T08:00:00.000Z');
    await addViews(t.db, [live, draft, due].map((s, i) => ({ storyId: s.id, hour: hourOf(now), views: 10 + i })));
    const board = new PopularBoard(24);
    await board.refresh(t.db, now);
    const { section_id: world } = await t.db.selectFrom('stories').select('section_id').where('id', '=', live.id).executeTakeFirstOrThrow();
    assert.deepEqual(board.top().map((s) => s.id), [live.id], 'site-wide');
    assert.deepEqual(board.top(world).map((s) => s.id), [live.id], 'in the section');
  } finally {
    await t.close();
  }
});
