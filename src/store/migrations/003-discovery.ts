import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

/** Discovery's own tables: per-story features and topics, document frequencies, view counts. */
export async function up(db: Kysely<any>): Promise<void> {
  const [idType, id] = idColumn(db);

  // The refresher finds changed stories by modified_at, newest watermark first.
  await db.schema.createIndex('stories_modified').on('stories').columns(['modified_at', 'id']).execute();

  await db.schema
    .createTable('discovery_state')
    .addColumn('story_id', 'integer', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
    .addColumn('analysed_at', 'text', (c) => c.notNull())
    .addColumn('lists_at', 'text')
    .addColumn('archive_size', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vector', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('discovery_state_lists').on('discovery_state').columns(['lists_at']).execute();

  await db.schema
    .createTable('discovery_features')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('discovery_features_pk', ['story_id', 'term'])
    .execute();
  // Postings: the stories where a term weighs most, for candidate search.
  await db.schema.createIndex('discovery_features_term').on('discovery_features').columns(['term', 'weight']).execute();

  await db.schema
    .createTable('discovery_df')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('discovery_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('id', idType, id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_topics')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('story_topics_topic').on('story_topics').columns(['topic_id', 'story_id']).execute();

  await db.schema
    .createTable('story_views')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_views_pk', ['story_id', 'hour'])
    .execute();
  await db.schema.createIndex('story_views_hour').on('story_views').column('hour').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['story_views', 'story_topics', 'topics', 'discovery_meta', 'discovery_df', 'discovery_features', 'discovery_state']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('stories_modified').execute();
}
