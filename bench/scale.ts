// npm run bench:scale [-- --stories 20000] — discovery at archive scale: generates a synthetic archive
// (bench/scale-corpus.ts), loads it through the same store code as an import, analyses it as `serve`'s
// background refresher does, computes More like this + Related for a sample of stories, counts views,
// and measures the story page with the lists on and off (a ratio measured in the same run).
// The default size runs in minutes on a shared 2-core machine; --stories 1000000 is the full test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { analyseStory } from '../src/discovery/story-analysis.ts';
import { computeLists, refreshDiscovery } from '../src/discovery/refresh.ts';
import { storyLists } from '../src/discovery/story-lists.ts';
import { PopularBoard, ViewCounter } from '../src/discovery/popular.ts';
import { bodyText, renderBody } from '../src/domain/story-body.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { archiveSize } from '../src/store/discovery.ts';
import { findPublishedStory, saveStory } from '../src/store/stories.ts';
import { mulberry32, syntheticArchive } from './scale-corpus.ts';
import { writeResults } from './results.ts';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? process.argv[at + 1] : process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 100) throw new Error(`--${name} must be a whole number of at least 100 (got ${value})`);
  return n;
}
const STORIES = flag('stories', 20_000);
const SAMPLE = Math.min(STORIES, flag('sample', 500));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (x: number) => x.toFixed(1);
const log = (m: string) => console.error(`[bench:scale] ${m}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-scale-'));
const file = path.join(dir, 'scale.db');
const db = openDatabase({ kind: 'sqlite', file });
await migrateToLatest(db);

// 1. Load, as an import would (one saveStory per story: render, sanitize, excerpt, write).
let t = performance.now();
let n = 0;
const words: number[] = [];
for (const story of syntheticArchive().stories(STORIES)) {
  const { topic: _topic, ...draft } = story;
  await saveStory(db, draft);
  if (n % 50 === 0) words.push(draft.body.split(/\s+/).length);
  if (++n % 10_000 === 0) log(`loaded ${n}`);
}
const loadSeconds = (performance.now() - t) / 1000;

// 2. Analysis: terms, entities, document frequencies, stored features (the refresher's first phase).
t = performance.now();
const analysed = await refreshDiscovery(db, { maxLists: 0, analyseBatch: 1000 });
const analyseSeconds = (performance.now() - t) / 1000;
const rows = await db.selectFrom('stories').select(['headline', 'dek', 'body_html']).limit(1000).execute();
t = performance.now();
for (const r of rows) analyseStory({ headline: r.headline, dek: r.dek, text: bodyText(r.body_html as Parameters<typeof bodyText>[0]), tags: [] });
const extractMs = (performance.now() - t) / rows.length;
log(`analysed ${analysed.analysed} in ${analyseSeconds.toFixed(0)} s`);

// 3. More like this + Related for a random sample (the rest would follow in the background).
const random = mulberry32(11);
const size = await archiveSize(db);
const sample = [...new Set(Array.from({ length: SAMPLE }, () => 1 + Math.floor(random() * STORIES)))];
const listTimes: number[] = [];
for (const id of sample) {
  const started = performance.now();
  await computeLists(db, id, new Date(), size);
  listTimes.push(performance.now() - started);
}
log(`lists for ${sample.length} stories`);

// 4. Views: the in-memory counter's capacity, one flush, Popular ranked from the table.
const counter = new ViewCounter();
t = performance.now();
const VIEWS = 200_000;
for (let i = 0; i < VIEWS; i++) counter.record(sample[i % sample.length]!, `reader-${i}`);
const viewsPerSecond = VIEWS / ((performance.now() - t) / 1000);
t = performance.now();
await counter.flush(db);
const flushMs = performance.now() - t;
const board = new PopularBoard(24);
t = performance.now();
await board.refresh(db);
const popularMs = performance.now() - t;

// 5. Page overhead in process: the lists' reads for a story page (stored lists, section latest, Popular).
const stories = await db
  .selectFrom('stories')
  .innerJoin('sections', 'sections.id', 'stories.section_id')
  .select(['sections.slug as section', 'stories.slug as slug'])
  .where('stories.id', 'in', sample.slice(0, 100))
  .execute();
const pageListTimes: number[] = [];
for (const s of stories) {
  const story = (await findPublishedStory(db, s.section, s.slug))!;
  const started = performance.now();
  await storyLists(db, story, board);
  pageListTimes.push(performance.now() - started);
}
await db.destroy();

// 6. HTTP: the same story pages with and without the lists: page cache off (every request renders:
// the worst case) and on (the default), each run twice for cache off, interleaved.
function start(lists: 'on' | 'off', cacheSeconds: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, BENCH_PAGE_CACHE: String(cacheSeconds) };
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'scale-server.ts'), file, lists], { stdio: ['ignore', 'pipe', 'inherit'], env });
    child.stdout!.once('data', (d) => resolve({ child, port: JSON.parse(String(d)).port }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}
async function stop(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.stdout!.on('data', (d) => {
      const m = /"maxRssMb":(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child.kill('SIGTERM');
  });
}
const paths = stories.map((s) => `/${s.section}/${s.slug}`);
async function load(lists: 'on' | 'off', cacheSeconds = 0) {
  const server = await start(lists, cacheSeconds);
  const result = await autocannon({ url: `http://127.0.0.1:${server.port}`, connections: 20, duration: SECONDS, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  const rss = await stop(server.child);
  if (result.non2xx || result.errors) throw new Error(`lists ${lists}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, rss };
}
const off1 = await load('off');
const on1 = await load('on');
const off2 = await load('off');
const on2 = await load('on');
const off = (off1.rps + off2.rps) / 2;
const on = (on1.rps + on2.rps) / 2;
const cachedOff = await load('off', 10);
const cachedOn = await load('on', 10);
fs.rmSync(dir, { recursive: true, force: true });

const text = [
  `Archive: ${STORIES.toLocaleString('en')} synthetic stories (${pct(words, 50)} words median, ${pct(words, 5)}–${pct(words, 95)} for 90%), 8 sections, 500 topics. SQLite file, WAL.`,
  `Machine: 2 shared cores (load from other jobs varies), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Command: \`npm run bench:scale -- --stories ${STORIES}\`.`,
  '',
  '| what | figure |',
  '| --- | ---: |',
  `| load through saveStory (render, sanitize, write) | ${Math.round(STORIES / loadSeconds)} stories/s |`,
  `| analysis: terms, entities, df, features stored (background, the import does not wait) | ${Math.round(analysed.analysed / analyseSeconds)} stories/s (${analyseSeconds.toFixed(0)} s in all) |`,
  `| of which terms + entity extraction alone (CPU) | ${extractMs.toFixed(2)} ms/story |`,
  `| More like this + Related computation, per story (${sample.length} sampled) | p50 ${ms(pct(listTimes, 50))} ms, p95 ${ms(pct(listTimes, 95))} ms, p99 ${ms(pct(listTimes, 99))} ms |`,
  `| lists read on a story page (stored lists + section latest + Popular from memory) | p50 ${ms(pct(pageListTimes, 50))} ms, p95 ${ms(pct(pageListTimes, 95))} ms |`,
  `| view counting in memory | ${Math.round(viewsPerSecond).toLocaleString('en')} views/s; flush of ${VIEWS.toLocaleString('en')} views: ${ms(flushMs)} ms; Popular ranking: ${ms(popularMs)} ms |`,
  `| story page, page cache off, lists off | ${Math.round(off)} requests/s |`,
  `| story page, page cache off, lists on | ${Math.round(on)} requests/s (${((1 - on / off) * 100).toFixed(1)}% cost) |`,
  `| story page, page cache on (default 10 s), lists off | ${Math.round(cachedOff.rps)} requests/s |`,
  `| story page, page cache on (default 10 s), lists on | ${Math.round(cachedOn.rps)} requests/s (${((1 - cachedOn.rps / cachedOff.rps) * 100).toFixed(1)}% cost) |`,
  `| server peak memory (RSS), lists on | ${Math.max(on1.rss, on2.rss, cachedOn.rss)} MB |`,
  '',
  'Search latency is not measured here: search is built on another branch.',
].join('\n');
console.log(text);
writeResults('scale', text);
