import type { Story, StoryTeaser } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { storedLinks } from '../store/discovery.ts';
import { listLatest } from '../store/stories.ts';
import type { PopularBoard } from './popular.ts';

/** A story in a list, with why it is there (shown in small print and in the JSON API). */
export interface ListItem extends StoryTeaser {
  reason: string | null;
  score?: number;
}

/** The three lists under a story, as the seed page has them. */
export interface StoryLists {
  popular: ListItem[];
  moreLikeThis: ListItem[];
  related: ListItem[];
}

export const LIST_SIZES = { popular: 5, moreLikeThis: 5, related: 3 } as const;

/**
 * Fills a list from sources in order of preference, skipping stories already taken
 * and repeats, until `limit` is reached. Pure: the rankers feed it.
 */
export function fillList<T extends { id: number }>(sources: T[][], exclude: Iterable<number>, limit: number): T[] {
  const taken = new Set(exclude);
  const list: T[] = [];
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

const withReason = (reason: string | null) => (s: StoryTeaser): ListItem => ({ ...s, reason });

/**
 * The lists for a story page from what is stored: Related = editor's picks, then stories sharing the
 * most specific topics, then the section's latest; More like this = the stored content matches,
 * then (no close match) the section's latest, saying so; Popular = most read, or latest on a fresh
 * site. Two reads and no ranking on the page path: the refresher computed the lists beforehand.
 */
export async function storyLists(db: Db, story: Story, popular?: PopularBoard, now = new Date()): Promise<StoryLists> {
  const links = await storedLinks(db, story.id, now);
  const ofKind = (kind: string, reason: (stored: string | null) => string | null): ListItem[] =>
    links.filter((l) => l.kind === kind).map(({ kind: _kind, reason: stored, ...teaser }) => ({ ...teaser, reason: reason(stored) }));
  const picks = ofKind('pick', () => 'Editor’s pick');
  const related = ofKind('related', (r) => (r ? `Also about ${r}` : null));
  const more = ofKind('more', (r) => r);
  const mostRead = popular?.top() ?? [];
  // The fallbacks are read only when the stored lists and Popular fall short (a fresh site, a story
  // not analysed yet, no close match), so the usual page costs one read for its lists.
  const short = new Set([...picks, ...related, ...more].map((s) => s.id)).size < LIST_SIZES.related + LIST_SIZES.moreLikeThis + 1;
  const [sectionLatest, latest] = await Promise.all([
    short ? listLatest(db, { sectionId: story.sectionId, limit: 12, excludeIds: [story.id], now }) : Promise.resolve([]),
    mostRead.length < LIST_SIZES.popular + 1 ? listLatest(db, { limit: 8, excludeIds: [story.id], now }) : Promise.resolve([]),
  ]);
  const sectionName = story.sectionName;
  const relatedList = fillList([picks, related, sectionLatest.map(withReason(`More from ${sectionName}`))], [story.id], LIST_SIZES.related);
  const moreList = fillList(
    [more, sectionLatest.map(withReason(`Latest in ${sectionName}: no closer match`)), latest.map(withReason('Latest: no closer match'))],
    [story.id, ...relatedList.map((s) => s.id)],
    LIST_SIZES.moreLikeThis,
  );
  const popularList = fillList([mostRead.map(withReason(null)), latest.map(withReason(null))], [story.id], LIST_SIZES.popular);
  return { popular: popularList, moreLikeThis: moreList, related: relatedList };
}
