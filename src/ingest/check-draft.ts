import type { StoryDraft } from '../domain/story.ts';
import { BODY_FORMATS } from '../domain/story-body.ts';
import { isStoryStatus } from '../domain/story-status.ts';
import { slugify } from '../domain/slug.ts';
import { ImportError } from './import-error.ts';

export interface DraftDefaults {
  /** Publication time for a story whose source gave none (flagged as a missing date). */
  date?: Date;
  now: Date;
  defaultSection: string;
}

export const MAX_HEADLINE = 300;
export const MAX_BODY_CHARS = 2_000_000;

// Drafts are typed, but their values came from outside: anything not a string counts as missing.
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const clean = (text: unknown) => str(text).replace(/\s+/g, ' ').trim();

function isoOrNull(value: unknown): string | null | 'bad' {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return 'bad';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return 'bad';
  const year = new Date(ms).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(ms).toISOString() : 'bad';
}

function httpUrl(value: unknown): string | null | 'bad' {
  if (!value) return null;
  if (typeof value !== 'string') return 'bad';
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : 'bad';
  } catch {
    return 'bad';
  }
}

/** "/section/slug" from such a path or a URL ending in one; null for anything else. */
export function storyPathOf(value: string): string | null {
  let path = value.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return null;
    }
  }
  const parts = path.replace(/\/+$/, '').split('/');
  return parts.length === 3 && parts[0] === '' && slugify(parts[1]!) === parts[1] && slugify(parts[2]!) === parts[2] ? path.replace(/\/+$/, '') : null;
}

/**
 * Every draft from every parser passes here before the store sees it: what no story can lack is an
 * error for that item; what can be mended is mended and said in a warning.
 */
export function checkDraft(input: StoryDraft, defaults: DraftDefaults): { draft: StoryDraft; warnings: string[] } {
  const warnings: string[] = [];
  const headline = clean(input.headline);
  if (!headline) throw new ImportError('no headline');
  if (headline.length > MAX_HEADLINE) throw new ImportError(`the headline is over ${MAX_HEADLINE} characters`);
  if (!(BODY_FORMATS as readonly string[]).includes(input.bodyFormat)) throw new ImportError(`unknown body format ${JSON.stringify(input.bodyFormat)}`);
  if (!isStoryStatus(input.status)) throw new ImportError(`unknown status ${JSON.stringify(input.status)}`);
  const body = str(input.body);
  if (!body.replace(/<[^>]*>|&nbsp;/g, '').trim()) throw new ImportError('no story text');
  if (body.length > MAX_BODY_CHARS) throw new ImportError(`the story text is over ${MAX_BODY_CHARS / 1_000_000} million characters`);

  let sectionName = clean(input.sectionName);
  if (!slugify(sectionName)) {
    if (sectionName) warnings.push(`the section ${JSON.stringify(sectionName)} has no letters or digits: put in ${defaults.defaultSection}`);
    sectionName = defaults.defaultSection;
  }

  let publishedAt = isoOrNull(input.publishedAt);
  let dateMissing = Boolean(input.dateMissing);
  if (publishedAt === 'bad') warnings.push(`the publication date ${JSON.stringify(input.publishedAt)} could not be read`);
  if (publishedAt === null || publishedAt === 'bad') {
    publishedAt = (defaults.date ?? defaults.now).toISOString();
    dateMissing = true;
    warnings.push(`published time set to ${defaults.date ? 'the --date given' : 'the import time'}, ${publishedAt} (flagged as a missing date)`);
  }
  let updatedAt = isoOrNull(input.updatedAt);
  if (updatedAt === 'bad') {
    warnings.push(`the update date ${JSON.stringify(input.updatedAt)} could not be read: left out`);
    updatedAt = null;
  }
  let canonicalUrl = httpUrl(input.canonicalUrl);
  if (canonicalUrl === 'bad') {
    warnings.push(`the canonical URL ${JSON.stringify(input.canonicalUrl)} is not an http(s) URL: left out`);
    canonicalUrl = null;
  }
  const names = (list: unknown) => [...new Set((Array.isArray(list) ? list : []).map(clean).filter((n) => slugify(n)))].slice(0, 50);
  const references = (Array.isArray(input.references) ? input.references : [])
    .map((r) => ({ headline: clean(r?.headline), excerpt: r.excerpt ? clean(r.excerpt) : null, url: httpUrl(r.url) === 'bad' ? null : httpUrl(r.url) }))
    .filter((r) => r.headline)
    .slice(0, 20) as StoryDraft['references'];

  const draft: StoryDraft = {
    ...input,
    sectionName,
    headline,
    body,
    dek: clean(input.dek) || null,
    publishedAt,
    updatedAt,
    dateMissing,
    canonicalUrl,
    authors: names(input.authors),
    tags: names(input.tags),
    references,
  };
  if (input.picks !== undefined) {
    const picks = (Array.isArray(input.picks) ? input.picks : []).map((p) => storyPathOf(str(p))).filter((p): p is string => Boolean(p));
    if (picks.length < (Array.isArray(input.picks) ? input.picks.length : 0)) warnings.push('a pick that is not a story path ("/section/slug") was left out');
    draft.picks = [...new Set(picks)].slice(0, 20);
  }
  return { draft, warnings };
}
