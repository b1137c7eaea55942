import { sql } from 'kysely';
import type { StoryTeaser } from '../domain/story.ts';
import { bodyText } from '../domain/story-body.ts';
import type { SanitizedHtml } from '../domain/story-body.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';
import { yieldToEventLoop } from './event-loop.ts';
import { isPublic, isPublicRow, TEASER_COLUMNS } from './stories.ts';
import { decodePostings, mergeHead, type Incoming, type Posting } from './postings.ts';

export interface ChangedStory {
  id: number;
  headline: string;
  dek: string | null;
  text: string;
  status: string;
  publishedAt: string | null;
  modifiedAt: string;
  tags: { slug: string; name: string }[];
}

export interface Watermark {
  at: string;
  id: number;
}

const WATERMARK_KEY = 'refresh-watermark';

export async function readWatermark(db: Db): Promise<Watermark> {
  const row = await db.selectFrom('discovery_meta').select('value').where('key', '=', WATERMARK_KEY).executeTakeFirst();
  if (!row) return { at: '', id: 0 };
  const [at = '', id = '0'] = row.value.split('|');
  return { at, id: Number(id) || 0 };
}

export async function writeWatermark(db: Db, mark: Watermark): Promise<void> {
  await db
    .insertInto('discovery_meta')
    .values({ key: WATERMARK_KEY, value: `${mark.at}|${mark.id}` })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: `${mark.at}|${mark.id}` }))
    .execute();
}

/** Stories changed after the watermark, oldest change first: what the refresher has not seen yet. */
export async function changedStories(db: Db, after: Watermark, limit: number): Promise<ChangedStory[]> {
  const rows = await db
    .selectFrom('stories')
    // The stored plain text; the HTML only for a row written without it (it is derived from the HTML).
    .select(['id', 'headline', 'dek', 'body_text', 'status', 'published_at', 'modified_at', sql<string>`case when body_text = '' then body_html else '' end`.as('html')])
    .where((eb) => eb.or([eb('modified_at', '>', after.at), eb.and([eb('modified_at', '=', after.at), eb('id', '>', after.id)])]))
    .orderBy('modified_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  if (!rows.length) return [];
  const tags = await db
    .selectFrom('story_tags')
    .innerJoin('tags', 'tags.id', 'story_tags.tag_id')
    .select(['story_tags.story_id', 'tags.slug', 'tags.name'])
    .where('story_tags.story_id', 'in', rows.map((r) => r.id))
    .execute();
  const tagsOf = new Map<number, { slug: string; name: string }[]>();
  for (const t of tags) tagsOf.set(t.story_id, [...(tagsOf.get(t.story_id) ?? []), { slug: t.slug, name: t.name }]);
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    dek: r.dek,
    text: r.body_text || bodyText(r.html as SanitizedHtml),
    status: r.status,
    publishedAt: r.published_at,
    modifiedAt: r.modified_at,
    tags: tagsOf.get(r.id) ?? [],
  }));
}

export async function documentFrequencies(db: Db, terms: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  // Chunks keep each statement under the databases' parameter limits.
  for (let i = 0; i < terms.length; i += 500) {
    const rows = await db.selectFrom('discovery_df').select(['term', 'df']).where('term', 'in', terms.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.term, r.df);
    if (terms.length > 500) await yieldToEventLoop();
  }
  return out;
}

export async function archiveSize(db: Db): Promise<number> {
  const row = await db.selectFrom('discovery_state').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function indexedIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('discovery_state').select('story_id').where('story_id', 'in', ids).execute();
  return new Set(rows.map((r) => r.story_id));
}

export interface AnalysedStory {
  storyId: number;
  publishedAt: string;
  headline: string;
  /** Heaviest first. */
  features: { term: string; weight: number; label: string }[];
  entities: { slug: string; name: string; kind: string; mentions: number }[];
}

export interface PostingOptions {
  /** How many of a story's heaviest features it is posted under. */
  posted: number;
  /** The longest a head may grow. */
  keep: number;
  /** A posting's place in the head (higher first), by the story's publication time, then the term's weight in it. */
  rank: (publishedAt: string) => (weight: number) => number;
}

