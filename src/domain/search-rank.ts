/**
 * How search orders its candidates: where the reader's words are, not how often a body repeats them.
 * Pure; the store gives it, for each candidate story, which of the query's clauses are in its headline
 * and which in its dek (every candidate has every clause somewhere, or it would not match), and for
 * each clause an estimate of how many stories in the archive contain it.
 */

/** A headline match counts most, then the dek (standfirst); the body decides only whether a story matches. */
export const HEADLINE_WEIGHT = 10;
export const DEK_WEIGHT = 4;

export interface RankCandidate {
  id: number;
  publishedAt: string;
  /** One flag per included clause, in the query's order. */
  inHeadline: boolean[];
  inDek: boolean[];
}

/**
 * How much a clause tells stories apart (inverse document frequency, the always-positive form): a
 * rare name in a headline outweighs a common word in one. `stories` is the archive's size.
 */
export function clauseWeight(matching: number, stories: number): number {
  const df = Math.max(0, Math.min(matching, stories));
  return Math.log(1 + (stories - df + 0.5) / (df + 0.5));
}

export function candidateScore(c: RankCandidate, weights: number[]): number {
  let score = 0;
  for (let k = 0; k < weights.length; k++) {
    if (c.inHeadline[k]) score += HEADLINE_WEIGHT * weights[k]!;
    if (c.inDek[k]) score += DEK_WEIGHT * weights[k]!;
  }
  return score;
}

/** Newest first (ids break ties between stories published at the same moment). */
export function byNewest(a: RankCandidate, b: RankCandidate): number {
  return a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : b.id - a.id;
}

/**
 * Best match first: the weighted headline and dek matches, then the newest. Without weights (one
 * clause) the weight is the same for every story and only the bands matter: headline, dek, body.
 */
export function rankCandidates<T extends RankCandidate>(candidates: T[], weights: number[], sort: 'relevance' | 'newest'): T[] {
  if (sort === 'newest') return [...candidates].sort(byNewest);
  const scored = candidates.map((c) => ({ c, score: candidateScore(c, weights) }));
  scored.sort((a, b) => b.score - a.score || byNewest(a.c, b.c));
  return scored.map((s) => s.c);
}
