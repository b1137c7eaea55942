import { isSearchable } from '../../discovery/search-query.ts';
import { highlightHtml, plainText } from '../../domain/highlight.ts';
import { storyPath, type StoryTeaser } from '../../domain/story.ts';
import type { Db } from '../../store/database.ts';
import { searchStories, type SearchResults } from '../../store/search.ts';
import { listLatest } from '../../store/stories.ts';
import type { Site } from '../views/site.ts';
import type { SearchParams } from './search-params.ts';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchOutcome {
  params: SearchParams;
  results?: SearchResults;
  pageCount: number;
  /** Shown when nothing matched (or nothing was asked), so the page is never a dead end. */
  latest: StoryTeaser[];
}

/** Runs the search the parameters describe; bad filters or an empty query run nothing. */
export async function runSearch(db: Db, site: Site, params: SearchParams): Promise<SearchOutcome> {
  let results: SearchResults | undefined;
  if (!params.errors.length && isSearchable(params.query)) {
    results = await searchStories(db, params.query, {
      sectionId: params.section?.id,
      from: params.from,
      to: params.to,
      sort: params.form.sort,
      limit: SEARCH_PAGE_SIZE,
      offset: (params.page - 1) * SEARCH_PAGE_SIZE,
      now: site.now,
    });
  }
  const pageCount = results ? Math.max(1, Math.ceil(results.total / SEARCH_PAGE_SIZE)) : 1;
  const latest = !results || results.total === 0 ? await listLatest(db, { limit: 5, now: site.now }) : [];
  return { params, results, pageCount, latest };
}

/** The JSON endpoint's answer: highlights as escaped HTML with <mark>, URLs absolute. */
export function searchJson(site: Site, outcome: SearchOutcome) {
  const { params, results } = outcome;
  return {
    query: params.form.q,
    filters: { section: params.form.section || null, from: params.form.from || null, to: params.form.to || null, sort: params.form.sort },
    page: params.page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount: outcome.pageCount,
    total: results?.total ?? 0,
    totalIsCapped: results?.capped ?? false,
    /** When capped: only this many of the newest matches are ranked and paged (narrow the query or the dates to reach older ones). */
    rankedNewest: results?.capped ? results.total : null,
    results: (results?.hits ?? []).map((hit) => ({
      id: hit.id,
      url: site.url + storyPath(hit),
      section: { slug: hit.sectionSlug, name: hit.sectionName },
      headline: hit.headline,
      headlineHtml: highlightHtml(hit.headlineMarked),
      snippet: plainText(hit.snippetMarked),
      snippetHtml: highlightHtml(hit.snippetMarked),
      publishedAt: hit.publishedAt,
      updatedAt: hit.updatedAt,
    })),
    errors: params.errors,
  };
}
