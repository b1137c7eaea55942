import { extractEntities, type Entity } from './entities.ts';
import { countTerms } from './text-terms.ts';
import { storyFeatureCounts, type FeatureCounts, type FeaturesAt } from './similarity.ts';

export interface StoryText {
  headline: string;
  dek: string | null;
  /** Plain text of the body. */
  text: string;
  tags: { slug: string; name: string }[];
}

export interface StoryAnalysis {
  entities: Entity[];
  /** Every feature with its count, before weighting against the archive. */
  counts: FeatureCounts;
}

/** Terms, entities and tags of one story: pure, a fraction of a millisecond for a news story. */
export function analyseStory(story: StoryText): StoryAnalysis {
  const body = story.dek ? `${story.dek}\n${story.text}` : story.text;
  const entities = extractEntities(story.headline, body);
  return { entities, counts: storyFeatureCounts(countTerms(story.headline, body), entities, story.tags) };
}

/**
 * The analyses of a batch of stories over one shared vocabulary: each distinct feature once, the
 * stories' features as numbers into it. This is what an analysis worker sends back: a few arrays
 * instead of a string per feature per story, and the receiving thread looks each term up once.
 */
export interface BatchAnalysis {
  /** Every feature of the batch, once. */
  vocabulary: string[];
  /** Story k's features are positions `starts[k]` to `starts[k + 1]` of the arrays below. */
  starts: Int32Array;
  /** Each feature as a position in `vocabulary`. */
  terms: Int32Array;
  counts: Float64Array;
  boosts: Float64Array;
  /** How a feature reads when that differs from the term itself ("Kim Jong Un" for e:kim-jong-un); null otherwise. */
  labels: (string | null)[];
  entities: Entity[][];
}

export function analyseBatch(stories: StoryText[]): BatchAnalysis {
  const analyses = stories.map(analyseStory);
  const total = analyses.reduce((n, a) => n + a.counts.terms.length, 0);
  const batch: BatchAnalysis = {
    vocabulary: [],
    starts: new Int32Array(stories.length + 1),
    terms: new Int32Array(total),
    counts: new Float64Array(total),
    boosts: new Float64Array(total),
    labels: new Array<string | null>(total),
    entities: analyses.map((a) => a.entities),
  };
  const index = new Map<string, number>();
  let at = 0;
  analyses.forEach((a, k) => {
    batch.starts[k] = at;
    const c = a.counts;
    for (let i = 0; i < c.terms.length; i++, at++) {
      const term = c.terms[i]!;
      let t = index.get(term);
      if (t === undefined) {
        t = batch.vocabulary.length;
        index.set(term, t);
        batch.vocabulary.push(term);
      }
      batch.terms[at] = t;
      batch.counts[at] = c.counts[i]!;
      batch.boosts[at] = c.boosts[i]!;
      batch.labels[at] = c.labels[i] === term ? null : c.labels[i]!;
    }
  });
  batch.starts[stories.length] = at;
  return batch;
}

/** Story k of a batch in the per-story form (its strings are the vocabulary's own). */
export function storyOfBatch(batch: BatchAnalysis, k: number): StoryAnalysis {
  const from = batch.starts[k]!;
  const to = batch.starts[k + 1]!;
  const terms = Array.from(batch.terms.subarray(from, to), (t) => batch.vocabulary[t]!);
  const labels = terms.map((term, i) => batch.labels[from + i] ?? term);
  return {
    entities: batch.entities[k]!,
    counts: { terms, counts: Array.from(batch.counts.subarray(from, to)), labels, boosts: Array.from(batch.boosts.subarray(from, to)) },
  };
}

/** Batches analysed apart (by several workers) as one, in order, over one vocabulary. */
export function joinBatches(parts: BatchAnalysis[]): BatchAnalysis {
  if (parts.length === 1) return parts[0]!;
  const stories = parts.reduce((n, p) => n + p.starts.length - 1, 0);
  const total = parts.reduce((n, p) => n + p.terms.length, 0);
  const out: BatchAnalysis = {
    vocabulary: [],
    starts: new Int32Array(stories + 1),
    terms: new Int32Array(total),
    counts: new Float64Array(total),
    boosts: new Float64Array(total),
    labels: [],
    entities: [],
  };
  const index = new Map<string, number>();
  let story = 0;
  let at = 0;
  for (const p of parts) {
    const remap = p.vocabulary.map((term) => {
      let t = index.get(term);
      if (t === undefined) {
        t = out.vocabulary.length;
        index.set(term, t);
        out.vocabulary.push(term);
      }
      return t;
    });
    for (let k = 0; k < p.starts.length - 1; k++) out.starts[story++] = at + p.starts[k]!;
    for (let i = 0; i < p.terms.length; i++) out.terms[at + i] = remap[p.terms[i]!]!;
    out.counts.set(p.counts, at);
    out.boosts.set(p.boosts, at);
    out.labels.push(...p.labels);
    out.entities.push(...p.entities);
    at += p.terms.length;
  }
  out.starts[stories] = at;
  return out;
}

/** Story k of a batch as `weighFeaturesAt` reads it, with `df` by vocabulary position. No arrays are copied. */
export function featuresOfBatch(batch: BatchAnalysis, k: number, df: ArrayLike<number>): FeaturesAt {
  const from = batch.starts[k]!;
  const { vocabulary, terms, counts, boosts, labels } = batch;
  return {
    length: batch.starts[k + 1]! - from,
    term: (i) => vocabulary[terms[from + i]!]!,
    count: (i) => counts[from + i]!,
    boost: (i) => boosts[from + i]!,
    label: (i) => labels[from + i] ?? vocabulary[terms[from + i]!]!,
    df: (i) => df[terms[from + i]!]!,
  };
}
