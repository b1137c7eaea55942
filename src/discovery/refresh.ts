import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database.ts';
import { refreshPlannerStatistics } from '../store/dialect.ts';
import {
  archiveSize, candidateVectors, changedStories, documentFrequencies, indexedIds, listSubject, makeListsDue, postingHeads, readWatermark,
  removeFromIndex, saveAnalyses, saveLists, storiesNeedingLists, weakestMatches, writeWatermark, type ChangedStory, type ScoredLink, type Watermark,
} from '../store/discovery.ts';
import { yieldToEventLoop } from '../store/event-loop.ts';
import { acquireLease, releaseLease } from '../store/job-leases.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { DEFAULT_RANK_OPTIONS, FEATURES_KEPT, idf, isTopicFeature, postingRank, rankMoreLikeThis, rankRelated, weighFeaturesAt } from './similarity.ts';
import { analyseBatch, featuresOfBatch, type BatchAnalysis } from './story-analysis.ts';

/**
 * Keeps discovery's tables in step with the stories, without hooks in the newsroom or importers:
 * stories whose `modified_at` passed the watermark are analysed (or dropped when no longer
 * published), then every story whose lists are due gets them recomputed and stored.
 * Decisions 003a and 003b.
 */

/** Features per story it is posted under: every kept feature (fewer cost precision on the Brown Corpus). */
const POSTED_FEATURES = FEATURES_KEPT;
/** The longest head of a term's postings that is stored; candidate search reads up to `POSTINGS_PER_TERM`. */
export const POSTINGS_KEPT = 160;
const QUERY_TERMS = 25;
const POSTINGS_PER_TERM = 150;
const CANDIDATES = 100;
const TOPIC_TERMS = 8;
const TOPIC_CANDIDATES = 40;
export const STORED_MORE = 10;
export const STORED_RELATED = 6;

/** A computed list is due again after a quarter of its story's age, at least 6 hours and at most 180 days. */
export function listsDueAfter(publishedAt: string, now: Date): number {
  const age = Math.max(0, now.getTime() - (Date.parse(publishedAt) || now.getTime()));
  return Math.min(180 * 86_400_000, Math.max(6 * 3_600_000, age / 4));
}

export interface AnalyseReport {
  analysed: number;
  removed: number;
  /** False while more changed stories wait. */
  done: boolean;
}

// Batches of at least this many stories are analysed in a worker thread (smaller ones are not worth the trip).
const POOL_MIN_BATCH = 100;
let sharedPool: AnalysisPool | undefined;

function poolWith(threads: number): AnalysisPool | undefined {
  if (threads < 1) return undefined;
  if (sharedPool?.threads !== threads) {
    void sharedPool?.close();
    sharedPool = new AnalysisPool(threads);
  }
  return sharedPool;
}

/** Stops the analysis worker threads (they never keep a process alive; this frees them at once). */
export async function closeAnalysisPool(): Promise<void> {
  await sharedPool?.close();
  sharedPool = undefined;
}

interface Batch {
  changed: ChangedStory[];
  /** Analyses of the published ones, in order: running in a worker while the previous batch is written. */
  analyses: Promise<BatchAnalysis>;
}

const isLive = (s: ChangedStory) => s.status === 'published' && s.publishedAt !== null;

async function readBatch(db: Db, after: Watermark, limit: number, pool: AnalysisPool | undefined): Promise<Batch> {
  const changed = await changedStories(db, after, limit);
  const live = changed.filter(isLive);
  const analyses = pool && live.length >= POOL_MIN_BATCH ? pool.analyse(live) : Promise.resolve(analyseBatch(live));
  return { changed, analyses };
}

async function storeBatch(db: Db, batch: Batch, now: Date): Promise<{ analysed: number; removed: number }> {
  const gone = batch.changed.filter((s) => !isLive(s)).map((s) => s.id);
  await removeFromIndex(db, gone);
  const live = batch.changed.filter(isLive);
  const analysed = await batch.analyses;
  await yieldToEventLoop();
  const known = await indexedIds(db, live.map((s) => s.id));
  // Document frequencies count a story once, when first seen; an edit barely moves them. Counted
  // by position in the batch's vocabulary: each term is looked up once per batch, not per story.
  const vocabulary = analysed.vocabulary;
  const added = new Int32Array(vocabulary.length);
  for (const [k, s] of live.entries()) {
    if (known.has(s.id)) continue;
    for (let i = analysed.starts[k]!; i < analysed.starts[k + 1]!; i++) added[analysed.terms[i]!]!++;
  }
  const stored = await documentFrequencies(db, vocabulary);
  const df = Float64Array.from(vocabulary, (term, t) => (stored.get(term) ?? 0) + added[t]!);
  const increments = new Map<string, number>();
  added.forEach((n, t) => n && increments.set(vocabulary[t]!, n));
  const size = (await archiveSize(db)) + live.filter((s) => !known.has(s.id)).length;
  await yieldToEventLoop();
  await saveAnalyses(
    db,
    live.map((s, k) => ({
      storyId: s.id, publishedAt: s.publishedAt!, headline: s.headline, features: weighFeaturesAt(featuresOfBatch(analysed, k, df), size), entities: analysed.entities[k]!,
    })),
    increments,
    now,
    { posted: POSTED_FEATURES, keep: POSTINGS_KEPT, rank: postingRank },
  );
  const last = batch.changed.at(-1)!;
  await writeWatermark(db, { at: last.modifiedAt, id: last.id });
  return { analysed: live.length, removed: gone.length };
}

