import type { Db } from '../store/database.ts';
import { refreshPlannerStatistics } from '../store/dialect.ts';
import {
  archiveSize, candidateVectors, changedStories, documentFrequencies, indexedIds, postings, readWatermark, removeFromIndex,
  saveAnalyses, saveLists, storiesNeedingLists, storyFeatures, storySummary, writeWatermark, type ScoredLink,
} from '../store/discovery.ts';
import { DEFAULT_RANK_OPTIONS, FEATURES_KEPT, idf, isTopicFeature, rankMoreLikeThis, rankRelated, weighFeatures } from './similarity.ts';
import { analyseStory } from './story-analysis.ts';

/**
 * Keeps discovery's tables in step with the stories, without hooks in the newsroom or importers:
 * stories whose `modified_at` passed the watermark are analysed (or dropped when no longer
 * published), then every story whose lists are due gets them recomputed and stored.
 */

/**
 * Features per story written to the postings (the rest would live only in the story's vector).
 * Fewer rows make analysis cheaper but lose candidates: on the Brown Corpus 40 cost 0.02 of
 * precision@10 and 25 cost 0.05, so every kept feature is posted.
 */
const POSTED_FEATURES = FEATURES_KEPT;
const QUERY_TERMS = 25;
const POSTINGS_PER_TERM = 150;
const CANDIDATES = 100;
const TOPIC_CANDIDATES = 40;
export const STORED_MORE = 10;
export const STORED_RELATED = 6;

export interface AnalyseReport {
  analysed: number;
  removed: number;
  /** False while more changed stories wait. */
  done: boolean;
}

export async function analyseChanged(db: Db, limit = 500, now = new Date()): Promise<AnalyseReport> {
  const mark = await readWatermark(db);
  const changed = await changedStories(db, mark, limit);
  if (!changed.length) return { analysed: 0, removed: 0, done: true };
  const gone = changed.filter((s) => s.status !== 'published' || !s.publishedAt).map((s) => s.id);
  await removeFromIndex(db, gone);
  const live = changed.filter((s) => s.status === 'published' && s.publishedAt);
  const known = await indexedIds(db, live.map((s) => s.id));
  const analyses = live.map((s) => ({ id: s.id, analysis: analyseStory(s) }));
  // Document frequencies count a story once, when first seen; an edit barely moves them.
  const increments = new Map<string, number>();
  for (const a of analyses) {
    if (known.has(a.id)) continue;
    for (const term of a.analysis.counts.keys()) increments.set(term, (increments.get(term) ?? 0) + 1);
  }
  const terms = [...new Set(analyses.flatMap((a) => [...a.analysis.counts.keys()]))];
  const stored = await documentFrequencies(db, terms);
  const size = (await archiveSize(db)) + analyses.filter((a) => !known.has(a.id)).length;
  const df = (term: string) => (stored.get(term) ?? 0) + (increments.get(term) ?? 0);
  await saveAnalyses(
    db,
    analyses.map((a) => ({ storyId: a.id, features: weighFeatures(a.analysis.counts, df, size), entities: a.analysis.entities })),
    increments,
    now,
    POSTED_FEATURES,
  );
  const last = changed.at(-1)!;
  await writeWatermark(db, { at: last.modifiedAt, id: last.id });
  return { analysed: live.length, removed: gone.length, done: changed.length < limit };
}