/**
 * Stores a batch of analyses in one transaction: vectors, topics, `dfIncrements`, and the heads of
 * the postings of their features (a re-analysed story leaves the heads of terms it no longer has).
 * Their lists become due at once.
 */
export async function saveAnalyses(db: Db, analysed: AnalysedStory[], dfIncrements: Map<string, number>, now: Date, posting: PostingOptions): Promise<void> {
  const stamp = toStoredTime(now);
  if (!analysed.length) return;
  await db.transaction().execute(async (trx) => {
    const ids = analysed.map((a) => a.storyId);
    const before = await storedTerms(trx, ids);
    await trx.deleteFrom('story_topics').where('story_id', 'in', ids).execute();

    const topics = new Map<string, { name: string; kind: string }>();
    for (const a of analysed) for (const e of a.entities) if (!topics.has(e.slug)) topics.set(e.slug, { name: e.name, kind: e.kind });
    const slugs = [...topics.keys()];
    for (let i = 0; i < slugs.length; i += 200) {
      const chunk = slugs.slice(i, i + 200);
      await trx
        .insertInto('topics')
        .values(chunk.map((slug) => ({ slug, name: topics.get(slug)!.name, kind: topics.get(slug)!.kind, created_at: stamp })))
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
      await yieldToEventLoop();
    }
    const topicIds = new Map<string, number>();
    for (let i = 0; i < slugs.length; i += 500) {
      const rows = await trx.selectFrom('topics').select(['id', 'slug']).where('slug', 'in', slugs.slice(i, i + 500)).execute();
      for (const r of rows) topicIds.set(r.slug, r.id);
    }
    const links = analysed.flatMap((a) => a.entities.map((e) => ({ story_id: a.storyId, topic_id: topicIds.get(e.slug)!, mentions: e.mentions })));
    for (let i = 0; i < links.length; i += 300) {
      await trx.insertInto('story_topics').values(links.slice(i, i + 300)).execute();
      await yieldToEventLoop();
    }

    const df = [...dfIncrements];
    for (let i = 0; i < df.length; i += 300) {
      await trx
        .insertInto('discovery_df')
        .values(df.slice(i, i + 300).map(([term, n]) => ({ term, df: n })))
        .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`discovery_df.df + excluded.df` }))
        .execute();
      await yieldToEventLoop();
    }
    const state = analysed.map((a) => ({
      story_id: a.storyId, analysed_at: stamp, published_at: a.publishedAt, headline: a.headline, lists_at: null, lists_due: null, vector: encodeVector(a.features),
    }));
    for (let i = 0; i < state.length; i += 200) {
      await trx
        .insertInto('discovery_state')
        .values(state.slice(i, i + 200))
        .onConflict((oc) =>
          oc.column('story_id').doUpdateSet({
            analysed_at: stamp, published_at: sql`excluded.published_at`, headline: sql`excluded.headline`, lists_at: null, lists_due: null, vector: sql`excluded.vector`,
          }),
        )
        .execute();
      await yieldToEventLoop();
    }

    const changes = new Map<string, HeadChange>();
    for (const [id, terms] of before) for (const term of terms) removal(changes, term, id);
    for (const a of analysed) {
      const rank = posting.rank(a.publishedAt);
      for (const f of a.features.slice(0, posting.posted)) {
        const c = changes.get(f.term);
        if (c) c.add.push(a.storyId, f.weight, rank(f.weight));
        else changes.set(f.term, { add: [a.storyId, f.weight, rank(f.weight)] });
      }
    }
    await updateHeads(trx, changes, posting.keep);
  });
}

interface HeadChange {
  remove?: Set<number>;
  add: Incoming;
}

function removal(changes: Map<string, HeadChange>, term: string, storyId: number): void {
  const c = changes.get(term) ?? { add: [] };
  (c.remove ??= new Set()).add(storyId);
  changes.set(term, c);
}

