import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/dateline.js');
let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-discovery-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('refresh-lists analyses every story and computes its lists, then has nothing to do', async () => {
  const db = path.join(dir, 'site.db');
  assert.equal((await run(['seed-demo', '--database', db])).code, 0);
  const first = await run(['refresh-lists', '--database', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Done: 43 analysed, 0 removed, 43 lists computed\./);
  const second = await run(['refresh-lists', '--database', db]);
  assert.match(second.stdout, /Nothing to do/);
  const all = await run(['refresh-lists', '--all', '--database', db]);
  assert.match(all.stdout, /Done: 0 analysed, 0 removed, 43 lists computed\./);
});

test('refresh-lists on a database it cannot open says so in one line', async () => {
  const plain = path.join(dir, 'plain-file');
  fs.writeFileSync(plain, 'not a directory');
  const { code, stderr } = await run(['refresh-lists', '--database', path.join(plain, 'site.db')]);
  assert.notEqual(code, 0);
  assert.match(stderr, /^dateline: .+\n?$/);
});
