import { formatDateTime } from '../../../domain/dates.ts';
import { STORY_STATUSES, type StoryStatus } from '../../../domain/story-status.ts';
import type { Section } from '../../../domain/story.ts';
import type { DeskListItem } from '../../../store/newsroom-stories.ts';
import { AdminLayout, Notice, type AdminChrome } from './AdminLayout.tsx';

export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

export interface ListFilters {
  status?: StoryStatus;
  section?: string;
  author?: number;
  q?: string;
  page: number;
}

export function StatusBadge({ status }: { status: StoryStatus }) {
  return <span class={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

function pageHref(filters: ListFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.section) params.set('section', filters.section);
  if (filters.author) params.set('author', String(filters.author));
  if (filters.q) params.set('q', filters.q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/admin/stories${query ? `?${query}` : ''}`;
}

export function StoryListPage(props: {
  chrome: AdminChrome;
  timeZone: string;
  items: DeskListItem[];
  total: number;
  pageSize: number;
  filters: ListFilters;
  sections: Section[];
  people: Array<{ id: number; name: string }>;
  notice?: string;
}) {
  const { chrome, items, filters } = props;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <AdminLayout chrome={chrome} title="Stories" current="stories">
      <div class="page-head">
        <h1>Stories</h1>
        <a class="button primary" href="/admin/stories/new">New story</a>
      </div>
      {props.notice && <Notice kind="ok">{props.notice}</Notice>}
      <form class="filters" method="get" action="/admin/stories" role="search">
        <label>Status
          <select name="status">
            <option value="">Any</option>
            {STORY_STATUSES.map((s) => <option value={s} selected={filters.status === s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <label>Section
          <select name="section">
            <option value="">Any</option>
            {props.sections.map((s) => <option value={s.slug} selected={filters.section === s.slug}>{s.name}</option>)}
          </select>
        </label>
        <label>Written by
          <select name="author">
            <option value="">Anyone</option>
            {props.people.map((p) => <option value={String(p.id)} selected={filters.author === p.id}>{p.name}</option>)}
          </select>
        </label>
        <label class="grow">Headline contains<input type="search" name="q" value={filters.q ?? ''} maxLength={200} /></label>
        <button type="submit">Filter</button>
      </form>
      <p class="count">{props.total.toLocaleString('en-GB')} {props.total === 1 ? 'story' : 'stories'}</p>
      {items.length === 0 ? (
        <p>No stories match. <a href="/admin/stories">Clear the filters</a>.</p>
      ) : (
        <table class="story-table">
          <thead><tr><th scope="col">Headline</th><th scope="col">Section</th><th scope="col">Status</th><th scope="col">Writer</th><th scope="col">Changed</th></tr></thead>
          <tbody>
            {items.map((s) => (
              <tr>
                <td><a href={`/admin/stories/${s.id}`}>{s.headline}</a>{s.source !== 'newsroom' && <span class="source"> · {s.source}</span>}</td>
                <td>{s.sectionName}</td>
                <td><StatusBadge status={s.status} />{s.status === 'scheduled' && s.publishedAt && <small> {formatDateTime(s.publishedAt, props.timeZone)}</small>}</td>
                <td>{s.creatorName ?? '—'}</td>
                <td><time dateTime={s.modifiedAt}>{formatDateTime(s.modifiedAt, props.timeZone)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          {filters.page > 1 && <a href={pageHref(filters, filters.page - 1)} rel="prev">← Newer</a>}
          <span>Page {filters.page} of {pages}</span>
          {filters.page < pages && <a href={pageHref(filters, filters.page + 1)} rel="next">Older →</a>}
        </nav>
      )}
    </AdminLayout>
  );
}