/** The terms a story is posted under now (its stored vector), by story. */
async function storedTerms(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('discovery_state').select(['story_id', 'vector']).where('story_id', 'in', ids.slice(i, i + 500)).execute();
    // Every feature: what was posted is a prefix of the vector, and a term the story is not posted under is left alone.
    for (const r of rows) out.set(r.story_id, [...decodeVector(r.vector).keys()]);
    if (ids.length > 500) await yieldToEventLoop();
  }
  return out;
}

/** Applies head changes term by term: reads the heads, merges, writes back only those that moved. */
async function updateHeads(db: Db, changes: Map<string, HeadChange>, keep: number): Promise<void> {
  const terms = [...changes.keys()];
  const heads = await packedHeads(db, terms);
  const write: { term: string; entries: Buffer }[] = [];
  const empty: string[] = [];
  for (const [n, term] of terms.entries()) {
    const c = changes.get(term)!;
    const merged = mergeHead(heads.get(term) ?? EMPTY, c.remove, c.add, keep);
    if (n % 500 === 499) await yieldToEventLoop();
    if (!merged) continue;
    if (merged.length) write.push({ term, entries: merged });
    else empty.push(term);
  }
  for (let i = 0; i < write.length; i += 250) {
    await db
      .insertInto('discovery_postings')
      .values(write.slice(i, i + 250))
      .onConflict((oc) => oc.column('term').doUpdateSet({ entries: sql`excluded.entries` }))
      .execute();
    await yieldToEventLoop();
  }
  for (let i = 0; i < empty.length; i += 500) await db.deleteFrom('discovery_postings').where('term', 'in', empty.slice(i, i + 500)).execute();
}

const EMPTY = Buffer.alloc(0);

async function packedHeads(db: Db, terms: string[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < terms.length; i += 500) {
    const rows = await db.selectFrom('discovery_postings').select(['term', 'entries']).where('term', 'in', terms.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.term, r.entries);
    if (terms.length > 500) await yieldToEventLoop();
  }
  return out;
}

/** The heads of some terms' postings, highest rank first; a term nobody is posted under is absent. */
export async function postingHeads(db: Db, terms: string[]): Promise<Map<string, Posting[]>> {
  const packed = await packedHeads(db, terms);
  return new Map([...packed].map(([term, entries]) => [term, decodePostings(entries)]));
}

/** Automatic list kinds in story_links; editors' picks (`pick`) are never touched here. */
export const AUTO_LIST_KINDS = ['more', 'related'] as const;
export type AutoListKind = (typeof AUTO_LIST_KINDS)[number];

/**
 * Takes stories out of discovery (unpublished, withdrawn): their postings, topics and state go, and
 * every automatic list that named them is due at once, so it is recomputed without them.
 */
export async function removeFromIndex(db: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db.transaction().execute(async (trx) => {
    const pointing = await trx
      .selectFrom('story_links')
      .select('story_id')
      .distinct()
      .where('linked_story_id', 'in', ids)
      .where('kind', 'in', [...AUTO_LIST_KINDS])
      .execute();
    await trx.deleteFrom('story_links').where('linked_story_id', 'in', ids).where('kind', 'in', [...AUTO_LIST_KINDS]).execute();
    await trx.deleteFrom('story_links').where('story_id', 'in', ids).where('kind', 'in', [...AUTO_LIST_KINDS]).execute();
    const changes = new Map<string, HeadChange>();
    for (const [id, terms] of await storedTerms(trx, ids)) for (const term of terms) removal(changes, term, id);
    await updateHeads(trx, changes, Infinity);
    await trx.deleteFrom('story_topics').where('story_id', 'in', ids).execute();
    await trx.deleteFrom('discovery_state').where('story_id', 'in', ids).execute();
    const due = pointing.map((p) => p.story_id).filter((id) => !ids.includes(id));
    if (due.length) await trx.updateTable('discovery_state').set({ lists_due: '' }).where('story_id', 'in', due).where('lists_at', 'is not', null).execute();
  });
}

/** What computing a story's lists starts from: its headline, stored features (heaviest first) and state. */
export async function listSubject(db: Db, storyId: number): Promise<
  | { headline: string; publishedAt: string; analysedAt: string; firstLists: boolean; features: { term: string; weight: number; label: string }[] }
  | undefined