/** Computes and stores one story's More like this and automatic Related lists. */
export async function computeLists(db: Db, storyId: number, now = new Date(), size?: number): Promise<void> {
  const archive = size ?? (await archiveSize(db));
  const [story, features] = await Promise.all([storySummary(db, storyId), storyFeatures(db, storyId)]);
  if (!story) return;
  // Candidates: the stories where the source's heaviest features weigh most (the heads of their
  // postings), then scored on their whole stored vectors.
  const partial = new Map<number, number>();
  for (const f of features.slice(0, QUERY_TERMS)) {
    for (const p of await postings(db, f.term, POSTINGS_PER_TERM)) {
      if (p.storyId !== storyId) partial.set(p.storyId, (partial.get(p.storyId) ?? 0) + f.weight * p.weight);
    }
  }
  const ids = new Set([...partial].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([id]) => id));
  // Related looks for shared topics: the stories where the source's heaviest topics weigh most.
  const topics = features.filter((f) => isTopicFeature(f.term));
  const topicHits = new Map<number, number>();
  for (const t of topics.slice(0, 8)) {
    for (const p of await postings(db, t.term, POSTINGS_PER_TERM / 2)) {
      if (p.storyId !== storyId) topicHits.set(p.storyId, (topicHits.get(p.storyId) ?? 0) + t.weight);
    }
  }
  for (const [id] of [...topicHits].sort((a, b) => b[1] - a[1]).slice(0, TOPIC_CANDIDATES)) ids.add(id);
  const candidates = await candidateVectors(db, [...ids], now);
  const more = rankMoreLikeThis({ id: storyId, headline: story.headline, features }, candidates, { ...DEFAULT_RANK_OPTIONS, limit: STORED_MORE, now });
  const df = await documentFrequencies(db, topics.map((t) => t.term));
  const related = rankRelated(
    { id: storyId, topics: topics.map((t) => ({ term: t.term, label: t.label, idf: idf(df.get(t.term) ?? 1, archive) })) },
    candidates.map((c) => ({ id: c.id, publishedAt: c.publishedAt, topics: new Set([...c.features.keys()].filter(isTopicFeature)) })),
    STORED_RELATED,
  );
  const asLinks = (list: typeof more): ScoredLink[] => list.map((s) => ({ id: s.id, score: Math.round(s.score * 1000) / 1000, reason: s.reasons.join(' · ') }));
  await saveLists(db, storyId, { more: asLinks(more), related: asLinks(related) }, now, archive);
}

export interface RefreshReport extends AnalyseReport {
  lists: number;
  /** Milliseconds each list computation took, for the benchmarks. */
  listTimes: number[];
}

export interface RefreshLimits {
  analyseBatch?: number;
  /** Most batches to analyse in one call (a background tick does one; tests and the CLI run to the end). */
  maxBatches?: number;
  /** Most lists to compute in one call. */
  maxLists?: number;
  /** Lists older than this are recomputed, so they pick up newer stories. */
  staleAfterMs?: number;
  now?: () => Date;
}

/** One round of upkeep: analyse what changed, then recompute due lists. Analysis goes first, so idf is current. */
export async function refreshDiscovery(db: Db, limits: RefreshLimits = {}): Promise<RefreshReport> {
  const now = limits.now ?? (() => new Date());
  const report: RefreshReport = { analysed: 0, removed: 0, done: false, lists: 0, listTimes: [] };
  for (let batch = 0; batch < (limits.maxBatches ?? Infinity); batch++) {
    const r = await analyseChanged(db, limits.analyseBatch ?? 500, now());
    report.analysed += r.analysed;
    report.removed += r.removed;
    if (r.done) {
      report.done = true;
      break;
    }
  }
  // A big load changes the shape of the tables; stale statistics make SQLite pick slow plans.
  if (report.analysed >= 1000 || report.analysed >= (await archiveSize(db)) / 2) await refreshPlannerStatistics(db);
  if (!report.done) return report;
  const maxLists = limits.maxLists ?? Infinity;
  const size = await archiveSize(db);
  while (report.lists < maxLists) {
    const due = await storiesNeedingLists(db, Math.min(100, maxLists - report.lists), new Date(now().getTime() - (limits.staleAfterMs ?? 6 * 3_600_000)), Math.floor(size / 1.25));
    if (!due.length) break;
    for (const id of due) {
      const started = performance.now();
      await computeLists(db, id, now(), size);
      report.listTimes.push(performance.now() - started);
      report.lists++;
    }
  }
  return report;
}

/**
 * Runs `refreshDiscovery` in the background of `serve`: a small slice of work per tick, so a
 * million-story import is analysed while the site serves, and nothing waits for it.
 */
export function startRefresher(db: Db, options: { intervalMs?: number; log?: (message: string) => void } = {}): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const r = await refreshDiscovery(db, { maxBatches: 4, maxLists: 200 });
      if (r.analysed || r.removed || r.lists) options.log?.(`discovery: analysed ${r.analysed}, removed ${r.removed}, lists ${r.lists}${r.done ? '' : ' (more waiting)'}`);
      if (!stopped) timer = setTimeout(run, r.done && r.lists < 200 ? (options.intervalMs ?? 5000) : 50);
    } catch (error) {
      options.log?.(`discovery: refresh failed: ${(error as Error).message}`);
      if (!stopped) timer = setTimeout(run, options.intervalMs ?? 5000);
    }
  };
  const run = () => {
    running = tick();
  };
  timer = setTimeout(run, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
