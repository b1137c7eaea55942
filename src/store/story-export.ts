import type { Section, StoryReference } from '../domain/story.ts';
import type { BodyFormat } from '../domain/story-body.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import type { Db } from './database.ts';
import { listSections } from './sections.ts';
import { bodySourceOf } from './stories.ts';

/** A stored story with everything needed to write it again elsewhere (what `dateline export` writes). */
export interface ExportedStory {
  id: number;
  section: string;
  slug: string;
  headline: string;
  dek: string | null;
  bodyFormat: BodyFormat;
  body: string;
  excerpt: string;
  status: StoryStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  dateMissing: boolean;
  authors: string[];
  tags: string[];
  canonicalUrl: string | null;
  correction: string | null;
  references: StoryReference[];
  source: string;
  sourceKey: string | null;
  /** Editors' picks for Related, as story paths. */
  picks: string[];
}

export async function exportSections(db: Db): Promise<Section[]> {
  return listSections(db);
}

/** Every story, oldest id first, a page at a time so memory stays flat however big the site. */
export async function* exportStories(db: Db, pageSize = 500): AsyncIterable<ExportedStory> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('stories')
      .innerJoin('sections', 'sections.id', 'stories.section_id')
      .select([
        'stories.id as id', 'sections.name as section', 'stories.slug as slug', 'stories.headline as headline', 'stories.dek as dek',
        'stories.body_format as bodyFormat', 'stories.body_source as bodySource', 'stories.body_html as bodyHtml', 'stories.excerpt as excerpt', 'stories.status as status',
        'stories.published_at as publishedAt', 'stories.updated_at as updatedAt', 'stories.date_missing as dateMissing',
        'stories.canonical_url as canonicalUrl', 'stories.correction as correction', 'stories.source as source', 'stories.source_key as sourceKey',
      ])
      .where('stories.id', '>', after)
      .orderBy('stories.id')
      .limit(pageSize)
      .execute();
    if (!rows.length) return;
    const ids = rows.map((r) => r.id);
    const [authors, tags, references, picks] = await Promise.all([
      db.selectFrom('story_authors').innerJoin('authors', 'authors.id', 'story_authors.author_id')
        .select(['story_authors.story_id as storyId', 'authors.name as name']).where('story_authors.story_id', 'in', ids)
        .orderBy('story_authors.story_id').orderBy('story_authors.position').execute(),
      db.selectFrom('story_tags').innerJoin('tags', 'tags.id', 'story_tags.tag_id')
        .select(['story_tags.story_id as storyId', 'tags.name as name']).where('story_tags.story_id', 'in', ids)
        .orderBy('story_tags.story_id').orderBy('tags.name').execute(),
      db.selectFrom('story_references').select(['story_id as storyId', 'headline', 'excerpt', 'url'])
        .where('story_id', 'in', ids).orderBy('story_id').orderBy('position').execute(),
      db.selectFrom('story_links').innerJoin('stories', 'stories.id', 'story_links.linked_story_id').innerJoin('sections', 'sections.id', 'stories.section_id')
        .select(['story_links.story_id as storyId', 'sections.slug as sectionSlug', 'stories.slug as slug'])
        .where('story_links.story_id', 'in', ids).where('story_links.kind', '=', 'pick')
        .orderBy('story_links.story_id').orderBy('story_links.position').execute(),
    ]);
    const group = <T extends { storyId: number }>(list: T[]) => {
      const map = new Map<number, T[]>();
      for (const x of list) map.set(x.storyId, [...(map.get(x.storyId) ?? []), x]);
      return map;
    };
    const byAuthor = group(authors);
    const byTag = group(tags);
    const byRef = group(references);
    const byPick = group(picks);
    for (const { bodySource, bodyHtml, ...r } of rows) {
      yield {
        ...r,
        body: bodySourceOf({ body_format: r.bodyFormat, body_source: bodySource, body_html: bodyHtml }),
        bodyFormat: r.bodyFormat as BodyFormat,
        status: r.status as StoryStatus,
        dateMissing: Boolean(r.dateMissing),
        authors: (byAuthor.get(r.id) ?? []).map((a) => a.name),
        tags: (byTag.get(r.id) ?? []).map((t) => t.name),
        references: (byRef.get(r.id) ?? []).map(({ headline, excerpt, url }) => ({ headline, excerpt, url })),
        picks: (byPick.get(r.id) ?? []).map((p) => `/${p.sectionSlug}/${p.slug}`),
      };
    }
    after = ids.at(-1)!;
  }
}
