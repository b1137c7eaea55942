import { extractEntities, type Entity } from './entities.ts';
import { countTerms } from './text-terms.ts';
import { storyFeatureCounts } from './similarity.ts';

export interface StoryText {
  headline: string;
  dek: string | null;
  /** Plain text of the body. */
  text: string;
  tags: { slug: string; name: string }[];
}

export interface StoryAnalysis {
  entities: Entity[];
  /** Every feature with its count, before weighting against the archive. */
  counts: ReturnType<typeof storyFeatureCounts>;
}

/** Terms, entities and tags of one story: pure, a fraction of a millisecond for a news story. */
export function analyseStory(story: StoryText): StoryAnalysis {
  const body = story.dek ? `${story.dek}\n${story.text}` : story.text;
  const entities = extractEntities(story.headline, body);
  return { entities, counts: storyFeatureCounts(countTerms(story.headline, body), entities, story.tags) };
}
