import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './entities.ts';

const names = (headline: string, body: string) => extractEntities(headline, body).map((e) => `${e.name}/${e.kind}`);

test('finds people, places and organisations, strips titles and merges a surname into the full name', () => {
  const found = names(
    'Treaty signed in Pyongyang',
    'North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang. Kim said the Foreign Ministry agreed. Putin left for Moscow.',
  );
  assert.ok(found.includes('Kim Jong Un/person'), found.join());
  assert.ok(found.includes('Vladimir Putin/person'), found.join());
  assert.ok(found.includes('Pyongyang/place'), found.join());
  assert.ok(found.includes('Foreign Ministry/organisation'), found.join());
  assert.ok(!found.some((n) => n.startsWith('Kim/') || n.startsWith('Putin/')), found.join());
});

test('folds demonyms into the place and ignores sentence openers and dates', () => {
  const found = names('', 'The North Korean army moved. North Korea denied it. On Monday, The ministry said nothing. However, Russia agreed.');
  assert.ok(found.includes('North Korea/place'), found.join());
  assert.ok(!found.some((n) => /^(The|On|Monday|However)/.test(n)), found.join());
});

test('a title-case headline does not become one long name', () => {
  const found = names('Seoul Slams Russian Deal And Might Reconsider Policy', 'Seoul said the deal was wrong.');
  assert.ok(found.includes('Seoul/place'), found.join());
  assert.ok(!found.some((n) => n.includes('Slams')), found.join());
});

test('empty and odd input gives no entities and no crash', () => {
  assert.deepEqual(extractEntities('', ''), []);
  assert.deepEqual(extractEntities('!!!', '12 34 ... “”'), []);
});

test('names with accented capitals and possessives are found whole', () => {
  const found = names('', 'Prime Minister Ángela Ortíz met Émile Durand in Paris. Ortíz’s plan and Durand’s reply were published in Paris.');
  assert.ok(found.includes('Ángela Ortíz/person'), found.join());
  assert.ok(found.includes('Émile Durand/person'), found.join());
  assert.ok(!found.some((n) => n.includes('’')), found.join());
  assert.ok(found.includes('Paris/place'), found.join());
});
