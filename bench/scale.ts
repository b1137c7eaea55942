// npm run bench:scale [-- --stories 20000] — discovery at archive scale: generates a synthetic archive
// (bench/scale-corpus.ts), loads it (a slice through the import's write path, saveStories, for its
// rate; the rest with bulk inserts, bench/scale-load.ts), analyses it with the background refresher's
// own code (refreshDiscovery: terms, entities, document frequencies, postings), computes More like
// this + Related for a random sample, builds the search index and times a fixed query set, counts
// views, and measures the story page with the lists on and off (requests/s and the server's CPU per
// request, ratios from the same run; page sizes, plain and compressed), and the server's memory.
// --stories 1000000 is the full test. --keep FILE keeps the loaded, analysed archive in FILE and
// reuses it on the next run (the load and analysis figures are then those of the run that made it).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { sql } from 'kysely';
import { analyseStory } from '../src/discovery/story-analysis.ts';
import { closeAnalysisPool, computeLists, refreshDiscovery } from '../src/discovery/refresh.ts';
import { storyLists } from '../src/discovery/story-lists.ts';
import { PopularBoard, ViewCounter } from '../src/discovery/popular.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { archiveSize } from '../src/store/discovery.ts';
import { findPublishedStory, saveStories } from '../src/store/stories.ts';
import { mulberry32, scaleQuerySet, syntheticArchive } from './scale-corpus.ts';
import { parseSearchQuery } from '../src/discovery/search-query.ts';
import { reindexSearch, searchStories } from '../src/store/search.ts';
import { bulkInsert, withoutSearchTriggers } from './scale-load.ts';
import { writeResults } from './results.ts';
import { loadGeneratorLabel, runLoad } from './load-generator.ts';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? process.argv[at + 1] : process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number (got ${value})`);
  return n;
}
const STORIES = flag('stories', 20_000);
if (STORIES < 1000) throw new Error('--stories must be at least 1000');
const SAMPLE = Math.min(STORIES, flag('sample', 500));
const THREADS = flag('threads', 1);
// Big batches for a big backlog: a batch costs about as much as the distinct terms it touches (see decision 003b).
const ANALYSE_BATCH = flag('batch', Math.min(20_000, Math.max(2000, Math.round(STORIES / 50))));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Stories written through saveStories (the import's write path) to measure its rate; the rest are bulk-inserted. */
const IMPORT_SLICE = Math.min(2000, Math.floor(STORIES / 10));

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (x: number) => x.toFixed(1);
const log = (m: string) => console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${m}`);
const load1 = () => os.loadavg()[0]!.toFixed(1);
const loads: string[] = [load1()];

const keepAt = process.argv.indexOf('--keep');
const kept = keepAt >= 0 ? path.resolve(process.argv[keepAt + 1] ?? 'bench-scale.db') : undefined;
const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-scale-'));
const file = kept ?? path.join(dir, 'scale.db');
const reuse = kept !== undefined && fs.existsSync(kept);
const db = openDatabase({ kind: 'sqlite', file });
await migrateToLatest(db);

