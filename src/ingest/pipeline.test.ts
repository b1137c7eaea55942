import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { countStories, findPublishedStory, storyReferences } from '../store/stories.ts';
import { listSections } from '../store/sections.ts';
import { importFiles } from './pipeline.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/000_8282958ffefe6f19.txt', import.meta.url));
const now = new Date('2026-11-27T10:00:00.000Z');
let t: TestDatabase;
let dir: string;
before(async () => {
  t = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-pipeline-'));
});
after(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('JSON Lines: good lines import, each bad line is one failed item with its line number', async () => {
  const report = await importFiles(t.db, [path.join(FIXTURES, 'stories.jsonl')], { now });
  assert.deepEqual(report.counts, { created: 4, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, failed: 4 });
  const failed = report.items.filter((i) => i.outcome === 'failed').map((i) => [i.item, i.error]);
  assert.deepEqual(failed, [
    ['line 6', 'not valid JSON'],
    ['line 7', 'no headline'],
    ['line 9', 'status: Invalid option: expected one of "draft"|"in_review"|"scheduled"|"published"|"unpublished"'],
    ['line 10', 'not a JSON object'],
  ]);
  const ferry = await findPublishedStory(t.db, 'harbour', 'ferry-timetable-changes-from-monday', now);
  assert.ok(ferry);
  assert.equal(ferry.dek, 'Fewer crossings at night');
  assert.match(ferry.bodyHtml, /<strong>two fewer<\/strong>/);
  assert.deepEqual(ferry.authors.map((a) => a.name), ['Ines Mar']);
  const lighthouse = report.items.find((i) => i.headline === 'Lighthouse Reopens to Visitors')!;
  assert.ok(lighthouse.warnings.some((w) => w.includes('flagged as a missing date')));
  assert.deepEqual((await listSections(t.db)).map((s) => s.name).slice(0, 2), ['Harbour', 'Markets']);
});

test('importing the same file again creates nothing; a changed item updates its story', async () => {
  const again = await importFiles(t.db, [path.join(FIXTURES, 'stories.jsonl')], { now: new Date('2026-11-28T00:00:00Z') });
  assert.equal(again.counts.created, 0);
  assert.equal(again.counts.unchanged, 4);
  const changed = path.join(dir, 'changed.jsonl');
  fs.writeFileSync(changed, fs.readFileSync(path.join(FIXTURES, 'stories.jsonl'), 'utf8').replace('two fewer', 'three fewer'));
  const third = await importFiles(t.db, [changed], { now });
  assert.equal(third.counts.updated, 1);
  assert.equal(third.counts.unchanged, 3);
  const ferry = await findPublishedStory(t.db, 'harbour', 'ferry-timetable-changes-from-monday', now);
  assert.match(ferry!.bodyHtml, /three fewer/);
});

test('the same wire story with small edits under another key is reported as a duplicate, not stored', async () => {
  const body = fs.readFileSync(SEED, 'utf8').split('\n').slice(6, 20).join('\n');
  const line = (key: string, text: string) => JSON.stringify({ section: 'World', headline: 'Seoul Reacts to Pact', bodyFormat: 'text', body: text, status: 'published', publishedAt: '2026-01-01T00:00:00Z', source: 'wire:a', sourceKey: key });
  const file = path.join(dir, 'wire.jsonl');
  fs.writeFileSync(file, [line('a1', body), line('b7', body.replace('condemned', 'strongly condemned'))].join('\n'));
  const before = await countStories(t.db);
  const report = await importFiles(t.db, [file], { now });
  assert.deepEqual(report.items.map((i) => i.outcome), ['created', 'duplicate']);
  assert.equal(report.items[1]!.duplicateOf, '/world/seoul-reacts-to-pact');
  assert.equal(await countStories(t.db), before + 1);
  // Once stored, a later run finds it too.
  const later = path.join(dir, 'later.jsonl');
  fs.writeFileSync(later, line('c9', body.replace('condemned', 'denounced')));
  assert.equal((await importFiles(t.db, [later], { now })).items[0]!.outcome, 'duplicate');
});

test('--dry-run reports what would happen and writes nothing', async () => {
  const file = path.join(dir, 'dry.jsonl');
  fs.writeFileSync(file, JSON.stringify({ section: 'Dry', headline: 'Not Written', bodyFormat: 'text', body: 'Nothing here is stored at all.', status: 'published' }));
  const before = await countStories(t.db);
  const report = await importFiles(t.db, [file], { now, dryRun: true });
  assert.equal(report.dryRun, true);
  assert.equal(report.counts.created, 1);
  assert.equal(await countStories(t.db), before);
});

test('the seed keeps its Related teasers as references, not stories', async () => {
  const report = await importFiles(t.db, [SEED], { now });
  assert.equal(report.items[0]!.outcome, 'created');
  const story = await findPublishedStory(t.db, 'international', 'seoul-slams-russian-north-korea-deal-and-might-reconsider-ukraine-policy', now);
  const refs = await storyReferences(t.db, story!.id);
  assert.equal(refs.length, 3);
  assert.ok(refs.every((r) => r.excerpt?.endsWith('…')));
});

test('a batch is written in one go: many stories, one report line each', async () => {
  const file = path.join(dir, 'many.jsonl');
  const lines = Array.from({ length: 603 }, (_, i) =>
    JSON.stringify({ section: `Batch ${i % 3}`, headline: `Batch story ${i}`, bodyFormat: 'text', body: `Short note ${i}, code ${i * 7919}.`, status: 'published', publishedAt: '2026-02-01T00:00:00Z', sourceKey: `many-${i}`, tags: [`t${i % 5}`], authors: [`Writer ${i % 4}`] }),
  );
  lines.splice(300, 0, lines[10]!); // the same story twice in one batch: the second is unchanged
  fs.writeFileSync(file, lines.join('\n'));
  const report = await importFiles(t.db, [file], { now, batchSize: 250 });
  assert.equal(report.counts.created, 603);
  assert.equal(report.counts.unchanged, 1);
  assert.equal(report.counts.failed, 0);
});

test('WordPress export: posts imported and sanitized, pages and attachments counted as skipped, bad posts reported', async () => {
  const file = path.join(FIXTURES, 'wordpress.wxr.xml');
  const report = await importFiles(t.db, [file], { now });
  assert.deepEqual(report.counts, { created: 4, updated: 0, unchanged: 0, duplicate: 0, skipped: 3, failed: 2 });
  assert.deepEqual(report.skipped, { 'a WordPress page': 1, 'a WordPress attachment (media)': 1, 'a post with status trash': 1 });
  assert.deepEqual(report.items.filter((i) => i.outcome === 'failed').map((i) => [i.item, i.error?.replace(/:.*/, '')]), [['post 107', 'no headline'], ['post 108', 'malformed XML']]);
  const bridge = await findPublishedStory(t.db, 'county', 'bridge-closes', now);
  assert.ok(bridge);
  assert.doesNotMatch(bridge.bodyHtml, /script|onclick|alert/);
  assert.match(bridge.bodyHtml, /<a href="https:\/\/valley.example.net\/map" rel="noopener nofollow">See the map<\/a>/);
  assert.deepEqual(bridge.authors.map((a) => a.name), ['Odile Brenner']);
  assert.equal(bridge.excerpt, 'Eight weeks of works on the stone bridge.');
  const again = await importFiles(t.db, [file], { now });
  assert.equal(again.counts.unchanged, 4);
});

test('a file too big for its format and a UTF-16 capture: one clear line, the other imports', async () => {
  const big = path.join(dir, 'huge.txt');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 11 * 1024 * 1024);
  const utf16 = path.join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SportRowing Club Wins Regatta\n\nRowing Club Wins Regatta\n\nDate: 2024-07-01\n\nThe club’s eight won by a length.\n', 'utf16le')]));
  const report = await importFiles(t.db, [big, utf16], { now, format: 'text' });
  assert.deepEqual(report.items.map((i) => [i.outcome, i.error]), [
    ['failed', 'the file is 11.0 MB; the limit for this format is 10 MB'],
    ['created', undefined],
  ]);
  assert.equal(report.items[1]!.path, '/sport/rowing-club-wins-regatta');
});

