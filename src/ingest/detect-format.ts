/** The formats `dateline import` reads. `feed` is RSS 2.0 or Atom. */
export const IMPORT_FORMATS = ['text', 'html', 'feed', 'wxr', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const ALIASES: Record<string, ImportFormat> = { rss: 'feed', atom: 'feed', wordpress: 'wxr', captured: 'text', txt: 'text', ndjson: 'jsonl' };

export function parseFormatName(name: string): ImportFormat | undefined {
  const lower = name.toLowerCase();
  return (IMPORT_FORMATS as readonly string[]).includes(lower) ? (lower as ImportFormat) : ALIASES[lower];
}

/** The format of a file from its first bytes, then its name: content wins over a misleading extension. */
export function detectFormat(name: string, head: Uint8Array): ImportFormat | undefined {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head);
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head);
  else text = Buffer.from(head).toString('latin1');
  const start = text.replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '').trimStart();
  if (/^<\?xml|^<(rss|feed|rdf:RDF)\b/i.test(start)) {
    if (/xmlns:wp=|<wp:wxr_version/i.test(text)) return 'wxr';
    if (/<(rss|feed|rdf:RDF)\b/i.test(text)) return 'feed';
  }
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|article|meta)\b/i.test(start)) return 'html';
  if (/^\{\s*"/.test(start)) return 'jsonl';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'html':
    case 'htm':
      return 'html';
    case 'rss':
    case 'atom':
      return 'feed';
    case 'xml':
      return /<wp:|wordpress/i.test(text) ? 'wxr' : 'feed';
    case 'txt':
    case undefined:
      return 'text';
    default:
      return start && !start.startsWith('<') ? 'text' : undefined;
  }
}