interface Made {
  stories: number;
  words: number[];
  importRate: number;
  bulkRate: number;
  analysed: number;
  analyseSeconds: number;
  analyseCpuSeconds: number;
  analysedLoad: string;
  bytes: number;
  /** Building the full-text index after the bulk load (rebuild + merge); set on the first run that searches. */
  searchIndexSeconds?: number;
}
const madeFile = `${file}.json`;
let made: Made;
if (reuse) {
  made = JSON.parse(fs.readFileSync(madeFile, 'utf8')) as Made;
  if (made.stories !== STORIES) throw new Error(`${file} holds ${made.stories} stories, not ${STORIES}`);
  log(`reusing ${file}`);
} else {
  // 1. Load. A slice through saveStories, in batches of 500 as an import writes them (render,
  // sanitize, excerpt, SimHash, write); the rest bulk-inserted (the same columns, from the same text).
  const now = new Date();
  const words: number[] = [];
  const drafts = (function* () {
    let n = 0;
    for (const story of syntheticArchive().stories(STORIES)) {
      const { topic: _topic, ...draft } = story;
      if (n++ % 50 === 0) words.push(draft.body.split(/\s+/).length);
      yield draft;
    }
  })();
  let t = performance.now();
  let batch: Parameters<typeof saveStories>[1] = [];
  for (let i = 0; i < IMPORT_SLICE; i++) {
    batch.push(drafts.next().value!);
    if (batch.length === 500 || i === IMPORT_SLICE - 1) {
      await saveStories(db, batch);
      batch = [];
    }
  }
  const importRate = IMPORT_SLICE / ((performance.now() - t) / 1000);
  t = performance.now();
  // The full-text index is left out of the bulk load (search is measured by bench:search).
  const bulk = await withoutSearchTriggers(db, () =>
    bulkInsert(db, drafts, { now, batch: 2000, onProgress: (n) => n % 100_000 < 2000 && log(`loaded ${IMPORT_SLICE + n}`) }),
  );
  const bulkRate = bulk / ((performance.now() - t) / 1000);
  log(`loaded ${IMPORT_SLICE + bulk} stories (load average ${load1()})`);
  loads.push(load1());

  // 2. Analysis: the background refresher's first phase, over the whole backlog, as `serve` or
  // `dateline refresh-lists` would run it after a big import (the import itself never waits for it).
  t = performance.now();
  const cpu = process.cpuUsage();
  let analysed = 0;
  for (;;) {
    const r = await refreshDiscovery(db, { maxLists: 0, analyseBatch: ANALYSE_BATCH, maxBatches: 10, threads: THREADS });
    analysed += r.analysed;
    log(`analysed ${analysed} (${Math.round(analysed / ((performance.now() - t) / 1000))}/s, load average ${load1()})`);
    if (r.done) break;
  }
  const analyseSeconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  await closeAnalysisPool();
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  made = {
    stories: STORIES, words, importRate, bulkRate, analysed, analyseSeconds, analyseCpuSeconds: (used.user + used.system) / 1e6,
    analysedLoad: load1(), bytes: fs.statSync(file).size,
  };
  loads.push(made.analysedLoad);
  if (kept) fs.writeFileSync(madeFile, JSON.stringify(made));
}

// Search. The bulk load leaves the full-text index out; it is built here as `dateline reindex` builds
// it after a big import (rebuilt from the stories, then merged), once per kept archive. Then the fixed
// query set, five rounds, wall and CPU time of each search.
if (made.searchIndexSeconds === undefined) {
  log('building the search index');
  const started = performance.now();
  await reindexSearch(db, { rebuild: true });
  made.searchIndexSeconds = (performance.now() - started) / 1000;
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  if (kept) fs.writeFileSync(madeFile, JSON.stringify(made));
  log(`search index built in ${Math.round(made.searchIndexSeconds)} s`);
}
const business = (await db.selectFrom('sections').select('id').where('slug', '=', 'business').executeTakeFirstOrThrow()).id;
const searchNow = new Date();
const queries = scaleQuerySet(syntheticArchive().vocabulary, business).map(([q, o]) => ({
  q, query: parseSearchQuery(q), options: { sort: 'relevance' as const, limit: 10, offset: 0, now: searchNow, ...o },
}));
for (const q of queries) await searchStories(db, q.query, q.options); // the file's pages into the cache, as a running site has them
const searchTimes: number[] = [];
const searchCpu: number[] = [];
const matches: string[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const found = await searchStories(db, q.query, q.options);
    searchTimes.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    searchCpu.push((used.user + used.system) / 1000);
    if (round === 0) matches.push(found.capped ? '>1000' : String(found.total));
  }
}
log(`searched (load average ${load1()})`);
loads.push(load1());

// Terms + entities alone, in this thread, on 1,000 stories: the CPU part of the analysis.
const texts = await db.selectFrom('stories').select(['headline', 'dek', 'body_text']).orderBy('id').limit(1000).execute();
let t = performance.now();
for (const r of texts) analyseStory({ headline: r.headline, dek: r.dek, text: r.body_text, tags: [] });
const extractMs = (performance.now() - t) / texts.length;

