import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/** The two small indexes: one column each, so a walk reads only the stories with the word in that column. */
export const TITLE_INDEXES = [
  { table: 'stories_headline_fts', column: 'headline' },
  { table: 'stories_dek_fts', column: 'dek' },
] as const;

/**
 * SQLite: two small FTS5 indexes, over the headline and over the dek, kept by triggers like stories_fts.
 * Ranking asks which of a query's words are in the headline or the dek of each of up to 1,000
 * candidates; in stories_fts that means stepping through every body entry too (a common word's
 * doclist there is ten to twenty times longer), which cost more than everything else a search did.
 * PostgreSQL reads the same from the weights in search_vector (ts_filter) and needs nothing new.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  for (const { table, column } of TITLE_INDEXES) {
    const t = sql.raw(table);
    const c = sql.raw(column);
    await sql`
      create virtual table ${t} using fts5(
        ${c}, content = 'stories', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_insert`)} after insert on stories begin
      insert into ${t} (rowid, ${c}) values (new.id, new.${c});
    end`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_delete`)} after delete on stories begin
      insert into ${t} (${t}, rowid, ${c}) values ('delete', old.id, old.${c});
    end`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_update`)} after update of ${c} on stories begin
      insert into ${t} (${t}, rowid, ${c}) values ('delete', old.id, old.${c});
      insert into ${t} (rowid, ${c}) values (new.id, new.${c});
    end`.execute(db);
    await sql`insert into ${t} (${t}) values ('rebuild')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  for (const { table } of TITLE_INDEXES) {
    for (const suffix of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.raw(`${table}_${suffix}`)}`.execute(db);
    await sql`drop table if exists ${sql.raw(table)}`.execute(db);
  }
}
