import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareStory } from '../domain/story-prepare.ts';
import type { StoryDraft } from '../domain/story.ts';
import { StoryPreparer } from './story-preparer.ts';

const draft = (i: number): StoryDraft => ({
  sectionName: 'World', headline: `Story ${i}`, bodyFormat: i % 2 ? 'html' : 'markdown',
  body: i % 2 ? `<p>Text ${i} <img src="javascript:alert(1)" onerror="x()"> and more words to fill the fingerprint up.</p>` : `Text **${i}** and more words to fill the fingerprint up nicely.`,
  status: 'published', publishedAt: '2026-01-01T00:00:00.000Z', source: 'test', authors: [], tags: [],
});

test('worker threads prepare batches exactly as prepareStory does, and stay up', async () => {
  const preparer = new StoryPreparer(2);
  try {
    assert.equal(preparer.threads, 2);
    const drafts = Array.from({ length: 40 }, (_, i) => draft(i));
    const [first, second] = await Promise.all([preparer.prepare(drafts.slice(0, 20)), preparer.prepare(drafts.slice(20))]);
    assert.deepEqual([...first!, ...second!], drafts.map(prepareStory));
    // A thread that failed to start or died would have been retired (and its work done inline).
    assert.equal(preparer.threads, 2);
  } finally {
    await preparer.close();
  }
});

test('with no threads, or once closed, the work is done inline', async () => {
  const preparer = new StoryPreparer(1);
  await preparer.close();
  assert.equal(preparer.threads, 0);
  assert.deepEqual(await preparer.prepare([draft(1)]), [prepareStory(draft(1))]);
});