// 3. More like this + Related for a random sample (the refresher does the rest in the background).
const random = mulberry32(11);
const size = await archiveSize(db);
const sample = [...new Set(Array.from({ length: SAMPLE }, () => 1 + Math.floor(random() * STORIES)))];
const listTimes: number[] = [];
for (const id of sample) {
  const started = performance.now();
  await computeLists(db, id, new Date(), size);
  listTimes.push(performance.now() - started);
}
log(`lists for ${sample.length} stories (load average ${load1()})`);
loads.push(load1());

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

// 5. Page overhead in process: the lists' reads for a story page (stored lists, Popular from memory).
const stories = await db
  .selectFrom('stories')
  .innerJoin('sections', 'sections.id', 'stories.section_id')
  .select(['sections.slug as section', 'stories.slug as slug'])
  .where('stories.id', 'in', sample.slice(0, 100))
  .execute();
const pageListTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const s of stories) {
    const story = (await findPublishedStory(db, s.section, s.slug))!;
    const started = performance.now();
    await storyLists(db, story, board);
    pageListTimes.push(performance.now() - started);
  }
}
await db.destroy();

// 6. HTTP: the same story pages with and without the lists, the server in its own process. Page
// cache off (every request renders: the worst case), with the story's rendered lists reused (the
// default) and read and rendered every time (LIST_CACHE_SECONDS=0: what a first view of a story
// costs); then with the default 10 s page cache, sent as browsers ask for it (compressed) and
// uncompressed. Interleaved, the uncached ones three times.
type Mode = { lists: 'on' | 'off'; pageCache: number; listCache?: number; compressed?: boolean };
function start(mode: Mode): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, BENCH_PAGE_CACHE: String(mode.pageCache), BENCH_LIST_CACHE: mode.listCache === undefined ? '' : String(mode.listCache) };
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'scale-server.ts'), file, mode.lists], { stdio: ['ignore', 'pipe', 'inherit'], env });
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
const BROWSER_ENCODINGS = 'gzip, deflate, br';
/** Bytes on the wire for one page (the body as sent: compressed when the server compressed it). */
function pageBytes(port: number, p: string, headers: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, headers }, (res) => {
      let n = 0;
      res.on('data', (chunk: Buffer) => (n += chunk.length));
      res.on('end', () => resolve(n));
    }).on('error', reject);
  });
}
async function load(mode: Mode) {
  const server = await start(mode);
  const headers: Record<string, string> = mode.compressed ? { 'accept-encoding': BROWSER_ENCODINGS } : {};
  // One request per page first: a running site's caches are warm; a cold start is not what readers meet.
  let bytes = 0;
  for (const p of paths) bytes += await pageBytes(server.port, p, headers);
  const cpuBefore = cpuSeconds(server.child.pid!);
  const result = await runLoad({ port: server.port, paths, connections: 20, seconds: SECONDS, headers });
  const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
  const rss = await stop(server.child);
  return { rps: result.rps, p99: result.p99Ms, rss, cpuUsPerRequest: (cpu * 1e6) / result.requests, pageKb: bytes / paths.length / 1024 };
}

/**
 * CPU seconds a process has used (Linux: /proc/PID/stat, user + system, in clock ticks of 1/100 s).
 * Requests/s on two shared cores also measure the load generator, which reads every byte of the
 * bigger page; the server's CPU per request is the server's cost alone.
 */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