> {
  const row = await db
    .selectFrom('discovery_state')
    .select(['headline', 'published_at', 'analysed_at', 'lists_at', 'vector'])
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { headline: row.headline, publishedAt: row.published_at, analysedAt: row.analysed_at, firstLists: row.lists_at === null, features: decodeFeatures(row.vector) };
}

/**
 * A story's features in one text value ("term\tweight\tlabel" lines, heaviest first), so a candidate
 * costs one row to read. Kept small, so most rows fit two to a page: weights to 4 decimals, and the
 * label left out when it is the term itself, or given as which words are capitalised ("^01" for
 * "defence Treaty" from "defence treaty").
 */
export function encodeVector(features: { term: string; weight: number; label: string }[]): string {
  let out = '';
  for (const f of features) out += `${out ? '\n' : ''}${f.term}\t${f.weight.toFixed(4)}\t${encodeLabel(f.term, f.label)}`;
  return out;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function encodeLabel(term: string, label: string): string {
  if (label === term) return '';
  const words = term.split(' ');
  const shown = label.split(' ');
  if (shown.length === words.length && shown.every((w, i) => w === words[i] || w === capitalise(words[i]!))) {
    return `^${shown.map((w, i) => (w === words[i] ? '0' : '1')).join('')}`;
  }
  const clean = /[\t\n]/.test(label) ? label.replace(/[\t\n]/g, ' ') : label;
  return clean.startsWith('^') || clean.startsWith('=') ? `=${clean}` : clean;
}

function decodeLabel(term: string, stored: string | undefined): string {
  if (!stored) return term;
  if (stored.startsWith('=')) return stored.slice(1);
  if (/^\^[01]+$/.test(stored)) return term.split(' ').map((w, i) => (stored[i + 1] === '1' ? capitalise(w) : w)).join(' ');
  return stored;
}

/** A stored vector as term → weight; with `wanted`, only the terms it accepts (the rest are skipped unparsed). */
export function decodeVector(text: string, wanted?: (term: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) {
      const term = text.slice(start, tab);
      if (!wanted || wanted(term)) {
        const next = text.indexOf('\t', tab + 1);
        const weight = Number(text.slice(tab + 1, next > tab && next < end ? next : end));
        if (weight) out.set(term, weight);
      }
    }
    start = end + 1;
  }
  return out;
}

export function decodeFeatures(text: string): { term: string; weight: number; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([term, weight]) => term && weight)
    .map(([term, weight, label]) => ({ term: term!, weight: Number(weight), label: decodeLabel(term!, label) }));
}

/**
 * Candidates with their stored vectors, from discovery's own table (only stories published when
 * last analysed are in it; embargoed ones drop out here, and a page filters unpublished ones when it
 * reads a list). `wanted`: the features worth parsing, the rest of each vector is skipped.
 */
export async function candidateVectors(
  db: Db,
  ids: number[],
  now: Date,
  wanted?: (term: string) => boolean,
): Promise<{ id: number; headline: string; publishedAt: string; features: Map<string, number> }[]> {
  const out: { id: number; headline: string; publishedAt: string; features: Map<string, number> }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('discovery_state')
      .select(['story_id', 'headline', 'published_at', 'vector'])
      .where('story_id', 'in', ids.slice(i, i + 500))
      .where('published_at', '<=', toStoredTime(now))
      .execute();
    for (const r of rows) out.push({ id: r.story_id, headline: r.headline, publishedAt: r.published_at, features: decodeVector(r.vector, wanted) });
  }
  return out;
}

/**
 * Stories whose lists are due: never computed first, newest story first; then computed lists whose
 * `lists_due` has come, earliest first.
 */
export async function storiesNeedingLists(db: Db, limit: number, now: Date): Promise<number[]> {
  const fresh = await db
    .selectFrom('discovery_state')
    .select('story_id')
    .where('lists_at', 'is', null)
    .orderBy('published_at', 'desc')
    .orderBy('story_id', 'desc')
    .limit(limit)
    .execute();
  if (fresh.length) return fresh.map((r) => r.story_id);
  const due = await db
    .selectFrom('discovery_state')
    .select('story_id')
    .where('lists_due', '<=', toStoredTime(now))
    .orderBy('lists_due')
    .limit(limit)
    .execute();
  return due.map((r) => r.story_id);
}

