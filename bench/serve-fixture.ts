// A server for the HTTP benchmark, in its own process so the load generator does not share its event loop.
//   dateline <cacheSeconds>: the site on a fresh SQLite file with the demo stories and the seed story
//   baseline <file>:         a bare node:http server answering every request with the bytes in <file>
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { importCapturedFiles } from '../src/ingest/import-captured.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { buildApp } from '../src/web/app.ts';
import { tuneHeapForServing } from '../src/web/serving-heap.ts';
import { refreshDiscovery } from '../src/discovery/refresh.ts';

tuneHeapForServing();
const [mode, arg] = process.argv.slice(2);
const SEED = path.resolve(import.meta.dirname, '../../shared/seed/000_8282958ffefe6f19.txt');

if (mode === 'baseline') {
  const page = fs.readFileSync(arg!);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
    res.end(page);
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
  const config = loadConfig({ DATABASE_URL: path.join(dir, 'bench.db'), PAGE_CACHE_SECONDS: arg ?? '10' });
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  await loadDemo(db);
  const [seed] = await importCapturedFiles(db, [SEED]);
  await refreshDiscovery(db);
  const app = buildApp({ config, db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ port: (app.server.address() as AddressInfo).port, path: seed!.path }));
  process.on('SIGTERM', async () => {
    await app.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}