type Run = Awaited<ReturnType<typeof load>>;
const runs = { off: [] as Run[], on: [] as Run[], cold: [] as Run[], cachedOff: [] as Run[], cachedOn: [] as Run[], sentOff: [] as Run[], sentOn: [] as Run[] };
for (let round = 0; round < 3; round++) {
  runs.off.push(await load({ lists: 'off', pageCache: 0 }));
  runs.on.push(await load({ lists: 'on', pageCache: 0 }));
  runs.cold.push(await load({ lists: 'on', pageCache: 0, listCache: 0 }));
}
for (let round = 0; round < 2; round++) {
  runs.cachedOff.push(await load({ lists: 'off', pageCache: 10 }));
  runs.cachedOn.push(await load({ lists: 'on', pageCache: 10 }));
  runs.sentOff.push(await load({ lists: 'off', pageCache: 10, compressed: true }));
  runs.sentOn.push(await load({ lists: 'on', pageCache: 10, compressed: true }));
}
const mean = (xs: Run[]) => xs.reduce((s, x) => s + x.rps, 0) / xs.length;
const off = mean(runs.off);
const on = mean(runs.on);
const cold = mean(runs.cold);
const cachedOff = mean(runs.cachedOff);
const cachedOn = mean(runs.cachedOn);
const sentOff = mean(runs.sentOff);
const sentOn = mean(runs.sentOn);
const each = (xs: Run[]) => xs.map((r) => Math.round(r.rps)).join(', ');
const cpuOf = (xs: Run[]) => xs.reduce((s, x) => s + x.cpuUsPerRequest, 0) / xs.length;
const cpuCost = (with_: Run[], without: Run[]) => `server CPU ${Math.round(cpuOf(with_))} µs a request vs ${Math.round(cpuOf(without))} µs (${((cpuOf(with_) / cpuOf(without) - 1) * 100).toFixed(1)}% more)`;
loads.push(load1());
log(`pages measured (load average ${load1()})`);
if (!kept) fs.rmSync(dir, { recursive: true, force: true });

