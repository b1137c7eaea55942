import { createHash } from 'node:crypto';

export interface RenderedPage {
  status: number;
  html: string;
  /** Surrogate keys a CDN can purge by: the story, its section, the fronts. */
  keys: string[];
}

export interface CachedPage extends RenderedPage {
  /** The page as UTF-8, encoded once: hashing and sending a string would each encode it again. */
  body: Buffer;
  etag: string;
  expiresAt: number;
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * Rendered pages kept for a few seconds: a burst of readers on one story costs one render.
 * Local to the instance; entries expire on their own, and writes in this process clear it.
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #onClear: (() => void)[] = [];

  constructor(readonly ttlMs: number, readonly maxEntries = 2000) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= now) {
      this.#pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: RenderedPage, now = Date.now()): CachedPage {
    const body = Buffer.from(page.html);
    const cached: CachedPage = { ...page, body, etag: etagOf(body), expiresAt: now + this.ttlMs };
    if (this.ttlMs <= 0) return cached;
    if (this.#pages.size >= this.maxEntries) {
      // Map keeps insertion order: the oldest entry goes first.
      const oldest = this.#pages.keys().next().value;
      if (oldest !== undefined) this.#pages.delete(oldest);
    }
    this.#pages.set(key, cached);
    return cached;
  }

  clear(): void {
    this.#pages.clear();
    for (const listener of this.#onClear) listener();
  }

  /** Runs `listener` whenever the cache is cleared (other caches of rendered parts follow it). */
  onClear(listener: () => void): void {
    this.#onClear.push(listener);
  }

  get size(): number {
    return this.#pages.size;
  }
}
