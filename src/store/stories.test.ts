import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryDraft } from '../domain/story.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';
import { findDeskStory } from './newsroom-stories.ts';
import { exportStories } from './story-export.ts';
import {
  bodySourceOf, countPublished, findPublishedStory, latestPerSection, linkedStories, listLatest, saveStory, setLinkedStories, storiesSharingTags,
} from './stories.ts';
import { ensureSection, listSections } from './sections.ts';

let t: TestDatabase;
before(async () => { t = await openTestDatabase(); });
after(async () => { await t.close(); });

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

function draft(over: Partial<StoryDraft>): StoryDraft {
  return {
    sectionName: 'International', headline: 'A headline', bodyFormat: 'markdown', body: 'One paragraph.\n\nTwo.',
    status: 'published', publishedAt: hoursAgo(1), source: 'test', ...over,
  };
}

test('saveStory creates, then recognises the same story and updates a changed one', async () => {
  // The publication time is part of what a source says: the same story means the same time.
  const publishedAt = hoursAgo(1);
  const first = await saveStory(t.db, draft({ publishedAt, headline: 'Seoul Weighs Arms for Kyiv', sourceKey: 'k1', authors: ['Mina Park'], tags: ['South Korea', 'ukraine'] }));
  assert.equal(first.action, 'created');
  assert.equal(first.slug, 'seoul-weighs-arms-for-kyiv');
  assert.equal(first.sectionSlug, 'international');
  const again = await saveStory(t.db, draft({ publishedAt, headline: 'Seoul Weighs Arms for Kyiv', sourceKey: 'k1', authors: ['Mina Park'], tags: ['South Korea', 'ukraine'] }));
  assert.deepEqual(again, { ...first, action: 'unchanged' });
  const changed = await saveStory(t.db, draft({ headline: 'Seoul Weighs Arms for Kyiv', sourceKey: 'k1', body: 'New body.', tags: ['ukraine'] }));
  assert.equal(changed.action, 'updated');
  assert.equal(changed.id, first.id);
  const story = await findPublishedStory(t.db, 'international', 'seoul-weighs-arms-for-kyiv');
  assert.ok(story);
  assert.equal(story.bodyHtml, '<p>New body.</p>\n');
  assert.deepEqual(story.tags.map((x) => x.slug), ['ukraine']);
  assert.deepEqual(story.authors, []);
});

test('slugs are unique within a section, free across sections', async () => {
  const a = await saveStory(t.db, draft({ headline: 'Same Words', sourceKey: 'same-1' }));
  const b = await saveStory(t.db, draft({ headline: 'Same Words', sourceKey: 'same-2', body: 'other' }));
  const c = await saveStory(t.db, draft({ headline: 'Same Words', sourceKey: 'same-3', sectionName: 'Sport' }));
  assert.equal(a.slug, 'same-words');
  assert.equal(b.slug, 'same-words-2');
  assert.equal(c.slug, 'same-words');
});

test('only published stories whose time has come are public', async () => {
  await saveStory(t.db, draft({ headline: 'Draft Story', status: 'draft', publishedAt: null, sectionName: 'Politics' }));
  await saveStory(t.db, draft({ headline: 'Embargoed Story', publishedAt: new Date(Date.now() + 3_600_000).toISOString(), sectionName: 'Politics' }));
  await saveStory(t.db, draft({ headline: 'Public Story', sectionName: 'Politics', publishedAt: hoursAgo(2) }));
  const politics = (await listSections(t.db)).find((s) => s.slug === 'politics')!;
  const latest = await listLatest(t.db, { sectionId: politics.id, limit: 10 });
  assert.deepEqual(latest.map((s) => s.headline), ['Public Story']);
  assert.equal(await countPublished(t.db, politics.id), 1);
  assert.equal(await findPublishedStory(t.db, 'politics', 'embargoed-story'), undefined);
  assert.equal(await findPublishedStory(t.db, 'politics', 'draft-story'), undefined);
});

test('latest is newest first, paginated, and can exclude stories', async () => {
  const section = await ensureSection(t.db, 'Science');
  for (let i = 1; i <= 5; i++) await saveStory(t.db, draft({ sectionName: 'Science', headline: `Science ${i}`, publishedAt: hoursAgo(10 - i) }));
  const page1 = await listLatest(t.db, { sectionId: section.id, limit: 2 });
  const page2 = await listLatest(t.db, { sectionId: section.id, limit: 2, offset: 2 });
  assert.deepEqual(page1.map((s) => s.headline), ['Science 5', 'Science 4']);
  assert.deepEqual(page2.map((s) => s.headline), ['Science 3', 'Science 2']);
  const without = await listLatest(t.db, { sectionId: section.id, limit: 2, excludeIds: [page1[0]!.id] });
  assert.deepEqual(without.map((s) => s.headline), ['Science 4', 'Science 3']);
});

test('latestPerSection gives each section its newest stories', async () => {
  const rows = await latestPerSection(t.db, 2);
  const science = rows.filter((r) => r.sectionSlug === 'science').map((r) => r.headline);
  assert.deepEqual(science, ['Science 5', 'Science 4']);
  assert.ok(rows.some((r) => r.sectionSlug === 'politics'));
});

test('stories sharing tags rank by overlap; editor links keep their order', async () => {
  const hub = await saveStory(t.db, draft({ headline: 'Treaty Signed', tags: ['russia', 'north korea', 'defence'] }));
  const two = await saveStory(t.db, draft({ headline: 'Seoul Reacts', tags: ['north korea', 'defence'], publishedAt: hoursAgo(5) }));
  const one = await saveStory(t.db, draft({ headline: 'Moscow Talks', tags: ['russia'], publishedAt: hoursAgo(1) }));
  await saveStory(t.db, draft({ headline: 'Cup Final', tags: ['football'] }));
  const similar = await storiesSharingTags(t.db, hub.id, 5);
  assert.deepEqual(similar.map((s) => s.headline), ['Seoul Reacts', 'Moscow Talks']);
  await setLinkedStories(t.db, hub.id, 'pick', [one.id, two.id, hub.id]);
  assert.deepEqual((await linkedStories(t.db, hub.id, 'pick')).map((s) => s.headline), ['Moscow Talks', 'Seoul Reacts']);
});

test('an HTML body that sanitizing leaves alone is stored once, and still read back as its source', async () => {
  const clean = '<p>Clean <strong>HTML</strong>.</p>';
  const dirty = '<p onclick="steal()">Dirty.</p><script>x()</script>';
  const a = await saveStory(t.db, draft({ headline: 'Clean body', bodyFormat: 'html', body: clean, sourceKey: 'clean-html' }));
  const b = await saveStory(t.db, draft({ headline: 'Dirty body', bodyFormat: 'html', body: dirty, sourceKey: 'dirty-html' }));
  const rows = await t.db.selectFrom('stories').select(['id', 'body_format', 'body_source', 'body_html']).where('id', 'in', [a.id, b.id]).orderBy('id').execute();
  assert.equal(rows[0]!.body_source, '');
  assert.equal(rows[1]!.body_source, dirty);
  assert.equal(bodySourceOf(rows[0]!), clean);
  assert.equal((await findDeskStory(t.db, a.id))?.fields.body, clean);
  const exported = new Map<number, string>();
  for await (const s of exportStories(t.db)) exported.set(s.id, s.body);
  assert.equal(exported.get(a.id), clean);
  assert.equal(exported.get(b.id), dirty);
  // Markdown keeps its source, which never equals its HTML.
  assert.equal(bodySourceOf({ body_format: 'markdown', body_source: '', body_html: '<p></p>' }), '');
});
