import { formatSearchQuery, parseSearchQuery, type SearchQuery } from '../../discovery/search-query.ts';
import { parseDay, startOfDay } from '../../domain/day-range.ts';
import type { Section } from '../../domain/story.ts';
import type { SearchSort } from '../../store/search.ts';

/** What the search form sent, as it should be shown back in the form. */
export interface SearchForm {
  q: string;
  section: string;
  from: string;
  to: string;
  sort: SearchSort;
}

export interface SearchParams {
  form: SearchForm;
  query: SearchQuery;
  section?: Section;
  /** Stored times bounding publication: [from, to). */
  from?: string;
  to?: string;
  page: number;
  errors: Array<{ field: keyof SearchForm | 'page'; message: string }>;
}

const MAX_PAGE = 1000;

// Repeated parameters (`?q=a&q=b`) arrive as arrays: the first one counts.
function first(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : '';
}

/**
 * Reads `?q=&section=&from=&to=&sort=&page=`. The query itself is never an error (anything typed is
 * searched for as words); a filter that cannot be read is reported so the form can say which one.
 */
export function parseSearchParams(raw: Record<string, unknown>, sections: Section[], timeZone: string): SearchParams {
  const errors: SearchParams['errors'] = [];
  const query = parseSearchQuery(first(raw.q));
  const form: SearchForm = { q: formatSearchQuery(query), section: '', from: '', to: '', sort: 'relevance' };
  const params: SearchParams = { form, query, page: 1, errors };

  const sectionSlug = first(raw.section).trim();
  if (sectionSlug) {
    params.section = sections.find((s) => s.slug === sectionSlug);
    if (params.section) form.section = params.section.slug;
    else errors.push({ field: 'section', message: 'There is no such section; choose one from the list.' });
  }

  for (const field of ['from', 'to'] as const) {
    const value = first(raw[field]).trim();
    if (!value) continue;
    const day = parseDay(value);
    if (!day) {
      errors.push({ field, message: `The ${field === 'from' ? 'start' : 'end'} date must be a date such as 2026-11-27.` });
      continue;
    }
    form[field] = value;
    // "To 27 November" includes the whole of the 27th.
    params[field] = startOfDay(day, timeZone, field === 'to' ? 1 : 0).toISOString();
  }
  if (params.from && params.to && params.from >= params.to) {
    errors.push({ field: 'to', message: 'The end date is before the start date.' });
  }

  const sort = first(raw.sort);
  if (sort === 'newest' || sort === 'relevance') form.sort = sort;
  else if (sort) errors.push({ field: 'sort', message: 'Order results by best match or newest first.' });

  const page = first(raw.page);
  if (page) {
    if (/^[1-9]\d{0,5}$/.test(page) && Number(page) <= MAX_PAGE) params.page = Number(page);
    else errors.push({ field: 'page', message: 'The page number must be a whole number from 1 upwards.' });
  }
  return params;
}

/** The query string for this search on another page (or with filters dropped). */
export function searchHref(form: SearchForm, page = 1, path = '/search'): string {
  const qs = new URLSearchParams();
  if (form.q) qs.set('q', form.q);
  if (form.section) qs.set('section', form.section);
  if (form.from) qs.set('from', form.from);
  if (form.to) qs.set('to', form.to);
  if (form.sort !== 'relevance') qs.set('sort', form.sort);
  if (page > 1) qs.set('page', String(page));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
