import { Option } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Db } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';

/** Failures the user can act on: one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface DbFlags {
  database?: string;
}

/** Environment variables, overridden by the flags given (undefined flags are ignored). */
export function configFrom(flags: Record<string, string | undefined>): Config {
  return loadConfig(process.env, flags);
}

export async function openMigrated(config: Config): Promise<Db> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
    throw new CliError(`cannot open the database (${where}): ${(error as Error).message}`);
  }
  return db;
}

/** Runs `work` with a migrated database and always closes it. */
export async function withDatabase<T>(flags: DbFlags, work: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom({ DATABASE_URL: flags.database });
  const db = await openMigrated(config);
  try {
    return await work(db, config);
  } finally {
    await db.destroy();
  }
}

export const databaseOption = () => new Option('-d, --database <url>', 'SQLite file path or postgres:// URL (env DATABASE_URL)');
