import type { Section, StoryTeaser } from '../../domain/story.ts';
import { Layout } from './Layout.tsx';
import type { Site } from './site.ts';
import { Teaser } from './StoryList.tsx';

/** The home front: the lead story, then each section's newest stories. */
export function FrontPage({ site, lead, bySection }: { site: Site; lead: StoryTeaser | undefined; bySection: Array<{ section: Section; stories: StoryTeaser[] }> }) {
  return (
    <Layout site={site} meta={{ title: 'News, analysis and opinion', description: `The latest from ${site.name}.`, path: '/' }} currentSection="">
      <h1 class="visually-hidden">{site.name}: latest stories</h1>
      {lead ? (
        <div class="lead-slot"><Teaser story={lead} timeZone={site.timeZone} level={2} lead /></div>
      ) : (
        <p class="empty">No stories have been published yet.</p>
      )}
      {bySection.map(({ section, stories }) => (
        <section class="front-section" aria-labelledby={`front-${section.slug}`}>
          <h2 class="front-section-title" id={`front-${section.slug}`}><a href={`/${section.slug}`}>{section.name}</a></h2>
          <div class="teaser-grid">
            {stories.map((s) => <Teaser story={s} timeZone={site.timeZone} showSection={false} />)}
          </div>
        </section>
      ))}
    </Layout>
  );
}
