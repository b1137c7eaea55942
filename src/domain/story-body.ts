import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** How a story body is written: Markdown (newsroom), HTML (imports) or plain paragraphs (captured text). */
export const BODY_FORMATS = ['markdown', 'html', 'text'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

/** HTML that went through `sanitizeStoryHtml`: the only kind a view may insert unescaped. */
export type SanitizedHtml = string & { readonly __sanitized: true };

/** Embeds a story may carry: video players from known hosts, by the exact path their embed code uses. */
export const ALLOWED_EMBEDS = [
  /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\/[\w-]+(\?[\w=&;%-]*)?$/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+(\?[\w=&;%-]*)?$/,
];

export function isAllowedEmbed(src: string | undefined): boolean {
  return Boolean(src && ALLOWED_EMBEDS.some((pattern) => pattern.test(src)));
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'iframe',
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'br', 'hr',
    'figure', 'figcaption', 'img', 'code', 'pre', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr', 'q', 'cite',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    abbr: ['title'],
    th: ['scope'],
    iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'loading', 'sandbox', 'referrerpolicy'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Headline is the page's h1; body headings start at h2.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener nofollow' } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
    // An iframe stays only for an allowed embed, boxed in: no top navigation, no forms, no popups.
    iframe: (tagName, attribs): sanitizeHtml.Tag =>
      isAllowedEmbed(attribs.src)
        ? {
            tagName,
            attribs: {
              src: attribs.src!, width: attribs.width ?? '560', height: attribs.height ?? '315', title: attribs.title ?? 'Embedded video',
              allowfullscreen: '', loading: 'lazy', sandbox: 'allow-scripts allow-same-origin allow-presentation', referrerpolicy: 'strict-origin-when-cross-origin',
            },
          }
        : { tagName, attribs: {} as sanitizeHtml.Attributes },
  },
  exclusiveFilter: (frame) => frame.tag === 'iframe' && !frame.attribs.src,
};

export function sanitizeStoryHtml(html: string): SanitizedHtml {
  return sanitizeHtml(html, SANITIZE_OPTIONS) as SanitizedHtml;
}

const markdown = new Marked({ gfm: true, breaks: false, async: false });

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraphs are separated by blank lines; single newlines inside one are kept as spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

export function renderBody(format: BodyFormat, source: string): SanitizedHtml {
  switch (format) {
    case 'markdown':
      return sanitizeStoryHtml(markdown.parse(source) as string);
    case 'html':
      return sanitizeStoryHtml(source);
    case 'text':
      return sanitizeStoryHtml(splitParagraphs(source).map((p) => `<p>${escapeText(p)}</p>`).join('\n'));
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable text of sanitized body HTML, paragraphs separated by blank lines (for excerpts and search). */
export function bodyText(html: SanitizedHtml): string {
  return html
    .replace(/<\/(p|h[2-4]|li|blockquote|figcaption|tr)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => {
      if (name in ENTITIES) return ENTITIES[name]!;
      if (name.startsWith('#')) {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
