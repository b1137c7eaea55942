import type { StoryTeaser } from '../../domain/story.ts';
import { TOPIC_KIND_LABELS } from '../../discovery/topics.ts';
import { Layout } from './Layout.tsx';
import type { Site } from './site.ts';
import { Teaser } from './StoryList.tsx';

/** Every story naming one person, place or organisation, newest first. */
export function TopicPage({ site, topic, stories, page, pageCount, total }: {
  site: Site; topic: { slug: string; name: string; kind: string }; stories: StoryTeaser[]; page: number; pageCount: number; total: number;
}) {
  const base = `/topic/${topic.slug}`;
  const pageHref = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <Layout site={site} meta={{ title: page > 1 ? `${topic.name} — page ${page}` : topic.name, description: `Stories about ${topic.name} from ${site.name}.`, path: pageHref(page) }}>
      <p class="section-label">{TOPIC_KIND_LABELS[topic.kind] ?? 'Topic'}</p>
      <h1 class="section-title">{topic.name}</h1>
      <p class="topic-count">{total === 1 ? '1 story' : `${total} stories`}</p>
      <div class="section-list">
        {stories.map((s) => <Teaser story={s} timeZone={site.timeZone} level={2} />)}
      </div>
      {pageCount > 1 && (
        <nav class="pagination" aria-label={`${topic.name} pages`}>
          {page > 1 && <a rel="prev" href={pageHref(page - 1)}>← Newer</a>}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount && <a rel="next" href={pageHref(page + 1)}>Older →</a>}
        </nav>
      )}
    </Layout>
  );
}
