import { sql, type RawBuilder } from 'kysely';
import type { SearchClause, SearchQuery } from '../discovery/search-query.ts';
import { MARK_END, MARK_START } from '../domain/highlight.ts';
import type { StoryTeaser } from '../domain/story.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';
import { dialectOf } from './dialect.ts';

export type SearchSort = 'relevance' | 'newest';

export interface SearchOptions {
  sectionId?: number;
  /** Stored times: published at or after `from`, before `to`. */
  from?: string;
  to?: string;
  sort: SearchSort;
  limit: number;
  offset: number;
  now?: Date;
}

export interface SearchHit extends StoryTeaser {
  /** Headline and body excerpt with MARK_START/MARK_END around matched words (see domain/highlight.ts). */
  headlineMarked: string;
  snippetMarked: string;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matches counted up to SEARCH_COUNT_CAP; `capped` says there are more. */
  total: number;
  capped: boolean;
}

/** Counting every match of a common word costs as much as ranking them all: readers need "more than 1,000". */
export const SEARCH_COUNT_CAP = 1000;

/**
 * Ranking scores every candidate, so a common word in a big archive would score hundreds of
 * thousands of stories. Only the newest RANK_CANDIDATES matches (by id, which follows publishing)
 * are ranked; past that a news reader wants recent stories anyway (docs/decisions/004a).
 */
export const RANK_CANDIDATES = 500;

// Headline counts most, then the dek, then the body (FTS5 column order; PostgreSQL uses weights A/B/C).
const BM25_WEIGHTS = sql.raw('10.0, 4.0, 1.0');
const SNIPPET_TOKENS = 28;
const PG_HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const PG_SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function ftsString(words: string[]): string {
  // The parser only lets letters and digits through; doubling quotes keeps that true even if it changes.
  return `"${words.join(' ').replace(/"/g, '""')}"`;
}

function ftsClause(c: SearchClause): string {
  return ftsString(c.kind === 'term' ? [c.word] : c.words);
}

/** The query in FTS5 syntax: every included clause, then each exclusion taken away. */
export function toFtsMatch(query: SearchQuery): string {
  let expr = query.include.map(ftsClause).join(' AND ');
  for (const c of query.exclude) expr = `(${expr}) NOT ${ftsClause(c)}`;
  return expr;
}

function tsClause(c: SearchClause): RawBuilder<unknown> {
  return c.kind === 'term' ? sql`plainto_tsquery('english', ${c.word})` : sql`phraseto_tsquery('english', ${c.words.join(' ')})`;
}

/** The query as a PostgreSQL tsquery built from parameters: words are bound values, never tsquery syntax. */
export function toTsQuery(query: SearchQuery): RawBuilder<unknown> {
  return sql.join([...query.include.map(tsClause), ...query.exclude.map((c) => sql`(!! ${tsClause(c)})`)], sql` && `);
}

function filters(options: SearchOptions): RawBuilder<unknown> {
  const parts = [sql`stories.status = 'published'`, sql`stories.published_at <= ${toStoredTime(options.now ?? new Date())}`];
  if (options.sectionId !== undefined) parts.push(sql`stories.section_id = ${options.sectionId}`);
  if (options.from) parts.push(sql`stories.published_at >= ${options.from}`);
  if (options.to) parts.push(sql`stories.published_at < ${options.to}`);
  return sql.join(parts, sql` and `);
}

interface HitRow extends StoryTeaser {
  headlineMarked: string | null;
  snippetMarked: string | null;
}

const TEASER_COLUMNS = sql`stories.id as "id", sections.slug as "sectionSlug", sections.name as "sectionName", stories.slug as "slug",
  stories.headline as "headline", stories.dek as "dek", stories.excerpt as "excerpt",
  stories.published_at as "publishedAt", stories.updated_at as "updatedAt"`;

/**
 * Public stories matching the query, best first (or newest first), a page at a time, with highlighted
 * headlines and body snippets. Two steps: rank and cut to the page, then highlight only that page.
 */
