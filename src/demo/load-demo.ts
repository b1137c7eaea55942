import type { Db } from '../store/database.ts';
import { ensureSection } from '../store/sections.ts';
import { findStoryIdByHeadline, saveStory, setLinkedStories } from '../store/stories.ts';
import type { DemoStory } from './demo-story.ts';
import { featureStories } from './stories-features.ts';
import { newsStories } from './stories-news.ts';

export const DEMO_SOURCE = 'demo';

const SECTIONS = ['International', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture'];

// Editor's picks for Related, by headline: shows curated links ahead of automatic ones.
const PICKS: Record<string, string[]> = {
  'Russia and North Korea Sign Mutual-Defence Treaty at Pyongyang Summit': [
    'Seoul Condemns Moscow–Pyongyang Pact and Weighs Shift on Arms for Ukraine',
    'Explainer: From 1961 to 2000, How Moscow’s Promise to Pyongyang Rose, Faded and Returned',
    'Washington and Tokyo Warn Treaty Could Speed Flow of North Korean Munitions to Russia',
  ],
  'Seoul Condemns Moscow–Pyongyang Pact and Weighs Shift on Arms for Ukraine': [
    'Analysis: What South Korean Shells Could Mean for Ukraine’s Front Line',
    'Russia and North Korea Sign Mutual-Defence Treaty at Pyongyang Summit',
  ],
};

export const demoStories: DemoStory[] = [...newsStories, ...featureStories];

function sectionName(slug: string): string {
  const name = SECTIONS.find((s) => s.toLowerCase() === slug);
  if (!name) throw new Error(`demo story in unknown section ${slug}`);
  return name;
}

/** Loads the demo stories, dated relative to `now` so the site always looks current. */
export async function loadDemo(db: Db, now = new Date()): Promise<number> {
  for (const [position, name] of SECTIONS.entries()) await ensureSection(db, name, position + 1);
  const hour = 3_600_000;
  for (const story of demoStories) {
    const published = now.getTime() - story.ageHours * hour;
    await saveStory(db, {
      sectionName: sectionName(story.section),
      headline: story.headline,
      dek: story.dek,
      bodyFormat: 'markdown',
      body: story.body,
      status: 'published',
      publishedAt: new Date(published).toISOString(),
      updatedAt: story.updatedAfterHours ? new Date(Math.min(published + story.updatedAfterHours * hour, now.getTime())).toISOString() : null,
      authors: [story.byline],
      tags: story.tags,
      source: DEMO_SOURCE,
      sourceKey: story.headline,
    }, now);
  }
  for (const [headline, picks] of Object.entries(PICKS)) {
    const id = await findStoryIdByHeadline(db, headline);
    const pickIds = (await Promise.all(picks.map((h) => findStoryIdByHeadline(db, h)))).filter((x): x is number => x !== undefined);
    if (id !== undefined) await setLinkedStories(db, id, 'pick', pickIds);
  }
  return demoStories.length;
}