/** Analyses one batch of changed stories (in this thread). */
export async function analyseChanged(db: Db, limit = 500, now = new Date()): Promise<AnalyseReport> {
  const batch = await readBatch(db, await readWatermark(db), limit, undefined);
  if (!batch.changed.length) return { analysed: 0, removed: 0, done: true };
  const r = await storeBatch(db, batch, now);
  return { ...r, done: batch.changed.length < limit };
}

/** Computes and stores one story's More like this and automatic Related lists. */
export async function computeLists(db: Db, storyId: number, now = new Date(), size?: number): Promise<void> {
  const archive = size ?? (await archiveSize(db));
  const story = await listSubject(db, storyId);
  if (!story) return;
  const features = story.features;
  const topics = features.filter((f) => isTopicFeature(f.term));
  const queried = features.slice(0, QUERY_TERMS);
  const topicQueried = topics.slice(0, TOPIC_TERMS);
  const heads = await postingHeads(db, [...new Set([...queried, ...topicQueried].map((f) => f.term))]);
  // Candidates: the stories where the source's heaviest features rank highest (the heads of their
  // postings), then scored on their whole stored vectors.
  const partial = new Map<number, number>();
  for (const f of queried) {
    for (const p of (heads.get(f.term) ?? []).slice(0, POSTINGS_PER_TERM)) {
      if (p.storyId !== storyId) partial.set(p.storyId, (partial.get(p.storyId) ?? 0) + f.weight * p.weight);
    }
  }
  const ids = new Set([...partial].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, CANDIDATES).map(([id]) => id));
  // Related looks for shared topics: the stories where the source's heaviest topics weigh most.
  const topicHits = new Map<number, number>();
  for (const t of topicQueried) {
    for (const p of (heads.get(t.term) ?? []).slice(0, POSTINGS_PER_TERM / 2)) {
      if (p.storyId !== storyId) topicHits.set(p.storyId, (topicHits.get(p.storyId) ?? 0) + t.weight);
    }
  }
  for (const [id] of [...topicHits].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, TOPIC_CANDIDATES)) ids.add(id);
  // Of a candidate's vector only what the rankers read: the source's features (cosine) and topics (Related).
  const sourceTerms = new Set(features.map((f) => f.term));
  const wanted = (term: string) => sourceTerms.has(term) || isTopicFeature(term);
  const [candidates, df] = await Promise.all([candidateVectors(db, [...ids], now, wanted), documentFrequencies(db, topics.map((t) => t.term))]);
  const more = rankMoreLikeThis({ id: storyId, headline: story.headline, features }, candidates, { ...DEFAULT_RANK_OPTIONS, limit: STORED_MORE, now });
  const related = rankRelated(
    { id: storyId, topics: topics.map((t) => ({ term: t.term, label: t.label, idf: idf(df.get(t.term) ?? 1, archive) })) },
    candidates.map((c) => ({ id: c.id, publishedAt: c.publishedAt, topics: new Set([...c.features.keys()].filter(isTopicFeature)) })),
    STORED_RELATED,
  );
  const asLinks = (list: typeof more): ScoredLink[] => list.map((s) => ({ id: s.id, score: Math.round(s.score * 1000) / 1000, reason: s.reasons.join(' · ') }));
  await saveLists(db, storyId, { more: asLinks(more), related: asLinks(related) }, now, new Date(now.getTime() + listsDueAfter(story.publishedAt, now)));
  // A story's first lists: the older stories it matches, whose lists were computed before it was
  // analysed and which it would now enter, are due at once (so their lists pick it up).
  if (story.firstLists && more.length) {
    const lists = await weakestMatches(db, more.map((m) => m.id), story.analysedAt);
    const beaten = more.filter((m) => {
      const list = lists.get(m.id);
      return list && !list.names.has(storyId) && (list.length < STORED_MORE || m.score > list.weakest);
    });
    await makeListsDue(db, beaten.map((m) => m.id), now);
  }
}

