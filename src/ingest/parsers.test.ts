import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StoryDraft } from '../domain/story.ts';
import { checkDraft } from './check-draft.ts';
import { parseCapturedText } from './captured-text.ts';
import { IMPORT_FORMATS, type ImportFormat } from './detect-format.ts';
import { ImportError } from './import-error.ts';
import { bufferSource } from './import-source.ts';
import { PARSERS } from './parsers.ts';

// Properties: no input, however broken, makes a parser throw anything but ImportError.

async function drain(format: ImportFormat, bytes: Uint8Array): Promise<void> {
  try {
    for await (const item of PARSERS[format]({ source: bufferSource('input', bytes), defaultSection: 'News', status: 'published' })) {
      assert.ok(['story', 'section', 'failed', 'skipped'].includes(item.kind));
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw new Error(`${format} threw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
  }
}

const xmlPiece = fc.constantFrom(
  '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>', '<rss xmlns:wp="http://wordpress.org/export/1.2/">', '</rss>', '<channel>', '</channel>',
  '<item>', '</item>', '<title>', '</title>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<content type="xhtml">', '<div>', '</div>',
  '<content:encoded><![CDATA[', ']]></content:encoded>', '<wp:post_type>', 'post', 'page', '</wp:post_type>', '<wp:status>publish</wp:status>', '<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>',
  '<guid>', '</guid>', '<link href="x"/>', '<pubDate>', 'Tue, 11 Mar 2025', '</pubDate>', '&amp;', '&nbsp;', '&#0;', '<', '>', '"', 'text', '\u0000', '\uFFFE', '\r\n',
);
const xmlish = fc.array(fc.oneof(xmlPiece, xmlPiece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => Buffer.from(parts.join('')));
const bytes = fc.uint8Array({ maxLength: 300 });
const utf16 = fc.string({ maxLength: 100 }).map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
const jsonl = fc.array(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.record({
  section: fc.oneof(fc.string(), fc.constant('News')), headline: fc.string(), bodyFormat: fc.constantFrom('text', 'html', 'markdown', 'pdf'),
  body: fc.string(), status: fc.constantFrom('published', 'draft', 'x'), publishedAt: fc.oneof(fc.string(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
}).map((r) => JSON.stringify(r))), { maxLength: 10 }).map((lines) => Buffer.from(lines.join('\n')));
const htmlish = fc.array(fc.oneof(fc.constantFrom('<html>', '<head>', '<title>', '</title>', '<body>', '<article>', '<p>', '</p>', '<h1>', '</h1>',
  '<script type="application/ld+json">', '{"@type":"NewsArticle","headline":', '"x"}', '</script>', '<meta property="og:title" content="', '">', 'words and more words. '), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => Buffer.from(parts.join('')));

for (const format of IMPORT_FORMATS) {
  test(`property: the ${format} parser fails only with ImportError`, async () => {
    const input = format === 'jsonl' ? fc.oneof(jsonl, bytes, utf16) : format === 'html' ? fc.oneof(htmlish, bytes, utf16) : fc.oneof(xmlish, bytes, utf16, fc.string().map((s) => Buffer.from(s)));
    await fc.assert(fc.asyncProperty(input, (b) => drain(format, b)), { numRuns: format === 'html' ? 60 : 150 });
  });
}

test('property: captured text and draft checks fail only with ImportError', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('Date:', 'Date: June 20, 2024', 'Share post:', 'Related', 'Advertisement', '…', '\n', '\n\n')), { maxLength: 30 }), (parts) => {
      try {
        parseCapturedText(parts.join('\n'));
      } catch (error) {
        assert.ok(error instanceof ImportError, String(error));
      }
    }),
    { numRuns: 300 },
  );
  const anything = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.integer());
  fc.assert(
    fc.property(fc.record({ sectionName: anything, headline: anything, body: anything, bodyFormat: anything, status: anything, publishedAt: anything, updatedAt: anything, canonicalUrl: anything, authors: fc.array(fc.string()) }), (raw) => {
      try {
        checkDraft({ source: 'test', ...raw } as unknown as StoryDraft, { now: new Date(), defaultSection: 'News' });
      } catch (error) {
        assert.ok(error instanceof ImportError, String(error));
      }
    }),
    { numRuns: 300 },
  );
});
