import type { Kysely } from 'kysely';

/**
 * Popular across instances: the day's salt, shared so every instance hashes a reader alike, and the
 * hashed reader-story pairs already counted today. Both are deleted once their day is over.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('view_salts')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('view_readers')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reader', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('view_readers_pk', ['day', 'reader'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('view_readers').execute();
  await db.schema.dropTable('view_salts').execute();
}
