import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSlug, slugify, uniqueSlug } from './slug.ts';

test('slugify makes lower-case hyphenated ASCII', () => {
  assert.equal(slugify('Seoul Slams Russian-North Korea Deal'), 'seoul-slams-russian-north-korea-deal');
  assert.equal(slugify('  Crème brûlée: à la carte!  '), 'creme-brulee-a-la-carte');
  assert.equal(slugify('OnePlus’s Turbo Series'), 'onepluss-turbo-series');
});

test('slugify cuts at a word boundary and never returns junk', () => {
  const slug = slugify('word '.repeat(50), 20);
  assert.ok(slug.length <= 20);
  assert.ok(isSlug(slug));
  assert.equal(slugify('!!!'), '');
  assert.equal(slugify('x'.repeat(200), 10), 'xxxxxxxxxx');
});

test('isSlug rejects anything a URL could smuggle', () => {
  assert.ok(isSlug('a-b-c'));
  for (const bad of ['', 'A', 'a--b', '-a', 'a-', 'a/b', 'a\u0000b', 'a.b', 'x'.repeat(81)]) {
    assert.equal(isSlug(bad), false, bad);
  }
});

test('uniqueSlug appends the first free number', () => {
  const taken = new Set(['story', 'story-2']);
  assert.equal(uniqueSlug('story', (s) => taken.has(s)), 'story-3');
  assert.equal(uniqueSlug('fresh', (s) => taken.has(s)), 'fresh');
});