test('bodies prepared on worker threads are stored exactly as when prepared inline', async () => {
  const file = path.join(dir, 'threads.jsonl');
  const formats = ['markdown', 'html', 'text'] as const;
  const lines = Array.from({ length: 90 }, (_, i) => {
    const format = formats[i % 3]!;
    const body =
      format === 'markdown' ? `Paragraph **${i}** with [a link](https://example.net/${i}).\n\nSecond paragraph of story ${i}, with more words in it.`
      : format === 'html' ? `<p onclick="x()">Paragraph ${i} &amp; more <script>alert(${i})</script></p><p>Second paragraph of story ${i}, with more words.</p>`
      : `Paragraph ${i} of a plain story.\n\nSecond paragraph of story ${i}, with more words.`;
    return JSON.stringify({ section: 'Threads', headline: `Thread story ${i}`, bodyFormat: format, body, status: 'published', publishedAt: '2026-03-01T00:00:00Z', sourceKey: `threads-${i}` });
  });
  lines.splice(45, 0, '{"headline": 1}');
  fs.writeFileSync(file, lines.join('\n'));
  const inline = await openTestDatabase();
  try {
    const threaded = await importFiles(t.db, [file], { now, batchSize: 20, prepareThreads: 2 });
    const plain = await importFiles(inline.db, [file], { now, batchSize: 20, prepareThreads: 0 });
    const outcome = (r: typeof plain) => r.items.map((i) => [i.item, i.outcome, i.path ?? i.error]);
    assert.deepEqual(outcome(threaded), outcome(plain));
    assert.equal(threaded.counts.created, 90);
    const stored = (db: typeof t.db) =>
      db.selectFrom('stories').select(['slug', 'body_html', 'body_text', 'excerpt', 'word_count', 'content_hash', 'fingerprint']).where('source_key', 'like', 'threads-%').orderBy('slug').execute();
    const [a, b] = [await stored(t.db), await stored(inline.db)];
    assert.equal(a.length, 90);
    assert.deepEqual(a, b);
    assert.ok(a.every((s) => !/script|onclick/.test(s.body_html)));
  } finally {
    await inline.close();
  }
});
