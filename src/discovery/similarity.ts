import type { Entity } from './entities.ts';
import { isVagueTerm, type TermCounts } from './text-terms.ts';

/**
 * The rankers behind More like this and Related: pure functions over weighted features, so the
 * same code scores a 40-story fixture and a million-story archive (the store only finds candidates).
 *
 * A feature is a term ("treaty", "defence treaty"), an entity ("e:kim-jong-un") or a tag
 * ("t:north-korea"). A story keeps its `FEATURES_KEPT` heaviest features by tf-idf, as Lucene's
 * More Like This keeps a document's most distinctive terms, normalised to unit length.
 */

export interface Feature {
  term: string;
  weight: number;
  /** How the feature reads in an explanation: "Kim Jong Un", "defence treaty". */
  label: string;
}

export const FEATURES_KEPT = 100;
const ENTITY_BOOST = 1.2;
const TAG_BOOST = 2;

export function entityFeature(slug: string): string {
  return `e:${slug}`;
}
export function tagFeature(slug: string): string {
  return `t:${slug}`;
}
export function isTopicFeature(term: string): boolean {
  return term.startsWith('e:') || term.startsWith('t:');
}

/**
 * A story's place in the head of a term's postings (the stories candidate search reads for that
 * term): its weight there, doubled for every `POSTING_RECENCY_DAYS` it is newer. Ranks are fixed
 * when a story is analysed yet compare as a time-decayed score would (log weight + age bonus), so a
 * newer story displaces an older one that weighs less than twice as much, and heads keep taking in
 * new stories as the archive grows. Within a year the weight decides.
 */
export const POSTING_RECENCY_DAYS = 365;

export function postingRank(publishedAt: string): (weight: number) => number {
  const days = Date.parse(publishedAt) / 86_400_000;
  const bonus = ((Number.isFinite(days) ? days : 0) * Math.LN2) / POSTING_RECENCY_DAYS;
  return (weight) => Math.log(Math.max(weight, 1e-9)) + bonus;
}

/** Inverse document frequency; the + 1s keep a fresh archive (df ≈ N) from giving zero or negative weights. */
export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount + 1) / (df + 1));
}

/**
 * Every feature a story has, before weighting, as parallel arrays (cheap to pass between threads):
 * the feature, its occurrences, how it reads, and its boost.
 */
export interface FeatureCounts {
  terms: string[];
  counts: number[];
  labels: string[];
  boosts: number[];
}

export function storyFeatureCounts(terms: TermCounts, entities: Entity[], tags: { slug: string; name: string }[]): FeatureCounts {
  const out: FeatureCounts = { terms: [], counts: [], labels: [], boosts: [] };
  const at = new Map<string, number>();
  const set = (term: string, count: number, label: string, boost: number) => {
    const i = at.get(term);
    if (i === undefined) {
      at.set(term, out.terms.length);
      out.terms.push(term);
      out.counts.push(count);
      out.labels.push(label);
      out.boosts.push(boost);
    } else {
      out.counts[i] = count;
      out.labels[i] = label;
      out.boosts[i] = boost;
    }
  };
  for (const [term, count] of terms.counts) set(term, count, terms.labels.get(term) ?? term, 1);
  for (const e of entities) set(entityFeature(e.slug), e.mentions, e.name, ENTITY_BOOST);
  for (const t of tags) set(tagFeature(t.slug), 2, t.name, TAG_BOOST);
  return out;
}

/**
 * Weighs a story's features by tf-idf against the archive (`df` = in how many stories a feature
 * occurs, `docCount` = stories in the archive) and keeps the heaviest, normalised to unit length.
 * Terms in more than half the archive say nothing and are dropped.
 */
/** `df(term, i)`: the document frequency of the `i`th feature of `counts`. */
export function weighFeatures(counts: FeatureCounts, df: (term: string, index: number) => number, docCount: number, keep = FEATURES_KEPT): Feature[] {
  return weighFeaturesAt(
    { length: counts.terms.length, term: (i) => counts.terms[i]!, count: (i) => counts.counts[i]!, boost: (i) => counts.boosts[i]!, label: (i) => counts.labels[i]!, df: (i) => df(counts.terms[i]!, i) },
    docCount,
    keep,
  );
}

/** A story's features as `weighFeaturesAt` reads them: by position, from whatever arrays hold them. */
export interface FeaturesAt {
  length: number;
  term(i: number): string;
  count(i: number): number;
  boost(i: number): number;
  label(i: number): string;
  df(i: number): number;
}

/** `weighFeatures` over features read by position (a batch's shared arrays): objects are made only for the features kept. */
export function weighFeaturesAt(at: FeaturesAt, docCount: number, keep = FEATURES_KEPT): Feature[] {
  const weights = new Float64Array(at.length);
  const order: number[] = [];
  for (let i = 0; i < at.length; i++) {
    const term = at.term(i);
    const d = at.df(i);
    // Like Lucene's minDocFreq: a word no other story uses cannot match anything, and a word in
    // more than half the archive says nothing.
    if (docCount >= 20 && !isTopicFeature(term) && (d < 3 || d > docCount / 2)) continue;
    weights[i] = (1 + Math.log(at.count(i))) * idf(d, docCount) * at.boost(i);
    order.push(i);
  }
  // Equal weights are common (a word used once, in as many stories as another): the term decides, by code unit.
  order.sort((a, b) => weights[b]! - weights[a]! || (at.term(a) < at.term(b) ? -1 : 1));
  const kept = order.slice(0, keep);
  const norm = Math.sqrt(kept.reduce((sum, i) => sum + weights[i]! * weights[i]!, 0)) || 1;
  return kept.map((i) => ({ term: at.term(i), label: at.label(i), weight: weights[i]! / norm }));
}

