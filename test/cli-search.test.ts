import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { parseSearchQuery } from '../src/discovery/search-query.ts';
import { openDatabase } from '../src/store/database.ts';
import { searchStories } from '../src/store/search.ts';

const BIN = path.resolve('bin/dateline.js');
let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-search-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Its own SQLite file (the flag beats DATABASE_URL); reindexSearch on PostgreSQL is in src/store/search.test.ts.
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function searchFile(file: string, q: string) {
  const db = openDatabase({ kind: 'sqlite', file });
  try {
    return await searchStories(db, parseSearchQuery(q), { sort: 'relevance', limit: 10, offset: 0 });
  } finally {
    await db.destroy();
  }
}

test('reindex rebuilds a search index that lost its contents, and --optimize only compacts it', async () => {
  const file = path.join(dir, 'site.db');
  assert.equal((await run(['seed-demo', '--database', file])).code, 0);
  const before = await searchFile(file, 'korea');
  assert.ok(before.total > 0);

  // An index out of step with the stories: emptied behind the triggers' back.
  const db = openDatabase({ kind: 'sqlite', file });
  await sql`insert into stories_fts (stories_fts) values ('delete-all')`.execute(db);
  await sql`insert into stories_headline_fts (stories_headline_fts) values ('delete-all')`.execute(db);
  await sql`insert into stories_dek_fts (stories_dek_fts) values ('delete-all')`.execute(db);
  await db.destroy();
  assert.equal((await searchFile(file, 'korea')).total, 0);

  const rebuilt = await run(['reindex', '--database', file]);
  assert.equal(rebuilt.code, 0, rebuilt.stderr);
  assert.match(rebuilt.stdout, /^rebuilt stories_fts from the stories\nmerged stories_fts into one segment\nrebuilt stories_headline_fts from the stories\nmerged stories_headline_fts into one segment\nrebuilt stories_dek_fts from the stories\nmerged stories_dek_fts into one segment\nrefreshed the planner statistics\nSearch index ready: \d+ stories, \d+\.\d s\.\n$/);
  const after = await searchFile(file, 'korea');
  assert.equal(after.total, before.total);
  assert.deepEqual(after.hits.map((h) => h.id), before.hits.map((h) => h.id));

  const optimized = await run(['reindex', '--optimize', '--database', file]);
  assert.equal(optimized.code, 0, optimized.stderr);
  assert.doesNotMatch(optimized.stdout, /rebuilt/);
  assert.match(optimized.stdout, /^merged stories_fts into one segment$/m);
  assert.equal((await searchFile(file, 'korea')).total, before.total);
});

test('reindex on a database it cannot open says so in one line', async () => {
  const plain = path.join(dir, 'plain-file');
  fs.writeFileSync(plain, 'not a directory');
  const { code, stderr } = await run(['reindex', '--database', path.join(plain, 'site.db')]);
  assert.notEqual(code, 0);
  assert.match(stderr, /^dateline: .+\n?$/);
});
