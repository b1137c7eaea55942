import { createHash } from 'node:crypto';
import type { StoryFields } from '../domain/story-edit.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import { bodyText, renderBody, wordCount } from '../domain/story-body.ts';
import { excerpt as makeExcerpt } from '../domain/excerpt.ts';
import { slugify } from '../domain/slug.ts';
import type { Db } from './database.ts';
import { ensureSection } from './sections.ts';
import { bodySourceOf, freeSlug, replaceStoryAuthors, replaceStoryTags } from './stories.ts';

/** A story as the newsroom's editor sees it: its fields plus where it stands. */
export interface DeskStory {
  id: number;
  fields: StoryFields;
  status: StoryStatus;
  bodyFormat: string;
  version: number;
  createdBy: number | null;
  slug: string;
  sectionSlug: string;
  publishedAt: string | null;
  updatedAt: string | null;
  modifiedAt: string;
  source: string;
}

export interface DeskListItem {
  id: number;
  headline: string;
  status: StoryStatus;
  sectionName: string;
  sectionSlug: string;
  slug: string;
  publishedAt: string | null;
  modifiedAt: string;
  createdBy: number | null;
  creatorName: string | null;
  source: string;
}

export interface DeskFilters {
  status?: StoryStatus;
  sectionSlug?: string;
  createdBy?: number;
  search?: string;
  limit: number;
  offset: number;
}

export interface Editor {
  userId: number | null;
  actor: string;
}

