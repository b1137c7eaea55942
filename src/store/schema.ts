import type { Generated, Selectable } from 'kysely';

/** The database as Kysely sees it. Times are ISO-8601 UTC text; flags are 0/1 integers (same on both databases). */
export interface Database {
  sections: SectionTable;
  authors: AuthorTable;
  stories: StoryTable;
  story_authors: StoryAuthorTable;
  tags: TagTable;
  story_tags: StoryTagTable;
  story_links: StoryLinkTable;
}

export interface SectionTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: number;
  created_at: string;
}

export interface AuthorTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: string;
}

export interface StoryTable {
  id: Generated<number>;
  section_id: number;
  slug: string;
  headline: string;
  dek: string | null;
  body_format: string;
  body_source: string;
  body_html: string;
  /** Plain text of body_html, for search (indexed with headline and dek; see migration 004). Write it with body_html. */
  body_text: Generated<string>;
  excerpt: string;
  word_count: number;
  status: string;
  published_at: string | null;
  updated_at: string | null;
  created_at: string;
  modified_at: string;
  canonical_url: string | null;
  correction: string | null;
  date_missing: number;
  source: string;
  source_key: string | null;
  content_hash: string;
}

export interface StoryAuthorTable {
  story_id: number;
  author_id: number;
  position: number;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
}

/** Precomputed and curated story-to-story lists: `pick` (editor's Related), later `similar` etc. */
export interface StoryLinkTable {
  story_id: number;
  linked_story_id: number;
  kind: string;
  position: number;
  score: number;
  reason: string | null;
}

export type StoryRow = Selectable<StoryTable>;
export type SectionRow = Selectable<SectionTable>;