export interface RefreshReport extends AnalyseReport {
  lists: number;
  /** Milliseconds each list computation took, for the benchmarks. */
  listTimes: number[];
  /** True when another process holds the refresher's lease: nothing was done. */
  busy?: boolean;
}

export interface RefreshLimits {
  analyseBatch?: number;
  /** Most batches to analyse in one call (a background tick does a few; tests and the CLI run to the end). */
  maxBatches?: number;
  /** Most lists to compute in one call. */
  maxLists?: number;
  /** Worker threads for the terms and entities of big batches (default 1; 0 = this thread). */
  threads?: number;
  /** Who holds the refresher's lease (default: this process). */
  holder?: string;
  /** Told of every story whose lists were just stored (a page cache of rendered lists drops them). */
  onListed?: (storyId: number) => void;
  now?: () => Date;
}

const LEASE = 'discovery-refresh';
const LEASE_MS = 120_000;
const PROCESS_HOLDER = `refresher-${randomUUID()}`;

/**
 * One round of upkeep: analyse what changed, then recompute due lists. Analysis goes first, so idf
 * is current. One process at a time does this (a lease in `job_leases`), so several `serve`
 * instances, or `dateline refresh-lists` beside them, never merge the same postings at once.
 */
export async function refreshDiscovery(db: Db, limits: RefreshLimits = {}): Promise<RefreshReport> {
  const now = limits.now ?? (() => new Date());
  const report: RefreshReport = { analysed: 0, removed: 0, done: false, lists: 0, listTimes: [] };
  const holder = limits.holder ?? PROCESS_HOLDER;
  const lease = () => acquireLease(db, LEASE, holder, new Date().toISOString(), new Date(Date.now() + LEASE_MS).toISOString());
  if (!(await lease())) return { ...report, done: true, busy: true };
  try {
    const batchSize = limits.analyseBatch ?? 500;
    const maxBatches = limits.maxBatches ?? Infinity;
    const pool = poolWith(limits.threads ?? 1);
    let batch = await readBatch(db, await readWatermark(db), batchSize, pool);
    for (let n = 1; ; n++) {
      if (!batch.changed.length) {
        report.done = true;
        break;
      }
      // The next batch is read and handed to the workers before this one is written.
      const last = batch.changed.at(-1)!;
      const full = batch.changed.length === batchSize;
      const next = full && n < maxBatches ? readBatch(db, { at: last.modifiedAt, id: last.id }, batchSize, pool) : undefined;
      next?.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
      await yieldToEventLoop();
      const r = await storeBatch(db, batch, now());
      report.analysed += r.analysed;
      report.removed += r.removed;
      if (!full) report.done = true;
      if (!next) break;
      await lease();
      batch = await next;
    }
    // A big load changes the shape of the tables; stale statistics make SQLite pick slow plans.
    if (report.analysed >= 1000 || report.analysed >= (await archiveSize(db)) / 2) await refreshPlannerStatistics(db);
    if (!report.done) return report;
    const maxLists = limits.maxLists ?? Infinity;
    const size = await archiveSize(db);
    while (report.lists < maxLists) {
      const due = await storiesNeedingLists(db, Math.min(100, maxLists - report.lists), now());
      if (!due.length) break;
      for (const id of due) {
        const started = performance.now();
        await computeLists(db, id, now(), size);
        report.listTimes.push(performance.now() - started);
        report.lists++;
        limits.onListed?.(id);
        await yieldToEventLoop();
      }
      await lease();
    }
    return report;
  } finally {
    await releaseLease(db, LEASE, holder);
  }
}

/**
 * Runs `refreshDiscovery` in the background of `serve`: a small slice of work per tick, so a
 * million-story import is analysed while the site serves, and nothing waits for it. Terms and
 * entities are worked out in a worker thread, so pages keep being answered meanwhile.
 */
export function startRefresher(
  db: Db,
  options: { intervalMs?: number; log?: (message: string) => void; onListed?: (storyId: number) => void } = {},
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const r = await refreshDiscovery(db, { maxBatches: 8, maxLists: 200, analyseBatch: 500, onListed: options.onListed });
      if (r.analysed || r.removed || r.lists) options.log?.(`discovery: analysed ${r.analysed}, removed ${r.removed}, lists ${r.lists}${r.done ? '' : ' (more waiting)'}`);
      if (!stopped) timer = setTimeout(run, r.busy || (r.done && r.lists < 200) ? (options.intervalMs ?? 5000) : 50);
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
