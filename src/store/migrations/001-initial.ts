import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const [idType, id] = idColumn(db);

  await db.schema
    .createTable('sections')
    .addColumn('id', idType, id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('authors')
    .addColumn('id', idType, id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', idType, id)
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('dek', 'text')
    .addColumn('body_format', 'text', (c) => c.notNull())
    .addColumn('body_source', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('modified_at', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text')
    .addColumn('correction', 'text')
    .addColumn('date_missing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('stories_section_slug_unique', ['section_id', 'slug'])
    .execute();
  // Fronts and feeds: the latest published stories, site-wide and per section.
  await db.schema.createIndex('stories_status_published').on('stories').columns(['status', 'published_at']).execute();
  await db.schema
    .createIndex('stories_section_status_published')
    .on('stories')
    .columns(['section_id', 'status', 'published_at'])
    .execute();
  await db.schema.createIndex('stories_source_key').on('stories').columns(['source', 'source_key']).unique().execute();
  await db.schema.createIndex('stories_content_hash').on('stories').column('content_hash').execute();

  await db.schema
    .createTable('story_authors')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('story_authors_pk', ['story_id', 'author_id'])
    .execute();
  await db.schema.createIndex('story_authors_author').on('story_authors').column('author_id').execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', idType, id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_tags')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_tags_pk', ['story_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('story_tags_tag').on('story_tags').column('tag_id').execute();

  await db.schema
    .createTable('story_links')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('linked_story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('score', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('story_links_pk', ['story_id', 'kind', 'linked_story_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['story_links', 'story_tags', 'tags', 'story_authors', 'stories', 'authors', 'sections']) {
    await db.schema.dropTable(table).execute();
  }
}
