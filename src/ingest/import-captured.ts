import type { Db } from '../store/database.ts';
import type { ImportItem } from './import-report.ts';
import { importFiles, type ImportOptions } from './pipeline.ts';

/** Captured story pages (the `text` format) through the import pipeline; one report item per file. */
export async function importCapturedFiles(db: Db, files: string[], options: ImportOptions = {}): Promise<ImportItem[]> {
  const report = await importFiles(db, files, { ...options, format: 'text' });
  return report.items;
}
