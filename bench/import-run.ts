// One measured run in its own process, so its peak memory is its own: `import` (into a fresh SQLite
// file) or `parse` (the parser alone, the baseline). Prints one JSON line.
import fs from 'node:fs';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { importFiles } from '../src/ingest/pipeline.ts';
import { detectFormat } from '../src/ingest/detect-format.ts';
import { openFileSource } from '../src/ingest/import-source.ts';
import { PARSERS } from '../src/ingest/parsers.ts';

const [mode, file, dbFile] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let stories = 0;
if (mode === 'parse') {
  const source = await openFileSource(file);
  const format = detectFormat(file, await source.head())!;
  for await (const item of PARSERS[format]({ source, defaultSection: 'News', status: 'published' })) if (item.kind === 'story') stories++;
} else {
  fs.rmSync(dbFile, { force: true });
  const db = openDatabase({ kind: 'sqlite', file: dbFile });
  await migrateToLatest(db);
  const report = await importFiles(db, [file]);
  stories = report.counts.created;
  if (report.counts.failed || report.counts.duplicate) console.error(JSON.stringify(report.counts));
  await db.destroy();
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ stories, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
