import { sql } from 'kysely';
import type { StoryTeaser } from '../domain/story.ts';
import { bodyText } from '../domain/story-body.ts';
import type { SanitizedHtml } from '../domain/story-body.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';
import { isPublic, TEASER_COLUMNS } from './stories.ts';

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
    .select(['id', 'headline', 'dek', 'body_html', 'status', 'published_at', 'modified_at'])
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
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    dek: r.dek,
    text: bodyText(r.body_html as SanitizedHtml),
    status: r.status,
    publishedAt: r.published_at,
    modifiedAt: r.modified_at,
    tags: tags.filter((t) => t.story_id === r.id).map((t) => ({ slug: t.slug, name: t.name })),
  }));
}

export async function documentFrequencies(db: Db, terms: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  // Chunks keep each statement under the databases' parameter limits.
  for (let i = 0; i < terms.length; i += 500) {
    const rows = await db.selectFrom('discovery_df').select(['term', 'df']).where('term', 'in', terms.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.term, r.df);
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
  features: { term: string; weight: number; label: string }[];
  entities: { slug: string; name: string; kind: string; mentions: number }[];
}

/**
 * Stores a batch of analyses in one transaction, adds `dfIncrements`, and marks their lists due.
 * Each story's whole vector goes in one row; only its `posted` heaviest features become postings.
 */
export async function saveAnalyses(db: Db, analysed: AnalysedStory[], dfIncrements: Map<string, number>, now: Date, posted: number): Promise<void> {
  const stamp = toStoredTime(now);
  await db.transaction().execute(async (trx) => {
    const ids = analysed.map((a) => a.storyId);
    if (!ids.length) return;
    await trx.deleteFrom('discovery_features').where('story_id', 'in', ids).execute();
    await trx.deleteFrom('story_topics').where('story_id', 'in', ids).execute();
    const features = analysed.flatMap((a) => a.features.slice(0, posted).map((f) => ({ story_id: a.storyId, term: f.term, weight: f.weight, label: f.label })));
    for (let i = 0; i < features.length; i += 200) await trx.insertInto('discovery_features').values(features.slice(i, i + 200)).execute();

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
    }
    const topicIds = new Map<string, number>();
    for (let i = 0; i < slugs.length; i += 500) {
      const rows = await trx.selectFrom('topics').select(['id', 'slug']).where('slug', 'in', slugs.slice(i, i + 500)).execute();
      for (const r of rows) topicIds.set(r.slug, r.id);
    }
    const links = analysed.flatMap((a) => a.entities.map((e) => ({ story_id: a.storyId, topic_id: topicIds.get(e.slug)!, mentions: e.mentions })));
    for (let i = 0; i < links.length; i += 300) await trx.insertInto('story_topics').values(links.slice(i, i + 300)).execute();

    const df = [...dfIncrements];
    for (let i = 0; i < df.length; i += 300) {
      await trx
        .insertInto('discovery_df')
        .values(df.slice(i, i + 300).map(([term, n]) => ({ term, df: n })))
        .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`discovery_df.df + excluded.df` }))
        .execute();
    }
    await trx
      .insertInto('discovery_state')
      .values(analysed.map((a) => ({ story_id: a.storyId, analysed_at: stamp, lists_at: null, archive_size: 0, vector: encodeVector(a.features) })))
      .onConflict((oc) => oc.column('story_id').doUpdateSet({ analysed_at: stamp, lists_at: null, vector: sql`excluded.vector` }))
      .execute();
  });
}

/** Automatic list kinds in story_links; editors' picks (`pick`) are never touched here. */
export const AUTO_LIST_KINDS = ['more', 'related'] as const;
export type AutoListKind = (typeof AUTO_LIST_KINDS)[number];

/**
 * Takes stories out of discovery (unpublished, withdrawn): their features and topics go, and every
 * automatic list that named them is marked due so it is recomputed without them.
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
    await trx.deleteFrom('discovery_features').where('story_id', 'in', ids).execute();
    await trx.deleteFrom('story_topics').where('story_id', 'in', ids).execute();
    await trx.deleteFrom('discovery_state').where('story_id', 'in', ids).execute();
    const due = pointing.map((p) => p.story_id).filter((id) => !ids.includes(id));
    if (due.length) await trx.updateTable('discovery_state').set({ lists_at: null }).where('story_id', 'in', due).execute();
  });
}

/** A story's stored features, heaviest first. */
export async function storyFeatures(db: Db, storyId: number): Promise<{ term: string; weight: number; label: string }[]> {
  const row = await db.selectFrom('discovery_state').select('vector').where('story_id', '=', storyId).executeTakeFirst();
  return row ? decodeFeatures(row.vector) : [];
}

