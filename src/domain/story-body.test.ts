import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { bodyText, isAllowedEmbed, renderBody, sanitizeStoryHtml, splitParagraphs, wordCount } from './story-body.ts';

test('plain text keeps paragraphs and typography, escapes markup', () => {
  const html = renderBody('text', 'Kim called it a “fiery friendship”.\n\nIt’s <b>not</b> bold & fine.');
  assert.equal(html, '<p>Kim called it a “fiery friendship”.</p>\n<p>It’s &lt;b&gt;not&lt;/b&gt; bold &amp; fine.</p>');
});

test('plain text does not read list or heading syntax into a paragraph', () => {
  assert.equal(renderBody('text', '1961. A treaty was signed.\n\n# not a heading'), '<p>1961. A treaty was signed.</p>\n<p># not a heading</p>');
});

test('markdown renders, with headings demoted below the page headline', () => {
  const html = renderBody('markdown', '# Heading\n\nA *quote* from [the report](https://example.org/r).');
  assert.match(html, /<h2>Heading<\/h2>/);
  assert.match(html, /<em>quote<\/em>/);
  assert.match(html, /<a href="https:\/\/example.org\/r" rel="noopener nofollow">the report<\/a>/);
});

test('sanitizing removes scripts, handlers and javascript: URLs', () => {
  const dirty = '<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><iframe src="https://evil"></iframe>';
  const clean = sanitizeStoryHtml(dirty);
  assert.doesNotMatch(clean, /script|onclick|onerror|javascript:|iframe/i);
  assert.match(clean, /<p>Hi<\/p>/);
});

test('markdown with raw HTML is sanitized too', () => {
  assert.doesNotMatch(renderBody('markdown', 'Hello <script>alert(1)</script> <img src="x" onerror="y">'), /script|onerror/);
});

test('bodyText turns HTML back into readable paragraphs', () => {
  const html = renderBody('markdown', 'First & “quoted”.\n\nSecond &#8212; para.');
  assert.equal(bodyText(html), 'First & “quoted”.\n\nSecond — para.');
});

test('splitParagraphs and wordCount', () => {
  assert.deepEqual(splitParagraphs('a\nb\n\n\n c \r\n\r\nd'), ['a b', 'c', 'd']);
  assert.equal(wordCount(' one two\nthree '), 3);
});

// The XSS corpus: every vector, sanitized, must leave only allowed tags, attributes and URL schemes.
const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'br', 'hr', 'figure', 'figcaption', 'img', 'code', 'pre', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr', 'q', 'cite', 'iframe']);

/** Problems with sanitized HTML, checked by parsing it as a browser would. */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`tag <${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name) || ['style', 'srcdoc', 'srcset', 'formaction', 'action', 'background', 'xlink:href'].includes(name)) problems.push(`attribute ${name}`);
      // A URL is safe with an http(s)/mailto scheme, or with none at all (relative); never protocol-relative.
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (['href', 'src', 'cite'].includes(name) && ((scheme && !['http', 'https', 'mailto'].includes(scheme)) || /^\s*[\\/]{2}/.test(value))) problems.push(`${name}=${value}`);
    }
    if (tag === 'iframe' && !isAllowedEmbed(el.getAttribute('src') ?? '')) problems.push(`iframe ${el.getAttribute('src')}`);
  }
  return problems;
}

test('the XSS corpus: no vector survives sanitizing', () => {
  const corpus = fs.readFileSync(fileURLToPath(new URL('../../test/fixtures/xss-vectors.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  assert.ok(corpus.length >= 50);
  for (const vector of corpus) {
    for (const format of ['html', 'markdown', 'text'] as const) {
      const html = renderBody(format, vector);
      assert.deepEqual(unsafeParts(html), [], `${format}: ${vector}\n→ ${html}`);
      // Escaped text may say anything; no tag may carry a script or a handler.
      assert.doesNotMatch(html, /<script|<[^>]*\son[a-z]+\s*=|<[^>]*(javascript|vbscript):/i, `${format}: ${vector}`);
    }
  }
});

test('allowed embeds stay, boxed in; other iframes go', () => {
  const html = sanitizeStoryHtml('<iframe src="https://www.youtube.com/embed/abc_DEF-1" onload="x()"></iframe><iframe src="https://player.vimeo.com/video/123"></iframe><iframe src="https://evil.example/"></iframe>');
  assert.equal((html.match(/<iframe/g) ?? []).length, 2);
  assert.match(html, /sandbox="allow-scripts allow-same-origin allow-presentation"/);
  assert.doesNotMatch(html, /onload|evil/);
  assert.equal(isAllowedEmbed('https://www.youtube.com/embed/x?start=10'), true);
  assert.equal(isAllowedEmbed('https://www.youtube.com.evil.example/embed/x'), false);
  assert.equal(isAllowedEmbed('http://www.youtube.com/embed/x'), false);
});

test('property: whatever HTML comes in, what comes out is safe', () => {
  const pieces = fc.constantFrom('<p>', '</p>', '<a href="', 'javascript:', 'https://ok.example/', '">', '</a>', '<img src=', ' onerror=', 'alert(1)', '<script>', '</script>',
    '<iframe src="', 'https://www.youtube.com/embed/x', '<svg>', '<style>', '&#106;', '"', "'", '<', '>', '=', ' ', 'text', '<!--', '-->', '<![CDATA[', ']]>');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
      assert.deepEqual(unsafeParts(sanitizeStoryHtml(parts.join(''))), []);
    }),
    { numRuns: 300 },
  );
});
