import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from './migrations/001-initial.ts';
import * as search from './migrations/004-search.ts';

// Listed in code, not read from a folder, so they work the same from any working directory.
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '004-search': search,
};

export class MigrationError extends Error {}

/**
 * `schema` (PostgreSQL) keeps Kysely's bookkeeping tables in that schema: without it Kysely takes a
 * `kysely_migration_lock` in any schema as its own, and test files migrating side by side in
 * separate schemas of one database trip over each other.
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
