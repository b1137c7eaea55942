// npm run bench:search [-- --stories 50000] — search latency over a fixed query set on a generated
// archive (SQLite file in a temp folder), against baselines measured in the same run: a primary-key
// lookup (the floor for any query) and a LIKE scan of story text (what a site without an index does).
// `--keep FILE` keeps the generated archive in FILE and reuses it next time. `--optimize` merges the
// search indexes first, as `dateline reindex --optimize` does after a big import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { parseSearchQuery } from '../src/discovery/search-query.ts';
import type { Insertable } from 'kysely';
import { openDatabase, type Db } from '../src/store/database.ts';
import type { StoryTable } from '../src/store/schema.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { reindexSearch, searchStories } from '../src/store/search.ts';
import { ensureSection } from '../src/store/sections.ts';
import { paragraph, random, searchQuerySet, sentence, vocabulary, zipfSampler } from './search-corpus.ts';
import { writeResults } from './results.ts';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
  if (!Number.isInteger(value) || value < 100) throw new Error(`--${name} must be a whole number of at least 100`);
  return value;
}

const STORIES = flag('stories', 50_000);
const ROUNDS = 5;
const SECTIONS = ['International', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture'];
const now = new Date('2026-11-27T12:00:00.000Z');
const YEARS = 10;

async function generate(db: Db): Promise<void> {
  const rnd = random(42);
  const words = vocabulary();
  const word = zipfSampler(words, rnd);
  const sectionIds: number[] = [];
  for (const [i, name] of SECTIONS.entries()) sectionIds.push((await ensureSection(db, name, i + 1)).id);
  const BATCH = 200;
  for (let start = 0; start < STORIES; start += BATCH) {
    const rows: Array<Insertable<StoryTable>> = [];
    for (let i = start; i < Math.min(STORIES, start + BATCH); i++) {
      const body = Array.from({ length: 4 + Math.floor(rnd() * 8) }, () => paragraph(word, rnd, 30 + Math.floor(rnd() * 50))).join('\n\n');
      // Stories are written and published in order, as on a news site: ids follow publication, give or
      // take a few stories (an imported back catalogue breaks this; see docs/decisions/004a).
      const published = new Date(now.getTime() - ((STORIES - i - rnd() * 3) / STORIES) * YEARS * 365 * 86_400_000).toISOString();
      const stamp = now.toISOString();
      rows.push({
        section_id: sectionIds[i % sectionIds.length]!,
        slug: `story-${i}`,
        headline: sentence(word, rnd, 6 + Math.floor(rnd() * 7)),
        dek: sentence(word, rnd, 14 + Math.floor(rnd() * 12)),
        body_format: 'text',
        body_source: '',
        body_html: '',
        body_text: body,
        excerpt: body.slice(0, 160),
        word_count: body.split(' ').length,
        status: rnd() < 0.95 ? 'published' : 'draft',
        published_at: published,
        created_at: stamp,
        modified_at: stamp,
        source: 'bench',
        content_hash: `bench-${i}`,
        date_missing: 0,
      });
    }
    await db.transaction().execute((trx) => trx.insertInto('stories').values(rows).execute());
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
}

// --keep FILE keeps the generated archive there and reuses it on the next run (for experiments).
const keepAt = process.argv.indexOf('--keep');
const kept = keepAt >= 0 ? path.resolve(process.argv[keepAt + 1] ?? 'bench-search.db') : undefined;
const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-search-'));
const file = kept ?? path.join(dir, 'bench.db');
const reuse = kept !== undefined && fs.existsSync(kept);
const db = openDatabase({ kind: 'sqlite', file });
try {
  await migrateToLatest(db);
  const t0 = performance.now();
  if (!reuse) await generate(db);
  const loadSeconds = (performance.now() - t0) / 1000;
  const size = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
  const optimize = process.argv.includes('--optimize');
  let optimizeSeconds = 0;
  if (optimize) {
    const t1 = performance.now();
    await reindexSearch(db, { rebuild: false });
    optimizeSeconds = (performance.now() - t1) / 1000;
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  await sql`analyze`.execute(db);
  const segments = Number((await sql<{ n: number }>`select count(distinct segid) as n from stories_fts_idx`.execute(db)).rows[0]?.n ?? 0);

  const words = vocabulary();
  const section = (await db.selectFrom('sections').select('id').where('slug', '=', 'business').executeTakeFirstOrThrow()).id;
  const queries = searchQuerySet(words, section);
  const parsed = queries.map(([q, o]) => ({ q, query: parseSearchQuery(q), options: { sort: 'relevance' as const, limit: 10, offset: 0, now, ...o } }));
  for (const p of parsed) await searchStories(db, p.query, p.options); // warm the page cache of the file
  const samples: number[] = [];
  // CPU time of this process during each search: the work itself, which other jobs on a shared machine inflate far less than the wall time.
  const cpuSamples: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of parsed) {
      const cpu0 = process.cpuUsage();
      const ms = await time(() => searchStories(db, p.query, p.options));
      const cpu = process.cpuUsage(cpu0);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
      samples.push(ms);
      perQuery.set(p.q, [...(perQuery.get(p.q) ?? []), ms]);
    }
  }
  const search = stats(samples);
  const searchCpu = stats(cpuSamples);
  const slowest = [...perQuery].map(([q, ms]) => [q, stats(ms).p50] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const totals = await Promise.all(parsed.map((p) => searchStories(db, p.query, p.options).then((r) => (r.capped ? '>1000' : String(r.total)))));

  const pk: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const id = 1 + ((i * 7919) % STORIES);
    pk.push(await time(() => db.selectFrom('stories').select(['id', 'headline', 'excerpt']).where('id', '=', id).executeTakeFirst()));
  }
  const like: number[] = [];
  for (const w of [words[150]!, words[3000]!, words[20000]!]) {
    for (let round = 0; round < 2; round++) {
      like.push(await time(() => db.selectFrom('stories').select('id').where('status', '=', 'published').where('body_text', 'like', `%${w}%`)
        .orderBy('published_at', 'desc').limit(10).execute()));
    }
  }
  const pkStats = stats(pk);
  const likeStats = stats(like);
  const f = (ms: number) => ms.toFixed(ms < 1 ? 3 : 1);
  const text = [
    `${STORIES.toLocaleString('en-GB')} generated stories (about ${Math.round(words.length / 1000)}k-word vocabulary, Zipf-distributed, 120–880 words each, 5% drafts), SQLite file of ${(size / 2 ** 20).toFixed(0)} MiB, ${reuse ? 'kept from an earlier run' : `loaded and indexed in ${loadSeconds.toFixed(0)} s`}.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average ${os.loadavg()[0]!.toFixed(1)} during the run (the cores are shared, so compare ratios).`,
    `Search index: ${optimize ? `merged first (\`dateline reindex --optimize\`, ${optimizeSeconds.toFixed(0)} s here), ` : ''}${segments} segment${segments === 1 ? '' : 's'} in stories_fts${optimize ? '' : ' (as loaded, one story at a time; not merged)'}.`,
    `Command: \`npm run bench:search -- --stories ${STORIES}${optimize ? ' --optimize' : ''}\` (${queries.length} queries × ${ROUNDS} rounds; one search = the newest 1,000 matches counted and ranked + the page of 10 highlighted).`,
    '',
    '| operation | p50 ms | p95 ms | p99 ms | samples |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| primary-key lookup of one story (baseline) | ${f(pkStats.p50)} | ${f(pkStats.p95)} | ${f(pkStats.p99)} | ${pkStats.n} |`,
    `| **search, fixed query set** | **${f(search.p50)}** | **${f(search.p95)}** | **${f(search.p99)}** | ${search.n} |`,
    `| search, CPU time of the process (same searches) | ${f(searchCpu.p50)} | ${f(searchCpu.p95)} | ${f(searchCpu.p99)} | ${searchCpu.n} |`,
    `| LIKE '%word%' scan of story text, newest 10 (no index) | ${f(likeStats.p50)} | ${f(likeStats.p95)} | ${f(likeStats.p99)} | ${likeStats.n} |`,
    '',
    `Ratios in this run: search p50 = ${(search.p50 / pkStats.p50).toFixed(0)} × the primary-key lookup; LIKE scan p95 / search p95 = ${(likeStats.p95 / search.p95).toFixed(2)} (the LIKE scan is quick when a common word fills 10 rows early, slow when it must read every story).`,
    ...(STORIES >= 1_000_000 ? [`Target: p95 under 25 ms over a million stories: ${search.p95 < 25 ? 'met' : 'not met'} in this run (p95 ${f(search.p95)} ms).`] : []),
    `Slowest queries (p50): ${slowest.map(([q, ms]) => `\`${q}\` ${f(ms)} ms`).join(', ')}.`,
    `Matches per query: ${totals.join(', ')}.`,
  ].join('\n');
  console.log(text);
  // The default size has its own block; other sizes get one each, so a big run sits beside it.
  writeResults((STORIES === 50_000 ? 'search' : `search-${STORIES}`) + (optimize ? '-optimized' : ''), text);
} finally {
  await db.destroy();
  if (!kept) fs.rmSync(dir, { recursive: true, force: true });
}
