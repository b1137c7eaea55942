import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadDemo } from '../demo/load-demo.ts';
import type { Db } from '../store/database.ts';
import { listSections } from '../store/sections.ts';
import { countStories, setLinkedStories } from '../store/stories.ts';
import { exportStories } from '../store/story-export.ts';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { exportJsonLines } from './export-json-lines.ts';
import { importFiles } from './pipeline.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/000_8282958ffefe6f19.txt', import.meta.url));
const now = new Date('2026-11-27T10:00:00.000Z');
let t: TestDatabase;
let dir: string;
before(async () => {
  t = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-export-'));
});
after(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function everything(db: Db) {
  const stories = [];
  for await (const { id: _id, ...story } of exportStories(db)) stories.push(story);
  return { stories, sections: (await listSections(db)).map((s) => s.name) };
}

test('export then import into an empty site reproduces every story; importing it again changes nothing', async () => {
  await loadDemo(t.db, now);
  await importFiles(t.db, [SEED, ...['stories.jsonl', 'wordpress.wxr.xml', 'wire.atom', 'story-jsonld.html'].map((f) => path.join(FIXTURES, f))], { now });
  // Editors' picks travel as story paths; the first story picks one written after it.
  const ids = (await t.db.selectFrom('stories').select('id').orderBy('id').execute()).map((r) => r.id);
  await setLinkedStories(t.db, ids[0]!, 'pick', [ids.at(-1)!, ids[1]!]);
  const before = await everything(t.db);
  assert.equal(before.stories[0]!.picks.length, 2);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await exportJsonLines(t.db, out);
  const file = path.join(dir, 'site.jsonl');
  fs.writeFileSync(file, Buffer.concat(chunks));
  assert.equal(n, await countStories(t.db));
  assert.equal(n, before.stories.length);

  // The same database emptied stands for an empty site: one test database per file keeps PostgreSQL schemas apart.
  for (const table of ['story_references', 'story_links', 'story_tags', 'story_authors', 'stories', 'tags', 'authors', 'sections'] as const) {
    await t.db.deleteFrom(table).execute();
  }
  const report = await importFiles(t.db, [file], { now });
  assert.deepEqual(report.counts, { created: n, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, failed: 0 });
  assert.deepEqual(await everything(t.db), before);
  const again = await importFiles(t.db, [file], { now });
  assert.equal(again.counts.unchanged, n);
});

test('picks naming no story on this site are left out with a warning; the rest are set', async () => {
  const file = path.join(dir, 'picks.jsonl');
  const story = (i: number, picks?: string[]) =>
    JSON.stringify({ section: 'Picks', headline: `Picked story ${i}`, slug: `picked-${i}`, bodyFormat: 'text', body: `Body of story ${i}.`, status: 'published', publishedAt: '2026-05-01T00:00:00Z', sourceKey: `picks-${i}`, ...(picks ? { picks } : {}) });
  fs.writeFileSync(file, [story(1, ['/picks/picked-3', '/nowhere/none', 'https://example.net/picks/picked-2', 'not a path']), story(2), story(3)].join('\n'));
  const report = await importFiles(t.db, [file], { now });
  assert.equal(report.counts.created, 3);
  const first = report.items[0]!;
  assert.ok(first.warnings.some((w) => w.includes('/nowhere/none')));
  assert.ok(first.warnings.some((w) => w.includes('not a story path')));
  const exported = (await everything(t.db)).stories.find((s) => s.slug === 'picked-1')!;
  assert.deepEqual(exported.picks, ['/picks/picked-3', '/picks/picked-2']);
});
