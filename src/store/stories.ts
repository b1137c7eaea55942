import { sql, type ExpressionBuilder, type Insertable, type SelectQueryBuilder } from 'kysely';
import type { Author, Section, Story, StoryDraft, StoryReference, StoryTeaser, Tag } from '../domain/story.ts';
import type { BodyFormat, SanitizedHtml } from '../domain/story-body.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import { prepareStory, type PreparedStory } from '../domain/story-prepare.ts';
import { slugify, uniqueSlug } from '../domain/slug.ts';
import { toStoredTime } from '../domain/dates.ts';
import { NearDuplicateIndex } from '../domain/near-duplicate.ts';
import type { Db } from './database.ts';
import type { Database, StoryTable } from './schema.ts';
import { ensureSection } from './sections.ts';

type TeaserQuery = SelectQueryBuilder<Database, 'stories' | 'sections', StoryTeaser>;

/** The columns of a `StoryTeaser`, from `stories` joined with `sections`: every list selects these. */
export const TEASER_COLUMNS = [
  'stories.id as id',
  'sections.slug as sectionSlug',
  'sections.name as sectionName',
  'stories.slug as slug',
  'stories.headline as headline',
  'stories.dek as dek',
  'stories.excerpt as excerpt',
  'stories.published_at as publishedAt',
  'stories.updated_at as updatedAt',
] as const;

function teasers(db: Db): TeaserQuery {
  return db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([...TEASER_COLUMNS]) as unknown as TeaserQuery;
}

/** Readers see published stories whose publication time has come (an embargo is a future time). */
export function isPublic(now: string) {
  return (eb: ExpressionBuilder<Database, 'stories'>) =>
    eb.and([eb('stories.status', '=', 'published'), eb('stories.published_at', '<=', now)]);
}

/** `isPublic` for a row already read (`now` as stored: `toStoredTime`). */
export function isPublicRow(status: string, publishedAt: string | null, now: string): boolean {
  return status === 'published' && publishedAt !== null && publishedAt <= now;
}

export interface ListOptions {
  sectionId?: number;
  limit: number;
  offset?: number;
  excludeIds?: number[];
  now?: Date;
}

