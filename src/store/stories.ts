import { createHash } from 'node:crypto';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Author, Story, StoryDraft, StoryTeaser, Tag } from '../domain/story.ts';
import type { BodyFormat, SanitizedHtml } from '../domain/story-body.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import { bodyText, renderBody, wordCount } from '../domain/story-body.ts';
import { excerpt as makeExcerpt } from '../domain/excerpt.ts';
import { slugify, uniqueSlug } from '../domain/slug.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';
import { ensureSection } from './sections.ts';

type TeaserQuery = SelectQueryBuilder<Database, 'stories' | 'sections', StoryTeaser>;

function teasers(db: Db): TeaserQuery {
  return db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([
      'stories.id as id',
      'sections.slug as sectionSlug',
      'sections.name as sectionName',
      'stories.slug as slug',
      'stories.headline as headline',
      'stories.dek as dek',
      'stories.excerpt as excerpt',
      'stories.published_at as publishedAt',
      'stories.updated_at as updatedAt',
    ]) as unknown as TeaserQuery;
}

/** Readers see published stories whose publication time has come (an embargo is a future time). */
function isPublic(now: string) {
  return (eb: ExpressionBuilder<Database, 'stories'>) =>
    eb.and([eb('stories.status', '=', 'published'), eb('stories.published_at', '<=', now)]);
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

export async function setLinkedStories(db: Db, storyId: number, kind: string, linkedIds: number[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('story_links').where('story_id', '=', storyId).where('kind', '=', kind).execute();
    const rows = [...new Set(linkedIds)]
      .filter((id) => id !== storyId)
      .map((id, position) => ({ story_id: storyId, linked_story_id: id, kind, position, score: 0, reason: null }));
    if (rows.length) await trx.insertInto('story_links').values(rows).execute();
  });
}

export type SaveAction = 'created' | 'updated' | 'unchanged';
export interface SaveResult {
  id: number;
  action: SaveAction;
  sectionSlug: string;
  slug: string;
}

function contentHash(draft: StoryDraft): string {
  return createHash('sha256')
    .update([draft.sectionName, draft.headline, draft.dek ?? '', draft.bodyFormat, draft.body].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Writes a draft: a new story, or an update of the one with the same source key (or, without a key,
 * the same content). Renders and sanitizes the body once, here, so pages only read.
 */
export async function saveStory(db: Db, draft: StoryDraft, now = new Date()): Promise<SaveResult> {
  return db.transaction().execute(async (trx) => {
    const section = await ensureSection(trx, draft.sectionName);
    const hash = contentHash(draft);
    let existingQuery = trx.selectFrom('stories').select(['id', 'slug', 'content_hash', 'section_id']);
    existingQuery = draft.sourceKey
      ? existingQuery.where('source', '=', draft.source).where('source_key', '=', draft.sourceKey)
      : existingQuery.where('content_hash', '=', hash);
    const existing = await existingQuery.executeTakeFirst();
    if (existing && existing.content_hash === hash) {
      return { id: existing.id, action: 'unchanged', sectionSlug: section.slug, slug: existing.slug };
    }

    const bodyHtml = renderBody(draft.bodyFormat, draft.body);
    const text = bodyText(bodyHtml);
    const stamp = toStoredTime(now);
    const fields = {
      section_id: section.id,
      headline: draft.headline.trim(),
      dek: draft.dek?.trim() || null,
      body_format: draft.bodyFormat,
      body_source: draft.body,
      body_html: bodyHtml,
      excerpt: makeExcerpt(draft.excerpt?.trim() || text, 160),
      word_count: wordCount(text),
      status: draft.status,
      published_at: draft.publishedAt,
      updated_at: draft.updatedAt ?? null,
      modified_at: stamp,
      canonical_url: draft.canonicalUrl ?? null,
      date_missing: draft.dateMissing ? 1 : 0,
      source: draft.source,
      source_key: draft.sourceKey ?? null,
      content_hash: hash,
    };

    let id: number;
    let slug: string;
    if (existing) {
      id = existing.id;
      slug = existing.section_id === section.id ? existing.slug : await freeSlug(trx, section.id, draft);
      await trx.updateTable('stories').set({ ...fields, slug }).where('id', '=', id).execute();
    } else {
      slug = await freeSlug(trx, section.id, draft);
      const row = await trx
        .insertInto('stories')
        .values({ ...fields, slug, created_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    await replaceAuthors(trx, id, draft.authors ?? [], stamp);
    await replaceTags(trx, id, draft.tags ?? []);
    return { id, action: existing ? 'updated' : 'created', sectionSlug: section.slug, slug };
  });
}

export async function freeSlug(db: Db, sectionId: number, draft: Pick<StoryDraft, 'slug' | 'headline'>): Promise<string> {
  const base = draft.slug || slugify(draft.headline) || 'story';
  const taken = await db
    .selectFrom('stories')
    .select('slug')
    .where('section_id', '=', sectionId)
    .where('slug', 'like', `${base}%`)
    .execute();
  const set = new Set(taken.map((r) => r.slug));
  return uniqueSlug(base, (s) => set.has(s));
}

export async function replaceAuthors(db: Db, storyId: number, names: string[], stamp: string): Promise<void> {
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

export async function replaceTags(db: Db, storyId: number, names: string[]): Promise<void> {
  await db.deleteFrom('story_tags').where('story_id', '=', storyId).execute();
  const slugs = new Map<string, string>();
  for (const raw of names) {
    const slug = slugify(raw);
    if (slug && !slugs.has(slug)) slugs.set(slug, raw.trim());
  }
  if (!slugs.size) return;
  await db
    .insertInto('tags')
    .values([...slugs].map(([slug, name]) => ({ slug, name })))
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const tags = await db.selectFrom('tags').select('id').where('slug', 'in', [...slugs.keys()]).execute();
  await db
    .insertInto('story_tags')
    .values(tags.map((t) => ({ story_id: storyId, tag_id: t.id })))
    .execute();
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