export interface Candidate {
  id: number;
  headline: string;
  publishedAt: string;
  /** Its stored features: term → weight (unit-normalised). */
  features: Map<string, number>;
}

export interface Scored {
  id: number;
  score: number;
  /** Why, in a few words: the features that contributed most, heaviest first. */
  reasons: string[];
}

export interface RankOptions {
  now: Date;
  limit: number;
  /** Below this a match is weak and is not shown. */
  minScore: number;
  /** A match scoring under this share of the best one's score is weak too (scores' scale varies with the archive). */
  minShareOfBest: number;
  /** At or above this a candidate is a near-duplicate of the source (a re-post, a wire copy) and is skipped. */
  duplicateScore: number;
  /** Days in which the recency bonus halves. */
  recencyHalfLifeDays: number;
}

export const DEFAULT_RANK_OPTIONS: Omit<RankOptions, 'now'> = {
  limit: 10,
  minScore: 0.01,
  minShareOfBest: 0.1,
  duplicateScore: 0.85,
  recencyHalfLifeDays: 30,
};

function normalisedHeadline(headline: string): string {
  return headline.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The share of the score a fresh story may gain over an old one: a mild preference, not a sort by date. */
const RECENCY_WEIGHT = 0.06;

/** More like this: cosine over the stored features, a mild bonus for recent stories, duplicates and weak matches out. */
export function rankMoreLikeThis(
  source: { id: number; headline: string; features: Feature[] },
  candidates: Candidate[],
  options: RankOptions,
): Scored[] {
  const labels = new Map(source.features.map((f) => [f.term, f.label]));
  const sourceHeadline = normalisedHeadline(source.headline);
  const out: Scored[] = [];
  for (const c of candidates) {
    if (c.id === source.id) continue;
    let cosine = 0;
    const parts: [string, number][] = [];
    for (const f of source.features) {
      const w = c.features.get(f.term);
      if (w === undefined) continue;
      cosine += f.weight * w;
      parts.push([f.term, f.weight * w]);
    }
    if (cosine >= options.duplicateScore || (sourceHeadline && normalisedHeadline(c.headline) === sourceHeadline)) continue;
    const ageDays = Math.max(0, (options.now.getTime() - Date.parse(c.publishedAt)) / 86_400_000);
    const score = cosine * (1 - RECENCY_WEIGHT + RECENCY_WEIGHT * 0.5 ** (ageDays / options.recencyHalfLifeDays));
    if (score < options.minScore) continue;
    out.push({ id: c.id, score, reasons: explain(parts, labels) });
  }
  out.sort((a, b) => b.score - a.score || b.id - a.id);
  const floor = (out[0]?.score ?? 0) * options.minShareOfBest;
  return out.filter((s) => s.score >= floor).slice(0, options.limit);
}

/** The three heaviest shared features, skipping a word already inside a longer one ("treaty" in "defence treaty"). */
function explain(parts: [string, number][], labels: Map<string, string>): string[] {
  // Names read better than bare words, so people, places and tags lead when they weigh about as much.
  const rank = ([term, w]: [string, number]) => (isTopicFeature(term) ? 2 * w : w);
  parts.sort((a, b) => rank(b) - rank(a));
  const reasons: string[] = [];
  for (const [term] of parts) {
    if (isVagueTerm(term)) continue;
    const label = labels.get(term) ?? term;
    const lower = label.toLowerCase();
    if (reasons.some((r) => r.toLowerCase().includes(lower) || lower.includes(r.toLowerCase()))) continue;
    reasons.push(label);
    if (reasons.length === 3) break;
  }
  return reasons;
}

/**
 * Related (after the editor's picks): stories sharing the most specific topics — entities and tags —
 * where a topic few stories name (high idf) counts more than one many do.
 */
export function rankRelated(
  source: { id: number; topics: { term: string; label: string; idf: number }[] },
  candidates: { id: number; publishedAt: string; topics: Set<string> }[],
  limit: number,
): Scored[] {
  const out: Scored[] = [];
  for (const c of candidates) {
    if (c.id === source.id) continue;
    const shared = source.topics.filter((t) => c.topics.has(t.term)).sort((a, b) => b.idf - a.idf);
    if (!shared.length) continue;
    // A tag and an entity can name the same thing ("ukraine", "Ukraine"): say it once.
    const reasons: string[] = [];
    for (const t of shared) {
      if (reasons.length === 3) break;
      if (!reasons.some((r) => r.toLowerCase() === t.label.toLowerCase())) reasons.push(t.label);
    }
    out.push({ id: c.id, score: shared.reduce((s, t) => s + t.idf, 0), reasons });
  }
  const date = new Map(candidates.map((c) => [c.id, c.publishedAt]));
  out.sort((a, b) => b.score - a.score || (date.get(b.id) ?? '').localeCompare(date.get(a.id) ?? ''));
  return out.slice(0, limit);
}
