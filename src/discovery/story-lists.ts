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

/** More like this and Related: what the refresher stored for the story. */
export interface ContentLists {
  moreLikeThis: ListItem[];
  related: ListItem[];
}

/**
 * More like this and Related from what is stored: Related = editor's picks, then stories sharing
 * the most specific topics, then the section's latest; More like this = the stored content matches,
 * then (no close match) the section's latest, saying so. One read, two when the stored lists fall
 * short; no ranking on the page path: the refresher computed the lists beforehand.
 */
export async function contentLists(db: Db, story: Story, now = new Date()): Promise<ContentLists> {
  const links = await storedLinks(db, story.id, now);
  const ofKind = (kind: string, reason: (stored: string | null) => string | null): ListItem[] =>
    links.filter((l) => l.kind === kind).map(({ kind: _kind, reason: stored, ...teaser }) => ({ ...teaser, reason: reason(stored) }));
  const picks = ofKind('pick', () => 'Editor’s pick');
  const related = ofKind('related', (r) => (r ? `Also about ${r}` : null));
  const more = ofKind('more', (r) => r);
  // The section's latest are read only when the stored lists fall short (a story not analysed yet, no close match).
  const short = new Set([...picks, ...related, ...more].map((s) => s.id)).size < LIST_SIZES.related + LIST_SIZES.moreLikeThis + 1;
  const sectionLatest = short ? await listLatest(db, { sectionId: story.sectionId, limit: 12, excludeIds: [story.id], now }) : [];
  const latest = short && sectionLatest.length < LIST_SIZES.related + LIST_SIZES.moreLikeThis ? await listLatest(db, { limit: 8, excludeIds: [story.id], now }) : [];
  const sectionName = story.sectionName;
  const relatedList = fillList([picks, related, sectionLatest.map(withReason(`More from ${sectionName}`))], [story.id], LIST_SIZES.related);
  const moreList = fillList(
    [more, sectionLatest.map(withReason(`Latest in ${sectionName}: no closer match`)), latest.map(withReason('Latest: no closer match'))],
    [story.id, ...relatedList.map((s) => s.id)],
    LIST_SIZES.moreLikeThis,
  );
  return { moreLikeThis: moreList, related: relatedList };
}

/**
 * Popular for a story page: most read (from memory), topped up with the latest stories (held by the
 * board too), the story itself left out. Reads the database only before the board's first refresh.
 */
export async function popularList(db: Db, story: Story, popular?: PopularBoard, now = new Date()): Promise<ListItem[]> {
  // The board holds far more than a page shows: only the top few (one spare, for the story itself) are copied.
  const mostRead = (popular?.top() ?? []).slice(0, LIST_SIZES.popular + 1);
  const latest = mostRead.length > LIST_SIZES.popular ? [] : (popular?.latest() ?? (await listLatest(db, { limit: 8, excludeIds: [story.id], now })));
  return fillList([mostRead.map(withReason(null)), latest.map(withReason(null))], [story.id], LIST_SIZES.popular);
}

/** The three lists under a story, as the seed page has them (and the JSON API gives them). */
export async function storyLists(db: Db, story: Story, popular?: PopularBoard, now = new Date()): Promise<StoryLists> {
  const [content, popularItems] = await Promise.all([contentLists(db, story, now), popularList(db, story, popular, now)]);
  return { popular: popularItems, ...content };
}
