// Bulk loading for `npm run bench:scale`: writes generated stories straight into `stories` with
// multi-row inserts, as bench/search.ts does, so a million-story archive loads in minutes. The rows
// are what saveStories would write for a plain-text body (paragraphs → <p>, the same plain text,
// excerpt and word count); the import's own speed is measured on a slice through saveStories.
import { sql, type Insertable } from 'kysely';
import { excerpt } from '../src/domain/excerpt.ts';
import { slugify } from '../src/domain/slug.ts';
import { splitParagraphs, wordCount } from '../src/domain/story-body.ts';
import type { StoryDraft } from '../src/domain/story.ts';
import type { Db } from '../src/store/database.ts';
import type { StoryTable } from '../src/store/schema.ts';
import { ensureSection } from '../src/store/sections.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inserts drafts in transactions of `batch` rows; returns how many were written. */
export async function bulkInsert(db: Db, drafts: Iterable<StoryDraft>, options: { batch?: number; now: Date; onProgress?: (n: number) => void }): Promise<number> {
  const sections = new Map<string, number>();
  const stamp = options.now.toISOString();
  let rows: Insertable<StoryTable>[] = [];
  let n = 0;
  const flush = async () => {
    if (!rows.length) return;
    const chunk = rows;
    rows = [];
    // Each statement stays under SQLite's and PostgreSQL's parameter limits (about 20 columns a row).
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < chunk.length; i += 100) await trx.insertInto('stories').values(chunk.slice(i, i + 100)).execute();
    });
    options.onProgress?.(n);
  };
  for (const draft of drafts) {
    let sectionId = sections.get(draft.sectionName);
    if (sectionId === undefined) {
      sectionId = (await ensureSection(db, draft.sectionName)).id;
      sections.set(draft.sectionName, sectionId);
    }
    const paragraphs = splitParagraphs(draft.body);
    const text = paragraphs.join('\n\n');
    rows.push({
      section_id: sectionId,
      slug: slugify(draft.headline),
      headline: draft.headline,
      dek: draft.dek ?? null,
      body_format: draft.bodyFormat,
      body_source: draft.body,
      body_html: paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n'),
      body_text: text,
      excerpt: excerpt(text, 160),
      word_count: wordCount(text),
      status: draft.status,
      published_at: draft.publishedAt ?? null,
      created_at: stamp,
      modified_at: stamp,
      source: draft.source,
      source_key: draft.sourceKey ?? null,
      content_hash: `bulk-${draft.sourceKey ?? n}`,
      date_missing: 0,
    });
    n++;
    if (rows.length >= (options.batch ?? 1000)) await flush();
  }
  await flush();
  return n;
}

/**
 * SQLite only: the full-text index's triggers, dropped for a bulk load and put back after (the index
 * is then rebuilt in one pass, or left out when the run does not search).
 */
export async function withoutSearchTriggers<T>(db: Db, load: () => Promise<T>): Promise<T> {
  const triggers = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'trigger' and name like 'stories_fts_%'`.execute(db);
  for (const t of triggers.rows) await sql`drop trigger ${sql.raw(t.name)}`.execute(db);
  try {
    return await load();
  } finally {
    for (const t of triggers.rows) await sql.raw(t.sql).execute(db);
  }
}
