import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

// Ingest: near-duplicate fingerprints, teasers kept as references, wire feeds and the poller's lease.
export async function up(db: Kysely<any>): Promise<void> {
  const [idType, id] = idColumn(db);

  await db.schema.alterTable('stories').addColumn('fingerprint', 'text').execute();

  await db.schema
    .createTable('story_references')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text')
    .addColumn('url', 'text')
    .addPrimaryKeyConstraint('story_references_pk', ['story_id', 'position'])
    .execute();

  await db.schema
    .createTable('wire_feeds')
    .addColumn('id', idType, id)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('section_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('next_poll_at', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_result', 'text')
    .execute();

  // One row per job that must run on one instance at a time; the holder renews it while working.
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['wire_feeds', 'story_references']) await db.schema.dropTable(table).execute();
  await db.schema.dropTable('job_leases').execute();
  await db.schema.alterTable('stories').dropColumn('fingerprint').execute();
}
