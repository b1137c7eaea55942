import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STORY_STATUSES, assertTransition, canTransition, isStoryStatus, TransitionError } from './story-status.ts';

test('the transition table, cell by cell', () => {
  const allowed = new Set([
    'draft>in_review', 'draft>scheduled', 'draft>published',
    'in_review>draft', 'in_review>scheduled', 'in_review>published',
    'scheduled>draft', 'scheduled>published',
    'published>unpublished',
    'unpublished>draft', 'unpublished>published',
  ]);
  for (const from of STORY_STATUSES) {
    for (const to of STORY_STATUSES) {
      assert.equal(canTransition(from, to), allowed.has(`${from}>${to}`), `${from} -> ${to}`);
    }
  }
});

test('a forbidden transition throws a readable error', () => {
  assert.throws(() => assertTransition('published', 'draft'), (e: unknown) =>
    e instanceof TransitionError && e.message === 'A published story cannot become draft');
});

test('status names are checked', () => {
  assert.ok(isStoryStatus('in_review'));
  assert.equal(isStoryStatus('live'), false);
});