const sizeMb = (made.bytes / 2 ** 20).toFixed(0);
const text = [
  `Archive: ${STORIES.toLocaleString('en')} synthetic stories (${pct(made.words, 50)} words median, ${pct(made.words, 5)}–${pct(made.words, 95)} for 90%), 8 sections, 500 topics; SQLite file of ${sizeMb} MiB after analysis (WAL)${reuse ? ', kept from an earlier run' : ''}.`,
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} shared with other jobs, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average (1 min) at the start, after loading, analysing, searching, the lists and the pages: ${loads.join(', ')}.`,
  `Command: \`npm run bench:scale -- --stories ${STORIES}\` (analysis in batches of ${ANALYSE_BATCH.toLocaleString('en')}, ${THREADS} worker thread${THREADS === 1 ? '' : 's'}).`,
  '',
  '| what | figure |',
  '| --- | ---: |',
  `| import write path (saveStories, batches of 500: render, sanitize, SimHash, write), first ${IMPORT_SLICE.toLocaleString('en')} stories | ${Math.round(made.importRate)} stories/s |`,
  `| bulk insert of the rest (benchmark set-up, no full-text index) | ${Math.round(made.bulkRate).toLocaleString('en')} stories/s |`,
  `| **analysis**: terms, entities, document frequencies, vectors, postings heads (the background refresher; the import does not wait for it) | **${Math.round(made.analysed / made.analyseSeconds).toLocaleString('en')} stories/s** (${made.analysed.toLocaleString('en')} in ${(made.analyseSeconds / 60).toFixed(1)} min; ${((made.analyseCpuSeconds * 1000) / made.analysed).toFixed(2)} ms CPU a story, both threads) |`,
  `| search index built after the bulk load (\`dateline reindex --optimize\`: rebuilt from the stories, merged) | ${(made.searchIndexSeconds! / 60).toFixed(1)} min |`,
  `| **search**, fixed query set (${queries.length} queries × 5 rounds; the newest 1,000 matches ranked, a page of 10 highlighted) | **p50 ${ms(pct(searchTimes, 50))} ms, p95 ${ms(pct(searchTimes, 95))} ms**, p99 ${ms(pct(searchTimes, 99))} ms |`,
  `| search, CPU time of the process (same searches) | p50 ${ms(pct(searchCpu, 50))} ms, p95 ${ms(pct(searchCpu, 95))} ms, p99 ${ms(pct(searchCpu, 99))} ms |`,
  `| of which terms + entity extraction alone (CPU, one thread) | ${extractMs.toFixed(2)} ms/story |`,
  `| **More like this + Related computation**, per story (${sample.length} sampled) | **p50 ${ms(pct(listTimes, 50))} ms, p95 ${ms(pct(listTimes, 95))} ms**, p99 ${ms(pct(listTimes, 99))} ms |`,
  `| lists read on a story page (stored lists, Popular from memory), in process | p50 ${ms(pct(pageListTimes, 50))} ms, p95 ${ms(pct(pageListTimes, 95))} ms |`,
  `| view counting in memory | ${Math.round(viewsPerSecond).toLocaleString('en')} views/s; flush of ${VIEWS.toLocaleString('en')} views: ${ms(flushMs)} ms; Popular ranking: ${ms(popularMs)} ms |`,
  `| story page, page cache off, lists off | ${Math.round(off)} requests/s |`,
  `| story page, page cache off, lists on (rendered lists reused: the default) | ${Math.round(on)} requests/s (**${((1 - on / off) * 100).toFixed(1)}% cost**; ${cpuCost(runs.on, runs.off)}) |`,
  `| story page, page cache off, lists on, read and rendered every time (\`LIST_CACHE_SECONDS=0\`) | ${Math.round(cold)} requests/s (${((1 - cold / off) * 100).toFixed(1)}% cost; ${cpuCost(runs.cold, runs.off)}) |`,
  `| story page, page cache on (default 10 s), as browsers ask for it (compressed), lists off | ${Math.round(sentOff)} requests/s |`,
  `| story page, page cache on (default 10 s), as browsers ask for it (compressed), lists on | ${Math.round(sentOn)} requests/s (**${((1 - sentOn / sentOff) * 100).toFixed(1)}% cost**; ${cpuCost(runs.sentOn, runs.sentOff)}) |`,
  `| story page, page cache on, uncompressed, lists off | ${Math.round(cachedOff)} requests/s |`,
  `| story page, page cache on, uncompressed, lists on | ${Math.round(cachedOn)} requests/s (${((1 - cachedOn / cachedOff) * 100).toFixed(1)}% cost; ${cpuCost(runs.cachedOn, runs.cachedOff)}) |`,
  `| **server peak memory** (RSS), lists on | **${Math.max(...[...runs.on, ...runs.cold, ...runs.cachedOn, ...runs.sentOn].map((r) => r.rss))} MB** |`,
  '',
  `Story pages average ${runs.off[0]!.pageKb.toFixed(1)} KB without the lists and ${runs.on[0]!.pageKb.toFixed(1)} KB with them; from the page cache a browser (\`accept-encoding: ${BROWSER_ENCODINGS}\`) is sent them compressed: ${runs.sentOff[0]!.pageKb.toFixed(1)} and ${runs.sentOn[0]!.pageKb.toFixed(1)} KB.`,
  `Page runs: ${loadGeneratorLabel()}, 20 connections, ${SECONDS} s each, over ${paths.length} sampled stories, each run after one request per story (the caches warm, as on a running site), interleaved; requests/s of each run, page cache off: lists off ${each(runs.off)}; on ${each(runs.on)}; on, read every time ${each(runs.cold)}; page cache on, compressed: off ${each(runs.sentOff)}; on ${each(runs.sentOn)}; uncompressed: off ${each(runs.cachedOff)}; on ${each(runs.cachedOn)}.`,
  `Search queries: ${queries.map((q) => `\`${q.q}\`${q.options.sectionId ? ' in Business' : ''}${q.options.from ? ` from ${q.options.from.slice(0, 10)}` : ''}${q.options.to ? ` to ${q.options.to.slice(0, 10)}` : ''}${q.options.sort === 'newest' ? ' newest first' : ''}`).join(', ')}; matches: ${matches.join(', ')}.`,
].join('\n');
console.log(text);
writeResults(STORIES === 1_000_000 ? 'scale' : `scale-${STORIES}`, text);
