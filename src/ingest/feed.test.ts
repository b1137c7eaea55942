import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedItems } from './feed.ts';
import type { SourceItem } from './import-report.ts';
import { bufferSource } from './import-source.ts';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)));

async function parse(bytes: Uint8Array, sourceName?: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of feedItems({ source: bufferSource('feed', bytes), defaultSection: 'World', status: 'published', ...(sourceName ? { sourceName } : {}) })) items.push(item);
  return items;
}

test('RSS 2.0 items: full content, dates, authors, categories as tags, GUIDs as keys', async () => {
  const items = await parse(fixture('wire.rss'), 'wire:https://wire.example.com/world.rss');
  assert.equal(items.length, 4);
  const [strike, rates, untitled, volcano] = items;
  assert.ok(strike?.kind === 'story');
  assert.equal(strike.item, 'meridian-2025-0311-0042');
  assert.equal(strike.draft.headline, 'Port Strike Enters Third Day as Talks Stall');
  assert.equal(strike.draft.sectionName, 'World');
  assert.equal(strike.draft.publishedAt, 'Tue, 11 Mar 2025 14:05:00 +0000');
  assert.deepEqual(strike.draft.authors, ['Lena Vogt']);
  assert.deepEqual(strike.draft.tags, ['Labour', 'Shipping']);
  assert.equal(strike.draft.excerpt, 'Dockworkers kept the container terminals shut for a third day.');
  assert.equal(strike.draft.source, 'wire:https://wire.example.com/world.rss');
  assert.equal(strike.draft.sourceKey, 'meridian-2025-0311-0042');
  assert.ok(rates?.kind === 'story');
  assert.deepEqual(rates.draft.authors, ['Tomás Ferreira']);
  assert.match(rates.draft.body, /^<p>The central bank kept/);
  assert.ok(untitled?.kind === 'story' && untitled.draft.headline === '');
  assert.ok(volcano?.kind === 'story' && volcano.draft.publishedAt === null);
});

test('Atom entries: html, xhtml and text content, published and updated, categories', async () => {
  const items = await parse(fixture('wire.atom'));
  assert.equal(items.length, 3);
  const [glacier, moth, sun] = items;
  assert.ok(glacier?.kind === 'story' && moth?.kind === 'story' && sun?.kind === 'story');
  assert.equal(glacier.draft.headline, 'Glacier Retreat Doubles in a Decade');
  assert.equal(glacier.draft.publishedAt, '2025-05-01T08:00:00Z');
  assert.equal(glacier.draft.updatedAt, '2025-05-02T09:30:00Z');
  assert.deepEqual(glacier.draft.authors, ['Sigrid Aune']);
  assert.deepEqual(glacier.draft.tags, ['Climate']);
  assert.equal(glacier.draft.canonicalUrl, 'https://science.example.org/glacier-retreat');
  assert.equal(glacier.draft.sourceKey, 'tag:science.example.org,2025:glacier-retreat');
  assert.equal(moth.draft.bodyFormat, 'html');
  assert.match(moth.draft.body, /<p>Volunteers counting insects .*<strong>forty years<\/strong>/);
  assert.equal(moth.draft.publishedAt, '2025-04-28T16:00:00Z');
  assert.equal(sun.draft.bodyFormat, 'text');
  assert.match(sun.draft.body, /^Amateur radio operators/);
});

test('a feed cut off mid-item keeps what came before; a non-feed is refused', async () => {
  const text = fixture('wire.rss').toString('utf8');
  const items = await parse(Buffer.from(text.slice(0, text.indexOf('<guid>meridian-untitled'))));
  assert.deepEqual(items.map((i) => i.kind), ['story', 'story', 'failed']);
  assert.ok(items[2]!.kind === 'failed' && /truncated/.test(items[2]!.error));
  await assert.rejects(parse(Buffer.from('<html><body>not a feed</body></html>')), /not an RSS or Atom feed: the root element is <html>/);
  await assert.rejects(parse(Buffer.from('\u0000\u0001binary')), /binary/);
});
