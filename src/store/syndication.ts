import { sql } from 'kysely';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';

/** Readers (and crawlers) see published stories whose time has come. */
const PUBLIC = (now: string) => sql<boolean>`stories.status = 'published' and stories.published_at <= ${now}`;

export interface FeedStory {
  id: number;
  sectionSlug: string;
  sectionName: string;
  slug: string;
  headline: string;
  excerpt: string;
  bodyHtml: string | null;
  publishedAt: string;
  updatedAt: string | null;
  authors: string[];
}

/** The newest public stories for a feed, with bylines; bodies only when the feed carries them. */
export async function feedStories(db: Db, options: { sectionId?: number; limit: number; withBody: boolean; now?: Date }): Promise<FeedStory[]> {
  let q = db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([
      'stories.id as id',
      'sections.slug as sectionSlug',
      'sections.name as sectionName',
      'stories.slug as slug',
      'stories.headline as headline',
      'stories.excerpt as excerpt',
      'stories.published_at as publishedAt',
      'stories.updated_at as updatedAt',
    ])
    .where(PUBLIC(toStoredTime(options.now ?? new Date())));
  if (options.withBody) q = q.select('stories.body_html as bodyHtml');
  if (options.sectionId !== undefined) q = q.where('stories.section_id', '=', options.sectionId);
  const rows = await q.orderBy('stories.published_at', 'desc').orderBy('stories.id', 'desc').limit(options.limit).execute();
  const bylines = new Map<number, string[]>();
  if (rows.length) {
    const authors = await db
      .selectFrom('story_authors')
      .innerJoin('authors', 'authors.id', 'story_authors.author_id')
      .select(['story_authors.story_id as storyId', 'authors.name as name'])
      .where('story_authors.story_id', 'in', rows.map((r) => r.id))
      .orderBy('story_authors.position')
      .execute();
    for (const a of authors) bylines.set(a.storyId, [...(bylines.get(a.storyId) ?? []), a.name]);
  }
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt!,
    bodyHtml: 'bodyHtml' in r ? (r.bodyHtml as string) : null,
    authors: bylines.get(r.id) ?? [],
  }));
}

/** Public stories per calendar month (UTC) with the newest change in each, newest month first. */
export async function publishedMonths(db: Db, now = new Date()): Promise<Array<{ month: string; count: number; lastmod: string }>> {
  const month = sql<string>`substr(stories.published_at, 1, 7)`;
  const rows = await db
    .selectFrom('stories')
    .select([
      month.as('month'),
      (eb) => eb.fn.countAll<number | string>().as('count'),
      sql<string>`max(coalesce(stories.updated_at, stories.published_at))`.as('lastmod'),
    ])
    .where(PUBLIC(toStoredTime(now)))
    .groupBy(month)
    .orderBy(month, 'desc')
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count), lastmod: r.lastmod }));
}

export interface SitemapStory {
  sectionSlug: string;
  slug: string;
  headline: string;
  publishedAt: string;
  updatedAt: string | null;
}

/** Public stories published in [from, to), oldest first, a page at a time. */
export async function storiesPublishedBetween(
  db: Db,
  range: { from: string; to: string },
  page: { limit: number; offset: number },
  now = new Date(),
): Promise<SitemapStory[]> {
  const rows = await db
    .selectFrom('stories')
    .innerJoin('sections', 'sections.id', 'stories.section_id')
    .select([
      'sections.slug as sectionSlug',
      'stories.slug as slug',
      'stories.headline as headline',
      'stories.published_at as publishedAt',
      'stories.updated_at as updatedAt',
    ])
    .where(PUBLIC(toStoredTime(now)))
    .where('stories.published_at', '>=', range.from)
    .where('stories.published_at', '<', range.to)
    .orderBy('stories.published_at')
    .orderBy('stories.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}
