import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { dialectOf } from './dialect.ts';
import * as initial from './migrations/001-initial.ts';
import * as newsroom from './migrations/005-newsroom.ts';

// Listed in code, not read from a folder, so they work the same from any working directory.
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '005-newsroom': newsroom,
};

export class MigrationError extends Error {}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // On PostgreSQL, Kysely looks for its bookkeeping tables in every schema unless told which one; with
  // test schemas side by side it could find another schema's and skip making its own.
  const schema = dialectOf(db) === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
