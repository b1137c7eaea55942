import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTerms, foldWord, words } from './text-terms.ts';

test('words drops stop words, numbers, short words and possessives, and folds plurals', () => {
  assert.deepEqual(words('The treaties of 1961 and Russia’s missiles: a b'), ['treaty', 'russia', 'missile']);
  assert.deepEqual(words(''), []);
  assert.deepEqual(words('!!! ### 42'), []);
});

test('foldWord keeps words that only look plural', () => {
  assert.equal(foldWord('status'), 'status');
  assert.equal(foldWord('analysis'), 'analysis');
  assert.equal(foldWord('glass'), 'glass');
  assert.equal(foldWord('ministries'), 'ministry');
  assert.equal(foldWord('series'), 'series');
  assert.equal(foldWord('movies'), 'movie');
});

test('countTerms counts the headline double and keeps only recurring word pairs', () => {
  const { counts } = countTerms('Defence treaty signed', 'The defence treaty binds both. Another defence treaty? Football results.');
  assert.equal(counts.get('defence'), 4);
  assert.equal(counts.get('defence treaty'), 4);
  assert.equal(counts.get('football result'), undefined);
});

test('countTerms labels keep a capital only where the text always writes one', () => {
  const { labels } = countTerms('Korean shells', 'Korean munitions. The Kremlin said shells were sent.');
  assert.equal(labels.get('korean'), 'Korean');
  assert.equal(labels.get('kremlin'), 'Kremlin');
  assert.equal(labels.get('shell'), 'shell');
});

test('countTerms takes no capitals from a title-case headline', () => {
  const { labels } = countTerms('Sprinter Breaks Record as Seoul Cheers', 'The sprinter ran in Seoul, and the crowd cheered.');
  assert.equal(labels.get('break'), 'break');
  assert.equal(labels.get('sprinter'), 'sprinter');
  assert.equal(labels.get('seoul'), 'Seoul');
});

test('capitals outside ASCII count as capitals, and possessives fold away', () => {
  const { counts, labels } = countTerms('', 'Ürümqi’s markets opened. Ürümqi traders said émigré sellers came. The Émigrés left.');
  assert.equal(labels.get('ürümqi'), 'Ürümqi');
  assert.equal(counts.get('ürümqi'), 2);
  assert.equal(labels.get('émigré'), 'émigré');
  assert.deepEqual(words('Seoul’s 2024 budget; 1961'), ['seoul', 'budget']);
});
