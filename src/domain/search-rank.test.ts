import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateScore, clauseWeight, rankCandidates, type RankCandidate } from './search-rank.ts';

const c = (id: number, publishedAt: string, inHeadline: boolean[], inDek: boolean[]): RankCandidate => ({ id, publishedAt, inHeadline, inDek });

test('headline matches rank above dek matches above body-only matches; newest first within each', () => {
  const stories = [
    c(1, '2026-01-01T00:00:00.000Z', [true], [false]),
    c(2, '2026-03-01T00:00:00.000Z', [false], [false]),
    c(3, '2026-02-01T00:00:00.000Z', [false], [true]),
    c(4, '2026-04-01T00:00:00.000Z', [false], [false]),
    c(5, '2025-01-01T00:00:00.000Z', [true], [false]),
  ];
  assert.deepEqual(rankCandidates(stories, [1], 'relevance').map((s) => s.id), [1, 5, 3, 4, 2]);
  assert.deepEqual(rankCandidates(stories, [1], 'newest').map((s) => s.id), [4, 2, 3, 1, 5]);
});

test('a headline with every clause beats one with some; a rare clause outweighs a common one', () => {
  const rare = clauseWeight(20, 1_000_000);
  const common = clauseWeight(400_000, 1_000_000);
  assert.ok(rare > 5 * common, `${rare} vs ${common}`);
  const weights = [rare, common];
  const both = c(1, '2026-01-01T00:00:00.000Z', [true, true], [false, false]);
  const rareOnly = c(2, '2026-02-01T00:00:00.000Z', [true, false], [false, false]);
  const commonOnly = c(3, '2026-03-01T00:00:00.000Z', [false, true], [false, true]);
  assert.deepEqual(rankCandidates([commonOnly, rareOnly, both], weights, 'relevance').map((s) => s.id), [1, 2, 3]);
  assert.equal(candidateScore(c(4, '2026-01-01T00:00:00.000Z', [false, false], [false, false]), weights), 0);
});

test('clause weights stay positive and finite for any count, even past the archive size', () => {
  for (const [df, n] of [[0, 0], [0, 10], [10, 10], [11, 10], [500_000, 1_000_000], [1_000_000, 1_000_000]]) {
    const w = clauseWeight(df!, n!);
    assert.ok(Number.isFinite(w) && w > 0, `${df}/${n}: ${w}`);
  }
  assert.ok(clauseWeight(1, 1000) > clauseWeight(10, 1000));
});

test('equal scores and dates fall back to the higher id, so pages never shuffle', () => {
  const same = '2026-01-01T00:00:00.000Z';
  assert.deepEqual(rankCandidates([c(7, same, [true], [false]), c(9, same, [true], [false]), c(8, same, [true], [false])], [1], 'relevance').map((s) => s.id), [9, 8, 7]);
});
