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

/** Each clause scores where it is best placed: headline 10, dek 4, body 0, times its weight. */
export function candidateScore(c: RankCandidate, weights: number[]): number {
  let score = 0;
  for (let k = 0; k < weights.length; k++) {
    if (c.inHeadline[k]) score += HEADLINE_WEIGHT * weights[k]!;
    else if (c.inDek[k]) score += DEK_WEIGHT * weights[k]!;
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

const newer = (a: RankCandidate, b: RankCandidate) => byNewest(a, b) < 0;

/**
 * The first `need` stories of a one-clause ranking (headline band, then dek band, then the rest, each
 * newest first; the same order as rankCandidates) while reading as little of the headline and dek
 * indexes as it can. `candidates` come newest id first; `walk(column)` gives the ids of stories with
 * the clause in that column, highest first, and is stopped as soon as the page is settled: enough
 * stories found in the band, and every story not yet reached older than the last of them.
 */
export function firstByBands<T extends RankCandidate>(candidates: T[], need: number, walk: (column: 'headline' | 'dek') => Iterable<number>): T[] {
  const n = candidates.length;
  const out: T[] = [];
  if (!n || need <= 0) return out;
  const at = new Map(candidates.map((c, i) => [c.id, i]));
  const taken = new Set<number>();
  const lo = candidates[n - 1]!.id;
  for (const column of ['headline', 'dek'] as const) {
    const want = need - out.length;
    if (want <= 0) break;
    // Newest story among those at or below each position, leaving out the ones already placed.
    const newestFrom: Array<T | undefined> = new Array(n + 1).fill(undefined);
    for (let i = n - 1; i >= 0; i--) {
      const below = newestFrom[i + 1];
      newestFrom[i] = taken.has(i) ? below : below && newer(below, candidates[i]!) ? below : candidates[i]!;
    }
    const members: T[] = [];
    const top: T[] = []; // the `want` newest members so far, newest first
    let reached = -1; // candidates[0..reached] are settled for this column
    let settled = false;
    for (const id of walk(column)) {
      while (reached + 1 < n && candidates[reached + 1]!.id >= id) reached++;
      const i = at.get(id);
      if (i !== undefined && !taken.has(i)) {
        const c = candidates[i]!;
        members.push(c);
        let p = top.length;
        while (p > 0 && newer(c, top[p - 1]!)) p--;
        if (p < want) {
          top.splice(p, 0, c);
          if (top.length > want) top.pop();
        }
      }
      if (id <= lo) break;
      const rest = newestFrom[reached + 1];
      if (top.length === want && (!rest || newer(top[want - 1]!, rest))) {
        settled = true;
        break;
      }
    }
    if (settled) return [...out, ...top];
    members.sort(byNewest);
    for (const c of members) taken.add(at.get(c.id)!);
    out.push(...members.slice(0, want));
  }
  if (out.length < need) {
    const rest = candidates.filter((_, i) => !taken.has(i)).sort(byNewest);
    out.push(...rest.slice(0, need - out.length));
  }
  return out.slice(0, need);
}
