import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/dateline.js');
let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-user-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', SITE_URL: 'https://news.example.org' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('serve on an empty site says how to make the first admin; `user add` prints a one-time link', async () => {
  // Its own SQLite file (the flag beats DATABASE_URL); the store tests cover PostgreSQL.
  const db = ['--database', path.join(dir, 'users.db')];
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, [BIN, 'serve', '--port', port, '--no-demo', ...db], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  try {
    const deadline = Date.now() + 20_000;
    while (!out.includes('--role admin') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(out, /no accounts yet\. Make the first admin/);
    assert.match(out, /npx dateline user add --email you@example\.org --role admin/);
  } finally {
    child.kill('SIGTERM');
  }

  const added = await run(['user', 'add', '--email', 'Chief@Example.org', '--role', 'admin', '--name', 'The Chief', ...db]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /^Added chief@example\.org as admin\./m);
  assert.match(added.stdout, /^https:\/\/news\.example\.org\/admin\/setup\/[A-Za-z0-9_-]{43}$/m);
  const again = await run(['user', 'add', '--email', 'chief@example.org', '--role', 'editor', ...db]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^dateline: There is already an account for chief@example\.org\.\n$/);
  const list = await run(['user', 'list', ...db]);
  assert.match(list.stdout, /^chief@example\.org\tadmin\tinvited\tThe Chief$/m);
});

test('bad arguments: one line, no stack trace', async () => {
  const db = ['--database', path.join(dir, 'bad.db')];
  const cases: Array<[string[], number, RegExp]> = [
    [['user', 'add', '--email', 'a@example.org', '--role', 'owner', ...db], 2, /--role must be one of admin, editor, author, contributor/],
    [['user', 'add', '--email', 'not-an-email', '--role', 'editor', ...db], 1, /Give an email address/],
  ];
  for (const [args, code, message] of cases) {
    const res = await run(args);
    assert.equal(res.code, code, args.join(' '));
    assert.match(res.stderr, message);
    assert.doesNotMatch(res.stderr, /\n\s+at /);
  }
});
