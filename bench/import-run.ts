// One measured run in its own process, so its peak memory is its own. Prints one JSON line.
//   parse  FILE        the parser alone: read, decode, parse (the ceiling for an import)
//   import FILE DB     into a fresh SQLite file, as `dateline import` does (on a thread with a bounded heap)
//   store  FILE DB [--no-search-index]
//                      the store's write path alone: the first 20,000 stories parsed, checked and prepared
//                      before the clock starts, then written in batches of 500 (the floor the database sets);
//                      with --no-search-index the full-text triggers are dropped first, to show their share
import fs from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { importFilesInThread } from '../src/ingest/import-thread.ts';
import { checkDraft } from '../src/ingest/check-draft.ts';
import { detectFormat } from '../src/ingest/detect-format.ts';
import { openFileSource } from '../src/ingest/import-source.ts';
import { PARSERS } from '../src/ingest/parsers.ts';
import { prepareStory, type PreparedStory } from '../src/domain/story-prepare.ts';
import { savePreparedStories } from '../src/store/stories.ts';

const [mode, file, dbFile] = process.argv.slice(2) as [string, string, string];
const STORE_STORIES = 20_000;

async function freshDatabase() {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  const db = openDatabase({ kind: 'sqlite', file: dbFile });
  await migrateToLatest(db);
  return db;
}

let started = performance.now();
let stories = 0;
if (mode === 'parse') {
  const source = await openFileSource(file);
  const format = detectFormat(file, await source.head())!;
  for await (const item of PARSERS[format]({ source, defaultSection: 'News', status: 'published' })) if (item.kind === 'story') stories++;
} else if (mode === 'store') {
  const db = await freshDatabase();
  if (process.argv.includes('--no-search-index')) {
    for (const table of ['stories_fts', 'stories_headline_fts', 'stories_dek_fts']) await sql`drop trigger ${sql.raw(`${table}_insert`)}`.execute(db);
  }
  const source = await openFileSource(file);
  const format = detectFormat(file, await source.head())!;
  const prepared: PreparedStory[] = [];
  const now = new Date();
  for await (const item of PARSERS[format]({ source, defaultSection: 'News', status: 'published' })) {
    if (item.kind !== 'story') continue;
    prepared.push(prepareStory(checkDraft(item.draft, { now, defaultSection: 'News' }).draft));
    if (prepared.length === STORE_STORIES) break;
  }
  started = performance.now();
  for (let i = 0; i < prepared.length; i += 500) stories += (await savePreparedStories(db, prepared.slice(i, i + 500), { now })).length;
  await db.destroy();
} else {
  await (await freshDatabase()).destroy();
  const report = await importFilesInThread({ kind: 'sqlite', file: dbFile }, [file]);
  stories = report.counts.created;
  if (report.counts.failed || report.counts.duplicate) console.error(JSON.stringify(report.counts));
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ stories, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
