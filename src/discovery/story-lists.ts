import type { Story, StoryTeaser } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { linkedStories, listLatest, storiesSharingTags } from '../store/stories.ts';

/** The three lists under a story, as the seed page has them. */
export interface StoryLists {
  popular: StoryTeaser[];
  moreLikeThis: StoryTeaser[];
  related: StoryTeaser[];
}

export const LIST_SIZES = { popular: 5, moreLikeThis: 5, related: 3 } as const;

/**
 * Fills a list from sources in order of preference, skipping stories already taken
 * and repeats, until `limit` is reached. Pure: the rankers feed it.
 */
export function fillList(sources: StoryTeaser[][], exclude: Iterable<number>, limit: number): StoryTeaser[] {
  const taken = new Set(exclude);
  const list: StoryTeaser[] = [];
  for (const source of sources) {
    for (const story of source) {
      if (list.length >= limit) return list;
      if (taken.has(story.id)) continue;
      taken.add(story.id);
      list.push(story);
    }
  }
  return list;
}

/**
 * First-generation lists: Related = editor picks, then stories of the section sharing tags, then the
 * section's latest; More like this = stories sharing the most tags anywhere; Popular = latest until
 * view counts exist. Every list falls back to the latest stories, so none is empty on a site with stories.
 */
export async function storyLists(db: Db, story: Story): Promise<StoryLists> {
  const pool = 12;
  const [picks, sharing, sectionLatest, latest] = await Promise.all([
    linkedStories(db, story.id, 'pick'),
    storiesSharingTags(db, story.id, pool),
    listLatest(db, { sectionId: story.sectionId, limit: pool, excludeIds: [story.id] }),
    listLatest(db, { limit: pool, excludeIds: [story.id] }),
  ]);
  const sameSection = sharing.filter((s) => s.sectionSlug === story.sectionSlug);
  const related = fillList([picks, sameSection, sharing, sectionLatest, latest], [story.id], LIST_SIZES.related);
  const moreLikeThis = fillList([sharing, sectionLatest, latest], [story.id, ...related.map((s) => s.id)], LIST_SIZES.moreLikeThis);
  const popular = fillList([latest], [story.id], LIST_SIZES.popular);
  return { popular, moreLikeThis, related };
}