export async function listDeskStories(db: Db, filters: DeskFilters): Promise<{ items: DeskListItem[]; total: number }> {
  let q = db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .leftJoin('users', 'users.id', 'stories.created_by');
  if (filters.status) q = q.where('stories.status', '=', filters.status);
  if (filters.sectionSlug) q = q.where('sections.slug', '=', filters.sectionSlug);
  if (filters.createdBy !== undefined) q = q.where('stories.created_by', '=', filters.createdBy);
  if (filters.search) {
    // LIKE with the wildcards in the search escaped; lower() on both sides works on either database.
    const pattern = `%${filters.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb(eb.fn('lower', ['stories.headline']), 'like', pattern));
  }
  const [items, count] = await Promise.all([
    q
      .select([
        'stories.id as id',
        'stories.headline as headline',
        'stories.status as status',
        'sections.name as sectionName',
        'sections.slug as sectionSlug',
        'stories.slug as slug',
        'stories.published_at as publishedAt',
        'stories.modified_at as modifiedAt',
        'stories.created_by as createdBy',
        'users.name as creatorName',
        'stories.source as source',
      ])
      .orderBy('stories.modified_at', 'desc')
      .orderBy('stories.id', 'desc')
      .limit(filters.limit)
      .offset(filters.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((i) => ({ ...i, status: i.status as StoryStatus })), total: Number(count.n) };
}

export async function findDeskStory(db: Db, id: number): Promise<DeskStory | undefined> {
  const row = await db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .selectAll('stories')
    .select(['sections.name as sectionName', 'sections.slug as sectionSlug'])
    .where('stories.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [authors, tags, links] = await Promise.all([
    db.selectFrom('story_authors').innerJoin('authors', 'authors.id', 'story_authors.author_id').select('authors.name').where('story_id', '=', id).orderBy('position').execute(),
    db.selectFrom('story_tags').innerJoin('tags', 'tags.id', 'story_tags.tag_id').select('tags.name').where('story_id', '=', id).orderBy('tags.name').execute(),
    db.selectFrom('story_links').select('linked_story_id').where('story_id', '=', id).where('kind', '=', 'pick').orderBy('position').execute(),
  ]);
  return {
    id: row.id,
    fields: {
      headline: row.headline,
      dek: row.dek ?? '',
      sectionName: row.sectionName,
      bylines: authors.map((a) => a.name),
      tags: tags.map((t) => t.name),
      // Imported stories keep their body as it came; the editor shows that source.
      body: bodySourceOf(row),
      excerpt: row.custom_excerpt ?? '',
      canonicalUrl: row.canonical_url ?? '',
      seoTitle: row.seo_title ?? '',
      seoDescription: row.seo_description ?? '',
      correction: row.correction ?? '',
      related: links.map((l) => l.linked_story_id),
      imageId: row.image_id,
      imageAlt: row.image_alt ?? '',
      imageCaption: row.image_caption ?? '',
      imageCredit: row.image_credit ?? '',
    },
    status: row.status as StoryStatus,
    bodyFormat: row.body_format,
    version: row.version,
    createdBy: row.created_by,
    slug: row.slug,
    sectionSlug: row.sectionSlug,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    modifiedAt: row.modified_at,
    source: row.source,
  };
}

function columnsFor(fields: StoryFields, bodyFormat: string) {
  const bodyHtml = renderBody(bodyFormat === 'html' || bodyFormat === 'text' ? bodyFormat : 'markdown', fields.body);
  const text = bodyText(bodyHtml);
  return {
    headline: fields.headline,
    dek: fields.dek || null,
    body_source: fields.body,
    body_html: bodyHtml,
    excerpt: makeExcerpt(fields.excerpt || text || fields.dek || fields.headline, 160),
    custom_excerpt: fields.excerpt || null,
    word_count: wordCount(text),
    canonical_url: fields.canonicalUrl || null,
    seo_title: fields.seoTitle || null,
    seo_description: fields.seoDescription || null,
    correction: fields.correction || null,
    image_id: fields.imageId,
    image_alt: fields.imageId === null ? null : fields.imageAlt,
    image_caption: fields.imageId === null ? null : fields.imageCaption || null,
    image_credit: fields.imageId === null ? null : fields.imageCredit || null,
    // Never equal to an import's hash, so an import can never mistake a newsroom story for its own.
    content_hash: createHash('sha256').update(`newsroom\u0000${JSON.stringify(fields)}`).digest('hex').slice(0, 32),
  };
}

async function writeRelations(db: Db, id: number, fields: StoryFields, stamp: string): Promise<void> {
  await replaceStoryAuthors(db, id, fields.bylines, stamp);
  await replaceStoryTags(db, id, fields.tags);
  const existing = fields.related.length
    ? await db.selectFrom('stories').select('id').where('id', 'in', fields.related).execute()
    : [];
  const known = new Set(existing.map((r) => r.id));
  await db.deleteFrom('story_links').where('story_id', '=', id).where('kind', '=', 'pick').execute();
  const picks = fields.related.filter((r) => known.has(r) && r !== id);
  if (picks.length) {
    await db
      .insertInto('story_links')
      .values(picks.map((linked, position) => ({ story_id: id, linked_story_id: linked, kind: 'pick', position, score: 0, reason: null })))
      .execute();
  }
}

async function insertRevision(db: Db, storyId: number, version: number, fields: StoryFields, editor: Editor, note: string, stamp: string): Promise<void> {
  await db
    .insertInto('story_revisions')
    .values({ story_id: storyId, version, user_id: editor.userId, actor: editor.actor, note, snapshot: JSON.stringify(fields), created_at: stamp })
    .execute();
}

/** A new newsroom draft at version 1, with its first revision. */
export async function insertDeskStory(db: Db, fields: StoryFields, editor: Editor, stamp: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const section = await ensureSection(trx, fields.sectionName);
    const slug = await freeSlug(trx, section.id, { headline: fields.headline });
    const row = await trx
      .insertInto('stories')
      .values({
        ...columnsFor(fields, 'markdown'),
        section_id: section.id,
        slug,
        body_format: 'markdown',
        status: 'draft',
        published_at: null,
        updated_at: null,
        created_at: stamp,
        modified_at: stamp,
        date_missing: 0,
        source: 'newsroom',
        source_key: null,
        version: 1,
        created_by: editor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeRelations(trx, row.id, fields, stamp);
    await insertRevision(trx, row.id, 1, fields, editor, 'created', stamp);
    return row.id;
  });
}

export type UpdateResult = { ok: true; version: number } | { ok: false; currentVersion: number };

/**
 * Saves fields over version `baseVersion`. The UPDATE only matches that version, so of two saves made
 * from the same version exactly one wins; the other gets the version it lost to.
 */
export async function updateDeskStory(
  db: Db,
  id: number,
  baseVersion: number,
  fields: StoryFields,
  editor: Editor,
  options: { stamp: string; note: string; markUpdated: boolean; keepAddress: boolean },
): Promise<UpdateResult> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('stories').select(['version', 'body_format', 'headline', 'section_id']).where('id', '=', id).executeTakeFirstOrThrow();
    if (current.version !== baseVersion) return { ok: false, currentVersion: current.version };
    const section = options.keepAddress ? { id: current.section_id } : await ensureSection(trx, fields.sectionName);
    const readdress = !options.keepAddress && (section.id !== current.section_id || slugify(fields.headline) !== slugify(current.headline));
    const result = await trx
      .updateTable('stories')
      .set({
        ...columnsFor(fields, current.body_format),
        section_id: section.id,
        ...(readdress ? { slug: await freeSlug(trx, section.id, { headline: fields.headline }) } : {}),
        ...(options.markUpdated ? { updated_at: options.stamp } : {}),
        modified_at: options.stamp,
        version: baseVersion + 1,
      })
      .where('id', '=', id)
      .where('version', '=', baseVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { ok: false, currentVersion: current.version };
    await writeRelations(trx, id, fields, options.stamp);
    await insertRevision(trx, id, baseVersion + 1, fields, editor, options.note, options.stamp);
    return { ok: true, version: baseVersion + 1 };
  });
}

/** Moves a story from one status to another; false if it was no longer in `from` (someone else moved it). */
export async function moveDeskStory(db: Db, id: number, from: StoryStatus, to: StoryStatus, change: { publishedAt: string | null; stamp: string }): Promise<boolean> {
  const result = await db
    .updateTable('stories')
    .set({ status: to, published_at: change.publishedAt, modified_at: change.stamp })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDeskStory(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('stories').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Scheduled stories whose time has come, oldest first. */
export async function dueScheduledStories(db: Db, now: string, limit: number): Promise<Array<{ id: number; headline: string; publishedAt: string; path: string }>> {
  const rows = await db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select(['stories.id as id', 'stories.headline as headline', 'stories.published_at as published_at', 'stories.slug as slug', 'sections.slug as sectionSlug'])
    .where('stories.status', '=', 'scheduled')
    .where('stories.published_at', '<=', now)
    .orderBy('stories.published_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, headline: r.headline, publishedAt: r.published_at!, path: `/${r.sectionSlug}/${r.slug}` }));
}

export interface RevisionItem {
  version: number;
  actor: string;
  note: string;
  createdAt: string;
}

export async function listRevisions(db: Db, storyId: number): Promise<RevisionItem[]> {
  return db
    .selectFrom('story_revisions')
    .select(['version', 'actor', 'note', 'created_at as createdAt'])
    .where('story_id', '=', storyId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findRevision(db: Db, storyId: number, version: number): Promise<(RevisionItem & { snapshot: string }) | undefined> {
  return db
    .selectFrom('story_revisions')
    .select(['version', 'actor', 'note', 'created_at as createdAt', 'snapshot'])
    .where('story_id', '=', storyId)
    .where('version', '=', version)
    .executeTakeFirst();
}
