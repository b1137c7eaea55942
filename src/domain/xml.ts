/** Markup already written by `element` (or trusted text): inserted as is, never escaped twice. */
export class XmlMarkup {
  constructor(readonly markup: string) {}
}

export type XmlChild = XmlMarkup | string | number | null | undefined | false | XmlChild[];

// Characters XML 1.0 forbids anywhere (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF):
// a headline pasted from a word processor must not make the whole feed unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

function childMarkup(child: XmlChild): string {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return child.map(childMarkup).join('');
  if (child instanceof XmlMarkup) return child.markup;
  return escapeXml(String(child));
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

/** `<name attr="…">children</name>`: strings are escaped, `XmlMarkup` goes in as is, empty children give `<name/>`. */
export function element(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlMarkup {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`not an XML name: ${key}`);
    open += ` ${key}="${escapeXml(value)}"`;
  }
  const inner = childMarkup(children);
  return new XmlMarkup(inner === '' ? `${open}/>` : `${open}>${inner}</${name}>`);
}

export function xmlDocument(root: XmlMarkup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`;
}
