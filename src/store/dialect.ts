import { Kysely, PostgresAdapter, sql, type ColumnDefinitionBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

// The one place that asks which database this is; everything else writes SQL both speak.
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An auto-numbered primary key: `serial` on PostgreSQL, the rowid alias on SQLite. */
export function idColumn(db: Kysely<any>): ['serial' | 'integer', (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  return dialectOf(db) === 'postgres'
    ? ['serial', (c) => c.primaryKey()]
    : ['integer', (c) => c.primaryKey().autoIncrement()];
}

/**
 * Refreshes the query planner's statistics after a big load. Without them SQLite plans a lookup of
 * stories by id as a walk of every published story. `analysis_limit` keeps it quick on a big file.
 */
export async function refreshPlannerStatistics(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // The tables in the search path only, not every schema of the database.
    await sql`ANALYZE stories, story_links, story_topics, discovery_state, discovery_postings`.execute(db);
    return;
  }
  await sql`PRAGMA analysis_limit = 1000`.execute(db);
  await sql`ANALYZE`.execute(db);
}