export async function searchStories(db: Db, query: SearchQuery, options: SearchOptions): Promise<SearchResults> {
  if (!query.include.length) return { hits: [], total: 0, capped: false };
  const postgres = dialectOf(db) === 'postgres';
  const where = filters(options);

  let ids: number[];
  let total: number;
  let rows: HitRow[];
  if (postgres) {
    const tsquery = sql`(select ${toTsQuery(query)} as q) as query`;
    const order = options.sort === 'newest' ? sql`published_at desc, id desc` : sql`score desc, published_at desc`;
    const ranked = await sql<{ id: number }>`
      select id from (
        select stories.id, stories.published_at, ts_rank(stories.search_vector, query.q) as score from stories, ${tsquery}
        where stories.search_vector @@ query.q and ${where}
        order by stories.id desc limit ${RANK_CANDIDATES}
      ) as candidates order by ${order} limit ${options.limit} offset ${options.offset}`.execute(db);
    ids = ranked.rows.map((r) => r.id);
    const counted = await sql<{ n: string | number }>`
      select count(*) as n from (select 1 from stories, ${tsquery}
      where stories.search_vector @@ query.q and ${where} limit ${SEARCH_COUNT_CAP + 1}) as matches`.execute(db);
    total = Number(counted.rows[0]?.n ?? 0);
    rows = ids.length
      ? (await sql<HitRow>`
          select ${TEASER_COLUMNS},
            ts_headline('english', stories.headline, query.q, ${PG_HEADLINE_OPTIONS}) as "headlineMarked",
            ts_headline('english', stories.body_text, query.q, ${PG_SNIPPET_OPTIONS}) as "snippetMarked"
          from stories join sections on sections.id = stories.section_id, ${tsquery}
          where stories.id in (${sql.join(ids)})`.execute(db)).rows
      : [];
  } else {
    const match = toFtsMatch(query);
    const order = options.sort === 'newest' ? sql`published_at desc, id desc` : sql`score, published_at desc`;
    const ranked = await sql<{ id: number }>`
      select id from (
        select stories.id as id, stories.published_at as published_at, bm25(stories_fts, ${BM25_WEIGHTS}) as score
        from stories_fts join stories indexed by stories_search_filter on stories.id = stories_fts.rowid
        where stories_fts match ${match} and ${where}
        order by stories_fts.rowid desc limit ${RANK_CANDIDATES}
      ) order by ${order} limit ${options.limit} offset ${options.offset}`.execute(db);
    ids = ranked.rows.map((r) => r.id);
    const counted = await sql<{ n: number }>`
      select count(*) as n from (select 1 from stories_fts join stories indexed by stories_search_filter on stories.id = stories_fts.rowid
      where stories_fts match ${match} and ${where} limit ${SEARCH_COUNT_CAP + 1})`.execute(db);
    total = Number(counted.rows[0]?.n ?? 0);
    // Highlights come from the index alone (rowid and text from the same cursor); joining stories
    // here with `rowid in (…)` let SQLite pair one story's highlight with another's row.
    const marked = ids.length
      ? (await sql<{ id: number; headlineMarked: string | null; snippetMarked: string | null }>`
          select rowid as id, highlight(stories_fts, 0, ${MARK_START}, ${MARK_END}) as "headlineMarked",
            snippet(stories_fts, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as "snippetMarked"
          from stories_fts where stories_fts match ${match} and rowid in (${sql.join(ids)})`.execute(db)).rows
      : [];
    const marks = new Map(marked.map((m) => [Number(m.id), m]));
    rows = ids.length
      ? (await sql<HitRow>`
          select ${TEASER_COLUMNS}, null as "headlineMarked", null as "snippetMarked"
          from stories join sections on sections.id = stories.section_id
          where stories.id in (${sql.join(ids)})`.execute(db)).rows.map((r) => ({ ...r, ...marks.get(Number(r.id)), id: r.id }))
      : [];
  }

  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const hits = ids.flatMap((id) => {
    const r = byId.get(Number(id));
    if (!r) return [];
    return [{ ...r, id: Number(r.id), headlineMarked: r.headlineMarked || r.headline, snippetMarked: r.snippetMarked || r.excerpt }];
  });
  return { hits, total: Math.min(total, SEARCH_COUNT_CAP), capped: total > SEARCH_COUNT_CAP };
}

/** Rebuilds the search index from the stories (after a bulk load with triggers off, or to repair it). */
export async function rebuildSearchIndex(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') return; // a generated column is never out of step
  await sql`insert into stories_fts (stories_fts) values ('rebuild')`.execute(db);
}
