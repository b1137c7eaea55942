import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { candidateScore, clauseWeight, firstByBands, rankCandidates, type RankCandidate } from './search-rank.ts';

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

test('a clause counts once, where it is best placed: headline and dek together score as the headline alone', () => {
  const both = c(1, '2026-01-01T00:00:00.000Z', [true], [true]);
  const headline = c(2, '2026-02-01T00:00:00.000Z', [true], [false]);
  assert.equal(candidateScore(both, [1]), candidateScore(headline, [1]));
  assert.deepEqual(rankCandidates([both, headline], [1], 'relevance').map((s) => s.id), [2, 1]);
});

// Candidates newest id first; other stories (not candidates: drafts, filtered out) sit between them in the indexes.
const arbitraryCase = fc.record({
  stories: fc.array(fc.record({ candidate: fc.boolean(), day: fc.integer({ min: 1, max: 28 }), headline: fc.boolean(), dek: fc.boolean() }), { minLength: 1, maxLength: 60 }),
  need: fc.integer({ min: 1, max: 70 }),
});

test('firstByBands gives the same first stories as the full ranking, for any flags, dates and page depth', () => {
  fc.assert(fc.property(arbitraryCase, ({ stories, need }) => {
    const all = stories.map((s, i) => ({ ...s, id: 1000 - i * 3 }));
    const candidates = all.filter((s) => s.candidate).map((s) => c(s.id, `2026-01-${String(s.day).padStart(2, '0')}T00:00:00.000Z`, [s.headline], [s.dek]));
    const walk = (column: 'headline' | 'dek') => all.filter((s) => s[column]).map((s) => s.id);
    const expected = rankCandidates(candidates, [1], 'relevance').slice(0, need).map((s) => s.id);
    assert.deepEqual(firstByBands(candidates, need, walk).map((s) => s.id), expected);
  }), { numRuns: 500 });
});

test('firstByBands stops reading an index once the page is settled', () => {
  // 200 candidates, dates follow ids, every fourth has the word in its headline: page 1 needs the first 10 of them.
  const candidates = Array.from({ length: 200 }, (_, i) => c(1000 - i, new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(), [i % 4 === 0], [false]));
  let read = 0;
  const walk = function* (column: 'headline' | 'dek') {
    for (const x of candidates) if (column === 'headline' ? x.inHeadline[0] : x.inDek[0]) { read++; yield x.id; }
  };
  const page = firstByBands(candidates, 10, walk);
  assert.deepEqual(page.map((s) => s.id), rankCandidates(candidates, [1], 'relevance').slice(0, 10).map((s) => s.id));
  assert.equal(read, 10, 'ten headline entries read, not fifty, and the dek index not at all');
});
