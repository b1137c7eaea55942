import type { SanitizedHtml } from '../../domain/story-body.ts';

// Where markup enters a page unescaped: sanitized story bodies and JSON-LD here, and the story
// lists that our own components rendered earlier (StoryPage, web/discovery/list-fragments.ts).

export function StoryBodyHtml({ html }: { html: SanitizedHtml }) {
  return <div class="story-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** JSON-LD in a script element; `<` is escaped so no string inside it can close the element. */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