/** Stories whose lists are computed and due later than `now`: made due now (a newer story would enter them). */
export async function makeListsDue(db: Db, ids: number[], now: Date): Promise<void> {
  if (!ids.length) return;
  await db.updateTable('discovery_state').set({ lists_due: toStoredTime(now) }).where('story_id', 'in', ids).where('lists_due', '>', toStoredTime(now)).execute();
}

/**
 * The weakest stored More like this score, the list's length and whom it names, by story: only lists
 * computed before `computedBefore` (the others are absent).
 */
export async function weakestMatches(db: Db, ids: number[], computedBefore: string): Promise<Map<number, { weakest: number; length: number; names: Set<number> }>> {
  const out = new Map<number, { weakest: number; length: number; names: Set<number> }>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('story_links')
    .innerJoin('discovery_state', 'discovery_state.story_id', 'story_links.story_id')
    .select(['story_links.story_id', 'story_links.linked_story_id', 'story_links.score'])
    .where('story_links.story_id', 'in', ids)
    .where('story_links.kind', '=', 'more')
    .where('discovery_state.lists_at', '<', computedBefore)
    .execute();
  for (const r of rows) {
    const entry = out.get(r.story_id) ?? { weakest: Infinity, length: 0, names: new Set<number>() };
    entry.weakest = Math.min(entry.weakest, r.score);
    entry.length++;
    entry.names.add(r.linked_story_id);
    out.set(r.story_id, entry);
  }
  return out;
}

export interface ScoredLink {
  id: number;
  score: number;
  reason: string;
}

/** Stores a story's automatic lists, computed at `now`, to be computed again at `due`. */
export async function saveLists(db: Db, storyId: number, lists: Record<AutoListKind, ScoredLink[]>, now: Date, due: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('story_links').where('story_id', '=', storyId).where('kind', 'in', [...AUTO_LIST_KINDS]).execute();
    const rows = AUTO_LIST_KINDS.flatMap((kind) =>
      lists[kind].map((l, position) => ({ story_id: storyId, linked_story_id: l.id, kind, position, score: l.score, reason: l.reason })),
    );
    if (rows.length) await trx.insertInto('story_links').values(rows).execute();
    await trx.updateTable('discovery_state').set({ lists_at: toStoredTime(now), lists_due: toStoredTime(due) }).where('story_id', '=', storyId).execute();
  });
}

export interface StoredLink extends StoryTeaser {
  score: number;
  reason: string | null;
  kind: string;
}

/**
 * The stored lists of a story (picks and automatic), public stories only, in order: the page's one
 * read. Two small queries rather than one join, which SQLite would otherwise plan as a scan of
 * every published story.
 */
export async function storedLinks(db: Db, storyId: number, now: Date): Promise<StoredLink[]> {
  const links = await db
    .selectFrom('story_links')
    .select(['linked_story_id', 'kind', 'score', 'reason'])
    .where('story_id', '=', storyId)
    .orderBy('kind')
    .orderBy('position')
    .execute();
  if (!links.length) return [];
  const teasers = new Map((await teasersByIds(db, [...new Set(links.map((l) => l.linked_story_id))], now)).map((t) => [t.id, t]));
  return links.flatMap((l) => {
    const teaser = teasers.get(l.linked_story_id);
    return teaser ? [{ ...teaser, kind: l.kind, score: l.score, reason: l.reason }] : [];
  });
}

// Topics

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
}

export async function findTopic(db: Db, slug: string): Promise<TopicRow | undefined> {
  return db.selectFrom('topics').select(['id', 'slug', 'name', 'kind']).where('slug', '=', slug).executeTakeFirst();
}