export async function listLatest(db: Db, options: ListOptions): Promise<StoryTeaser[]> {
  const now = toStoredTime(options.now ?? new Date());
  let q = teasers(db).where(isPublic(now));
  if (options.sectionId !== undefined) q = q.where('stories.section_id', '=', options.sectionId);
  if (options.excludeIds?.length) q = q.where('stories.id', 'not in', options.excludeIds);
  return q
    .orderBy('stories.published_at', 'desc')
    .orderBy('stories.id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countPublished(db: Db, sectionId?: number, now = new Date()): Promise<number> {
  let q = db.selectFrom('stories').select((eb) => eb.fn.countAll<number | string>().as('n')).where(isPublic(toStoredTime(now)));
  if (sectionId !== undefined) q = q.where('section_id', '=', sectionId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest `perSection` public stories of every section, in one query (for the home front). */
export async function latestPerSection(db: Db, perSection: number, now = new Date()): Promise<StoryTeaser[]> {
  const ranked = teasers(db)
    .select(sql<number>`row_number() over (partition by stories.section_id order by stories.published_at desc, stories.id desc)`.as('rank'))
    .where(isPublic(toStoredTime(now)));
  return db
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('rank', '<=', perSection)
    .orderBy('publishedAt', 'desc')
    .execute() as Promise<StoryTeaser[]>;
}

export async function findPublishedStory(db: Db, sectionSlug: string, slug: string, now = new Date()): Promise<Story | undefined> {
  const row = await teasers(db)
    .select([
      'stories.section_id as sectionId',
      'stories.status as status',
      'stories.body_format as bodyFormat',
      'stories.body_html as bodyHtml',
      'stories.canonical_url as canonicalUrl',
      'stories.correction as correction',
      'stories.seo_title as seoTitle',
      'stories.seo_description as seoDescription',
      'stories.date_missing as dateMissing',
    ])
    .where('sections.slug', '=', sectionSlug)
    .where('stories.slug', '=', slug)
    .where(isPublic(toStoredTime(now)))
    .executeTakeFirst();
  if (!row) return undefined;
  const [authors, tags] = await Promise.all([storyAuthors(db, row.id), storyTags(db, row.id)]);
  return {
    ...row,
    status: row.status as StoryStatus,
    bodyFormat: row.bodyFormat as BodyFormat,
    bodyHtml: row.bodyHtml as SanitizedHtml,
    dateMissing: Boolean(row.dateMissing),
    authors,
    tags,
  };
}

async function storyAuthors(db: Db, storyId: number): Promise<Author[]> {
  return db
    .selectFrom('story_authors')
    .innerJoin('authors', 'authors.id', 'story_authors.author_id')
    .select(['authors.id', 'authors.slug', 'authors.name'])
    .where('story_authors.story_id', '=', storyId)
    .orderBy('story_authors.position')
    .execute();
}

async function storyTags(db: Db, storyId: number): Promise<Tag[]> {
  return db
    .selectFrom('story_tags')
    .innerJoin('tags', 'tags.id', 'story_tags.tag_id')
    .select(['tags.slug', 'tags.name'])
    .where('story_tags.story_id', '=', storyId)
    .orderBy('tags.name')
    .execute();
}

/** Public stories sharing the most tags with this one, most shared first, then newest. */
export async function storiesSharingTags(db: Db, storyId: number, limit: number, now = new Date()): Promise<StoryTeaser[]> {
  return teasers(db)
    .innerJoin('story_tags as theirs', 'theirs.story_id', 'stories.id')
    .innerJoin('story_tags as ours', 'ours.tag_id', 'theirs.tag_id')
    .where('ours.story_id', '=', storyId)
    .where('stories.id', '!=', storyId)
    .where(isPublic(toStoredTime(now)))
    .groupBy(['stories.id', 'sections.slug', 'sections.name'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('stories.published_at', 'desc')
    .limit(limit)
    .execute();
}

/** Stories linked from this one under `kind` (e.g. the editor's `pick`s), in their set order, public only. */
export async function linkedStories(db: Db, storyId: number, kind: string, now = new Date()): Promise<StoryTeaser[]> {
  return teasers(db)
    .innerJoin('story_links', 'story_links.linked_story_id', 'stories.id')
    .where('story_links.story_id', '=', storyId)
    .where('story_links.kind', '=', kind)
    .where(isPublic(toStoredTime(now)))
    .orderBy('story_links.position')
    .execute();
}

/** Story ids by their paths ("/section/slug"); paths that name no story are absent from the map. */
export async function storyIdsByPath(db: Db, paths: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const wanted = [...new Set(paths)].map((p) => p.split('/')).filter((p) => p.length === 3);
  for (const chunk of chunks(wanted)) {
    const rows = await db
      .selectFrom('stories')
      .innerJoin('sections', 'sections.id', 'stories.section_id')
      .select(['stories.id as id', 'sections.slug as sectionSlug', 'stories.slug as slug'])
      .where((eb) => eb.or(chunk.map(([, section, slug]) => eb.and([eb('sections.slug', '=', section!), eb('stories.slug', '=', slug!)]))))
      .execute();
    for (const r of rows) found.set(`/${r.sectionSlug}/${r.slug}`, r.id);
  }
  return found;
}

export async function setLinkedStories(db: Db, storyId: number, kind: string, linkedIds: number[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('story_links').where('story_id', '=', storyId).where('kind', '=', kind).execute();
    const rows = [...new Set(linkedIds)]
      .filter((id) => id !== storyId)
      .map((id, position) => ({ story_id: storyId, linked_story_id: id, kind, position, score: 0, reason: null }));
    if (rows.length) await trx.insertInto('story_links').values(rows).execute();
  });
}

export type SaveAction = 'created' | 'updated' | 'unchanged' | 'duplicate';
export interface SaveResult {
  /** The story written, or for a duplicate the story it duplicates. */
  id: number;
  action: SaveAction;
  sectionSlug: string;
  slug: string;
}

export interface SaveOptions {
  now?: Date;
  /**
   * Fingerprints of known stories. When given, a draft that would create a story but nearly duplicates
   * a known one (or one earlier in the batch) is not written and reports `duplicate`; an update of a
   * known source key is never a duplicate. Stories created are added to it once their batch commits.
   */
  nearDuplicates?: NearDuplicateIndex<number>;
}

/** Writes one draft in its own transaction (see saveStories). */
export async function saveStory(db: Db, draft: StoryDraft, now = new Date()): Promise<SaveResult> {
  const [result] = await saveStories(db, [draft], { now });
  return result!;
}

/**
 * The one write path for stories: a batch of drafts in one transaction, a handful of queries per batch
 * rather than per story. Each draft becomes a new story, or updates the one with the same source key
 * (or, without a key, the same content); an unchanged one is left alone. Bodies are rendered and
 * sanitized here, once, so pages only read. Called with a transaction, it writes inside that one.
 */
export async function saveStories(db: Db, drafts: StoryDraft[], options: SaveOptions = {}): Promise<SaveResult[]> {
  return savePreparedStories(db, drafts.map(prepareStory), options);
}

/** `saveStories` for drafts already prepared (by an import's worker thread). */
export async function savePreparedStories(db: Db, prepared: PreparedStory[], options: SaveOptions = {}): Promise<SaveResult[]> {
  if (!prepared.length) return [];
  const created: Array<[number, string]> = [];
  const results = db.isTransaction
    ? await writeBatch(db, prepared, options, created)
    : await db.transaction().execute((trx) => writeBatch(trx, prepared, options, created));
  for (const [id, fingerprint] of created) options.nearDuplicates?.add(id, fingerprint);
  return results;
}

interface Existing {
  id: number;
  slug: string;
  content_hash: string;
  section_id: number;
  published_at: string | null;
}

interface Plan {
  index: number;
  draft: StoryDraft;
  section: Section;
  existing: Existing | undefined;
  fields: Omit<Insertable<StoryTable>, 'slug' | 'created_at'>;
  slug?: string;
  id?: number;
}

const CHUNK = 200;
function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const identity = (p: PreparedStory) => (p.draft.sourceKey ? `k\u0000${p.draft.source}\u0000${p.draft.sourceKey}` : `h\u0000${p.hash}`);

async function writeBatch(db: Db, items: PreparedStory[], options: SaveOptions, created: Array<[number, string]>): Promise<SaveResult[]> {
  // A story named twice in one batch: write the part before the repeat, then the rest, so the second is an update.
  const seen = new Set<string>();
  const repeat = items.findIndex((p) => seen.size === seen.add(identity(p)).size);
  if (repeat > 0) {
    return [...(await writeBatch(db, items.slice(0, repeat), options, created)), ...(await writeBatch(db, items.slice(repeat), options, created))];
  }

  const stamp = toStoredTime(options.now ?? new Date());
  const sections = new Map<string, Section>();
  for (const { draft } of items) {
    if (!sections.has(draft.sectionName)) sections.set(draft.sectionName, await ensureSection(db, draft.sectionName));
  }
  const existing = await findExisting(db, items);

  const results: SaveResult[] = new Array(items.length);
  const plans: Plan[] = [];
  const batchIndex = new NearDuplicateIndex<Plan>();
  const duplicates: Array<[number, number | Plan]> = [];
  for (const [index, item] of items.entries()) {
    const { draft, hash, fingerprint } = item;
    const section = sections.get(draft.sectionName)!;
    const found = existing.get(identity(item));
    if (found && found.content_hash === hash) {
      results[index] = { id: found.id, action: 'unchanged', sectionSlug: section.slug, slug: found.slug };
      continue;
    }
    if (!found && options.nearDuplicates && fingerprint) {
      const original = options.nearDuplicates.find(fingerprint)?.id ?? batchIndex.find(fingerprint)?.id;
      if (original !== undefined) {
        duplicates.push([index, original]);
        continue;
      }
    }
    const keepDate = found && draft.dateMissing && found.published_at;
    const plan: Plan = {
      index, draft, section, existing: found,
      fields: {
        section_id: section.id,
        headline: draft.headline.trim(),
        dek: draft.dek?.trim() || null,
        body_format: draft.bodyFormat,
        body_source: storedBodySource(draft.bodyFormat, draft.body, item.bodyHtml),
        body_html: item.bodyHtml,
        body_text: item.text,
        excerpt: item.excerpt,
        word_count: item.wordCount,
        status: draft.status,
        published_at: keepDate ? found.published_at : draft.publishedAt,
        updated_at: draft.updatedAt ?? null,
        modified_at: stamp,
        canonical_url: draft.canonicalUrl ?? null,
        correction: draft.correction?.trim() || null,
        date_missing: draft.dateMissing ? 1 : 0,
        source: draft.source,
        source_key: draft.sourceKey ?? null,
        content_hash: hash,
        fingerprint,
      },
    };
    plans.push(plan);
    if (!found && fingerprint) batchIndex.add(plan, fingerprint);
  }

  await assignSlugs(db, plans);
  for (const chunk of chunks(plans.filter((p) => !p.existing))) {
    const rows = await db
      .insertInto('stories')
      .values(chunk.map((p) => ({ ...p.fields, slug: p.slug!, created_at: stamp })))
      .returning(['id', 'section_id', 'slug'])
      .execute();
    const ids = new Map(rows.map((r) => [`${r.section_id}/${r.slug}`, r.id]));
    for (const p of chunk) {
      p.id = ids.get(`${p.section.id}/${p.slug}`);
      if (p.fields.fingerprint) created.push([p.id!, p.fields.fingerprint]);
    }
  }
  for (const p of plans.filter((p) => p.existing)) {
    p.id = p.existing!.id;
    await db.updateTable('stories').set({ ...p.fields, slug: p.slug! }).where('id', '=', p.id).execute();
  }
  await replaceAuthors(db, plans, stamp);
  await replaceTags(db, plans);
  await replaceReferences(db, plans);

  for (const p of plans) {
    results[p.index] = { id: p.id!, action: p.existing ? 'updated' : 'created', sectionSlug: p.section.slug, slug: p.slug! };
  }
  if (duplicates.length) {
    const stored = duplicates.map(([, o]) => (typeof o === 'number' ? o : o.id!));
    const originals = await db
      .selectFrom('stories')
      .innerJoin('sections', 'sections.id', 'stories.section_id')
      .select(['stories.id as id', 'stories.slug as slug', 'sections.slug as sectionSlug'])
      .where('stories.id', 'in', stored)
      .execute();
    const byId = new Map(originals.map((o) => [o.id, o]));
    for (const [i, [index]] of duplicates.entries()) {
      const o = byId.get(stored[i]!);
      results[index] = { id: stored[i]!, action: 'duplicate', sectionSlug: o?.sectionSlug ?? '', slug: o?.slug ?? '' };
    }
  }
  return results;
}

async function findExisting(db: Db, items: PreparedStory[]): Promise<Map<string, Existing>> {
  const found = new Map<string, Existing>();
  const columns = ['id', 'slug', 'content_hash', 'section_id', 'published_at', 'source', 'source_key'] as const;
  const keysBySource = new Map<string, string[]>();
  const keyless: string[] = [];
  items.forEach(({ draft: d, hash }) => {
    if (!d.sourceKey) keyless.push(hash);
    else if (keysBySource.has(d.source)) keysBySource.get(d.source)!.push(d.sourceKey);
    else keysBySource.set(d.source, [d.sourceKey]);
  });
  for (const [source, keys] of keysBySource) {
    for (const chunk of chunks(keys, 500)) {
      const rows = await db.selectFrom('stories').select(columns).where('source', '=', source).where('source_key', 'in', chunk).execute();
      for (const r of rows) found.set(`k\u0000${r.source}\u0000${r.source_key}`, r);
    }
  }
  for (const chunk of chunks(keyless, 500)) {
    const rows = await db.selectFrom('stories').select(columns).where('content_hash', 'in', chunk).execute();
    for (const r of rows) if (!found.has(`h\u0000${r.content_hash}`)) found.set(`h\u0000${r.content_hash}`, r);
  }
  return found;
}

/** New stories (and stories moved to another section) get a slug free in their section. */
async function assignSlugs(db: Db, plans: Plan[]): Promise<void> {
  const wanted = new Map<number, Plan[]>();
  for (const p of plans) {
    if (p.existing && p.existing.section_id === p.section.id) {
      p.slug = p.existing.slug;
      continue;
    }
    if (wanted.has(p.section.id)) wanted.get(p.section.id)!.push(p);
    else wanted.set(p.section.id, [p]);
  }
  for (const [sectionId, group] of wanted) {
    const bases = group.map((p) => p.draft.slug || slugify(p.draft.headline) || 'story');
    const taken = new Set<string>();
    for (const chunk of chunks([...new Set(bases)], 500)) {
      const rows = await db.selectFrom('stories').select('slug').where('section_id', '=', sectionId).where('slug', 'in', chunk).execute();
      for (const r of rows) taken.add(r.slug);
    }
    // Only a base already taken needs the wider look for its numbered variants (base-2, base-3…).
    const widened = new Set<string>();
    for (const [i, p] of group.entries()) {
      const base = bases[i]!;
      if (taken.has(base) && !widened.has(base)) {
        widened.add(base);
        const rows = await db.selectFrom('stories').select('slug').where('section_id', '=', sectionId).where('slug', 'like', `${base}-%`).execute();
        for (const r of rows) taken.add(r.slug);
      }
      p.slug = uniqueSlug(base, (s) => taken.has(s));
      taken.add(p.slug);
    }
  }
}

async function replaceAuthors(db: Db, plans: Plan[], stamp: string): Promise<void> {
  const updated = plans.filter((p) => p.existing).map((p) => p.id!);
  for (const chunk of chunks(updated, 500)) await db.deleteFrom('story_authors').where('story_id', 'in', chunk).execute();
  const names = new Map<string, string>();
  for (const p of plans) for (const raw of p.draft.authors ?? []) if (slugify(raw) && !names.has(slugify(raw))) names.set(slugify(raw), raw.trim());
  if (!names.size) return;
  const ids = new Map<string, number>();
  for (const chunk of chunks([...names])) {
    await db
      .insertInto('authors')
      .values(chunk.map(([slug, name]) => ({ slug, name, created_at: stamp })))
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const rows = await db.selectFrom('authors').select(['id', 'slug']).where('slug', 'in', chunk.map(([slug]) => slug)).execute();
    for (const r of rows) ids.set(r.slug, r.id);
  }
  const links: Array<{ story_id: number; author_id: number; position: number }> = [];
  for (const p of plans) {
    const seen = new Set<number>();
    for (const [position, raw] of (p.draft.authors ?? []).entries()) {
      const id = ids.get(slugify(raw));
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      links.push({ story_id: p.id!, author_id: id, position });
    }
  }
  for (const chunk of chunks(links, 500)) await db.insertInto('story_authors').values(chunk).execute();
}

async function replaceTags(db: Db, plans: Plan[]): Promise<void> {
  const updated = plans.filter((p) => p.existing).map((p) => p.id!);
  for (const chunk of chunks(updated, 500)) await db.deleteFrom('story_tags').where('story_id', 'in', chunk).execute();
  const names = new Map<string, string>();
  for (const p of plans) for (const raw of p.draft.tags ?? []) if (slugify(raw) && !names.has(slugify(raw))) names.set(slugify(raw), raw.trim());
  if (!names.size) return;
  const ids = new Map<string, number>();
  for (const chunk of chunks([...names])) {
    await db
      .insertInto('tags')
      .values(chunk.map(([slug, name]) => ({ slug, name })))
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const rows = await db.selectFrom('tags').select(['id', 'slug']).where('slug', 'in', chunk.map(([slug]) => slug)).execute();
    for (const r of rows) ids.set(r.slug, r.id);
  }
  const links: Array<{ story_id: number; tag_id: number }> = [];
  for (const p of plans) {
    const tagIds = new Set((p.draft.tags ?? []).map((raw) => ids.get(slugify(raw))).filter((id) => id !== undefined));
    for (const id of tagIds) links.push({ story_id: p.id!, tag_id: id });
  }
  for (const chunk of chunks(links, 500)) await db.insertInto('story_tags').values(chunk).execute();
}

async function replaceReferences(db: Db, plans: Plan[]): Promise<void> {
  const updated = plans.filter((p) => p.existing).map((p) => p.id!);
  for (const chunk of chunks(updated, 500)) await db.deleteFrom('story_references').where('story_id', 'in', chunk).execute();
  const rows = plans.flatMap((p) =>
    (p.draft.references ?? []).map((r, position) => ({ story_id: p.id!, position, headline: r.headline, excerpt: r.excerpt ?? null, url: r.url ?? null })),
  );
  for (const chunk of chunks(rows, 500)) await db.insertInto('story_references').values(chunk).execute();
}

/** The teasers an imported page pointed to, in their order. */
export async function storyReferences(db: Db, storyId: number): Promise<StoryReference[]> {
  return db.selectFrom('story_references').select(['headline', 'excerpt', 'url']).where('story_id', '=', storyId).orderBy('position').execute();
}

/** Fingerprints of every story, for near-duplicate checks across an import run. */
export async function listFingerprints(db: Db): Promise<Array<{ id: number; fingerprint: string }>> {
  const rows = await db.selectFrom('stories').select(['id', 'fingerprint']).where('fingerprint', 'is not', null).execute();
  return rows as Array<{ id: number; fingerprint: string }>;
}

export async function countStories(db: Db): Promise<number> {
  const row = await db.selectFrom('stories').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findStoryIdByHeadline(db: Db, headline: string): Promise<number | undefined> {
  const row = await db.selectFrom('stories').select('id').where('headline', '=', headline).executeTakeFirst();
  return row?.id;
}

export async function hasStoriesFrom(db: Db, source: string): Promise<boolean> {
  const row = await db.selectFrom('stories').select('id').where('source', '=', source).limit(1).executeTakeFirst();
  return row !== undefined;
}

// The newsroom edits one story at a time; these are the single-story forms of the batch steps above.

/** A slug free in the section for this headline (or the draft's own slug). */
export async function freeSlug(db: Db, sectionId: number, draft: Pick<StoryDraft, 'slug' | 'headline'>): Promise<string> {
  const base = draft.slug || slugify(draft.headline) || 'story';
  const taken = await db.selectFrom('stories').select('slug').where('section_id', '=', sectionId).where('slug', 'like', `${base}%`).execute();
  const set = new Set(taken.map((r) => r.slug));
  return uniqueSlug(base, (s) => set.has(s));
}

export async function replaceStoryAuthors(db: Db, storyId: number, names: string[], stamp: string): Promise<void> {
  await db.deleteFrom('story_authors').where('story_id', '=', storyId).execute();
  const seen = new Set<number>();
  for (const [position, raw] of names.entries()) {
    const name = raw.trim();
    const slug = slugify(name);
    if (!slug) continue;
    await db.insertInto('authors').values({ slug, name, created_at: stamp }).onConflict((oc) => oc.column('slug').doNothing()).execute();
    const author = await db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    if (seen.has(author.id)) continue;
    seen.add(author.id);
    await db.insertInto('story_authors').values({ story_id: storyId, author_id: author.id, position }).execute();
  }
}

export async function replaceStoryTags(db: Db, storyId: number, names: string[]): Promise<void> {
  await db.deleteFrom('story_tags').where('story_id', '=', storyId).execute();
  const slugs = new Map<string, string>();
  for (const raw of names) {
    const slug = slugify(raw);
    if (slug && !slugs.has(slug)) slugs.set(slug, raw.trim());
  }
  if (!slugs.size) return;
  await db.insertInto('tags').values([...slugs].map(([slug, name]) => ({ slug, name }))).onConflict((oc) => oc.column('slug').doNothing()).execute();
  const tags = await db.selectFrom('tags').select('id').where('slug', 'in', [...slugs.keys()]).execute();
  await db.insertInto('story_tags').values(tags.map((t) => ({ story_id: storyId, tag_id: t.id }))).execute();
}

/**
 * What `stories.body_source` holds: the body as it came, or '' for an HTML body that sanitizing left
 * unchanged (most imported HTML), which `bodySourceOf` reads back as the HTML. A third copy of every
 * such body is not written: about 15% of an import's database time (docs/PERFORMANCE.md).
 */
export function storedBodySource(format: string, source: string, html: string): string {
  return format === 'html' && source === html ? '' : source;
}

/** The body as it came, from a stored row (see `storedBodySource`). */
export function bodySourceOf(row: { body_format: string; body_source: string; body_html: string }): string {
  return row.body_source === '' && row.body_format === 'html' ? row.body_html : row.body_source;
}
