import { formatDate } from '../../domain/dates.ts';
import { storyPath, type StoryTeaser } from '../../domain/story.ts';

/** A titled list of story links, like the seed's "Popular" and "More like this". */
export function StoryLinkList({ id, title, stories, timeZone }: { id: string; title: string; stories: (StoryTeaser & { reason?: string | null })[]; timeZone: string }) {
  return (
    <section class={`story-list ${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ol>
        {stories.map((s) => (
          <li>
            <a href={storyPath(s)}>{s.headline}</a>
            <span class="meta"><time dateTime={s.publishedAt}>{formatDate(s.publishedAt, timeZone)}</time></span>
            {s.reason && <small class="why">{s.reason}</small>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A teaser: section label, headline link, excerpt, date. */
export function Teaser({ story, timeZone, level = 3, showSection = true, lead = false, why }: {
  story: StoryTeaser; timeZone: string; level?: 2 | 3; showSection?: boolean; lead?: boolean; why?: string | null;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class={lead ? 'teaser teaser-lead' : 'teaser'}>
      {showSection && <p class="kicker"><a href={`/${story.sectionSlug}`}>{story.sectionName}</a></p>}
      <Heading class="teaser-headline"><a href={storyPath(story)}>{story.headline}</a></Heading>
      <p class="teaser-excerpt">{story.excerpt}</p>
      <p class="meta"><time dateTime={story.publishedAt}>{formatDate(story.publishedAt, timeZone)}</time></p>
      {why && <small class="why">{why}</small>}
    </article>
  );
}
