import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt } from './excerpt.ts';

test('short text is returned whole, whitespace collapsed', () => {
  assert.equal(excerpt('  In a fresh push,\n\n to strengthen  '), 'In a fresh push, to strengthen');
});

test('long text is cut at a word boundary with an ellipsis', () => {
  const text = 'OnePlus has officially announced that it is working on a new series of phones for gamers';
  const cut = excerpt(text, 50);
  assert.equal(cut, 'OnePlus has officially announced that it is…');
  assert.ok(cut.length <= 50);
});

test('trailing punctuation before the cut is dropped', () => {
  assert.equal(excerpt('In a fresh push to strengthen public service delivery, the state', 55), 'In a fresh push to strengthen public service delivery…');
});

test('a single giant word is cut hard and still fits', () => {
  const cut = excerpt('x'.repeat(500), 40);
  assert.equal(cut.length, 40);
  assert.ok(cut.endsWith('…'));
});
