import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { listSections } from '../store/sections.ts';
import { countPublished, findPublishedStory, linkedStories, listLatest } from '../store/stories.ts';
import { demoStories, loadDemo } from './load-demo.ts';

let t: TestDatabase;
before(async () => { t = await openTestDatabase(); });
after(async () => { await t.close(); });

test('demo content is rich enough to show the site', () => {
  assert.ok(demoStories.length >= 40);
  assert.ok(new Set(demoStories.map((s) => s.section)).size >= 6);
  const ages = demoStories.map((s) => s.ageHours);
  assert.ok(Math.max(...ages) - Math.min(...ages) > 14 * 24, 'dates spread over weeks');
  for (const s of demoStories) {
    assert.ok(s.body.split(/\s+/).length > 150, `${s.headline} is long enough`);
    assert.ok(s.tags.length >= 1);
  }
  assert.equal(new Set(demoStories.map((s) => s.headline)).size, demoStories.length, 'headlines are unique');
});

test('loadDemo publishes every story into its section, with bylines and picks; loading twice adds nothing', async () => {
  const now = new Date();
  assert.equal(await loadDemo(t.db, now), demoStories.length);
  await loadDemo(t.db, now);
  assert.equal(await countPublished(t.db), demoStories.length);
  const sections = await listSections(t.db);
  assert.deepEqual(sections.slice(0, 3).map((s) => s.slug), ['international', 'politics', 'business']);
  const latest = await listLatest(t.db, { limit: 1 });
  const story = await findPublishedStory(t.db, latest[0]!.sectionSlug, latest[0]!.slug);
  assert.ok(story && story.authors.length === 1);
  const treaty = await findPublishedStory(t.db, 'international', 'russia-and-north-korea-sign-mutual-defence-treaty-at-pyongyang-summit');
  assert.ok(treaty);
  assert.equal((await linkedStories(t.db, treaty.id, 'pick')).length, 3);
});
