// The server for `npm run bench:scale`, in its own process so its peak memory is its own:
//   scale-server.ts <database file> <lists on|off>   (BENCH_PAGE_CACHE, BENCH_LIST_CACHE: seconds)
// Prints {"port"} when listening; on SIGTERM prints {"maxRssMb"} and exits.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/store/database.ts';
import { buildApp } from '../src/web/app.ts';
import { tuneHeapForServing } from '../src/web/serving-heap.ts';

tuneHeapForServing();
const [file, lists] = process.argv.slice(2);
const config = loadConfig({ DATABASE_URL: file, PAGE_CACHE_SECONDS: process.env.BENCH_PAGE_CACHE ?? '0', LIST_CACHE_SECONDS: process.env.BENCH_LIST_CACHE, LOG_LEVEL: 'silent' });
const db = openDatabase(config.database);
const app = buildApp({ config, db, withoutLists: lists === 'off' });
await app.listen({ port: 0, host: '127.0.0.1' });
await app.discovery.sync();
console.log(JSON.stringify({ port: (app.server.address() as AddressInfo).port }));
process.on('SIGTERM', async () => {
  await app.close();
  await db.destroy();
  console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
});
