import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/**
 * SQLite: the story's section and month as words of its own in the full-text index, in a column of
 * their own (`search_facets`, computed from `section_id` and `published_at`, never stored), so a search
 * in one section or a date window is an intersection inside FTS5 instead of a walk of every newer
 * match checked against the story rows. A word rare in a section (108,000 matches, 1,462 in Business,
 * on the million-story bench) took 39 ms walked; intersected, a few (docs/PERFORMANCE.md).
 * The index is rebuilt (about four minutes for a million stories). PostgreSQL filters in its own plan.
 */
export const FACET_COLUMN = 'search_facets';

/** The facet words of a section, and of a month ('2023-06' → 'zzm202306'), as the index holds them. */
export const sectionFacet = (sectionId: number) => `zzs${sectionId}`;
export const monthFacet = (yearMonth: string) => `zzm${yearMonth.replace('-', '')}`;

const COLUMNS = 'headline, dek, body_text, search_facets';
const NEW_VALUES = 'new.headline, new.dek, new.body_text, new.search_facets';
const OLD_VALUES = 'old.headline, old.dek, old.body_text, old.search_facets';

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  // 'zz' keeps the facet words apart from anything a story says; searches never look in this column.
  await sql`
    alter table stories add column search_facets text generated always as (
      'zzs' || section_id || coalesce(' zzm' || substr(published_at, 1, 4) || substr(published_at, 6, 2), '')
    ) virtual`.execute(db);
  await replaceIndex(db, COLUMNS, NEW_VALUES, OLD_VALUES, 'headline, dek, body_text, section_id, published_at');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') return;
  await replaceIndex(db, 'headline, dek, body_text', 'new.headline, new.dek, new.body_text', 'old.headline, old.dek, old.body_text', 'headline, dek, body_text');
  await sql`alter table stories drop column search_facets`.execute(db);
}

async function replaceIndex(db: Kysely<any>, columns: string, newValues: string, oldValues: string, watched: string): Promise<void> {
  for (const t of ['stories_fts_insert', 'stories_fts_delete', 'stories_fts_update']) await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
  await sql`drop table if exists stories_fts`.execute(db);
  await sql.raw(`
    create virtual table stories_fts using fts5(
      ${columns},
      content = 'stories', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`).execute(db);
  // External content: the index must be told the old values to forget them, exactly as they were indexed.
  await sql.raw(`
    create trigger stories_fts_insert after insert on stories begin
      insert into stories_fts (rowid, ${columns}) values (new.id, ${newValues});
    end`).execute(db);
  await sql.raw(`
    create trigger stories_fts_delete after delete on stories begin
      insert into stories_fts (stories_fts, rowid, ${columns}) values ('delete', old.id, ${oldValues});
    end`).execute(db);
  await sql.raw(`
    create trigger stories_fts_update after update of ${watched} on stories begin
      insert into stories_fts (stories_fts, rowid, ${columns}) values ('delete', old.id, ${oldValues});
      insert into stories_fts (rowid, ${columns}) values (new.id, ${newValues});
    end`).execute(db);
  await sql`insert into stories_fts (stories_fts) values ('rebuild')`.execute(db);
}
