import path from 'node:path';
import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import { readWholeText } from './import-source.ts';
import type { ParseContext } from './parsers.ts';

/** A story page captured as plain text, like shared/seed/000_*.txt, taken apart. */
export interface CapturedStory {
  sectionName: string | null;
  headline: string;
  /** The `Date:` line's value parsed to ISO UTC, or null when missing or unreadable. */
  publishedAt: string | null;
  /** The `Date:` line as written, empty when the capture lost it, null when there was no such line. */
  dateText: string | null;
  paragraphs: string[];
  /** Teasers found in the page furniture (Related…): references to other stories, not stories. */
  teasers: Array<{ headline: string; excerpt: string }>;
  warnings: string[];
}

// Lines that start the page furniture after a story: the body ends at the first of them.
const FURNITURE = /^(share (post|this)|share|popular|more like this|related( (posts|stories|articles))?|also read|read more|you may also like|recommended|trending)\s*:?$/i;
// Lines that can interrupt a body without ending it.
const NOISE = /^(advertisement|sponsored|scroll to continue( with content)?|we use cookies\b.*)$/i;
const DATE_LINE = /^date\s*:\s*(.*)$/i;

function parseDate(text: string): string | null {
  const ms = Date.parse(text.replace(/\b(\d{1,2})(st|nd|rd|th)\b/, '$1'));
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString() : null;
}

export function parseCapturedText(input: string): CapturedStory {
  const lines = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const nonEmpty = lines.map((text, index) => ({ text, index })).filter((l) => l.text);
  // A cookie notice or an advert can come before the headline in a capture.
  while (nonEmpty.length > 1 && NOISE.test(nonEmpty[0]!.text)) nonEmpty.shift();
  const first = nonEmpty[0];
  if (!first) throw new ImportError('the file has no text');
  const warnings: string[] = [];

  // The capture glues the section label to the headline; the headline then repeats on its own line.
  let sectionName: string | null = null;
  let headline = first.text;
  let cursor = 1;
  let dateText: string | null = null;
  for (let i = 1; i < Math.min(nonEmpty.length, 4); i++) {
    const line = nonEmpty[i]!.text;
    const date = DATE_LINE.exec(line);
    if (date) {
      dateText = date[1]!.trim();
      cursor = i + 1;
      continue;
    }
    if (line.length >= 8 && first.text.endsWith(line)) {
      headline = line;
      const label = first.text.slice(0, -line.length).trim();
      if (label) sectionName = label;
      cursor = i + 1;
    }
    break;
  }
  if (nonEmpty[cursor] && DATE_LINE.test(nonEmpty[cursor]!.text)) {
    dateText = DATE_LINE.exec(nonEmpty[cursor]!.text)![1]!.trim();
    cursor++;
  }
  if (headline.length > 300) throw new ImportError('the first line is too long to be a headline (over 300 characters)');

  const paragraphs: string[] = [];
  let furnitureAt = nonEmpty.length;
  for (let i = cursor; i < nonEmpty.length; i++) {
    const line = nonEmpty[i]!.text;
    if (FURNITURE.test(line)) {
      furnitureAt = i;
      break;
    }
    if (NOISE.test(line)) continue;
    paragraphs.push(line);
  }
  if (!paragraphs.length) throw new ImportError('no story paragraphs found after the headline');

  const teasers: CapturedStory['teasers'] = [];
  for (let i = furnitureAt; i < nonEmpty.length - 1; i++) {
    const line = nonEmpty[i]!.text;
    const next = nonEmpty[i + 1]!.text;
    if (FURNITURE.test(line) || NOISE.test(line)) continue;
    if (/(\.\.\.|…)$/.test(next) && !FURNITURE.test(next)) {
      teasers.push({ headline: line, excerpt: next.replace(/\s*(\.\.\.|…)$/, '…') });
      i++;
    }
  }

  let publishedAt: string | null = null;
  if (dateText === null) warnings.push('no date line in the capture');
  else if (dateText === '') warnings.push('the date line is empty: the capture lost the date');
  else if (!(publishedAt = parseDate(dateText))) warnings.push(`the date ${JSON.stringify(dateText)} could not be read`);
  if (!sectionName) warnings.push('no section label before the headline');

  return { sectionName, headline, publishedAt, dateText, paragraphs, teasers, warnings };
}

export const CAPTURED_TEXT_SOURCE = 'import:captured-text';

/** The parser for the `text` format: one capture per file, keyed by its file name. */
export async function* capturedTextItems(context: ParseContext): AsyncIterable<SourceItem> {
  const { text, warnings } = await readWholeText(context.source);
  const story = parseCapturedText(text);
  yield {
    kind: 'story',
    warnings: [...warnings, ...story.warnings],
    draft: {
      sectionName: story.sectionName ?? context.defaultSection,
      headline: story.headline,
      bodyFormat: 'text',
      body: story.paragraphs.join('\n\n'),
      status: context.status,
      publishedAt: story.publishedAt,
      dateMissing: !story.publishedAt,
      references: story.teasers,
      source: context.sourceName ?? CAPTURED_TEXT_SOURCE,
      sourceKey: path.basename(context.source.name),
    },
  };
}
