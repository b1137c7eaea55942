import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StoryDraft } from '../domain/story.ts';
import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import { readWholeText } from './import-source.ts';
import type { ParseContext } from './parsers.ts';

export const HTML_SOURCE = 'import:html';
const MIN_STORY_CHARS = 80;

/** What a saved story page says about itself: JSON-LD first, then Open Graph, then plain `<meta>`. */
export interface PageMetadata {
  headline?: string;
  description?: string;
  publishedAt?: string;
  modifiedAt?: string;
  section?: string;
  authors: string[];
  tags: string[];
  image?: string;
  canonicalUrl?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type DocumentLike = ReturnType<typeof parseHTML>['document'];

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting)$/;

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findArticle(value: Json | undefined, depth = 0): { [key: string]: Json } | undefined {
  if (depth > 5 || value === undefined) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const types = ([] as Json[]).concat(value['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return value;
  return findArticle(value['@graph'], depth + 1);
}

/** Text of a JSON-LD value that may be a string, an object with name/url/@id, or a list of those. */
function names(value: Json | undefined, key: 'name' | 'url' = 'name'): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, key));
  if (isObject(value)) {
    const v = value[key] ?? value['@id'];
    return typeof v === 'string' ? [v] : [];
  }
  return [];
}

const first = (values: string[]) => values.map((v) => v.trim()).find(Boolean);

export function pageMetadata(document: DocumentLike): PageMetadata {
  const meta = (attr: 'property' | 'name' | 'itemprop', key: string) =>
    Array.from(document.querySelectorAll(`meta[${attr}="${key}"]`)).map((m) => m.getAttribute('content') ?? '').filter((c) => c.trim());
  let article: { [key: string]: Json } | undefined;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      article = findArticle(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources of metadata still count.
    }
    if (article) break;
  }
  const ld = (key: string) => (article ? names(article[key]) : []);
  const keywords = ld('keywords').flatMap((k) => k.split(','));
  const metaKeywords = meta('name', 'keywords').flatMap((k) => k.split(','));
  const h1 = document.querySelector('h1')?.textContent ?? '';
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+[|–—-]\s+[^|–—-]+$/, '');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const metadata: PageMetadata = {
    authors: ld('author').length ? ld('author') : [...meta('property', 'article:author'), ...meta('name', 'author')].filter((a) => !/^https?:/.test(a)),
    tags: [...new Set((keywords.length ? keywords : [...meta('property', 'article:tag'), ...metaKeywords]).map((k) => k.trim()).filter(Boolean))],
  };
  const set = (key: Exclude<keyof PageMetadata, 'authors' | 'tags'>, value: string | undefined) => {
    if (value) metadata[key] = value.replace(/\s+/g, ' ').trim();
  };
  set('headline', first([...ld('headline'), ...meta('property', 'og:title'), ...meta('name', 'twitter:title'), h1, title]));
  set('description', first([...ld('description'), ...meta('property', 'og:description'), ...meta('name', 'description')]));
  set('publishedAt', first([...ld('datePublished'), ...meta('property', 'article:published_time'), ...meta('name', 'date'), ...meta('itemprop', 'datePublished'), time]));
  set('modifiedAt', first([...ld('dateModified'), ...meta('property', 'article:modified_time'), ...meta('property', 'og:updated_time')]));
  set('section', first([...ld('articleSection'), ...meta('property', 'article:section')]));
  set('image', first([...(article ? names(article.image, 'url') : []), ...meta('property', 'og:image')]));
  set('canonicalUrl', first([canonical, ...(article ? names(article.mainEntityOfPage) : []), ...ld('url'), ...meta('property', 'og:url')]));
  return metadata;
}

/** A page saved without `<html>`/`<body>` is still a page: give it the frame a browser would. */
function framed(html: string): string {
  return /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * The story text of a page: Readability's pick of the main content or, when it finds none, the page's
 * main element without its navigation and scripts; in both cases without the headline it repeats.
 */
function mainContent(html: string, headline: string | undefined, warnings: string[]): string | undefined {
  const { document } = parseHTML(framed(html));
  const result = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  // Readability always returns its best guess; under a few sentences it is no story.
  let content = (result?.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_STORY_CHARS ? result?.content?.trim() : undefined;
  if (!content) {
    const { document: page } = parseHTML(framed(html));
    for (const junk of Array.from(page.querySelectorAll('script, style, nav, header, footer, aside, form, title'))) junk.remove();
    const main = page.querySelector('article, main, [role="main"], #content, body');
    if (main && (main.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_STORY_CHARS) {
      content = main.innerHTML.trim();
      warnings.push('no main content recognised: the whole page body was used');
    }
  }
  if (!content) return undefined;
  if (headline) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    content = content.replace(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/i, (whole, inner: string) =>
      norm(inner.replace(/<[^>]*>/g, '')) === norm(headline) ? '' : whole,
    );
  }
  return content;
}

/** One saved story page → a draft. Throws ImportError when the page has no headline or no story text. */
export function htmlPageToDraft(html: string, name: string, context: Pick<ParseContext, 'defaultSection' | 'status' | 'sourceName'>): { draft: StoryDraft; warnings: string[] } {
  let metadata: PageMetadata;
  let content: string | undefined;
  const warnings: string[] = [];
  try {
    metadata = pageMetadata(parseHTML(framed(html)).document);
    content = mainContent(html, metadata.headline, warnings);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`the HTML could not be read: ${(error as Error).message}`);
  }
  if (!metadata.headline) throw new ImportError('no headline in the page (no JSON-LD headline, og:title, <h1> or <title>)');
  if (!content) throw new ImportError('no story text found in the page');
  if (metadata.image && !/<img\b/i.test(content)) content = `<figure><img src="${metadata.image.replace(/"/g, '&quot;')}" alt=""></figure>\n${content}`;
  if (!metadata.publishedAt) warnings.push('no publication date in the page (JSON-LD, article:published_time, <time>)');
  return {
    warnings,
    draft: {
      sectionName: metadata.section ?? context.defaultSection,
      headline: metadata.headline,
      dek: metadata.description ?? null,
      bodyFormat: 'html',
      body: content,
      status: context.status,
      publishedAt: metadata.publishedAt ?? null,
      updatedAt: metadata.modifiedAt ?? null,
      authors: metadata.authors,
      tags: metadata.tags,
      canonicalUrl: metadata.canonicalUrl ?? null,
      source: context.sourceName ?? HTML_SOURCE,
      sourceKey: metadata.canonicalUrl ?? path.basename(name),
    },
  };
}

/** The parser for the `html` format: one saved page per file. */
export async function* htmlPageItems(context: ParseContext): AsyncIterable<SourceItem> {
  const { text, warnings } = await readWholeText(context.source);
  const { draft, warnings: more } = htmlPageToDraft(text, context.source.name, context);
  yield { kind: 'story', draft, warnings: [...warnings, ...more] };
}
