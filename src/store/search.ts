import { sql, type RawBuilder } from 'kysely';
import type { SearchClause, SearchQuery } from '../discovery/search-query.ts';
import { MARK_END, MARK_START } from '../domain/highlight.ts';
import type { StoryTeaser } from '../domain/story.ts';
import { toStoredTime } from '../domain/dates.ts';
import { clauseWeight, firstByBands, rankCandidates, type RankCandidate } from '../domain/search-rank.ts';
import { sqliteHandleOf, type Db } from './database.ts';
import { TITLE_INDEXES } from './migrations/006-search-titles.ts';
import { FACET_COLUMN, monthFacet, sectionFacet } from './migrations/009-search-facets.ts';
import { dialectOf, refreshPlannerStatistics } from './dialect.ts';

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
  /** Matches counted up to SEARCH_CANDIDATES; `capped` says there are more (then only the newest SEARCH_CANDIDATES are ranked and paged). */
  total: number;
  capped: boolean;
}

/**
 * A search reads at most this many matches, newest first (by id, which follows publishing): they are
 * the count ("More than 1,000 results"), the set that is ranked and the pages a reader can reach.
 * Reading every match of a common word would cost as much as the archive is big (docs/decisions/004a).
 */
export const SEARCH_CANDIDATES = 1000;
/**
 * How many of a clause's matches are read to estimate how common it is (its weight in a query of
 * several clauses): past this many, the count is extrapolated from how far back they reach.
 */
const CLAUSE_SAMPLE = 1000;

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

/** An FTS5 expression limited to the text columns: readers' words never match the facet column (migration 009). */
const inText = (expr: string) => `{headline dek body_text} : (${expr})`;

/** The query in FTS5 syntax: every included clause, then each exclusion taken away. */
export function toFtsMatch(query: SearchQuery): string {
  let expr = query.include.map(ftsClause).join(' AND ');
  for (const c of query.exclude) expr = `(${expr}) NOT ${ftsClause(c)}`;
  return inText(expr);
}

/** A window of at most this many months is narrowed inside the index by month words; a wider one is checked per match. */
const FACET_MONTHS = 36;

/**
 * The filters as words of the facet column, ANDed to the query so FTS5 intersects them (migration 009):
 * the section, and for a date window that ends, its months. The filters themselves are still checked on
 * every match (status, exact times); this only keeps FTS5 from handing over matches that cannot pass.
 */
export function toFacetMatch(options: Pick<SearchOptions, 'sectionId' | 'from' | 'to'>): string {
  const parts: string[] = [];
  if (options.sectionId !== undefined) parts.push(sectionFacet(options.sectionId));
  if (options.to) {
    const months = monthsBetween(options.from ?? options.to, options.to);
    if (months.length && months.length <= FACET_MONTHS) parts.push(`(${months.map(monthFacet).join(' OR ')})`);
  }
  return parts.length ? `{${FACET_COLUMN}} : (${parts.join(' AND ')})` : '';
}

