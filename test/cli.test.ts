import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_FILE } from './helpers/test-site.ts';

const BIN = path.resolve('bin/dateline.js');
let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // A CLI test runs on its own SQLite file unless the suite runs on PostgreSQL.
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', WIRE_POLL_SECONDS: '0', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('--help lists the commands', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  for (const command of ['serve', 'migrate', 'import', 'export', 'wire', 'seed-demo', 'backup', 'reindex']) assert.match(stdout, new RegExp(`^  ${command}\\b`, 'm'));
});

const badConfig: Array<[Record<string, string>, string[], RegExp]> = [
  [{ PORT: 'abc' }, ['serve'], /^dateline: configuration error: PORT: must be a number \(got "abc"\)\n$/],
  [{}, ['serve', '--port', '99999'], /^dateline: configuration error: PORT: must be between 1 and 65535 \(got "99999"\)\n$/],
  [{ SITE_TIMEZONE: 'Nowhere/Town' }, ['serve'], /^dateline: configuration error: SITE_TIMEZONE: must be an IANA time zone/],
  [{ DATABASE_URL: 'mysql://x' }, ['migrate'], /^dateline: configuration error: DATABASE_URL: must be a file path or a postgres:\/\/ URL/],
];
for (const [env, args, message] of badConfig) {
  test(`bad configuration ${JSON.stringify(env)} ${args.join(' ')}: one line, exit 2`, async () => {
    const { code, stderr } = await run(args, env);
    assert.equal(code, 2);
    assert.match(stderr, message);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });
}

test('import reports each file, imports the seed once, and exits 1 when a file failed', async () => {
  // CLI tests use their own SQLite files (flags beat DATABASE_URL); the store tests cover PostgreSQL.
  const database = ['--database', path.join(dir, 'cli.db')];
  const first = await run(['import', SEED_FILE, ...database]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /: created \/international\/seoul-slams-russian-north-korea-deal-and-might-reconsider-ukraine-policy\n/);
  assert.match(first.stdout, /warning: the date line is empty: the capture lost the date/);
  assert.match(first.stdout, /^1 imported, 0 updated, 0 unchanged, 0 duplicates, 0 skipped, 0 failed$/m);
  const missing = path.join(dir, 'missing.txt');
  const second = await run(['import', SEED_FILE, missing, ...database, '--json']);
  assert.equal(second.code, 1);
  const report = JSON.parse(second.stdout);
  assert.deepEqual(report.items.map((r: { outcome: string }) => r.outcome), ['unchanged', 'failed']);
  assert.equal(report.items[1].error, 'no such file');
  assert.equal(report.counts.failed, 1);
});

test('import refuses a bad --date with a clear message', async () => {
  const { code, stderr } = await run(['import', SEED_FILE, '--date', 'yesterday-ish', '--database', path.join(dir, 'x.db')]);
  assert.notEqual(code, 0);
  assert.match(stderr, /option '--date <date>' argument 'yesterday-ish' is invalid\. expected a date/);
});

test('seed-demo loads an empty database once', async () => {
  const file = path.join(dir, 'demo.db');
  const first = await run(['seed-demo', '--database', file]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^Loaded \d{2} demo stories\.$/m);
  const second = await run(['seed-demo', '--database', file]);
  assert.match(second.stdout, /already has stories: nothing loaded/);
});

test('serve starts on an empty database, loads the demo and answers', async () => {
  const file = path.join(dir, 'serve.db');
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, [BIN, 'serve', '--port', port, '--database', file], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  try {
    const deadline = Date.now() + 20_000;
    while (!out.includes('is running at') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(out, /Empty database: loaded \d+ demo stories\./);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /This is a demo site/);
  } finally {
    child.kill('SIGTERM');
  }
});

test('backup writes a copy, and refuses to overwrite one', async () => {
  const file = path.join(dir, 'backup-source.db');
  assert.equal((await run(['migrate', '--database', file])).code, 0);
  const target = path.join(dir, 'backup-copy.db');
  const first = await run(['backup', target, '--database', file]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^Backed up to .*backup-copy\.db \(\d+\.\d MB\)\.$/m);
  const again = await run(['backup', target, '--database', file]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^dateline: .*backup-copy\.db already exists; choose a new file name\n$/);
});

const FIXTURES = path.resolve('test/fixtures/ingest');

test('import detects each format, --dry-run writes nothing, export then import reproduces the site', async () => {
  const database = ['--database', path.join(dir, 'formats.db')];
  const files = ['stories.jsonl', 'wordpress.wxr.xml', 'wire.rss', 'wire.atom', 'story-jsonld.html'].map((f) => path.join(FIXTURES, f));
  const dry = await run(['import', ...files, ...database, '--dry-run', '--json']);
  assert.equal(dry.code, 1, 'the fixtures hold bad items on purpose');
  const dryReport = JSON.parse(dry.stdout);
  assert.equal(dryReport.dryRun, true);
  assert.equal(dryReport.counts.created, 4 + 4 + 3 + 3 + 1);
  const real = await run(['import', ...files, ...database]);
  assert.equal(real.code, 1);
  assert.match(real.stdout, /wordpress\.wxr\.xml \[post 108\]: failed: malformed XML/);
  assert.match(real.stdout, /^skipped 1: a WordPress page$/m);
  assert.match(real.stdout, /^15 imported, 0 updated, 0 unchanged, 0 duplicates, 3 skipped, 7 failed$/m);

  const exported = path.join(dir, 'site.jsonl');
  const out = await run(['export', exported, ...database]);
  assert.equal(out.code, 0, out.stderr);
  assert.match(out.stderr, /^exported 15 stories to /);
  const copy = await run(['import', exported, '--database', path.join(dir, 'copy.db')]);
  assert.equal(copy.code, 0, copy.stdout);
  assert.match(copy.stdout, /^15 imported, 0 updated, 0 unchanged, 0 duplicates, 0 skipped, 0 failed$/m);
});

test('import and wire refuse bad arguments with one clear line', async () => {
  const database = ['--database', path.join(dir, 'bad-args.db')];
  const format = await run(['import', SEED_FILE, '--format', 'pdf', ...database]);
  assert.notEqual(format.code, 0);
  assert.match(format.stderr, /option '-f, --format <format>' argument 'pdf' is invalid\. expected one of text, html, feed, wxr, jsonl/);
  const url = await run(['wire', 'add', 'ftp://x', '--section', 'World', ...database]);
  assert.notEqual(url.code, 0);
  assert.match(url.stderr, /expected an http\(s\) URL/);
  const section = await run(['wire', 'add', 'https://wire.example.com/a.rss', '--section', '!!', ...database]);
  assert.equal(section.code, 1);
  assert.match(section.stderr, /^dateline: --section: "!!" has no letters or digits\n$/);
  const missing = await run(['wire', 'remove', 'https://wire.example.com/none.rss', ...database]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no wire feed/);
  const added = await run(['wire', 'add', 'https://wire.example.com/a.rss', '--section', 'World', ...database]);
  assert.match(added.stdout, /^added https:\/\/wire.example.com\/a.rss → World$/m);
  const list = await run(['wire', 'list', ...database]);
  assert.match(list.stdout, /a\.rss → World\n  not polled yet/);
});
