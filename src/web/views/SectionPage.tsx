import type { Section, StoryTeaser } from '../../domain/story.ts';
import { Layout } from './Layout.tsx';
import type { Site } from './site.ts';
import { Teaser } from './StoryList.tsx';

export function SectionPage({ site, section, stories, page, pageCount }: {
  site: Site; section: Section; stories: StoryTeaser[]; page: number; pageCount: number;
}) {
  const base = `/${section.slug}`;
  const pageHref = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <Layout
      site={site}
      meta={{ title: page > 1 ? `${section.name} — page ${page}` : section.name, description: `${section.name} news from ${site.name}.`, path: pageHref(page) }}
      currentSection={section.slug}
    >
      <h1 class="section-title">{section.name}</h1>
      {stories.length ? (
        <div class="section-list">
          {stories.map((s, i) => <Teaser story={s} timeZone={site.timeZone} showSection={false} lead={page === 1 && i === 0} level={2} />)}
        </div>
      ) : (
        <p class="empty">No stories in {section.name} yet.</p>
      )}
      {pageCount > 1 && (
        <nav class="pagination" aria-label={`${section.name} pages`}>
          {page > 1 && <a rel="prev" href={pageHref(page - 1)}>← Newer</a>}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount && <a rel="next" href={pageHref(page + 1)}>Older →</a>}
        </nav>
      )}
    </Layout>
  );
}