/** 'YYYY-MM' of every month from the one `from` falls in to the one just before `to` (exclusive end); [] for none or a bad date. */
export function monthsBetween(from: string, to: string): string[] {
  const start = new Date(Date.parse(from));
  const end = new Date(Date.parse(to) - 1);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return [];
  const months: string[] = [];
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  for (let k = start.getUTCFullYear() * 12 + start.getUTCMonth(); k <= last && months.length <= FACET_MONTHS; k++) {
    months.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  return months;
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

interface CandidateRow {
  id: number;
  publishedAt: string;
}

/**
 * Public stories matching the query, best first (or newest first), a page at a time, with highlighted
 * headlines and body snippets. Three steps, each bounded whatever the archive's size:
 *   1. read the newest SEARCH_CANDIDATES + 1 matches that pass the filters (ids and dates only): the count;
 *   2. rank them by where the clauses are (headline, dek, body; domain/search-rank.ts) and cut the page;
 *   3. highlight and load only that page.
 */
export async function searchStories(db: Db, query: SearchQuery, options: SearchOptions): Promise<SearchResults> {
  if (!query.include.length) return { hits: [], total: 0, capped: false };
  const postgres = dialectOf(db) === 'postgres';
  const where = filters(options);
  const ranking = options.sort === 'relevance';

  let candidates: RankCandidate[];
  let capped: boolean;
  let ids: number[];
  const page = (ranked: RankCandidate[]) => ranked.slice(options.offset, options.offset + options.limit).map((c) => c.id);
  if (postgres) {
    const found = await pgCandidates(db, query, where, ranking);
    capped = found.length > SEARCH_CANDIDATES;
    candidates = found.slice(0, SEARCH_CANDIDATES);
    const weights = ranking && query.include.length > 1 ? await clauseWeights(db, query, true) : query.include.map(() => 1);
    ids = page(rankCandidates(candidates, weights, options.sort));
  } else {
    const found = await sqliteCandidates(db, query, where, options);
    capped = found.length > SEARCH_CANDIDATES;
    candidates = found.slice(0, SEARCH_CANDIDATES);
    if (!ranking || !candidates.length) {
      ids = page(rankCandidates(candidates, [], options.sort));
    } else if (query.include.length === 1) {
      // One clause: headline band, dek band, the rest, each newest first. Only as much of the two
      // indexes is read as settles the page asked for (usually a few dozen entries for page 1).
      const [walk] = await sqliteWalks(db, query.include, candidates);
      ids = page(firstByBands(candidates, options.offset + options.limit, walk!));
    } else {
      markFlags(candidates, await sqliteWalks(db, query.include, candidates));
      ids = page(rankCandidates(candidates, await clauseWeights(db, query, false), options.sort));
    }
  }

  const rows = postgres ? await pgPage(db, query, ids) : await sqlitePage(db, query, ids);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const hits = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{ ...r, id, headlineMarked: r.headlineMarked || r.headline, snippetMarked: r.snippetMarked || r.excerpt }];
  });
  return { hits, total: candidates.length, capped };
}

async function sqliteCandidates(db: Db, query: SearchQuery, where: RawBuilder<unknown>, options: SearchOptions): Promise<RankCandidate[]> {
  const facets = toFacetMatch(options);
  const match = facets ? `${toFtsMatch(query)} AND ${facets}` : toFtsMatch(query);
  // FTS5 walks its doclists newest id first and stops after the limit; each match is checked against
  // the filters in the narrow covering index, never in the wide story rows.
  const rows = (await sql<CandidateRow>`
    select stories.id as "id", stories.published_at as "publishedAt"
    from stories_fts join stories indexed by stories_search_filter on stories.id = stories_fts.rowid
    where stories_fts match ${match} and ${where}
    order by stories_fts.rowid desc limit ${SEARCH_CANDIDATES + 1}`.execute(db)).rows;
  const n = query.include.length;
  return rows.map((r) => ({ id: Number(r.id), publishedAt: r.publishedAt, inHeadline: new Array(n).fill(false), inDek: new Array(n).fill(false) }));
}

type Walk = (column: 'headline' | 'dek') => Iterable<number>;

/**
 * Which stories have a clause in their headline, or in their dek: the small one-column indexes of
 * migration 006, read newest first from the newest candidate down, and stopped by the reader (at the
 * oldest candidate, or sooner). bm25() would count every match in the archive to weigh the words. No
 * lower rowid bound is given: FTS5 steps to one entry by entry from the start of a doclist, which for
 * a common word costs as much as counting it. Kysely's stream() costs microseconds a row, so the
 * better-sqlite3 statement is read directly; inside a transaction (no handle) the rows are fetched whole.
 */
