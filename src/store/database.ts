import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseTarget } from '../config.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests use a fresh one each run). */
  schema?: string;
}

const sqliteHandles = new WeakMap<Db, SQLite.Database>();

/**
 * The better-sqlite3 connection behind a SQLite Db (not inside a transaction: that is another Db),
 * for the rare query read row by row and stopped early: Kysely's stream() costs microseconds a row.
 */
export function sqliteHandleOf(db: Db): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection must not take the process down; the pool replaces it.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A 64 MiB page cache (the default is 2 MiB): a search on a big archive reads a few thousand pages of
  // index, and with the small cache it read them from the OS again on every query (about a fifth of a
  // search's time on the million-story bench, docs/PERFORMANCE.md). Statement journals in memory:
  // discovery's background analysis writes batches of thousands of stories, each statement touching
  // thousands of pages, which otherwise go through a temporary file. One connection a process.
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  sqliteHandles.set(db, sqlite);
  return db;
}

/** SQLite's page cache for a connection, in KiB (see openDatabase). */
export const PAGE_CACHE_KIB = 65_536;

/** Statements kept compiled, by their SQL: a page asks the same few queries every time. */
const STATEMENTS_KEPT = 256;

/**
 * better-sqlite3 with compiled statements reused: Kysely asks for a new statement for every query,
 * and compiling one costs about as much as running a small indexed query. Safe because every
 * statement runs to completion before the next starts (the driver holds one connection, and
 * nothing here streams rows).
 */
function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
    close: () => sqlite.close(),
  };
}
