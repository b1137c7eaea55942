import type { StoryDraft } from '../domain/story.ts';
import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import type { ParseContext } from './parsers.ts';
import { decodeChunks } from './read-text-file.ts';
import { child, childrenNamed, innerXml, readXmlRecords, textOf, XmlRecordReader, type XmlElement } from './xml-records.ts';

export const FEED_SOURCE = 'import:feed';

const text = (element: XmlElement, name: string) => textOf(child(element, name)).trim();

/** An RSS 2.0 (or 1.0) `<item>` → a draft. */
export function rssItemToSource(item: XmlElement, context: Pick<ParseContext, 'defaultSection' | 'status' | 'sourceName'>): SourceItem {
  const guid = text(item, 'guid');
  const link = text(item, 'link');
  const full = textOf(child(item, 'content:encoded')).trim();
  const description = textOf(child(item, 'description')).trim();
  const creators = [...childrenNamed(item, 'dc:creator'), ...childrenNamed(item, 'author')].map((a) => textOf(a).trim()).filter(Boolean);
  const draft: StoryDraft = {
    sectionName: context.defaultSection,
    headline: text(item, 'title'),
    bodyFormat: 'html',
    body: full || description,
    excerpt: full && description ? description.replace(/<[^>]*>/g, ' ') : null,
    status: context.status,
    publishedAt: text(item, 'pubDate') || text(item, 'dc:date') || null,
    // "name@example.com (Name)" is RSS's author form: keep the name.
    authors: creators.map((a) => /\(([^)]+)\)\s*$/.exec(a)?.[1] ?? a),
    tags: childrenNamed(item, 'category').map((c) => textOf(c).trim()),
    canonicalUrl: link || null,
    source: context.sourceName ?? FEED_SOURCE,
    sourceKey: guid || link || null,
  };
  return { kind: 'story', ...(guid || link ? { item: guid || link } : {}), draft, warnings: [] };
}

function atomText(element: XmlElement | undefined): { body: string; format: 'html' | 'text' } {
  if (!element) return { body: '', format: 'text' };
  const type = element.attrs.type ?? 'text';
  if (type === 'xhtml') return { body: innerXml(child(element, 'div') ?? element), format: 'html' };
  return { body: textOf(element).trim(), format: type === 'html' || type === 'text/html' ? 'html' : 'text' };
}

/** An Atom `<entry>` → a draft. */
export function atomEntryToSource(entry: XmlElement, context: Pick<ParseContext, 'defaultSection' | 'status' | 'sourceName'>): SourceItem {
  const id = text(entry, 'id');
  const links = childrenNamed(entry, 'link');
  const link = (links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0])?.attrs.href ?? '';
  const content = atomText(child(entry, 'content'));
  const summary = atomText(child(entry, 'summary'));
  const body = content.body ? content : summary;
  const draft: StoryDraft = {
    sectionName: context.defaultSection,
    headline: atomText(child(entry, 'title')).body.replace(/<[^>]*>/g, ''),
    bodyFormat: body.format,
    body: body.body,
    excerpt: content.body && summary.body ? summary.body.replace(/<[^>]*>/g, ' ') : null,
    status: context.status,
    publishedAt: text(entry, 'published') || text(entry, 'updated') || null,
    updatedAt: child(entry, 'published') ? text(entry, 'updated') || null : null,
    authors: childrenNamed(entry, 'author').map((a) => text(a, 'name')).filter(Boolean),
    tags: childrenNamed(entry, 'category').map((c) => c.attrs.label ?? c.attrs.term ?? '').filter(Boolean),
    canonicalUrl: link || null,
    source: context.sourceName ?? FEED_SOURCE,
    sourceKey: id || link || null,
  };
  return { kind: 'story', ...(id || link ? { item: id || link } : {}), draft, warnings: [] };
}

const ROOTS = new Set(['rss', 'feed', 'rdf:RDF']);

/** The parser for RSS 2.0, RSS 1.0 and Atom feeds, files or fetched: streamed, an item at a time. */
export async function* feedItems(context: ParseContext): AsyncIterable<SourceItem> {
  const warnings: string[] = [];
  const reader = new XmlRecordReader((name, parents) => (name === 'item' && parents.length <= 2) || (name === 'entry' && parents.at(-1) === 'feed'));
  let n = 0;
  for await (const record of readXmlRecords(decodeChunks(context.source.chunks(), (w) => warnings.push(w)), reader)) {
    if (!ROOTS.has(reader.rootName ?? '')) break;
    n++;
    if (record.error) {
      const id = text(record.element, 'guid') || text(record.element, 'id') || text(record.element, 'link');
      yield { kind: 'failed', item: id || `item ${n} (line ${record.line})`, error: record.error };
      continue;
    }
    const item = record.element.name === 'entry' ? atomEntryToSource(record.element, context) : rssItemToSource(record.element, context);
    if (item.kind === 'story') {
      item.item ??= `item ${n}`;
      if (warnings.length) item.warnings.push(...warnings.splice(0));
    }
    yield item;
  }
  if (!ROOTS.has(reader.rootName ?? '')) throw new ImportError(`not an RSS or Atom feed: the root element is <${reader.rootName}>`);
  for (const problem of reader.problems.slice(0, 1)) yield { kind: 'failed', error: problem };
}