async function sqliteWalks(db: Db, clauses: SearchClause[], candidates: RankCandidate[]): Promise<Walk[]> {
  const hi = candidates[0]!.id;
  const lo = candidates.at(-1)!.id;
  const handle = sqliteHandleOf(db);
  const walks: Walk[] = [];
  for (const clause of clauses) {
    const queries = new Map(TITLE_INDEXES.map(({ table, column }) => {
      const t = sql.raw(table);
      return [column, { t, compiled: sql`select rowid from ${t} where ${t} match ${ftsClause(clause)} and rowid <= ${hi} order by rowid desc`.compile(db) }];
    }));
    if (handle) {
      walks.push((column) => {
        const { compiled } = queries.get(column)!;
        return handle.prepare(compiled.sql).pluck().iterate(...compiled.parameters) as Iterable<number>;
      });
    } else {
      const fetched = new Map<string, number[]>();
      for (const [column, { t }] of queries) {
        fetched.set(column, (await sql<{ id: number }>`select rowid as "id" from ${t} where ${t} match ${ftsClause(clause)}
          and rowid <= ${hi} and rowid >= ${lo} order by rowid desc`.execute(db)).rows.map((r) => Number(r.id)));
      }
      walks.push((column) => fetched.get(column)!);
    }
  }
  return walks;
}

/** Every candidate's flags for every clause: each walk read down to the oldest candidate. */
function markFlags(candidates: RankCandidate[], walks: Walk[]): void {
  const at = new Map(candidates.map((c, i) => [c.id, i]));
  const lo = candidates.at(-1)!.id;
  for (const [k, walk] of walks.entries()) {
    for (const column of ['headline', 'dek'] as const) {
      const flags = column === 'headline' ? 'inHeadline' : 'inDek';
      for (const id of walk(column)) {
        const i = at.get(id);
        if (i !== undefined) candidates[i]![flags][k] = true;
        if (id <= lo) break;
      }
    }
  }
}

async function pgCandidates(db: Db, query: SearchQuery, where: RawBuilder<unknown>, ranking: boolean): Promise<RankCandidate[]> {
  const n = query.include.length;
  // ts_filter keeps the lexemes of one weight: A is the headline, B the dek (migration 004).
  const flags = ranking
    ? sql.join(query.include.flatMap((c, k) => [
      sql`ts_filter(c.search_vector, '{a}') @@ ${tsClause(c)} as ${sql.ref(`h${k}`)}`,
      sql`ts_filter(c.search_vector, '{b}') @@ ${tsClause(c)} as ${sql.ref(`d${k}`)}`,
    ]))
    : sql`null as "none"`;
  const rows = (await sql<CandidateRow & Record<string, unknown>>`
    select c.id as "id", c.published_at as "publishedAt", ${flags} from (
      select stories.id, stories.published_at, stories.search_vector from stories
      where stories.search_vector @@ (${toTsQuery(query)}) and ${where}
      order by stories.id desc limit ${SEARCH_CANDIDATES + 1}
    ) as c order by c.id desc`.execute(db)).rows;
  return rows.map((r) => ({
    id: Number(r.id),
    publishedAt: r.publishedAt,
    inHeadline: Array.from({ length: n }, (_, k) => r[`h${k}`] === true),
    inDek: Array.from({ length: n }, (_, k) => r[`d${k}`] === true),
  }));
}

/**
 * Each clause's weight from how many stories contain it. The newest CLAUSE_SAMPLE matches are read;
 * if there are more, the count is estimated from how far back (in ids) those reach.
 */
