import { z } from 'zod';
import type { StoryDraft } from '../domain/story.ts';
import { BODY_FORMATS } from '../domain/story-body.ts';
import { STORY_STATUSES } from '../domain/story-status.ts';
import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import type { ParseContext } from './parsers.ts';
import { decodeChunks } from './read-text-file.ts';

/**
 * Dateline JSON Lines: one JSON object per line, lossless for stories. `{"kind":"section",…}` lines
 * carry the sections' order; every other line is a story (see docs/IMPORT.md for the fields).
 */
export const JSONL_VERSION = 1;
export const MAX_LINE_CHARS = 8_000_000;

const text = z.string();
const optionalText = z.string().nullish();
const storyLine = z.object({
  kind: z.literal('story').optional(),
  section: z.string().min(1),
  slug: optionalText,
  headline: z.string(),
  dek: optionalText,
  bodyFormat: z.enum(BODY_FORMATS),
  body: text,
  excerpt: optionalText,
  status: z.enum(STORY_STATUSES),
  publishedAt: optionalText,
  updatedAt: optionalText,
  dateMissing: z.boolean().optional(),
  authors: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  canonicalUrl: optionalText,
  correction: optionalText,
  references: z.array(z.object({ headline: z.string(), excerpt: optionalText, url: optionalText })).optional(),
  source: optionalText,
  sourceKey: optionalText,
  picks: z.array(z.string()).optional(),
});
const sectionLine = z.object({ kind: z.literal('section'), name: z.string().min(1), position: z.number().int().optional() });
const headerLine = z.object({ kind: z.literal('dateline'), version: z.number().int() });

export type JsonLinesStory = z.infer<typeof storyLine>;

function problem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'line'}: ${issue.message}`;
}

/** One line in, one item out (or null for a header or blank line). */
export function parseJsonLine(line: string, item: string, context: Pick<ParseContext, 'status' | 'sourceName'>): SourceItem | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'failed', item, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'failed', item, error: 'not a JSON object' };
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'dateline') {
    const header = headerLine.safeParse(value);
    if (!header.success) return { kind: 'failed', item, error: problem(header.error) };
    if (header.data.version > JSONL_VERSION) throw new ImportError(`written by a newer Dateline (format version ${header.data.version})`, item);
    return null;
  }
  if (kind === 'section') {
    const section = sectionLine.safeParse(value);
    return section.success
      ? { kind: 'section', name: section.data.name, position: section.data.position ?? 0 }
      : { kind: 'failed', item, error: problem(section.error) };
  }
  const parsed = storyLine.safeParse(value);
  if (!parsed.success) return { kind: 'failed', item, error: problem(parsed.error) };
  const s = parsed.data;
  const draft: StoryDraft = {
    sectionName: s.section,
    headline: s.headline,
    dek: s.dek ?? null,
    ...(s.slug ? { slug: s.slug } : {}),
    bodyFormat: s.bodyFormat,
    body: s.body,
    excerpt: s.excerpt ?? null,
    status: context.status === 'draft' ? 'draft' : s.status,
    publishedAt: s.publishedAt ?? null,
    updatedAt: s.updatedAt ?? null,
    dateMissing: s.dateMissing ?? false,
    authors: s.authors ?? [],
    tags: s.tags ?? [],
    canonicalUrl: s.canonicalUrl ?? null,
    correction: s.correction ?? null,
    references: s.references ?? [],
    source: context.sourceName ?? s.source ?? 'import:jsonl',
    sourceKey: s.sourceKey ?? null,
    ...(s.picks ? { picks: s.picks } : {}),
  };
  return { kind: 'story', item, draft, warnings: [] };
}

/** Lines of streamed text; a line over `maxChars` is reported and skipped, not buffered. */
export async function* textLines(chunks: AsyncIterable<string>, maxChars = MAX_LINE_CHARS): AsyncIterable<{ line: string; tooLong: boolean }> {
  let buffer = '';
  let skipping = false;
  for await (const chunk of chunks) {
    let start = 0;
    let at: number;
    while ((at = chunk.indexOf('\n', start)) >= 0) {
      const piece = chunk.slice(start, at);
      start = at + 1;
      if (skipping) skipping = false;
      else yield { line: (buffer ? buffer + piece : piece).replace(/\r$/, ''), tooLong: false };
      buffer = '';
    }
    if (skipping) continue;
    buffer += chunk.slice(start);
    if (buffer.length > maxChars) {
      yield { line: '', tooLong: true };
      skipping = true;
      buffer = '';
    }
  }
  if (buffer && !skipping) yield { line: buffer.replace(/\r$/, ''), tooLong: false };
}

export async function* jsonLinesItems(context: ParseContext): AsyncIterable<SourceItem> {
  const warnings: string[] = [];
  let n = 0;
  for await (const { line, tooLong } of textLines(decodeChunks(context.source.chunks(), (w) => warnings.push(w)))) {
    n++;
    const item = `line ${n}`;
    if (tooLong) {
      yield { kind: 'failed', item, error: `the line is over ${MAX_LINE_CHARS / 1_000_000} million characters` };
      continue;
    }
    const parsed = parseJsonLine(n === 1 ? line.replace(/^\uFEFF/, '') : line, item, context);
    if (parsed?.kind === 'story' && warnings.length) parsed.warnings.push(...warnings.splice(0));
    if (parsed) yield parsed;
  }
}
