import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { saveStory } from '../store/stories.ts';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { acquireLease } from '../store/job-leases.ts';
import { listsDueAfter, refreshDiscovery } from './refresh.ts';
import { postingRank } from './similarity.ts';

let t: TestDatabase;
before(async () => {
  t = await openTestDatabase();
});
after(() => t.close());

const now = new Date('2026-06-30T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const KOREA = [
  'Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang. The defence treaty binds Russia and North Korea.',
  'South Korea condemned the defence treaty between Russia and North Korea. Officials in Seoul said Kim Jong Un wanted protection.',
  'The United States said the defence treaty could speed North Korean munitions to Russia. Pyongyang rejected the warning from Seoul.',
];
const OTHER = [
  'The central bank kept interest rates unchanged, saying inflation was easing. Markets rose and the currency slipped.',
  'The striker scored twice as United beat City in the derby. The manager praised the defence in the rain.',
  'Farmers warned that the drought would cut the wheat harvest. Bread prices rose in the capital markets.',
  'The museum opened a new wing for modern painting. Critics praised the light and the sculpture garden.',
];

async function story(key: string, headline: string, body: string, publishedAt: Date): Promise<number> {
  const saved = await saveStory(t.db, { sectionName: 'World', headline, bodyFormat: 'text', body, status: 'published', publishedAt: publishedAt.toISOString(), source: 'test', sourceKey: key }, now);
  return saved.id;
}

async function moreLikeThis(id: number): Promise<number[]> {
  const rows = await t.db.selectFrom('story_links').select('linked_story_id').where('story_id', '=', id).where('kind', '=', 'more').orderBy('position').execute();
  return rows.map((r) => r.linked_story_id);
}

test('a list is due again after a quarter of its story’s age, within 6 hours and 180 days', () => {
  assert.equal(listsDueAfter(new Date(now.getTime() - HOUR).toISOString(), now), 6 * HOUR);
  assert.equal(listsDueAfter(new Date(now.getTime() - 40 * DAY).toISOString(), now), 10 * DAY);
  assert.equal(listsDueAfter(new Date(now.getTime() - 5000 * DAY).toISOString(), now), 180 * DAY);
});

test('a newer story outranks an older one of the same weight in a postings head; a year newer needs half the weight', () => {
  const older = postingRank('2025-06-30T00:00:00.000Z');
  const newer = postingRank('2026-06-30T00:00:00.000Z');
  assert.ok(newer(0.2) > older(0.2));
  assert.ok(Math.abs(newer(0.2) - older(0.4)) < 0.01);
});

test('lists never computed come first, newest story first', async () => {
  const ids: number[] = [];
  for (const [i, body] of [...KOREA, ...OTHER].entries()) ids.push(await story(`a${i}`, `Story ${i}`, body, new Date(now.getTime() - (10 + i) * DAY)));
  const r = await refreshDiscovery(t.db, { maxLists: 2, now: () => now });
  assert.equal(r.analysed, ids.length);
  assert.equal(r.lists, 2);
  const computed = await t.db.selectFrom('discovery_state').select('story_id').where('lists_at', 'is not', null).execute();
  assert.deepEqual(computed.map((c) => c.story_id).sort(), [ids[0], ids[1]].sort(), 'the two newest');
  await refreshDiscovery(t.db, { now: () => now });
  const korea = await moreLikeThis(ids[0]!);
  assert.ok(korea.includes(ids[1]!) && korea.includes(ids[2]!), korea.join());
});

test('a new story enters the lists of the older stories it matches at the next refresh', async () => {
  const first = (await t.db.selectFrom('stories').select('id').where('source_key', '=', 'a2').executeTakeFirstOrThrow()).id;
  const later = new Date(now.getTime() + HOUR);
  const fresh = await story('b0', 'Pyongyang and Moscow', 'Kim Jong Un welcomed Vladimir Putin to Pyongyang to celebrate the defence treaty between North Korea and Russia. Seoul protested.', later);
  assert.ok(!(await moreLikeThis(first)).includes(fresh));
  const r = await refreshDiscovery(t.db, { now: () => later });
  assert.equal(r.analysed, 1);
  assert.ok(r.lists >= 2, `the new story's lists and at least one older story's (${r.lists})`);
  assert.ok((await moreLikeThis(first)).includes(fresh), 'the older Korea story picked the new one up');
  const due = await t.db.selectFrom('discovery_state').select(['story_id', 'lists_due']).where('story_id', '=', first).executeTakeFirstOrThrow();
  assert.ok(due.lists_due! > later.toISOString(), 'and is due again later, not at once');
});

test('while another process holds the refresher’s lease, a refresh does nothing', async () => {
  await story('c0', 'Treaty talks resume', KOREA[0]!, now);
  const at = new Date();
  assert.ok(await acquireLease(t.db, 'discovery-refresh', 'someone-else', at.toISOString(), new Date(at.getTime() + 60_000).toISOString()));
  const r = await refreshDiscovery(t.db, { now: () => now });
  assert.equal(r.busy, true);
  assert.equal(r.analysed, 0);
  await t.db.updateTable('job_leases').set({ expires_at: '' }).where('name', '=', 'discovery-refresh').execute();
  assert.equal((await refreshDiscovery(t.db, { now: () => now })).analysed, 1);
});

test('a refresh gives the event loop turns as it goes, so pages are answered while it works through a backlog', async () => {
  for (const [i, body] of [...KOREA, ...OTHER].entries()) await story(`loop${i}`, `Backlog ${i}`, body, new Date(now.getTime() - (20 + i) * DAY));
  // Counts the event loop's turns: a setImmediate callback runs once per turn, and only when the loop gets one.
  let turns = 0;
  let counting = true;
  const count = () => {
    turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  const r = await refreshDiscovery(t.db, { now: () => now, threads: 0 });
  counting = false;
  assert.ok(r.analysed >= 7 && r.lists >= 7, `${r.analysed} analysed, ${r.lists} lists`);
  // Every query completes synchronously on SQLite: without the refresher's yields the loop would not turn at all.
  assert.ok(turns > r.lists, `${turns} turns of the event loop for ${r.lists} lists`);
});
