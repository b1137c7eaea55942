/**
 * Search highlights travel as private-use characters around the matched words, put there by the
 * index; they become <mark> only after the text around them is escaped, so story text can never
 * turn into markup on the results page.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/** Splits marked text into plain and highlighted parts; stray or unbalanced markers are dropped. */
export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let inside = false;
  for (const piece of marked.split(/([\uE000\uE001])/)) {
    if (piece === MARK_START) inside = true;
    else if (piece === MARK_END) inside = false;
    else if (piece) {
      const last = parts.at(-1);
      if (last && last.marked === inside) last.text += piece;
      else parts.push({ text: piece, marked: inside });
    }
  }
  return parts;
}

/** The text with its markers removed. */
export function plainText(marked: string): string {
  return marked.replace(/[\uE000\uE001]/g, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped HTML with <mark> around highlighted parts (for the JSON endpoint; pages render the parts). */
export function highlightHtml(marked: string): string {
  return highlightParts(marked)
    .map((p) => {
      const text = p.text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
      return p.marked ? `<mark>${text}</mark>` : text;
    })
    .join('');
}
