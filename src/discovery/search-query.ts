/**
 * A reader's search box, parsed into a small tree that the store compiles for its database. Readers'
 * characters never reach MATCH or to_tsquery: only words made of letters and digits come out of here.
 */

/** A word, or words that must appear together in this order. */
export type SearchClause = { kind: 'term'; word: string } | { kind: 'phrase'; words: string[] };

export interface SearchQuery {
  include: SearchClause[];
  exclude: SearchClause[];
}

/** Longer input is cut here: no real query is longer, and a 10 KB one must cost no more than this. */
export const MAX_QUERY_CHARS = 256;
export const MAX_CLAUSES = 12;
const MAX_PHRASE_WORDS = 10;
const MAX_WORD_CHARS = 40;

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD_CHARS));
}

function clause(found: string[]): SearchClause | undefined {
  if (!found.length) return undefined;
  // A quoted single word is just that word; words joined by punctuation ("north-korea", "U.S.") are
  // one phrase, as the index sees them.
  if (found.length === 1) return { kind: 'term', word: found[0]! };
  return { kind: 'phrase', words: found.slice(0, MAX_PHRASE_WORDS) };
}

/**
 * `mutual "defence treaty" -ukraine -"arms sales"` → include [mutual, "defence treaty"], exclude
 * [ukraine, "arms sales"]. An unbalanced quote runs to the end; stray syntax is ignored; case and
 * accents are left to the index, which folds both.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const text = input.normalize('NFKC').slice(0, MAX_QUERY_CHARS).toLowerCase();
  const query: SearchQuery = { include: [], exclude: [] };
  const seen = new Set<string>();
  let i = 0;
  while (i < text.length && query.include.length + query.exclude.length < MAX_CLAUSES) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      negated = true;
      i++;
    }
    let found: string[];
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close;
      found = words(text.slice(i + 1, end));
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end++;
      found = words(text.slice(i, end));
      i = end;
    }
    const parsed = clause(found);
    if (!parsed) continue;
    const key = (negated ? '-' : '+') + (parsed.kind === 'term' ? parsed.word : parsed.words.join(' '));
    if (seen.has(key)) continue;
    seen.add(key);
    (negated ? query.exclude : query.include).push(parsed);
  }
  return query;
}

/** Whether there is anything to look for: exclusions alone would list the whole archive. */
export function isSearchable(query: SearchQuery): boolean {
  return query.include.length > 0;
}

/** The query as the reader could have typed it, tidied: for page titles, the search box and links. */
export function formatSearchQuery(query: SearchQuery): string {
  const show = (c: SearchClause) => (c.kind === 'term' ? c.word : `"${c.words.join(' ')}"`);
  return [...query.include.map(show), ...query.exclude.map((c) => `-${show(c)}`)].join(' ');
}

