import { sql } from 'kysely';
import type { Db } from './database.ts';

/** Queries for the read-only Content API: public stories only, with the filters the API offers. */
export interface PublicStoryFilter {
  sectionSlug?: string;
  tagSlug?: string;
  authorSlug?: string;
  now: string;
}

function publicStories(db: Db, filter: PublicStoryFilter) {
  let q = db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .where('stories.status', '=', 'published')
    .where('stories.published_at', '<=', filter.now);
  if (filter.sectionSlug) q = q.where('sections.slug', '=', filter.sectionSlug);
  if (filter.tagSlug) {
    const tagSlug = filter.tagSlug;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('story_tags').innerJoin('tags', 'tags.id', 'story_tags.tag_id').select('story_tags.story_id').whereRef('story_tags.story_id', '=', 'stories.id').where('tags.slug', '=', tagSlug)),
    );
  }
  if (filter.authorSlug) {
    const authorSlug = filter.authorSlug;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('story_authors').innerJoin('authors', 'authors.id', 'story_authors.author_id').select('story_authors.story_id').whereRef('story_authors.story_id', '=', 'stories.id').where('authors.slug', '=', authorSlug)),
    );
  }
  return q;
}

export interface ApiStoryRow {
  id: number;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  headline: string;
  dek: string | null;
  excerpt: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string | null;
  correction: string | null;
  canonicalUrl: string | null;
}

const storyColumns = [
  'stories.id as id',
  'stories.slug as slug',
  'sections.slug as sectionSlug',
  'sections.name as sectionName',
  'stories.headline as headline',
  'stories.dek as dek',
  'stories.excerpt as excerpt',
  'stories.body_html as bodyHtml',
  'stories.published_at as publishedAt',
  'stories.updated_at as updatedAt',
  'stories.correction as correction',
  'stories.canonical_url as canonicalUrl',
] as const;

export async function listPublicStories(db: Db, filter: PublicStoryFilter, limit: number, offset: number): Promise<{ rows: ApiStoryRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    publicStories(db, filter).select(storyColumns).orderBy('stories.published_at', 'desc').orderBy('stories.id', 'desc').limit(limit).offset(offset).execute(),
    publicStories(db, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ApiStoryRow[], total: Number(count.n) };
}

export async function findPublicStoryById(db: Db, id: number, now: string): Promise<ApiStoryRow | undefined> {
  return (await publicStories(db, { now }).select(storyColumns).where('stories.id', '=', id).executeTakeFirst()) as ApiStoryRow | undefined;
}

/** Authors and tags of several stories at once, in byline order / by name. */
export async function relationsOf(db: Db, storyIds: number[]) {
  if (!storyIds.length) return { authors: [], tags: [] };
  const [authors, tags] = await Promise.all([
    db.selectFrom('story_authors').innerJoin('authors', 'authors.id', 'story_authors.author_id')
      .select(['story_authors.story_id as storyId', 'authors.slug', 'authors.name']).where('story_authors.story_id', 'in', storyIds).orderBy('story_authors.position').execute(),
    db.selectFrom('story_tags').innerJoin('tags', 'tags.id', 'story_tags.tag_id')
      .select(['story_tags.story_id as storyId', 'tags.slug', 'tags.name']).where('story_tags.story_id', 'in', storyIds).orderBy('tags.name').execute(),
  ]);
  return { authors, tags };
}

/** Sections, authors or tags with how many public stories each has (those with none are left out, except sections). */
export async function sectionsWithCounts(db: Db, now: string) {
  return db
    .selectFrom('sections')
    .leftJoin('stories', (join) => join.onRef('stories.section_id', '=', 'sections.id').on('stories.status', '=', 'published').on('stories.published_at', '<=', now))
    .select(['sections.slug', 'sections.name', sql<number>`count(stories.id)`.as('stories')])
    .groupBy(['sections.id', 'sections.slug', 'sections.name', 'sections.position'])
    .orderBy('sections.position')
    .execute();
}

export async function authorsWithCounts(db: Db, now: string, limit: number, offset: number) {
  return db
    .selectFrom('authors')
    .innerJoin('story_authors', 'story_authors.author_id', 'authors.id')
    .innerJoin('stories', 'stories.id', 'story_authors.story_id')
    .where('stories.status', '=', 'published')
    .where('stories.published_at', '<=', now)
    .select(['authors.slug', 'authors.name', sql<number>`count(stories.id)`.as('stories')])
    .groupBy(['authors.id', 'authors.slug', 'authors.name'])
    .orderBy('authors.name')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function tagsWithCounts(db: Db, now: string, limit: number, offset: number) {
  return db
    .selectFrom('tags')
    .innerJoin('story_tags', 'story_tags.tag_id', 'tags.id')
    .innerJoin('stories', 'stories.id', 'story_tags.story_id')
    .where('stories.status', '=', 'published')
    .where('stories.published_at', '<=', now)
    .select(['tags.slug', 'tags.name', sql<number>`count(stories.id)`.as('stories')])
    .groupBy(['tags.id', 'tags.slug', 'tags.name'])
    .orderBy('tags.name')
    .limit(limit)
    .offset(offset)
    .execute();
}
