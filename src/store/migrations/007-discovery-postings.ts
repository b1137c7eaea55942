import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/**
 * Discovery at a million stories (decision 003b):
 *
 * - `discovery_postings` replaces `discovery_features`: one row per term holding the head of its
 *   postings (the stories where it weighs most, newer ones favoured), packed in a binary value and
 *   capped in length. A row per story and term made analysis write 100 index entries per story,
 *   which at a million stories took hours; the heads are all candidate search ever read.
 * - `discovery_state` gains `published_at` (lists never computed are done newest first; embargoed
 *   candidates are left out without reading the story), `headline` (near-duplicates by headline,
 *   ditto) and `lists_due` (when a computed list is recomputed, later for older stories);
 *   `archive_size` goes.
 * - On SQLite, `discovery_df`, `discovery_postings` and `story_topics` are WITHOUT ROWID tables
 *   (stored in key order: one b-tree fewer to update per row).
 * - `story_links` gets an index on the linked story, so taking a story out of every list that
 *   names it is a lookup rather than a scan.
 *
 * The analysis is rebuilt: the refresher's watermark is reset, so `serve` (or `dateline
 * refresh-lists`) re-analyses every story in the background; stored lists stay readable meanwhile.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = dialectOf(db) === 'sqlite';
  // On SQLite, tables keyed by text are stored in their key's order (WITHOUT ROWID): one b-tree to
  // update per write instead of a table and an index, which halves the work of analysing a batch.
  await db.schema
    .createTable('discovery_postings')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('entries', sqlite ? 'blob' : sql`bytea`, (c) => c.notNull())
    .$call((t) => (sqlite ? t.modifyEnd(sql`without rowid`) : t))
    .execute();
  await db.schema.dropTable('discovery_features').execute();
  if (sqlite) {
    await db.schema
      .createTable('discovery_df_keyed')
      .addColumn('term', 'text', (c) => c.primaryKey())
      .addColumn('df', 'integer', (c) => c.notNull())
      .modifyEnd(sql`without rowid`)
      .execute();
    await sql`insert into discovery_df_keyed (term, df) select term, df from discovery_df`.execute(db);
    await db.schema.dropTable('discovery_df').execute();
    await db.schema.alterTable('discovery_df_keyed').renameTo('discovery_df').execute();

    await db.schema
      .createTable('story_topics_keyed')
      .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_id'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await sql`insert into story_topics_keyed (story_id, topic_id, mentions) select story_id, topic_id, mentions from story_topics`.execute(db);
    await db.schema.dropTable('story_topics').execute();
    await db.schema.alterTable('story_topics_keyed').renameTo('story_topics').execute();
    await db.schema.createIndex('story_topics_topic').on('story_topics').columns(['topic_id', 'story_id']).execute();
  }

  await db.schema.alterTable('discovery_state').addColumn('published_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('discovery_state').addColumn('headline', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('discovery_state').addColumn('lists_due', 'text').execute();
  await db.schema.alterTable('discovery_state').dropColumn('archive_size').execute();
  await db.schema.dropIndex('discovery_state_lists').execute();
  // Never computed, newest first; then computed lists by when they fall due.
  await db.schema.createIndex('discovery_state_new').on('discovery_state').columns(['lists_at', 'published_at']).execute();
  await db.schema.createIndex('discovery_state_due').on('discovery_state').columns(['lists_due']).execute();

  await db.schema.createIndex('story_links_linked').on('story_links').columns(['linked_story_id', 'kind']).execute();

  await db.deleteFrom('discovery_meta').where('key', '=', 'refresh-watermark').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('story_links_linked').execute();
  await db.schema.dropIndex('discovery_state_due').execute();
  await db.schema.dropIndex('discovery_state_new').execute();
  await db.schema.alterTable('discovery_state').addColumn('archive_size', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('discovery_state').dropColumn('lists_due').execute();
  await db.schema.alterTable('discovery_state').dropColumn('published_at').execute();
  await db.schema.alterTable('discovery_state').dropColumn('headline').execute();
  await db.schema.createIndex('discovery_state_lists').on('discovery_state').columns(['lists_at']).execute();
  await db.schema
    .createTable('discovery_features')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('discovery_features_pk', ['story_id', 'term'])
    .execute();
  await db.schema.createIndex('discovery_features_term').on('discovery_features').columns(['term', 'weight']).execute();
  await db.schema.dropTable('discovery_postings').execute();
  await db.deleteFrom('discovery_meta').where('key', '=', 'refresh-watermark').execute();
}
