import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLines, hasChanges } from './text-diff.ts';

const show = (before: string, after: string) =>
  diffLines(before, after).map((l) => ({ same: ' ', removed: '-', added: '+' })[l.kind] + l.text);

test('identical texts: every line kept, no changes', () => {
  const diff = diffLines('a\nb', 'a\nb');
  assert.deepEqual(show('a\nb', 'a\nb'), [' a', ' b']);
  assert.equal(hasChanges(diff), false);
});

test('a changed line in the middle is a removal then an addition', () => {
  assert.deepEqual(show('one\ntwo\nthree', 'one\n2\nthree'), [' one', '-two', '+2', ' three']);
});

test('insertions and deletions around kept lines', () => {
  assert.deepEqual(show('a\nb\nc\nd', 'a\nc\nd\ne'), [' a', '-b', ' c', ' d', '+e']);
  assert.deepEqual(show('', 'new'), ['+new']);
  assert.deepEqual(show('old', ''), ['-old']);
});

test('line endings do not count as changes', () => {
  assert.equal(hasChanges(diffLines('a\r\nb', 'a\nb')), false);
});
