import path from 'node:path';
import type { StoryDraft } from '../domain/story.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import type { Db } from '../store/database.ts';
import { saveStory, type SaveAction } from '../store/stories.ts';
import { parseCapturedText, type CapturedStory } from './captured-text.ts';
import { ImportError } from './import-error.ts';
import { readTextFile } from './read-text-file.ts';

export interface ImportOptions {
  /** Publication time for captures that lost their date (default: the time of the import). */
  date?: Date;
  status?: Extract<StoryStatus, 'published' | 'draft'>;
  /** Section for captures without a section label. */
  defaultSection?: string;
  now?: Date;
}

export interface ImportItemReport {
  file: string;
  outcome: SaveAction | 'failed';
  path?: string;
  headline?: string;
  warnings: string[];
  error?: string;
}

export const CAPTURED_TEXT_SOURCE = 'import:captured-text';

export function capturedToDraft(story: CapturedStory, key: string, options: ImportOptions): { draft: StoryDraft; warnings: string[] } {
  const warnings: string[] = [];
  const now = options.now ?? new Date();
  const fallback = (options.date ?? now).toISOString();
  if (!story.publishedAt) warnings.push(`published time set to ${options.date ? 'the --date given' : 'the import time'}, ${fallback} (flagged as a missing date)`);
  const sectionName = story.sectionName ?? options.defaultSection ?? 'News';
  return {
    warnings,
    draft: {
      sectionName,
      headline: story.headline,
      bodyFormat: 'text',
      body: story.paragraphs.join('\n\n'),
      status: options.status ?? 'published',
      publishedAt: story.publishedAt ?? fallback,
      dateMissing: !story.publishedAt,
      source: CAPTURED_TEXT_SOURCE,
      sourceKey: key,
    },
  };
}

/** Imports captured story pages one file at a time: a bad file is reported and the rest go on. */
export async function importCapturedFiles(db: Db, files: string[], options: ImportOptions = {}): Promise<ImportItemReport[]> {
  const reports: ImportItemReport[] = [];
  for (const file of files) {
    try {
      const { text, warnings: readWarnings } = await readTextFile(file);
      const captured = parseCapturedText(text);
      const { draft, warnings } = capturedToDraft(captured, path.basename(file), options);
      const saved = await saveStory(db, draft, options.now);
      reports.push({
        file,
        outcome: saved.action,
        path: `/${saved.sectionSlug}/${saved.slug}`,
        headline: draft.headline,
        warnings: [...readWarnings, ...captured.warnings, ...warnings],
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      reports.push({ file, outcome: 'failed', warnings: [], error: error.message });
    }
  }
  return reports;
}
