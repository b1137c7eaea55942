import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { findPublishedStory } from '../store/stories.ts';
import { importCapturedFiles } from './import-captured.ts';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_8282958ffefe6f19.txt', import.meta.url));
let t: TestDatabase;
let dir: string;
before(async () => {
  t = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-import-'));
});
after(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the seed imports as a published International story with its date flagged missing', async () => {
  const now = new Date('2026-11-27T10:00:00.000Z');
  const [report] = await importCapturedFiles(t.db, [SEED], { now });
  assert.equal(report!.outcome, 'created');
  assert.equal(report!.path, '/international/seoul-slams-russian-north-korea-deal-and-might-reconsider-ukraine-policy');
  assert.deepEqual(report!.warnings, [
    'the date line is empty: the capture lost the date',
    'published time set to the import time, 2026-11-27T10:00:00.000Z (flagged as a missing date)',
  ]);
  const story = await findPublishedStory(t.db, 'international', 'seoul-slams-russian-north-korea-deal-and-might-reconsider-ukraine-policy', new Date('2026-11-28'));
  assert.ok(story);
  assert.equal(story.sectionName, 'International');
  assert.equal(story.dateMissing, true);
  assert.equal(story.publishedAt, '2026-11-27T10:00:00.000Z');
  assert.equal((story.bodyHtml.match(/<p>/g) ?? []).length, 13);
  assert.doesNotMatch(story.bodyHtml, /Share post|Popular|More like this|Mann Government|OnePlus/);
  assert.match(story.excerpt, /^South Korea’s Presidential office condemned .*…$/);
});

test('importing the same file again changes nothing; --date is used for a lost date', async () => {
  const [again] = await importCapturedFiles(t.db, [SEED], { date: new Date('2024-06-20T03:00:00Z') });
  assert.equal(again!.outcome, 'unchanged');
});

test('bad files are reported one by one and the good ones still import', async () => {
  const binary = path.join(dir, 'junk.bin');
  fs.writeFileSync(binary, Buffer.from([0x00, 0xff, 0x10, 0x00, 0x41]));
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const latin1 = path.join(dir, 'latin1.txt');
  fs.writeFileSync(latin1, Buffer.from('BusinessCaf\xe9 Chain Expands\n\nCaf\xe9 Chain Expands\n\nThe caf\xe9 chain opened ten shops.\n', 'latin1'));
  const reports = await importCapturedFiles(t.db, [binary, path.join(dir, 'missing.txt'), empty, dir, latin1], { defaultSection: 'News' });
  assert.deepEqual(reports.map((r) => [r.outcome, r.error]), [
    ['failed', 'this looks like a binary file, not text'],
    ['failed', 'no such file'],
    ['failed', 'the file has no text'],
    ['failed', 'not a regular file'],
    ['created', undefined],
  ]);
  assert.equal(reports[4]!.headline, 'Café Chain Expands');
  assert.equal(reports[4]!.path, '/business/cafe-chain-expands');
  assert.ok(reports[4]!.warnings.includes('not valid UTF-8: read as Windows-1252 (Latin-1)'));
});
