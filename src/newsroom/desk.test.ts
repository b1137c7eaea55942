import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { findPublishedStory } from '../store/stories.ts';
import { listRevisions } from '../store/newsroom-stories.ts';
import { listAudit } from '../store/audit.ts';
import { insertUser, type User } from '../store/users.ts';
import { createStory, moveStory, restoreRevision, saveStoryEdit, storyForEdit } from './desk.ts';
import { NewsroomError } from './newsroom-error.ts';

let t: TestDatabase;
let editor: User;
let contributor: User;
let author: User;
before(async () => {
  t = await openTestDatabase();
  const at = new Date().toISOString();
  editor = await insertUser(t.db, { email: 'ed@example.org', name: 'Ed', role: 'editor', createdAt: at });
  contributor = await insertUser(t.db, { email: 'co@example.org', name: 'Co', role: 'contributor', createdAt: at });
  author = await insertUser(t.db, { email: 'au@example.org', name: 'Au', role: 'author', createdAt: at });
});
after(() => t.close());

const form = { headline: 'Bridge reopens after repairs', sectionName: 'Local', body: 'The bridge **reopened** today.', bylines: 'Co Writer', tags: 'transport' };

async function newStory(user: User, extra: Record<string, string> = {}) {
  const outcome = await createStory(t.db, user, { ...form, ...extra });
  assert.equal(outcome.kind, 'saved');
  return outcome.kind === 'saved' ? outcome.id : 0;
}

test('two saves from the same version: the first wins, the second is refused with both sides', async () => {
  const id = await newStory(contributor);
  const first = await saveStoryEdit(t.db, contributor, id, '1', { ...form, headline: 'Bridge reopens early' });
  assert.deepEqual(first, { kind: 'saved', id, version: 2 });
  const second = await saveStoryEdit(t.db, editor, id, '1', { ...form, body: 'Edited by someone else.' });
  assert.equal(second.kind, 'conflict');
  if (second.kind === 'conflict') {
    assert.equal(second.current.version, 2);
    assert.equal(second.current.fields.headline, 'Bridge reopens early');
    assert.equal(second.mine.body, 'Edited by someone else.');
  }
  const story = await storyForEdit(t.db, editor, id);
  assert.equal(story.fields.body, form.body, 'the stale save changed nothing');
  assert.deepEqual((await listRevisions(t.db, id)).map((r) => r.version), [2, 1]);
});

test('a save without a version, or with a bad one, is refused', async () => {
  const id = await newStory(editor);
  for (const bad of [undefined, '', 'two', '-1', 1.5]) {
    await assert.rejects(saveStoryEdit(t.db, editor, id, bad, form), NewsroomError, String(bad));
  }
});

test('restoring a revision is a new version with the old text', async () => {
  const id = await newStory(editor);
  await saveStoryEdit(t.db, editor, id, '1', { ...form, headline: 'Second headline' });
  const restored = await restoreRevision(t.db, editor, id, 1, '2');
  assert.deepEqual(restored, { kind: 'saved', id, version: 3 });
  assert.equal((await storyForEdit(t.db, editor, id)).fields.headline, form.headline);
  assert.equal((await listRevisions(t.db, id))[0]!.note, 'restored version 1');
});

test('the workflow: a contributor submits, cannot publish; an editor publishes; a correction keeps the URL and shows Updated', async () => {
  const id = await newStory(contributor);
  await moveStory(t.db, contributor, id, { to: 'in_review' });
  await assert.rejects(moveStory(t.db, contributor, id, { to: 'published' }), /may not publish/);
  const published = new Date(Date.now() - 3600_000);
  await moveStory(t.db, editor, id, { to: 'published' }, published);
  const before = await storyForEdit(t.db, editor, id);
  await assert.rejects(saveStoryEdit(t.db, contributor, id, String(before.version), form), /may not edit/);
  const saved = await saveStoryEdit(t.db, editor, id, String(before.version), { ...form, headline: 'Bridge reopens, with a new name', correction: 'An earlier version gave the wrong date.' });
  assert.equal(saved.kind, 'saved');
  const page = await findPublishedStory(t.db, 'local', before.slug);
  assert.ok(page, 'same address after the headline changed');
  assert.equal(page.headline, 'Bridge reopens, with a new name');
  assert.equal(page.correction, 'An earlier version gave the wrong date.');
  assert.ok(page.updatedAt && page.updatedAt > page.publishedAt);
  const moved = await saveStoryEdit(t.db, editor, id, String(before.version + 1), { ...form, sectionName: 'World' });
  assert.equal(moved.kind, 'invalid');
  const actions = (await listAudit(t.db, { limit: 20 })).map((e) => e.action);
  assert.ok(actions.includes('story.submit') && actions.includes('story.publish') && actions.includes('story.correct'), actions.join());
});

test('scheduling needs a future time; an embargoed story is published but hidden until then', async () => {
  const id = await newStory(author);
  await assert.rejects(moveStory(t.db, author, id, { to: 'scheduled', at: new Date(Date.now() - 1000) }), /future/);
  await assert.rejects(moveStory(t.db, author, id, { to: 'scheduled' }), /future/);
  const until = new Date(Date.now() + 3600_000);
  await moveStory(t.db, author, id, { to: 'published', at: until });
  const story = await storyForEdit(t.db, author, id);
  assert.equal(story.status, 'published');
  assert.equal(await findPublishedStory(t.db, 'local', story.slug), undefined, 'hidden before the embargo');
  assert.ok(await findPublishedStory(t.db, 'local', story.slug, new Date(until.getTime() + 1000)), 'visible after it');
});

test('a move the table forbids is refused with the reason', async () => {
  const id = await newStory(editor);
  await assert.rejects(moveStory(t.db, editor, id, { to: 'unpublished' }), /draft story cannot become unpublished/);
  await assert.rejects(moveStory(t.db, editor, 999_999, { to: 'published' }), /no story/);
});
