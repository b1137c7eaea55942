import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/**
 * SQLite: a second, small FTS5 index over headline and dek only, kept by triggers like stories_fts.
 * Ranking asks which of a query's words are in the headline or the dek of each of up to 1,000
 * candidates; in stories_fts that means stepping through body entries too (a common word's doclist
 * there is about twenty times longer), which cost more than everything else a search does.
 * PostgreSQL reads the same from the weights in search_vector (ts_filter) and needs nothing new.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  await sql`
    create virtual table stories_title_fts using fts5(
      headline, dek,
      content = 'stories', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  await sql`
    create trigger stories_title_fts_insert after insert on stories begin
      insert into stories_title_fts (rowid, headline, dek) values (new.id, new.headline, new.dek);
    end`.execute(db);
  await sql`
    create trigger stories_title_fts_delete after delete on stories begin
      insert into stories_title_fts (stories_title_fts, rowid, headline, dek) values ('delete', old.id, old.headline, old.dek);
    end`.execute(db);
  await sql`
    create trigger stories_title_fts_update after update of headline, dek on stories begin
      insert into stories_title_fts (stories_title_fts, rowid, headline, dek) values ('delete', old.id, old.headline, old.dek);
      insert into stories_title_fts (rowid, headline, dek) values (new.id, new.headline, new.dek);
    end`.execute(db);
  await sql`insert into stories_title_fts (stories_title_fts) values ('rebuild')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  for (const t of ['stories_title_fts_insert', 'stories_title_fts_delete', 'stories_title_fts_update']) await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
  await sql`drop table if exists stories_title_fts`.execute(db);
}
