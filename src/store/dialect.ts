import { Kysely, PostgresAdapter, type ColumnDefinitionBuilder } from 'kysely';

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