async function clauseWeights(db: Db, query: SearchQuery, postgres: boolean): Promise<number[]> {
  const newest = Number((await db.selectFrom('stories').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0);
  const weights: number[] = [];
  for (const clause of query.include) {
    const sample = postgres
      ? sql<{ oldest: number | string | null; n: number | string }>`
          select min(id) as oldest, count(*) as n from (select id from stories where search_vector @@ ${tsClause(clause)}
          order by id desc limit ${CLAUSE_SAMPLE}) as m`
      : sql<{ oldest: number | string | null; n: number | string }>`
          select min(rowid) as oldest, count(*) as n from (select rowid from stories_fts where stories_fts match ${inText(ftsClause(clause))}
          order by rowid desc limit ${CLAUSE_SAMPLE})`;
    const row = (await sample.execute(db)).rows[0];
    const n = Number(row?.n ?? 0);
    const reach = newest - Number(row?.oldest ?? newest) + 1;
    const matching = n < CLAUSE_SAMPLE ? n : (n * newest) / Math.max(reach, 1);
    weights.push(clauseWeight(matching, newest));
  }
  return weights;
}

async function sqlitePage(db: Db, query: SearchQuery, ids: number[]): Promise<HitRow[]> {
  if (!ids.length) return [];
  const match = toFtsMatch(query);
  // Highlights come from the index alone (rowid and text from the same cursor); joining stories
  // here with `rowid in (…)` let SQLite pair one story's highlight with another's row.
  const marked = (await sql<{ id: number; headlineMarked: string | null; snippetMarked: string | null }>`
    select rowid as id, highlight(stories_fts, 0, ${MARK_START}, ${MARK_END}) as "headlineMarked",
      snippet(stories_fts, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as "snippetMarked"
    from stories_fts where stories_fts match ${match} and rowid in (${sql.join(ids)})`.execute(db)).rows;
  const marks = new Map(marked.map((m) => [Number(m.id), m]));
  return (await sql<HitRow>`
    select ${TEASER_COLUMNS}, null as "headlineMarked", null as "snippetMarked"
    from stories join sections on sections.id = stories.section_id
    where stories.id in (${sql.join(ids)})`.execute(db)).rows.map((r) => ({ ...r, ...marks.get(Number(r.id)), id: r.id }));
}

async function pgPage(db: Db, query: SearchQuery, ids: number[]): Promise<HitRow[]> {
  if (!ids.length) return [];
  return (await sql<HitRow>`
    select ${TEASER_COLUMNS},
      ts_headline('english', stories.headline, query.q, ${PG_HEADLINE_OPTIONS}) as "headlineMarked",
      ts_headline('english', stories.body_text, query.q, ${PG_SNIPPET_OPTIONS}) as "snippetMarked"
    from stories join sections on sections.id = stories.section_id, (select ${toTsQuery(query)} as q) as query
    where stories.id in (${sql.join(ids)})`.execute(db)).rows;
}

export interface ReindexReport {
  /** What was done, in words for the command line. */
  steps: string[];
  /** Stories in the index afterwards. */
  stories: number;
}

/**
 * Rebuilds the search index from the stories and merges it into one piece, then refreshes the
 * planner's statistics: after a bulk load with the triggers off, to repair an index, or after a big
 * import (an index grown one story at a time is in many pieces, and every query reads all of them).
 * `rebuild: false` only merges (FTS5 'optimize'), which is faster and is all an import needs.
 * SQLite: one write transaction; readers go on reading, writers wait. PostgreSQL: the generated
 * column is never out of step, so "rebuild" rebuilds the GIN index without blocking searches
 * (REINDEX CONCURRENTLY); merging is VACUUM's job there (it clears the GIN pending list).
 */
export async function reindexSearch(db: Db, options: { rebuild?: boolean } = {}): Promise<ReindexReport> {
  const rebuild = options.rebuild ?? true;
  const steps: string[] = [];
  if (dialectOf(db) === 'postgres') {
    if (rebuild) {
      await sql`reindex index concurrently stories_search_vector`.execute(db);
      steps.push('rebuilt the GIN index stories_search_vector');
    }
    await sql`vacuum analyze stories`.execute(db);
    steps.push('vacuumed and analysed stories');
  } else {
    for (const table of ['stories_fts', ...TITLE_INDEXES.map((i) => i.table)]) {
      if (rebuild) {
        await sql`insert into ${sql.table(table)} (${sql.ref(table)}) values ('rebuild')`.execute(db);
        steps.push(`rebuilt ${table} from the stories`);
      }
      await sql`insert into ${sql.table(table)} (${sql.ref(table)}) values ('optimize')`.execute(db);
      steps.push(`merged ${table} into one segment`);
    }
    await refreshPlannerStatistics(db);
    steps.push('refreshed the planner statistics');
  }
  const stories = Number((await db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  return { steps, stories };
}
