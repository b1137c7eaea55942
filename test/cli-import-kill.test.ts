import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';

// An import killed mid-run (kill -9: no chance to clean up) leaves only whole stories, and running it
// again finishes the job. Batches are transactions, so what is stored is whole batches.
const BIN = path.resolve('bin/dateline.js');
const TOTAL = 12_000;
let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-kill-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeCorpus(file: string): void {
  // Made-up words from a fixed pseudo-random sequence: every story distinct, none a near-duplicate of another.
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tal', 'vo', 'sun', 'dra', 'pel', 'nor', 'ita', 'bas', 'qui', 'zen'];
  const word = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const sentence = () => Array.from({ length: 12 }, word).join(' ');
  const lines: string[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const body = Array.from({ length: 3 }, () => `<p>${sentence()}. ${sentence()}.</p>`).join('');
    lines.push(JSON.stringify({ section: `Desk ${i % 4}`, headline: `Council story number ${i}`, bodyFormat: 'html', body, status: 'published', publishedAt: '2026-06-01T00:00:00Z', authors: [`Writer ${i % 9}`], tags: [`topic ${i % 13}`], sourceKey: `kill-${i}` }));
  }
  fs.writeFileSync(file, lines.join('\n'));
}

function storedCount(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`select count(*) as n from stories`).get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

test('kill -9 in the middle of an import leaves whole stories only; the same command again finishes the job', async () => {
  const corpus = path.join(dir, 'corpus.jsonl');
  const database = path.join(dir, 'site.db');
  writeCorpus(corpus);
  const child = spawn(process.execPath, [BIN, 'import', corpus, '--database', database, '--json'], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let atKill = 0;
  while ((atKill = storedCount(database)) === 0) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  const db = new SQLite(database);
  try {
    const stored = storedCount(database);
    assert.ok(stored >= atKill && stored < TOTAL, `killed mid-run: ${stored} of ${TOTAL} stored`);
    const row = (sql: string) => db.prepare(sql).get() as { n: number };
    // Every stored story is whole: its body, its byline and its tag, and it is in the search index.
    assert.equal(row(`select count(*) as n from stories where body_html = '' or body_text = '' or excerpt = ''`).n, 0);
    assert.equal(row(`select count(distinct story_id) as n from story_authors`).n, stored);
    assert.equal(row(`select count(distinct story_id) as n from story_tags`).n, stored);
    db.exec(`insert into stories_fts (stories_fts) values ('integrity-check')`);
    db.close();

    const again = await new Promise<string>((resolve) => {
      const rerun = spawn(process.execPath, [BIN, 'import', corpus, '--database', database, '--json'], { env: { ...process.env, LOG_LEVEL: 'silent' } });
      let out = '';
      rerun.stdout.on('data', (d) => (out += d));
      rerun.on('close', () => resolve(out));
    });
    const counts = JSON.parse(again).counts;
    assert.deepEqual(counts, { created: TOTAL - stored, updated: 0, unchanged: stored, duplicate: 0, skipped: 0, failed: 0 });
    assert.equal(storedCount(database), TOTAL);
  } finally {
    if (db.open) db.close();
  }
});
