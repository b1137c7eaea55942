import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { dialectOf } from './dialect.ts';

export class BackupError extends Error {}

/**
 * A consistent copy of a SQLite database while the site keeps running (`VACUUM INTO` reads one
 * snapshot, so writers are not blocked for long). PostgreSQL has pg_dump for this.
 */
export async function backupSqlite(db: Db, target: string): Promise<{ bytes: number }> {
  if (dialectOf(db) !== 'sqlite') throw new BackupError('backup copies SQLite files; for PostgreSQL use pg_dump');
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose a new file name`);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new BackupError(`the folder ${dir} does not exist`);
  await sql`VACUUM INTO ${file}`.execute(db);
  return { bytes: fs.statSync(file).size };
}
