import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { importCapturedFiles } from '../../src/ingest/import-captured.ts';
import { refreshDiscovery } from '../../src/discovery/refresh.ts';
import { openTestDatabase, type TestDatabase } from '../../src/store/test-database.ts';
import { buildApp } from '../../src/web/app.ts';

export const SEED_FILE = fileURLToPath(new URL('../../../shared/seed/000_8282958ffefe6f19.txt', import.meta.url));
export const SEED_PATH = '/international/seoul-slams-russian-north-korea-deal-and-might-reconsider-ukraine-policy';

/** A site on a fresh test database with the demo stories and the seed story, as `npm start` then `import` would make it. */
export async function openTestSite(env: Record<string, string> = {}) {
  const database: TestDatabase = await openTestDatabase();
  const now = new Date();
  await loadDemo(database.db, now);
  const [seed] = await importCapturedFiles(database.db, [SEED_FILE], { now: new Date(now.getTime() - 60_000) });
  if (seed?.outcome !== 'created') throw new Error(`seed import failed: ${seed?.error}`);
  // What `serve`'s background refresher does: analyse the stories and store their lists.
  await refreshDiscovery(database.db);
  const config = loadConfig({ SITE_URL: 'https://news.example.org', PAGE_CACHE_SECONDS: '0', ...env });
  const app = buildApp({ config, db: database.db });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
