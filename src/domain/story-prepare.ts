import { createHash } from 'node:crypto';
import { excerpt as makeExcerpt } from './excerpt.ts';
import { simHash } from './near-duplicate.ts';
import type { StoryDraft } from './story.ts';
import { bodyText, renderBody, wordCount, type SanitizedHtml } from './story-body.ts';

/**
 * A draft with everything the store derives from it: the body rendered and sanitized, its plain text,
 * excerpt, word count, content hash and SimHash. Pure and CPU-bound, so an import computes it on a
 * worker thread while the main thread writes the previous batch.
 */
export interface PreparedStory {
  draft: StoryDraft;
  bodyHtml: SanitizedHtml;
  text: string;
  excerpt: string;
  wordCount: number;
  hash: string;
  fingerprint: string | null;
}

const joined = (values: string[] | undefined) => (values ?? []).map((v) => v.trim()).join('\u0001');

/**
 * What makes a story "changed": what it says, not how it was keyed. The slug is the store's to give,
 * and a date the source never gave is the import's, so neither counts.
 */
function contentHash(draft: StoryDraft, excerpt: string): string {
  return createHash('sha256')
    .update(
      [
        draft.sectionName, draft.headline, draft.dek ?? '', draft.bodyFormat, draft.body, excerpt, draft.status,
        draft.dateMissing ? '' : draft.publishedAt ?? '', draft.updatedAt ?? '', draft.canonicalUrl ?? '', draft.correction ?? '',
        joined(draft.authors), joined(draft.tags),
        (draft.references ?? []).map((r) => [r.headline, r.excerpt ?? '', r.url ?? ''].join('\u0002')).join('\u0001'),
      ].join('\u0000'),
    )
    .digest('hex')
    .slice(0, 32);
}

export function prepareStory(draft: StoryDraft): PreparedStory {
  const bodyHtml = renderBody(draft.bodyFormat, draft.body);
  const text = bodyText(bodyHtml);
  // An excerpt needs the first few hundred characters, not the whole story.
  const excerpt = makeExcerpt(draft.excerpt?.trim() || text.slice(0, 2000), 160);
  return {
    draft, bodyHtml, text, excerpt,
    wordCount: wordCount(text),
    hash: contentHash(draft, excerpt),
    fingerprint: simHash(`${draft.headline}\n${text}`),
  };
}
