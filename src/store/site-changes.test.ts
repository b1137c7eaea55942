import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { ensureSection } from './sections.ts';
import { watchSiteChanges } from './site-changes.ts';
import { openTestDatabase } from './test-database.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The watchers' own timers do not hold the process open; a test waiting on them must. */
const within = <T>(promise: Promise<T>, ms = 10_000) =>
  Promise.race([promise, settle(ms).then(() => { throw new Error(`nothing heard within ${ms} ms`); })]);

/** Resolves when `onChange` is called; counts the calls. */
function changes() {
  let calls = 0;
  let heard: () => void = () => {};
  let next = new Promise<void>((r) => (heard = r));
  return {
    onChange: () => {
      calls++;
      heard();
      next = new Promise<void>((r) => (heard = r));
    },
    get calls() { return calls; },
    get next() { return next; },
  };
}

test('SQLite: a commit by another process is noticed; this process’s own writes are not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-changes-'));
  const file = path.join(dir, 'site.db');
  const site = openDatabase({ kind: 'sqlite', file });
  const other = openDatabase({ kind: 'sqlite', file });
  try {
    await migrateToLatest(site);
    const seen = changes();
    const watcher = watchSiteChanges(site, { onChange: seen.onChange, pollMs: 10 });
    await settle(50);
    await ensureSection(site, 'Own Write');
    await settle(100);
    assert.equal(seen.calls, 0);
    const heard = seen.next;
    await ensureSection(other, 'Another Process');
    await within(heard);
    assert.equal(seen.calls, 1);
    await watcher.stop();
  } finally {
    await site.destroy();
    await other.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL: an announcement reaches the other instances of the same site only', { skip: !process.env.DATABASE_URL?.startsWith('postgres') }, async () => {
  const t = await openTestDatabase();
  const postgresUrl = process.env.DATABASE_URL!;
  const a = changes();
  const b = changes();
  const elsewhere = changes();
  const instanceA = watchSiteChanges(t.db, { onChange: a.onChange, postgresUrl, scope: t.schema!, onError: (e) => console.error(e) });
  const instanceB = watchSiteChanges(t.db, { onChange: b.onChange, postgresUrl, scope: t.schema! });
  const otherSite = watchSiteChanges(t.db, { onChange: elsewhere.onChange, postgresUrl, scope: `${t.schema}_other` });
  try {
    await settle(200); // all three are listening
    const heard = b.next;
    await instanceA.announce();
    await within(heard);
    await settle(100);
    assert.equal(b.calls, 1);
    assert.equal(a.calls, 0, 'an instance does not hear itself');
    assert.equal(elsewhere.calls, 0, 'another site in another schema hears nothing');
  } finally {
    await Promise.all([instanceA.stop(), instanceB.stop(), otherSite.stop()]);
    await t.close();
  }
});
