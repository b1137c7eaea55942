import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { TopicLink } from '../../discovery/topics.ts';

/** Markup rendered by our own components (so escaped by construction), kept to be inserted again. */
export type RenderedFragment = string & { readonly __rendered: true };

export function renderFragment(node: VNode): RenderedFragment {
  // Rendering joins many small strings; a fragment kept for reuse is copied into one flat string once,
  // instead of being walked piece by piece again on every page that includes it.
  return Buffer.from(render(node)).toString() as RenderedFragment;
}

/** What a story page reuses of its lists between renders. */
export interface StoryListParts {
  /** More like this and Related, rendered. */
  html: RenderedFragment;
  /** The people, places and organisations the story names. */
  topics: TopicLink[];
}

/**
 * A story's rendered More like this and Related lists and its topic links, kept in memory for
 * `ttlMs` so an uncached page render reads and renders only the story itself. Bounded (least
 * recently used first out). Entries are dropped when this instance's refresher recomputes the
 * story's lists, and all of them whenever the page cache is cleared (a publish or unpublish in
 * the newsroom); other instances see such changes within `ttlMs` (LIST_CACHE_SECONDS).
 */
export class ListFragments {
  readonly #entries = new Map<number, StoryListParts & { expiresAt: number }>();

  constructor(readonly ttlMs: number, readonly maxEntries = 5000) {}

  get(storyId: number, now = Date.now()): StoryListParts | undefined {
    const entry = this.#entries.get(storyId);
    if (!entry) return undefined;
    this.#entries.delete(storyId);
    if (entry.expiresAt <= now) return undefined;
    this.#entries.set(storyId, entry);
    return entry;
  }

  set(storyId: number, parts: StoryListParts, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    this.#entries.delete(storyId);
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(storyId, { ...parts, expiresAt: now + this.ttlMs });
  }

  delete(storyIds: Iterable<number>): void {
    for (const id of storyIds) this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * Popular rendered once per board and per list (a story in the top five sees a list without
 * itself): the board changes once a minute, so nearly every page reuses one fragment.
 */
export class PopularFragments {
  #version = -1;
  readonly #fragments = new Map<string, RenderedFragment>();

  get(version: number, ids: number[], render: () => RenderedFragment): RenderedFragment {
    if (version !== this.#version) {
      this.#version = version;
      this.#fragments.clear();
    }
    const key = ids.join(',');
    let html = this.#fragments.get(key);
    if (html === undefined) {
      html = render();
      if (this.#fragments.size >= 64) this.#fragments.clear();
      this.#fragments.set(key, html);
    }
    return html;
  }
}
