import type { StoryDraft } from '../domain/story.ts';
import type { StoryStatus } from '../domain/story-status.ts';
import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import type { ParseContext } from './parsers.ts';
import { decodeChunks } from './read-text-file.ts';
import { child, childrenNamed, readXmlRecords, textOf, XmlRecordReader, type XmlElement, type XmlRecord } from './xml-records.ts';

export const WXR_SOURCE = 'import:wxr';

const STATUS: Record<string, StoryStatus> = { publish: 'published', future: 'scheduled', draft: 'draft', pending: 'draft', private: 'draft' };
const SKIPPED_TYPES: Record<string, string> = { page: 'a WordPress page', attachment: 'a WordPress attachment (media)' };

/** WordPress's "0000-00-00 00:00:00" (UTC, for the *_gmt fields) as ISO, or null. */
export function wordpressDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const BLOCK = /<(p|div|h[1-6]|ul|ol|blockquote|figure|table|pre)\b/i;

/** WordPress stores posts with blank lines for paragraphs (it adds the `<p>`s when showing them); so do we. */
export function wordpressParagraphs(html: string): string {
  if (BLOCK.test(html)) return html;
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

const text = (item: XmlElement, name: string) => textOf(child(item, name)).trim();

/** One WordPress `<item>` → a story draft, or why it is not one. */
export function wxrItemToSource(item: XmlElement, authors: Map<string, string>, context: Pick<ParseContext, 'defaultSection' | 'status' | 'sourceName'>): SourceItem {
  const postId = text(item, 'wp:post_id');
  const label = postId ? `post ${postId}` : undefined;
  const type = text(item, 'wp:post_type') || 'post';
  if (type !== 'post') return { kind: 'skipped', ...(label ? { item: label } : {}), reason: SKIPPED_TYPES[type] ?? `a WordPress ${type}` };
  const wpStatus = text(item, 'wp:status') || 'publish';
  const status = STATUS[wpStatus];
  if (!status) return { kind: 'skipped', ...(label ? { item: label } : {}), reason: `a post with status ${wpStatus}` };

  const categories = childrenNamed(item, 'category');
  const sections = categories.filter((c) => (c.attrs.domain ?? 'category') === 'category').map((c) => textOf(c).trim()).filter(Boolean);
  const tags = categories.filter((c) => c.attrs.domain === 'post_tag').map((c) => textOf(c).trim());
  const creator = text(item, 'dc:creator');
  const warnings: string[] = [];
  const publishedAt = wordpressDate(text(item, 'wp:post_date_gmt')) ?? (text(item, 'pubDate') || null);
  const guid = text(item, 'guid');
  const link = text(item, 'link');
  const draft: StoryDraft = {
    sectionName: sections[0] ?? context.defaultSection,
    headline: text(item, 'title'),
    bodyFormat: 'html',
    body: wordpressParagraphs(textOf(child(item, 'content:encoded'))),
    excerpt: textOf(child(item, 'excerpt:encoded')).replace(/<[^>]*>/g, ' ').trim() || null,
    status: context.status === 'draft' ? 'draft' : status,
    publishedAt,
    updatedAt: wordpressDate(text(item, 'wp:post_modified_gmt')),
    authors: creator ? [authors.get(creator) ?? creator] : [],
    tags: [...sections.slice(1), ...tags],
    canonicalUrl: link || null,
    ...(text(item, 'wp:post_name') ? { slug: text(item, 'wp:post_name').toLowerCase() } : {}),
    source: context.sourceName ?? WXR_SOURCE,
    sourceKey: guid || link || (postId ? `post-${postId}` : null),
  };
  if (draft.slug && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(draft.slug)) delete draft.slug;
  if (sections.length > 1) warnings.push(`in ${sections.length} categories: ${JSON.stringify(sections[0])} is the section, the rest are tags`);
  return { kind: 'story', ...(label ? { item: label } : {}), draft, warnings };
}

/** The parser for WordPress exports (WXR): streamed, one post in memory at a time. */
export async function* wxrItems(context: ParseContext): AsyncIterable<SourceItem> {
  const warnings: string[] = [];
  const reader = new XmlRecordReader((name, parents) => (name === 'item' || name === 'wp:author') && parents.at(-1) === 'channel');
  const authors = new Map<string, string>();
  for await (const record of readXmlRecords(decodeChunks(context.source.chunks(), (w) => warnings.push(w)), reader)) {
    if (reader.rootName !== 'rss') throw new ImportError(`not a WordPress export: the root element is <${reader.rootName}>`);
    const result = fromRecord(record, authors, context);
    if (result?.kind === 'story' && warnings.length) result.warnings.push(...warnings.splice(0));
    if (result) yield result;
  }
  if (reader.rootName !== 'rss') throw new ImportError(`not a WordPress export: the root element is <${reader.rootName}>`);
  for (const problem of reader.problems.slice(0, 1)) yield { kind: 'failed', error: problem };
}

function fromRecord(record: XmlRecord, authors: Map<string, string>, context: ParseContext): SourceItem | undefined {
  const { element } = record;
  if (element.name === 'wp:author') {
    const login = text(element, 'wp:author_login');
    if (login) authors.set(login, text(element, 'wp:author_display_name') || login);
    return undefined;
  }
  if (record.error) {
    const id = text(element, 'wp:post_id');
    return { kind: 'failed', item: id ? `post ${id}` : `line ${record.line}`, error: record.error };
  }
  return wxrItemToSource(element, authors, context);
}
