import type { StoryTeaser } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { countTopicStories, findTopic, topicsOfStory, topicStories, type TopicRow } from '../store/discovery.ts';

/** A topic as a story page links to it. */
export interface TopicLink {
  slug: string;
  name: string;
  kind: string;
}

export const TOPIC_KIND_LABELS: Record<string, string> = { person: 'Person', place: 'Place', organisation: 'Organisation', name: 'Topic' };

/** The people, places and organisations a story names most, for the links under it. */
export async function storyTopicLinks(db: Db, storyId: number, limit = 6): Promise<TopicLink[]> {
  const topics = await topicsOfStory(db, storyId, limit * 2);
  return topics.filter((t) => t.kind !== 'name').slice(0, limit).map(({ slug, name, kind }) => ({ slug, name, kind }));
}

export interface TopicListing {
  topic: TopicRow;
  stories: StoryTeaser[];
  total: number;
}

/** A topic's public stories, newest first; undefined when no such topic or none of its stories is public. */
export async function topicListing(db: Db, slug: string, page: number, pageSize: number, now: Date): Promise<TopicListing | undefined> {
  const topic = await findTopic(db, slug);
  if (!topic) return undefined;
  const [stories, total] = await Promise.all([topicStories(db, topic.id, pageSize, (page - 1) * pageSize, now), countTopicStories(db, topic.id, now)]);
  if (!total) return undefined;
  return { topic, stories, total };
}
