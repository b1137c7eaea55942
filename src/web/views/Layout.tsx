import type { ComponentChildren } from 'preact';
import { formatDate } from '../../domain/dates.ts';
import { absoluteUrl, type Site } from './site.ts';
import { JsonLd } from './TrustedHtml.tsx';

export interface PageMeta {
  title: string;
  description?: string;
  /** Site-relative path of the page's canonical URL. */
  path: string;
  /** An absolute canonical URL that overrides `path` (a story first published elsewhere). */
  canonicalUrl?: string | null;
  type?: 'website' | 'article';
  article?: { publishedTime: string; modifiedTime?: string | null; section: string; tags: string[]; authors: string[] };
  jsonLd?: object;
  noindex?: boolean;
}

export function Layout({ site, meta, currentSection, children }: { site: Site; meta: PageMeta; currentSection?: string; children: ComponentChildren }) {
  const canonical = meta.canonicalUrl ?? absoluteUrl(site, meta.path);
  const fullTitle = meta.path === '/' ? `${site.name} — ${meta.title}` : `${meta.title} | ${site.name}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        <link rel="canonical" href={canonical} />
        {meta.noindex && <meta name="robots" content="noindex" />}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        {meta.description && <meta property="og:description" content={meta.description} />}
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content="en_GB" />
        {meta.article && <meta property="article:published_time" content={meta.article.publishedTime} />}
        {meta.article?.modifiedTime && <meta property="article:modified_time" content={meta.article.modifiedTime} />}
        {meta.article && <meta property="article:section" content={meta.article.section} />}
        {meta.article?.tags.map((tag) => <meta property="article:tag" content={tag} />)}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        {meta.description && <meta name="twitter:description" content={meta.description} />}
        <meta name="theme-color" content="#ffffff" />
        <link rel="icon" href={site.assets.icon} type="image/svg+xml" />
        <FeedLinks site={site} sectionSlug={currentSection} />
        <link rel="stylesheet" href={site.assets.css} />
        <script src={site.assets.js} defer />
        {meta.jsonLd && <JsonLd data={meta.jsonLd} />}
      </head>
      <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="masthead" role="banner">
          <div class="masthead-inner">
            <p class="masthead-date">{formatDate(site.now.toISOString(), site.timeZone)}</p>
            <a class="masthead-name" href="/">{site.name}</a>
            <form class="masthead-search" role="search" action="/search" method="get">
              <label class="visually-hidden" for="masthead-q">Search stories</label>
              <input id="masthead-q" type="search" name="q" placeholder="Search stories" maxLength={256} />
              <button type="submit">Search</button>
            </form>
          </div>
          <nav class="sections-nav" aria-label="Sections">
            <ul>
              <li><a href="/" aria-current={currentSection === '' ? 'page' : undefined}>Home</a></li>
              {site.sections.map((s) => (
                <li><a href={`/${s.slug}`} aria-current={currentSection === s.slug ? 'page' : undefined}>{s.name}</a></li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="content" tabIndex={-1}>{children}</main>
        <footer class="site-footer" role="contentinfo">
          <p><strong>{site.name}</strong> · published with Dateline</p>
          {site.isDemo && (
            <p class="demo-note">
              This is a demo site: its stories were written to show how Dateline works and are not real reporting.
            </p>
          )}
        </footer>
      </body>
    </html>
  );
}

/** Feed autodiscovery: the site's feeds, and on a section front or story, that section's too. */
function FeedLinks({ site, sectionSlug }: { site: Site; sectionSlug?: string }) {
  const section = sectionSlug ? site.sections.find((s) => s.slug === sectionSlug) : undefined;
  const scopes = [{ base: '', title: site.name }, ...(section ? [{ base: `/${section.slug}`, title: `${site.name}: ${section.name}` }] : [])];
  return (
    <>
      {scopes.map(({ base, title }) => [
        <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={`${site.url}${base}/feed.xml`} />,
        <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={`${site.url}${base}/atom.xml`} />,
        <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={`${site.url}${base}/feed.json`} />,
      ])}
    </>
  );
}
