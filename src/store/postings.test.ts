import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePostings, encodePostings, incoming, mergeHead as mergeFlat, type Posting } from './postings.ts';

const mergeHead = (head: Uint8Array, remove: Set<number> | undefined, add: Posting[], keep: number) => mergeFlat(head, remove, incoming(add), keep);

const p = (storyId: number, rank: number, weight = 0.5): Posting => ({ storyId, weight, rank });
const ids = (bytes: Uint8Array | null) => (bytes ? decodePostings(bytes).map((x) => x.storyId) : null);

test('postings survive packing: ids, weights and ranks (to single precision)', () => {
  const list = [p(7, 2.5, 0.25), p(4_000_000_000, -1.75, 0.125)];
  assert.deepEqual(decodePostings(encodePostings(list)), list);
  assert.deepEqual(decodePostings(encodePostings([])), []);
});

test('a head takes newcomers in rank order and is cut to its length', () => {
  const head = encodePostings([p(1, 5), p(2, 3)]);
  assert.deepEqual(ids(mergeHead(head, undefined, [p(3, 4), p(4, 1), p(5, 6)], 4)), [5, 1, 3, 2]);
  assert.deepEqual(ids(mergeHead(new Uint8Array(0), undefined, [p(9, 1), p(8, 2)], 10)), [8, 9]);
});

test('a full head is left alone when no newcomer outranks its last entry', () => {
  const head = encodePostings([p(1, 5), p(2, 3)]);
  assert.equal(mergeHead(head, undefined, [p(3, 2), p(4, 1)], 2), null);
  assert.equal(mergeHead(head, undefined, [], 2), null);
  assert.deepEqual(ids(mergeHead(head, undefined, [p(3, 4)], 2)), [1, 3]);
});

test('stories leave a head, and a re-analysed story moves to its new rank', () => {
  const head = encodePostings([p(1, 5), p(2, 3), p(3, 1)]);
  assert.deepEqual(ids(mergeHead(head, new Set([2]), [], 3)), [1, 3]);
  assert.deepEqual(ids(mergeHead(head, new Set([3]), [p(3, 9)], 3)), [3, 1, 2]);
  assert.deepEqual(ids(mergeHead(head, new Set([1, 2, 3]), [], 3)), []);
  assert.equal(mergeHead(head, new Set([42]), [], 3), null, 'removing a story the head does not name changes nothing');
});

test('equal ranks put the newer story (higher id) first', () => {
  assert.deepEqual(ids(mergeHead(encodePostings([p(5, 1)]), undefined, [p(9, 1), p(2, 1)], 5)), [9, 5, 2]);
});
