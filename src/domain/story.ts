import type { BodyFormat, SanitizedHtml } from './story-body.ts';
import type { StoryStatus } from './story-status.ts';

export interface Section {
  id: number;
  slug: string;
  name: string;
  position: number;
}

export interface Author {
  id: number;
  slug: string;
  name: string;
}

export interface Tag {
  slug: string;
  name: string;
}

/** What a list of stories needs: a teaser's worth. */
export interface StoryTeaser {
  id: number;
  sectionSlug: string;
  sectionName: string;
  slug: string;
  headline: string;
  dek: string | null;
  excerpt: string;
  publishedAt: string;
  updatedAt: string | null;
}

/** A story as its page shows it. */
export interface Story extends StoryTeaser {
  sectionId: number;
  status: StoryStatus;
  bodyFormat: BodyFormat;
  bodyHtml: SanitizedHtml;
  canonicalUrl: string | null;
  correction: string | null;
  /** Newsroom overrides for search engines and shared cards; the headline and dek otherwise. */
  seoTitle?: string | null;
  seoDescription?: string | null;
  dateMissing: boolean;
  authors: Author[];
  tags: Tag[];
}

/** A story on its way in (import, demo, newsroom), before it has an id. */
export interface StoryDraft {
  sectionName: string;
  headline: string;
  dek?: string | null;
  slug?: string;
  bodyFormat: BodyFormat;
  body: string;
  excerpt?: string | null;
  status: StoryStatus;
  publishedAt: string | null;
  updatedAt?: string | null;
  /** The source gave no date: the one given is the import's, and readers' tools should know. */
  dateMissing?: boolean;
  authors?: string[];
  tags?: string[];
  canonicalUrl?: string | null;
  correction?: string | null;
  /** Stories the source page pointed to (its Related teasers): kept as references, not imported as stories. */
  references?: StoryReference[];
  /** Where it came from, e.g. "import:captured-text" or "demo". */
  source: string;
  /** A key unique within the source (file path, GUID, URL) that makes re-imports update, not duplicate. */
  sourceKey?: string | null;
  /**
   * Editors' picks for Related, in order, as paths of stories on this site ("/section/slug"). Given, they
   * replace the story's picks once the whole import is written (a pick may come later in the file).
   */
  picks?: string[];
}

export interface StoryReference {
  headline: string;
  excerpt?: string | null;
  url?: string | null;
}

export function storyPath(story: Pick<StoryTeaser, 'sectionSlug' | 'slug'>): string {
  return `/${story.sectionSlug}/${story.slug}`;
}
