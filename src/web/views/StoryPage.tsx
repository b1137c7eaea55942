import { formatDateTime, wasUpdated } from '../../domain/dates.ts';
import type { Story } from '../../domain/story.ts';
import { storyPath } from '../../domain/story.ts';
import type { ContentLists, ListItem, StoryLists } from '../../discovery/story-lists.ts';
import type { RenderedFragment } from '../discovery/list-fragments.ts';
import type { TopicLink } from '../../discovery/topics.ts';
import { Layout, type PageMeta } from './Layout.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { absoluteUrl, type Site } from './site.ts';
import { StoryLinkList, Teaser } from './StoryList.tsx';
import { StoryBodyHtml } from './TrustedHtml.tsx';
import { FeaturedImage } from './FeaturedImage.tsx';
import type { StoryImage } from '../../store/media.ts';

function newsArticleLd(site: Site, story: Story, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline.slice(0, 110),
    description: story.dek ?? story.excerpt,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt ?? story.publishedAt,
    articleSection: story.sectionName,
    keywords: story.tags.map((t) => t.name),
    author: story.authors.length
      ? story.authors.map((a) => ({ '@type': 'Person', name: a.name }))
      : [{ '@type': 'Organization', name: site.name }],
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  };
}

function Byline({ story }: { story: Story }) {
  if (!story.authors.length) return null;
  const names = story.authors.map((a) => a.name);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return <p class="byline">By <span class="author">{joined}</span></p>;
}

function DateLine({ story, timeZone }: { story: Story; timeZone: string }) {
  return (
    <p class="dateline">
      <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt, timeZone)}</time>
      {story.dateMissing && <span class="date-note"> (date of import: the source gave none)</span>}
      {wasUpdated(story.publishedAt, story.updatedAt) && (
        <span class="updated"> · Updated <time dateTime={story.updatedAt}>{formatDateTime(story.updatedAt, timeZone)}</time></span>
      )}
    </p>
  );
}

/** Popular, as it sits under a story. */
export function PopularSection({ site, stories }: { site: Site; stories: ListItem[] }) {
  return <StoryLinkList id="popular" title="Popular" stories={stories} timeZone={site.timeZone} />;
}

/** More like this and Related, as they sit under a story. */
export function ContentListSections({ site, story, lists }: { site: Site; story: Pick<Story, 'sectionSlug'>; lists: ContentLists }) {
  return (
    <>
      <StoryLinkList id="more-like-this" title="More like this" stories={lists.moreLikeThis} timeZone={site.timeZone} />
      <section class="related" aria-labelledby="related-heading">
        <h2 id="related-heading">Related</h2>
        <div class="related-teasers">
          {lists.related.map((s) => <Teaser story={s} timeZone={site.timeZone} showSection={s.sectionSlug !== story.sectionSlug} why={s.reason} />)}
        </div>
      </section>
    </>
  );
}

/** The lists under a story already rendered (Popular, then More like this and Related), reused between renders. */
export interface RenderedLists {
  popular: RenderedFragment;
  content: RenderedFragment;
}

export function StoryPage({ site, story, lists, topics = [], image }: {
  site: Site; story: Story; lists: StoryLists | RenderedLists; topics?: TopicLink[]; image?: StoryImage | undefined;
}) {
  const path = storyPath(story);
  const url = story.canonicalUrl ?? absoluteUrl(site, path);
  const meta: PageMeta = {
    title: story.seoTitle || story.headline,
    description: story.seoDescription || story.dek || story.excerpt,
    path,
    canonicalUrl: story.canonicalUrl,
    type: 'article',
    article: {
      publishedTime: story.publishedAt,
      modifiedTime: story.updatedAt,
      section: story.sectionName,
      tags: story.tags.map((t) => t.name),
      authors: story.authors.map((a) => a.name),
    },
    jsonLd: newsArticleLd(site, story, url),
  };
  return (
    <Layout site={site} meta={meta} currentSection={story.sectionSlug}>
      <article class="story" aria-labelledby="story-headline" data-story-id={String(story.id)}>
        <header class="story-header">
          <p class="section-label"><a href={`/${story.sectionSlug}`}>{story.sectionName}</a></p>
          <h1 id="story-headline">{story.headline}</h1>
          {story.dek && <p class="dek">{story.dek}</p>}
          <Byline story={story} />
          <DateLine story={story} timeZone={site.timeZone} />
        </header>
        {image && <FeaturedImage image={image} />}
        {story.correction && (
          <aside class="correction" aria-label="Correction"><strong>Correction:</strong> {story.correction}</aside>
        )}
        <StoryBodyHtml html={story.bodyHtml} />
        {story.tags.length > 0 && (
          <p class="tags">Topics: {story.tags.map((t, i) => <>{i > 0 && ', '}<span class="tag">{t.name}</span></>)}</p>
        )}
        {topics.length > 0 && (
          <p class="topics">In this story: {topics.map((t, i) => <>{i > 0 && ' · '}<a class="topic" href={`/topic/${t.slug}`}>{t.name}</a></>)}</p>
        )}
        <ShareLinks url={absoluteUrl(site, path)} title={story.headline} />
      </article>
      {'content' in lists ? (
        // Our own components' output, rendered earlier (web/discovery/list-fragments.ts).
        <div class="story-lists" dangerouslySetInnerHTML={{ __html: lists.popular + lists.content }} />
      ) : (
        <div class="story-lists">
          <PopularSection site={site} stories={lists.popular} />
          <ContentListSections site={site} story={story} lists={lists} />
        </div>
      )}
    </Layout>
  );
}
