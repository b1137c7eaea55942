import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { acquireLease, releaseLease } from '../store/job-leases.ts';
import { findPublishedStory } from '../store/stories.ts';
import { listAudit } from '../store/audit.ts';
import { insertUser, type User } from '../store/users.ts';
import { createStory, moveStory, storyForEdit } from './desk.ts';
import { publishDueStories, startScheduler } from './scheduler.ts';
import { startSession } from './accounts.ts';

let t: TestDatabase;
let editor: User;
before(async () => {
  t = await openTestDatabase();
  editor = await insertUser(t.db, { email: 'ed@example.org', name: 'Ed', role: 'editor', createdAt: new Date().toISOString() });
});
after(() => t.close());

test('a scheduled story goes live when its time comes, once, even when two runs race', async () => {
  const created = await createStory(t.db, editor, { headline: 'Polls open at seven', sectionName: 'Politics', body: 'Text.' });
  assert.equal(created.kind, 'saved');
  const id = created.kind === 'saved' ? created.id : 0;
  const now = new Date();
  const at = new Date(now.getTime() + 60_000);
  await moveStory(t.db, editor, id, { to: 'scheduled', at }, now);
  assert.deepEqual(await publishDueStories(t.db, now), [], 'not before its time');
  const later = new Date(at.getTime() + 1000);
  const [a, b] = await Promise.all([publishDueStories(t.db, later), publishDueStories(t.db, later)]);
  assert.deepEqual([...a, ...b], [id], 'published by exactly one run');
  const story = await storyForEdit(t.db, editor, id);
  assert.equal(story.status, 'published');
  assert.equal(story.publishedAt, at.toISOString(), 'dated at its scheduled time');
  assert.ok(await findPublishedStory(t.db, 'politics', story.slug, later));
  const publishes = (await listAudit(t.db, { limit: 50 })).filter((e) => e.action === 'story.publish' && e.actor === 'scheduler');
  assert.equal(publishes.length, 1);
});

test('the lease: one holder at a time, renewable by its holder, free once expired or released', async () => {
  const t0 = new Date('2030-01-01T00:00:00.000Z');
  const iso = (ms: number) => new Date(t0.getTime() + ms).toISOString();
  assert.equal(await acquireLease(t.db, 'job', 'a', iso(0), iso(45_000)), true);
  assert.equal(await acquireLease(t.db, 'job', 'b', iso(1000), iso(46_000)), false, 'b waits while a holds it');
  assert.equal(await acquireLease(t.db, 'job', 'a', iso(15_000), iso(60_000)), true, 'a renews');
  assert.equal(await acquireLease(t.db, 'job', 'b', iso(61_000), iso(106_000)), true, 'b takes over an expired lease');
  await releaseLease(t.db, 'job', 'b');
  assert.equal(await acquireLease(t.db, 'job', 'a', iso(62_000), iso(107_000)), true);
});

test('the running loop: takes the lease, publishes what is due, clears expired sessions', async () => {
  const created = await createStory(t.db, editor, { headline: 'Results night', sectionName: 'Politics', body: 'Text.' });
  const id = created.kind === 'saved' ? created.id : 0;
  const past = new Date(Date.now() - 120_000);
  await moveStory(t.db, editor, id, { to: 'scheduled', at: new Date(Date.now() + 60_000) }, past);
  await t.db.updateTable('stories').set({ published_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
  await startSession(t.db, editor, null, new Date('2000-01-01T00:00:00Z'));
  const published: number[] = [];
  const scheduler = startScheduler(t.db, { intervalMs: 3_600_000, onPublished: (ids) => published.push(...ids) });
  try {
    await scheduler.tick();
    await scheduler.tick();
  } finally {
    await scheduler.stop();
  }
  assert.ok(published.includes(id));
  assert.equal((await storyForEdit(t.db, editor, id)).status, 'published');
  const stale = await t.db.selectFrom('sessions').select('token_hash').where('expires_at', '<', '2001-01-01').execute();
  assert.equal(stale.length, 0);
});