/** The topics a story names, most mentioned first. */
export async function topicsOfStory(db: Db, storyId: number, limit: number): Promise<(TopicRow & { mentions: number })[]> {
  return db
    .selectFrom('story_topics')
    .innerJoin('topics', 'topics.id', 'story_topics.topic_id')
    .select(['topics.id', 'topics.slug', 'topics.name', 'topics.kind', 'story_topics.mentions'])
    .where('story_topics.story_id', '=', storyId)
    .orderBy('story_topics.mentions', 'desc')
    .orderBy('topics.name')
    .limit(limit)
    .execute();
}

export async function topicStories(db: Db, topicId: number, limit: number, offset: number, now: Date): Promise<StoryTeaser[]> {
  return db
    .selectFrom('story_topics')
    .innerJoin('stories', 'stories.id', 'story_topics.story_id')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([...TEASER_COLUMNS])
    .where('story_topics.topic_id', '=', topicId)
    .where(isPublic(toStoredTime(now)))
    .orderBy('stories.published_at', 'desc')
    .orderBy('stories.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute() as Promise<StoryTeaser[]>;
}

export async function countTopicStories(db: Db, topicId: number, now: Date): Promise<number> {
  const row = await db
    .selectFrom('story_topics')
    .innerJoin('stories', 'stories.id', 'story_topics.story_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('story_topics.topic_id', '=', topicId)
    .where(isPublic(toStoredTime(now)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Views

export async function addViews(db: Db, rows: { storyId: number; hour: string; views: number }[]): Promise<void> {
  if (!rows.length) return;
  const inTransaction = (write: (trx: Db) => Promise<void>) => (db.isTransaction ? write(db) : db.transaction().execute(write));
  await inTransaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 300) {
      await trx
        .insertInto('story_views')
        .values(rows.slice(i, i + 300).map((r) => ({ story_id: r.storyId, hour: r.hour, views: r.views })))
        .onConflict((oc) => oc.columns(['story_id', 'hour']).doUpdateSet({ views: sql`story_views.views + excluded.views` }))
        .execute();
    }
  });
}

/** Hourly views since `fromHour`, of public stories only, with the story's section. */
export async function viewsSince(db: Db, fromHour: string, now: Date): Promise<{ storyId: number; sectionId: number; hour: string; views: number }[]> {
  const views = await db.selectFrom('story_views').select(['story_id', 'hour', 'views']).where('hour', '>=', fromHour).execute();
  const ids = [...new Set(views.map((v) => v.story_id))];
  const sections = new Map<number, number>();
  const stamp = toStoredTime(now);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('stories').select(['id', 'section_id', 'status', 'published_at']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) if (isPublicRow(r.status, r.published_at, stamp)) sections.set(r.id, r.section_id);
  }
  return views.flatMap((v) => (sections.has(v.story_id) ? [{ storyId: v.story_id, sectionId: sections.get(v.story_id)!, hour: v.hour, views: v.views }] : []));
}

/**
 * The public ones of these stories, as teasers, in the order given. Read by primary key and checked
 * here, not in the query: SQLite's sampled statistics (ANALYZE with a limit) made `status =
 * 'published'` look selective, and with 80 ids it walked every published story instead (136 ms at a
 * million stories, against under 1 ms).
 */
export async function teasersByIds(db: Db, ids: number[], now: Date): Promise<StoryTeaser[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([...TEASER_COLUMNS, 'stories.status as status'])
    .where('stories.id', 'in', ids)
    .execute();
  const stamp = toStoredTime(now);
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .filter((r) => isPublicRow(r.status, r.publishedAt, stamp))
    .map(({ status: _status, ...teaser }) => teaser as StoryTeaser)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

export async function publicStoryExists(db: Db, storyId: number, now: Date): Promise<boolean> {
  const row = await db.selectFrom('stories').select('id').where('id', '=', storyId).where(isPublic(toStoredTime(now))).executeTakeFirst();
  return row !== undefined;
}

export async function storyAddress(db: Db, storyId: number): Promise<{ sectionSlug: string; slug: string } | undefined> {
  return db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select(['sections.slug as sectionSlug', 'stories.slug as slug'])
    .where('stories.id', '=', storyId)
    .executeTakeFirst();
}