/** The stories in which `term` weighs most: the head of its postings list. */
export async function postings(db: Db, term: string, limit: number): Promise<{ storyId: number; weight: number }[]> {
  return db
    .selectFrom('discovery_features')
    .select(['story_id as storyId', 'weight'])
    .where('term', '=', term)
    .orderBy('weight', 'desc')
    .limit(limit)
    .execute();
}

/** A story's features in one text value ("term\tweight\tlabel" lines), so a candidate costs one row to read. */
export function encodeVector(features: { term: string; weight: number; label: string }[]): string {
  return features.map((f) => `${f.term}\t${f.weight.toFixed(5)}\t${f.label.replace(/[\t\n]/g, ' ')}`).join('\n');
}

export function decodeVector(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [term, weight] = line.split('\t');
    if (term && weight) out.set(term, Number(weight));
  }
  return out;
}

function decodeFeatures(text: string): { term: string; weight: number; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([term, weight]) => term && weight)
    .map(([term, weight, label]) => ({ term: term!, weight: Number(weight), label: label || term! }));
}

/** Public candidates with their stored vectors (drafts and embargoed stories drop out here). */
export async function candidateVectors(db: Db, ids: number[], now: Date): Promise<{ id: number; headline: string; publishedAt: string; features: Map<string, number> }[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('stories')
    .innerJoin('discovery_state', 'discovery_state.story_id', 'stories.id')
    .select(['stories.id', 'stories.headline', 'stories.published_at', 'discovery_state.vector'])
    .where('stories.id', 'in', ids)
    .where(isPublic(toStoredTime(now)))
    .execute();
  return rows.map((s) => ({ id: s.id, headline: s.headline, publishedAt: s.published_at ?? '', features: decodeVector(s.vector) }));
}

export async function storySummary(db: Db, storyId: number): Promise<{ id: number; headline: string; sectionId: number; publishedAt: string | null; status: string } | undefined> {
  return db
    .selectFrom('stories')
    .select(['id', 'headline', 'section_id as sectionId', 'published_at as publishedAt', 'status'])
    .where('id', '=', storyId)
    .executeTakeFirst();
}

/** Stories whose lists are due: never computed first, then the oldest computed before `staleBefore`. */
export async function storiesNeedingLists(db: Db, limit: number, staleBefore: Date, grownArchive: number): Promise<number[]> {
  const fresh = await db.selectFrom('discovery_state').select('story_id').where('lists_at', 'is', null).limit(limit).execute();
  if (fresh.length) return fresh.map((r) => r.story_id);
  const stale = await db
    .selectFrom('discovery_state')
    .select('story_id')
    .where((eb) => eb.or([eb('lists_at', '<', toStoredTime(staleBefore)), eb('archive_size', '<', grownArchive)]))
    .orderBy('lists_at')
    .limit(limit)
    .execute();
  return stale.map((r) => r.story_id);
}

export interface ScoredLink {
  id: number;
  score: number;
  reason: string;
}

export async function saveLists(db: Db, storyId: number, lists: Record<AutoListKind, ScoredLink[]>, now: Date, size: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('story_links').where('story_id', '=', storyId).where('kind', 'in', [...AUTO_LIST_KINDS]).execute();
    const rows = AUTO_LIST_KINDS.flatMap((kind) =>
      lists[kind].map((l, position) => ({ story_id: storyId, linked_story_id: l.id, kind, position, score: l.score, reason: l.reason })),
    );
    if (rows.length) await trx.insertInto('story_links').values(rows).execute();
    await trx.updateTable('discovery_state').set({ lists_at: toStoredTime(now), archive_size: size }).where('story_id', '=', storyId).execute();
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
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('stories').select(['id', 'section_id']).where('id', 'in', ids.slice(i, i + 500)).where(isPublic(toStoredTime(now))).execute();
    for (const r of rows) sections.set(r.id, r.section_id);
  }
  return views.flatMap((v) => (sections.has(v.story_id) ? [{ storyId: v.story_id, sectionId: sections.get(v.story_id)!, hour: v.hour, views: v.views }] : []));
}

export async function teasersByIds(db: Db, ids: number[], now: Date): Promise<StoryTeaser[]> {
  if (!ids.length) return [];
  const rows = (await db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([...TEASER_COLUMNS])
    .where('stories.id', 'in', ids)
    .where(isPublic(toStoredTime(now)))
    .execute()) as StoryTeaser[];
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
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
