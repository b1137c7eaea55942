import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from './migrations/001-initial.ts';
import * as ingest from './migrations/002-ingest.ts';
import * as search from './migrations/004-search.ts';
import * as discovery from './migrations/003-discovery.ts';
import * as newsroom from './migrations/005-newsroom.ts';
import * as searchTitles from './migrations/006-search-titles.ts';
import * as viewReaders from './migrations/008-view-readers.ts';
import * as discoveryPostings from './migrations/007-discovery-postings.ts';
import * as searchFacets from './migrations/009-search-facets.ts';

// Listed in code, not read from a folder, so they work the same from any working directory.
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-ingest': ingest,
  '004-search': search,
  '003-discovery': discovery,
  '005-newsroom': newsroom,
  '006-search-titles': searchTitles,
  '008-view-readers': viewReaders,
  '007-discovery-postings': discoveryPostings,
  '009-search-facets': searchFacets,
};

export class MigrationError extends Error {}

/**
 * `schema`: PostgreSQL only, the schema the migration bookkeeping tables live in. Kysely looks for them
 * across all schemas otherwise, and would take another schema's tables for this one's.
 */
export async function migrateToLatest(db: Kysely<any>, options: { schema?: string } = {}): Promise<string[]> {
  // Features add migrations in parallel branches; their numbers may land out of order on a live database.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    allowUnorderedMigrations: true,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
