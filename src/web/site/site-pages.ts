import type { Db } from '../../store/database.ts';
import { findSection, listSections } from '../../store/sections.ts';
import { countPublished, findPublishedStory, latestPerSection, listLatest } from '../../store/stories.ts';
import { storyLists } from '../../discovery/story-lists.ts';
import type { PopularBoard } from '../../discovery/popular.ts';
import { storyImage } from '../../store/media.ts';
import { isSlug } from '../../domain/slug.ts';
import { storyTopicLinks } from '../../discovery/topics.ts';
import { httpErrors } from '../errors.ts';
import type { RenderedPage } from '../page-cache.ts';
import { renderPage } from '../views/render-page.ts';
import type { Site } from '../views/site.ts';
import { FrontPage } from '../views/FrontPage.tsx';
import { SectionPage } from '../views/SectionPage.tsx';
import { StoryPage } from '../views/StoryPage.tsx';

export const SECTION_PAGE_SIZE = 20;
const FRONT_PER_SECTION = 4;

/** `?page=` as readers type it: absent means 1; anything but a positive whole number is a 400. */
export function parsePageNumber(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) throw httpErrors.badPageNumber();
  return Number(value);
}

export function requireSlug(value: string): string {
  if (!isSlug(value)) throw httpErrors.notFound();
  return value;
}

export async function homePage(db: Db, site: Site): Promise<RenderedPage> {
  const [latest, sections] = await Promise.all([latestPerSection(db, FRONT_PER_SECTION + 1, site.now), listSections(db)]);
  const lead = latest[0];
  const bySection = sections
    .map((section) => ({
      section,
      stories: latest.filter((s) => s.sectionSlug === section.slug && s.id !== lead?.id).slice(0, FRONT_PER_SECTION),
    }))
    .filter((group) => group.stories.length > 0);
  return { status: 200, html: renderPage(FrontPage({ site, lead, bySection })), keys: ['front'] };
}

export async function sectionPage(db: Db, site: Site, sectionSlug: string, page: number): Promise<RenderedPage> {
  const section = await findSection(db, sectionSlug);
  if (!section) throw httpErrors.notFound();
  const total = await countPublished(db, section.id, site.now);
  const pageCount = Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE));
  if (page > pageCount) throw httpErrors.pageOutOfRange(pageCount);
  const stories = await listLatest(db, { sectionId: section.id, limit: SECTION_PAGE_SIZE, offset: (page - 1) * SECTION_PAGE_SIZE, now: site.now });
  return {
    status: 200,
    html: renderPage(SectionPage({ site, section, stories, page, pageCount })),
    keys: [`section-${section.slug}`],
  };
}

/** `popular` false: the page without its lists (benchmarks measure what the lists cost). */
export async function storyPage(db: Db, site: Site, sectionSlug: string, slug: string, popular?: PopularBoard | false): Promise<RenderedPage> {
  const story = await findPublishedStory(db, sectionSlug, slug, site.now);
  if (!story) throw httpErrors.notFound();
  const [lists, topics, image] = popular === false
    ? [{ popular: [], moreLikeThis: [], related: [] }, [], await storyImage(db, story.id)]
    : await Promise.all([storyLists(db, story, popular, site.now), storyTopicLinks(db, story.id), storyImage(db, story.id)]);
  return {
    status: 200,
    html: renderPage(StoryPage({ site, story, lists, topics, image })),
    keys: [`story-${story.id}`, `section-${story.sectionSlug}`],
  };
}
