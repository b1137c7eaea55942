import type { ImportFormat } from './detect-format.ts';
import type { SourceItem } from './import-report.ts';
import type { ImportSource } from './import-source.ts';
import { capturedTextItems } from './captured-text.ts';
import { jsonLinesItems } from './json-lines.ts';
import { wxrItems } from './wxr.ts';
import { feedItems } from './feed.ts';
import { htmlPageItems } from './html-page.ts';

export interface ParseContext {
  source: ImportSource;
  defaultSection: string;
  status: 'published' | 'draft';
  /** Set for wire feeds: the stories' source, so each feed keys its own GUIDs. */
  sourceName?: string;
}

/** One parser per format: bytes in, items out, never touching the database. */
export type FormatParser = (context: ParseContext) => AsyncIterable<SourceItem>;

export const PARSERS: Record<ImportFormat, FormatParser> = {
  text: capturedTextItems,
  html: htmlPageItems,
  feed: feedItems,
  wxr: wxrItems,
  jsonl: jsonLinesItems,
};
