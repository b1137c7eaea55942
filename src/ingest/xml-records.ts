import { SaxesParser } from 'saxes';
import { ImportError } from './import-error.ts';

/** A small element tree: enough for one feed item or WordPress post, never a whole file. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

export interface XmlRecord {
  element: XmlElement;
  /** Where in the file it started, for the report ("line 120"). */
  line: number;
  /** Why the record is unusable (malformed XML inside it, cut off by the end of the file, too large). */
  error?: string;
}

/** Text of one record's elements is capped: a 200 MB item is an error for that item, not 200 MB of memory. */
export const MAX_RECORD_CHARS = 8_000_000;

export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textOf(child);
  return out;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** The element's content as HTML (for Atom `type="xhtml"`); it is sanitized later like any body. */
export function innerXml(element: XmlElement): string {
  return element.children
    .map((c) => {
      if (typeof c === 'string') return escapeHtml(c);
      const name = c.name.replace(/^[\w-]+:/, '');
      const attrs = Object.entries(c.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      return `<${name}${attrs}>${innerXml(c)}</${name}>`;
    })
    .join('');
}

/**
 * Streams an XML document and yields each record element (e.g. `item`, `entry`) as a small tree once it
 * closes: memory is bounded by one record, whatever the file's size. Malformed XML costs the record it
 * is in; outside a record it is collected in `problems`. `rootName` is set once the root element opens.
 */
export class XmlRecordReader {
  rootName: string | undefined;
  readonly problems: string[] = [];
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: XmlElement[] = [];
  private record: XmlRecord | undefined;
  private chars = 0;
  private readonly ready: XmlRecord[] = [];

  constructor(private readonly isRecord: (name: string, parents: readonly string[]) => boolean) {
    const path: string[] = [];
    this.parser.on('opentag', (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
      const element: XmlElement = { name: tag.name, attrs, children: [] };
      if (this.rootName === undefined) this.rootName = tag.name;
      if (this.record) {
        this.stack.at(-1)!.children.push(element);
        this.stack.push(element);
      } else if (this.isRecord(tag.name, path)) {
        this.record = { element, line: this.parser.line };
        this.chars = 0;
        this.stack.push(element);
      }
      path.push(tag.name);
    });
    this.parser.on('closetag', () => {
      path.pop();
      if (!this.record) return;
      this.stack.pop();
      if (!this.stack.length) {
        this.ready.push(this.record);
        this.record = undefined;
      }
    });
    const onText = (text: string) => {
      if (!this.record) return;
      this.chars += text.length;
      if (this.chars > MAX_RECORD_CHARS) {
        this.record.error ??= `the item is over ${MAX_RECORD_CHARS / 1_000_000} million characters`;
        return;
      }
      this.stack.at(-1)!.children.push(text);
    };
    this.parser.on('text', onText);
    this.parser.on('cdata', onText);
    this.parser.on('error', (error) => {
      const message = `malformed XML: ${error.message}`;
      if (this.record) this.record.error ??= message;
      else if (this.problems.length < 20) this.problems.push(message);
    });
  }

  /** Feeds text; returns the records completed by it. */
  write(text: string): XmlRecord[] {
    this.parser.write(text);
    return this.ready.splice(0);
  }

  /** Ends the document; a record still open was cut off and comes back with an error. */
  close(): XmlRecord[] {
    const open = this.record;
    if (open) open.error = 'the file ends inside this item (truncated?)';
    try {
      this.parser.close();
    } catch {
      // Already reported through the error handler.
    }
    const records = this.ready.splice(0);
    if (open && !records.includes(open)) records.push(open);
    if (this.rootName === undefined) throw new ImportError(this.problems[0] ?? 'no XML in the file');
    return records;
  }
}

/** Records of a streamed document, as they complete. */
export async function* readXmlRecords(text: AsyncIterable<string>, reader: XmlRecordReader): AsyncIterable<XmlRecord> {
  for await (const chunk of text) yield* reader.write(chunk);
  yield* reader.close();
}
