import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from './migrations/001-initial.ts';
import * as newsroom from './migrations/005-newsroom.ts';

// Listed in code, not read from a folder, so they work the same from any working directory.
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '005-newsroom': newsroom,
};

export class MigrationError extends Error {}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
