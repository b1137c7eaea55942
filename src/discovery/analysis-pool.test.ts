import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisPool } from './analysis-pool.ts';
import { weighFeatures, weighFeaturesAt } from './similarity.ts';
import { analyseBatch, analyseStory, featuresOfBatch, joinBatches, storyOfBatch, type StoryText } from './story-analysis.ts';

const STORIES: StoryText[] = [
  { headline: 'Russia and North Korea sign defence treaty', dek: null, text: 'Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang. The defence treaty binds both.', tags: [{ slug: 'north-korea', name: 'North Korea' }] },
  { headline: 'United win the derby', dek: 'Extra time at the stadium', text: 'The striker scored twice as United beat City in the derby. Fans sang in the rain.', tags: [] },
  { headline: '', dek: null, text: '', tags: [] },
  { headline: 'Seoul condemns the pact', dek: null, text: 'South Korea condemned the defence treaty. Officials in Seoul said Kim Jong Un was buying protection.', tags: [] },
];

const pool = new AnalysisPool(2);
after(() => pool.close());

/** A story of a batch, back in the per-story form, compared as plain data. */
const plain = (a: ReturnType<typeof analyseStory>) => ({ entities: a.entities, counts: a.counts });

test('a batch holds each story’s own analysis over a shared vocabulary', () => {
  const batch = analyseBatch(STORIES);
  assert.equal(new Set(batch.vocabulary).size, batch.vocabulary.length, 'each term once');
  STORIES.forEach((story, k) => {
    const fromBatch = storyOfBatch(batch, k);
    assert.deepEqual(plain(fromBatch), plain(analyseStory(story)));
  });
});

test('a batch’s stories weigh as they would alone', () => {
  const batch = analyseBatch(STORIES);
  const df = batch.vocabulary.map((_, t) => 3 + (t % 7));
  STORIES.forEach((story, k) => {
    const alone = analyseStory(story).counts;
    const dfOf = new Map(batch.vocabulary.map((term, t) => [term, df[t]!]));
    assert.deepEqual(weighFeaturesAt(featuresOfBatch(batch, k, df), 40), weighFeatures(alone, (term) => dfOf.get(term)!, 40));
  });
});

test('batches analysed apart join into the batch of all of them', () => {
  const joined = joinBatches([analyseBatch(STORIES.slice(0, 1)), analyseBatch(STORIES.slice(1, 3)), analyseBatch(STORIES.slice(3))]);
  STORIES.forEach((story, k) => {
    const fromBatch = storyOfBatch(joined, k);
    assert.deepEqual(plain(fromBatch), plain(analyseStory(story)));
  });
});

test('worker threads give the same analyses as this thread, in order', async () => {
  const many = Array.from({ length: 30 }, (_, i) => STORIES[i % STORIES.length]!);
  const batch = await pool.analyse(many);
  many.forEach((story, k) => {
    const fromBatch = storyOfBatch(batch, k);
    assert.deepEqual(plain(fromBatch), plain(analyseStory(story)));
  });
  assert.equal((await pool.analyse([])).starts.length, 1, 'nothing to do is an empty batch');
});
