import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

/** The newsroom: people, sessions, the audit log, versioned stories with revisions, and job leases. */
export async function up(db: Kysely<any>): Promise<void> {
  const [idType, id] = idColumn(db);

  await db.schema
    .createTable('users')
    .addColumn('id', idType, id)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // Null until the person follows their one-time setup link: there is no default password.
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Tokens are stored as SHA-256 hashes: a copy of the database lets no one sign in.
  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('id', idType, id)
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', idType, id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema.alterTable('stories').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('stories').addColumn('created_by', 'integer').execute();
  await db.schema.alterTable('stories').addColumn('custom_excerpt', 'text').execute();
  await db.schema.alterTable('stories').addColumn('seo_title', 'text').execute();
  await db.schema.alterTable('stories').addColumn('seo_description', 'text').execute();
  await db.schema
    .createTable('media')
    .addColumn('id', idType, id)
    // Content hash of the uploaded bytes: file names, and the same upload stored once.
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('widths', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('stories').addColumn('image_id', 'integer').execute();
  await db.schema.alterTable('stories').addColumn('image_alt', 'text').execute();
  await db.schema.alterTable('stories').addColumn('image_caption', 'text').execute();
  await db.schema.alterTable('stories').addColumn('image_credit', 'text').execute();
  await db.schema.createIndex('stories_created_by').on('stories').column('created_by').execute();

  await db.schema
    .createTable('story_revisions')
    .addColumn('id', idType, id)
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('story_revisions_story_version', ['story_id', 'version'])
    .execute();

  // Apps that read (public content key) or write (secret admin token, stored hashed) through the APIs.
  await db.schema
    .createTable('integrations')
    .addColumn('id', idType, id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_key', 'text', (c) => c.notNull().unique())
    .addColumn('admin_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Webhooks: subscriptions, and an outbox of deliveries retried with back-off (rows, so restarts lose none).
  await db.schema
    .createTable('webhooks')
    .addColumn('id', idType, id)
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', idType, id)
    .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();

  // The scheduler's lease lives in `job_leases`, made by migration 002 and shared with the wire poller.
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_deliveries', 'webhooks', 'integrations', 'media', 'story_revisions', 'audit_log', 'login_failures', 'sessions', 'setup_tokens', 'users']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('stories_created_by').execute();
  for (const column of ['image_credit', 'image_caption', 'image_alt', 'image_id', 'seo_description', 'seo_title', 'custom_excerpt', 'created_by', 'version']) {
    await db.schema.alterTable('stories').dropColumn(column).execute();
  }
}
