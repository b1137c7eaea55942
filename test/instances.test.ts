import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, parseDatabaseTarget } from '../src/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { openDatabase, type Db } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { watchSiteChanges } from '../src/store/site-changes.ts';
import { openTestDatabase } from '../src/store/test-database.ts';
import { buildApp } from '../src/web/app.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two instances of the site on one database, each with its own connection and page cache. */
async function twoInstances() {
  const url = process.env.DATABASE_URL;
  let first: Db;
  let second: Db;
  let scope: string | undefined;
  let cleanup: () => Promise<void>;
  if (url?.startsWith('postgres')) {
    const t = await openTestDatabase();
    scope = t.schema!;
    first = t.db;
    second = openDatabase(parseDatabaseTarget(url), { schema: scope });
    cleanup = async () => { await second.destroy(); await t.close(); };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-instances-'));
    const file = path.join(dir, 'site.db');
    first = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(first);
    second = openDatabase({ kind: 'sqlite', file });
    cleanup = async () => { await first.destroy(); await second.destroy(); fs.rmSync(dir, { recursive: true, force: true }); };
  }
  await loadDemo(first, new Date());
  const config = loadConfig({ SITE_URL: 'https://news.example.org', PAGE_CACHE_SECONDS: '300' });
  const instance = (db: Db) => {
    let drop = () => {};
    const siteChanges = watchSiteChanges(db, { onChange: () => drop(), pollMs: 20, ...(scope ? { postgresUrl: url!, scope } : {}) });
    const app = buildApp({ config, db, siteChanges });
    drop = () => app.pageCache.clear();
    return { app, db, siteChanges };
  };
  const a = instance(first);
  const b = instance(second);
  return {
    a, b,
    async close() {
      for (const i of [a, b]) {
        await i.siteChanges.stop();
        await i.app.close();
      }
      await cleanup();
    },
  };
}

test('a change made on one instance drops the other instance’s cached pages at once, not when they expire', async () => {
  const { a, b, close } = await twoInstances();
  try {
    const story = await a.db.selectFrom('stories').innerJoin('sections', 'sections.id', 'stories.section_id')
      .select(['stories.id as id', 'sections.slug as section', 'stories.slug as slug']).orderBy('stories.id').limit(1).executeTakeFirstOrThrow();
    const page = `/${story.section}/${story.slug}`;
    const before = await b.app.inject(page);
    assert.equal(before.statusCode, 200);
    await settle(150); // both watchers are running

    // What the newsroom does on instance A: write, then say the site changed.
    await a.db.updateTable('stories').set({ headline: 'Corrected Headline From The Other Instance' }).where('id', '=', story.id).execute();
    a.app.siteChanged();

    // B serves its cached copy (a 300 s cache) until it hears of the change.
    let body = '';
    for (let i = 0; i < 200 && !body.includes('Corrected Headline From The Other Instance'); i++) {
      await settle(25);
      body = (await b.app.inject(page)).body;
    }
    assert.match(body, /Corrected Headline From The Other Instance/);
  } finally {
    await close();
  }
});
