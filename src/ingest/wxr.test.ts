import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceItem } from './import-report.ts';
import { bufferSource } from './import-source.ts';
import { wordpressDate, wordpressParagraphs, wxrItems } from './wxr.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/wordpress.wxr.xml', import.meta.url));

async function parse(bytes: Uint8Array): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of wxrItems({ source: bufferSource('export.xml', bytes), defaultSection: 'News', status: 'published' })) items.push(item);
  return items;
}

test('posts become drafts with section, tags, author names, dates and status; pages and attachments are skipped', async () => {
  const items = await parse(fs.readFileSync(FIXTURE));
  const summary = items.map((i) => (i.kind === 'story' ? `story ${i.item}` : i.kind === 'skipped' ? `skipped ${i.item}: ${i.reason}` : `${i.kind} ${'item' in i ? i.item : ''}`));
  assert.deepEqual(summary, [
    'story post 101',
    'story post 102',
    'story post 103',
    'skipped post 104: a WordPress page',
    'skipped post 105: a WordPress attachment (media)',
    'skipped post 106: a post with status trash',
    'story post 107',
    'failed post 108',
    'story post 109',
  ]);
  const bridge = items[0]!;
  assert.ok(bridge.kind === 'story');
  assert.equal(bridge.draft.sectionName, 'County');
  assert.deepEqual(bridge.draft.tags, ['Roads', 'Ems']);
  assert.deepEqual(bridge.draft.authors, ['Odile Brenner']);
  assert.equal(bridge.draft.publishedAt, '2025-09-01T06:15:00.000Z');
  assert.equal(bridge.draft.updatedAt, '2025-09-02T10:00:00.000Z');
  assert.equal(bridge.draft.slug, 'bridge-closes');
  assert.equal(bridge.draft.sourceKey, 'https://valley.example.net/?p=101');
  assert.equal(bridge.draft.excerpt, 'Eight weeks of  works  on the stone bridge.');
  assert.match(bridge.draft.body, /^<p>The county will close/);
  const choir = items[1]!;
  assert.ok(choir.kind === 'story' && choir.draft.status === 'scheduled' && choir.draft.sectionName === 'Culture');
  assert.deepEqual(choir.kind === 'story' && choir.draft.tags, ['County']);
  const notes = items[2]!;
  assert.ok(notes.kind === 'story' && notes.draft.status === 'draft' && notes.draft.publishedAt === null);
  const cafe = items[7]!;
  assert.ok(cafe.kind === 'failed' && /malformed XML/.test(cafe.error), JSON.stringify(cafe));
});

test('a truncated export keeps the posts before the cut and reports the one cut off', async () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const items = await parse(Buffer.from(text.slice(0, text.indexOf('<wp:post_id>102</wp:post_id>'))));
  assert.equal(items.length, 2);
  assert.equal(items[0]!.kind, 'story');
  assert.ok(items[1]!.kind === 'failed' && items[1]!.error === 'the file ends inside this item (truncated?)');
});

test('UTF-16 with a BOM and a Latin-1 declaration are read', async () => {
  const xml = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>${title}</title><content:encoded>Text of the post about the café.</content:encoded><wp:post_id>1</wp:post_id></item></channel></rss>`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml('UTF-16', 'Café Reopens'), 'utf16le')]);
  const [a] = await parse(utf16);
  assert.ok(a?.kind === 'story' && a.draft.headline === 'Café Reopens');
  const [b] = await parse(Buffer.from(xml('ISO-8859-1', 'Caf\xe9 Reopens'), 'latin1'));
  assert.ok(b?.kind === 'story' && b.draft.headline === 'Café Reopens');
});

test('WordPress dates and paragraphs', () => {
  assert.equal(wordpressDate('2024-06-20 03:04:05'), '2024-06-20T03:04:05.000Z');
  assert.equal(wordpressDate('0000-00-00 00:00:00'), null);
  assert.equal(wordpressDate('yesterday'), null);
  assert.equal(wordpressParagraphs('One\nline.\n\nTwo.'), '<p>One<br>line.</p>\n<p>Two.</p>');
  assert.equal(wordpressParagraphs('<p>Kept.</p>'), '<p>Kept.</p>');
});

test('not a WordPress export, binary junk and empty input fail clearly', async () => {
  await assert.rejects(parse(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>')), /not a WordPress export/);
  await assert.rejects(parse(Buffer.from([0x3c, 0x00, 0x01, 0xff])), /binary/);
  await assert.rejects(parse(Buffer.from('')), /must contain a root element/);
});
