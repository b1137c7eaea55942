import { sql } from 'kysely';
import { PAGE_CACHE_KIB, type Db } from './database.ts';
import { dialectOf } from './dialect.ts';

// SQLite's default: a checkpoint whenever the write-ahead log passes 1,000 pages (4 MB).
const DEFAULT_CHECKPOINT_PAGES = 1000;
// A batch of 500 stories writes about 4 MB: with the default, every commit of a big import copies its
// pages into the database file and syncs it. 64 MB between checkpoints halves the import's write time
// (docs/PERFORMANCE.md) and leaves the log bounded.
const BULK_CHECKPOINT_PAGES = 16_384;
// An import writes new rows at the end of each b-tree and reads little: a 16 MiB page cache serves it as
// well as the 64 MiB searches want, and keeps the run within its memory budget (docs/PERFORMANCE.md).
const BULK_PAGE_CACHE_KIB = 16_384;

/** A long run of big write transactions is starting (an import): SQLite checkpoints less often. */
export async function beginBulkWrites(db: Db): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql.raw(`pragma wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`).execute(db);
  await sql.raw(`pragma cache_size = -${BULK_PAGE_CACHE_KIB}`).execute(db);
}

/** The run is over: back to the default, and the log copied into the database file now. */
export async function endBulkWrites(db: Db): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql.raw(`pragma wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`).execute(db);
  await sql.raw(`pragma cache_size = -${PAGE_CACHE_KIB}`).execute(db);
  await sql`pragma wal_checkpoint(passive)`.execute(db);
}
