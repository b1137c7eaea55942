import type { Db } from '../../store/database.ts';
import { findSection, listSections } from '../../store/sections.ts';
import { countPublished, findPublishedStory, latestPerSection, listLatest } from '../../store/stories.ts';
import { contentLists, popularList } from '../../discovery/story-lists.ts';
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
import { ContentListSections, PopularSection, StoryPage } from '../views/StoryPage.tsx';
import { renderFragment, type ListFragments, type PopularFragments } from '../discovery/list-fragments.ts';

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

/** Where a story page's lists come from: Popular's board, and the caches of rendered lists. */
export interface PageLists {
  popular: PopularBoard;
  fragments: ListFragments;
  popularFragments: PopularFragments;
}

/**
 * A story page. Its More like this, Related and topic links are rendered once and reused from
 * `fragments` until the refresher recomputes them or LIST_CACHE_SECONDS pass; Popular is rendered
 * once per board. `lists` false: the page without its lists (benchmarks measure what they cost).
 */
export async function storyPage(db: Db, site: Site, sectionSlug: string, slug: string, lists: PageLists | false): Promise<RenderedPage> {
  const story = await findPublishedStory(db, sectionSlug, slug, site.now);
  if (!story) throw httpErrors.notFound();
  const keys = [`story-${story.id}`, `section-${story.sectionSlug}`];
  if (lists === false) {
    const image = await storyImage(db, story.id);
    return { status: 200, html: renderPage(StoryPage({ site, story, lists: { popular: [], moreLikeThis: [], related: [] }, image })), keys };
  }
  const cached = lists.fragments.get(story.id);
  const [content, topics, image, popular] = await Promise.all([
    cached ? undefined : contentLists(db, story, site.now),
    cached ? cached.topics : storyTopicLinks(db, story.id),
    storyImage(db, story.id),
    popularList(db, story, lists.popular, site.now),
  ]);
  const contentHtml = cached?.html ?? renderFragment(ContentListSections({ site, story, lists: content! }));
  if (!cached) lists.fragments.set(story.id, { html: contentHtml, topics });
  const popularHtml = lists.popularFragments.get(lists.popular.version, popular.map((s) => s.id), () => renderFragment(PopularSection({ site, stories: popular })));
  return { status: 200, html: renderPage(StoryPage({ site, story, lists: { popular: popularHtml, content: contentHtml }, topics, image })), keys };
}
