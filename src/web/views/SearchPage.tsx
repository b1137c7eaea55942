import { formatDate } from '../../domain/dates.ts';
import { highlightParts } from '../../domain/highlight.ts';
import { storyPath } from '../../domain/story.ts';
import { searchHref, type SearchForm } from '../search/search-params.ts';
import type { SearchOutcome } from '../search/search-pages.ts';
import { Layout } from './Layout.tsx';
import type { Site } from './site.ts';
import { StoryLinkList } from './StoryList.tsx';

/** Marked text as text and <mark> elements: every part is escaped by the renderer like any text. */
function Highlighted({ text }: { text: string }) {
  return <>{highlightParts(text).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}

const count = (n: number, capped: boolean) => (capped ? `More than ${n.toLocaleString('en-GB')} results` : n === 1 ? '1 result' : `${n.toLocaleString('en-GB')} results`);

function SearchFormView({ site, form, errorFields }: { site: Site; form: SearchForm; errorFields: Set<string> }) {
  const invalid = (field: string) => (errorFields.has(field) ? 'true' : undefined);
  return (
    <form class="search-form" role="search" action="/search" method="get">
      <div class="search-row">
        <label for="search-q">Search for</label>
        <input id="search-q" type="search" name="q" value={form.q} maxLength={256} autoComplete="off" aria-describedby="search-tips" />
        <button type="submit">Search</button>
      </div>
      <fieldset class="search-filters">
        <legend class="visually-hidden">Narrow the search</legend>
        <div class="search-filter">
          <label for="search-section">Section</label>
          <select id="search-section" name="section" aria-invalid={invalid('section')}>
            <option value="">All sections</option>
            {site.sections.map((s) => <option value={s.slug} selected={form.section === s.slug}>{s.name}</option>)}
          </select>
        </div>
        <div class="search-filter">
          <label for="search-from">From</label>
          <input id="search-from" type="date" name="from" value={form.from} aria-invalid={invalid('from')} />
        </div>
        <div class="search-filter">
          <label for="search-to">To</label>
          <input id="search-to" type="date" name="to" value={form.to} aria-invalid={invalid('to')} />
        </div>
        <div class="search-filter">
          <label for="search-sort">Order</label>
          <select id="search-sort" name="sort" aria-invalid={invalid('sort')}>
            <option value="relevance" selected={form.sort === 'relevance'}>Best match</option>
            <option value="newest" selected={form.sort === 'newest'}>Newest first</option>
          </select>
        </div>
      </fieldset>
      <p id="search-tips" class="search-tips">Put a phrase in quotes: <kbd>"mutual defence"</kbd>. Leave a word out with a minus: <kbd>-ukraine</kbd>.</p>
    </form>
  );
}

export function SearchPage({ site, outcome }: { site: Site; outcome: SearchOutcome }) {
  const { params, results, pageCount, latest } = outcome;
  const { form, errors, page } = params;
  const filtered = Boolean(form.section || form.from || form.to);
  const title = form.q ? `Search: ${form.q}` : 'Search';
  return (
    <Layout site={site} meta={{ title: page > 1 ? `${title} — page ${page}` : title, path: '/search', noindex: true }}>
      <div class="search-page">
        <h1 class="section-title">Search</h1>
        <SearchFormView site={site} form={form} errorFields={new Set(errors.map((e) => e.field))} />

        {errors.length > 0 && (
          <div class="search-errors" role="alert">
            <p>Please check the search:</p>
            <ul>{errors.map((e) => <li>{e.message}</li>)}</ul>
          </div>
        )}

        {!errors.length && !results && (
          <p class="search-status">Type a word or two to search every story we have published.</p>
        )}

        {results && results.total > 0 && (
          <>
            <p class="search-status" role="status">
              {count(results.total, results.capped)} for <strong>{form.q}</strong>{pageCount > 1 && `, page ${page} of ${pageCount}`}
            </p>
            {results.capped && (
              <p class="search-note">
                {form.sort === 'newest' ? `Showing the newest ${results.total.toLocaleString('en-GB')}.` : `Showing the best matches among the newest ${results.total.toLocaleString('en-GB')}.`}
                {' '}To reach older stories, add a word or choose dates.
              </p>
            )}
            {results.hits.length ? (
              <ol class="search-results">
                {results.hits.map((hit) => (
                  <li class="search-hit">
                    <p class="kicker"><a href={`/${hit.sectionSlug}`}>{hit.sectionName}</a></p>
                    <h2 class="teaser-headline"><a href={storyPath(hit)}><Highlighted text={hit.headlineMarked} /></a></h2>
                    <p class="search-snippet"><Highlighted text={hit.snippetMarked} /></p>
                    <p class="meta"><time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt, site.timeZone)}</time></p>
                  </li>
                ))}
              </ol>
            ) : (
              <p class="search-status">That page is past the last result. <a href={searchHref(form, pageCount)}>Go to page {pageCount}</a>.</p>
            )}
            {pageCount > 1 && (
              <nav class="pagination" aria-label="Search result pages">
                {page > 1 && <a rel="prev" href={searchHref(form, Math.min(page - 1, pageCount))}>← Previous</a>}
                <span>Page {page} of {pageCount}</span>
                {page < pageCount && <a rel="next" href={searchHref(form, page + 1)}>Next →</a>}
              </nav>
            )}
          </>
        )}

        {results && results.total === 0 && (
          <div class="search-none">
            <p class="search-status" role="status">No stories match <strong>{form.q}</strong>{filtered && ' with these filters'}.</p>
            <ul class="search-help">
              {filtered && <li><a href={searchHref({ ...form, section: '', from: '', to: '' })}>Search all sections and dates</a> instead.</li>}
              <li>Check the spelling, or try a different word for the same thing.</li>
              <li>Use fewer words; drop quotes around a phrase to find its words anywhere in a story.</li>
              {params.query.exclude.length > 0 && <li>Words with a minus in front leave stories out: try without them.</li>}
            </ul>
          </div>
        )}

        {latest.length > 0 && <StoryLinkList id="search-latest" title="Latest stories" stories={latest} timeZone={site.timeZone} />}
      </div>
    </Layout>
  );
}
