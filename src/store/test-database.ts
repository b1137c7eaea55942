import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseDatabaseTarget } from '../config.ts';
import { openDatabase, type Db } from './database.ts';
import { migrateToLatest } from './migrate.ts';

export interface TestDatabase {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** PostgreSQL: the test's own schema. */
  schema?: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default; with
 * DATABASE_URL=postgres://… a new schema in that database, dropped on close.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const target = url ? parseDatabaseTarget(url) : { kind: 'sqlite' as const, file: ':memory:' };
  if (target.kind === 'sqlite') {
    const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(db);
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openDatabase(target, { schema });
  const drop = async () => {
    await db.destroy();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  try {
    await migrateToLatest(db, { schema });
  } catch (error) {
    // Otherwise the open pool keeps the test process alive after the failure.
    await drop().catch(() => {});
    throw error;
  }
  return {
    db,
    dialect: 'postgres',
    schema,
    close: drop,
  };
}
