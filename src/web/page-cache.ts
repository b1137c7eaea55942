import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
  /** The body compressed, made the first time a reader's browser asks for each encoding. */
  compressed?: Partial<Record<ContentEncoding, Buffer>>;
}

export type ContentEncoding = 'br' | 'gzip';

/** Smaller bodies are sent as they are: compressing them saves less than the headers weigh. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * The encoding to send, from the request's Accept-Encoding: Brotli if accepted, else gzip, else none.
 * A coding with q=0 is refused ("br;q=0"); other weights are not compared (browsers accept both).
 */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim());
    const q = params.find((x) => x.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name === 'x-gzip' ? 'gzip' : name);
  }
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/** The cached page's body in `encoding`, compressed once per cached page and encoding. */
export function compressedBody(page: CachedPage, encoding: ContentEncoding): Buffer {
  const kept = page.compressed?.[encoding];
  if (kept) return kept;
  // Brotli quality 5: about 0.3 ms for a story page, once per page per cache period; higher qualities
  // cost ten to twenty times more for a few percent.
  const body = encoding === 'br'
    ? brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } })
    : gzipSync(page.body, { level: 6 });
  (page.compressed ??= {})[encoding] = body;
  return body;
}

/** A representation's own ETag: a compressed body is another representation (RFC 9110 §8.8.3). */
export function encodedEtag(etag: string, encoding: ContentEncoding | undefined): string {
  return encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
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
