// `npm run bench:import`: JSON Lines and WordPress (WXR) imports into SQLite on a generated corpus.
// Modest sizes by default; BENCH_FULL=1 for the sizes (100,000 WXR posts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeJsonLinesCorpus, writeWxrCorpus } from './import-corpus.ts';
import { writeResults } from './results.ts';

const full = process.env.BENCH_FULL === '1';
const jsonlCount = Number(process.env.BENCH_JSONL ?? (full ? 100_000 : 10_000));
const wxrCount = Number(process.env.BENCH_WXR ?? (full ? 100_000 : 10_000));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-import-'));
const loadAtStart = os.loadavg()[0]!.toFixed(1);

interface Run { stories: number; seconds: number; maxRssMb: number }
function run(mode: 'parse' | 'import' | 'store', file: string, nodeFlags: string[] = [], extra: string[] = []): Run {
  const out = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(import.meta.dirname, 'import-run.ts'), mode, file, path.join(dir, 'bench.db'), ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

try {
  const jsonl = path.join(dir, 'corpus.jsonl');
  const wxr = path.join(dir, 'corpus.xml');
  await writeJsonLinesCorpus(jsonl, jsonlCount);
  await writeWxrCorpus(wxr, wxrCount);
  const rows: string[] = [];
  for (const [name, file] of [['JSON Lines', jsonl], ['WordPress WXR', wxr]] as const) {
    const parse = run('parse', file);
    const imported = run('import', file);
    const mb = (fs.statSync(file).size / 1048576).toFixed(0);
    const rate = (r: Run) => Math.round(r.stories / r.seconds);
    rows.push(`| ${name}, parse only (baseline) | ${parse.stories} | ${mb} | ${parse.seconds.toFixed(1)} | ${rate(parse)} | 1.00 | ${parse.maxRssMb.toFixed(0)} |`);
    rows.push(`| ${name}, import into SQLite | ${imported.stories} | ${mb} | ${imported.seconds.toFixed(1)} | ${rate(imported)} | ${(rate(imported) / rate(parse)).toFixed(2)} | ${imported.maxRssMb.toFixed(0)} |`);
    if (file === jsonl) {
      // The floor the database sets: the same stories prepared beforehand, only the store's writes timed.
      const store = run('store', file);
      const bare = run('store', file, [], ['--no-search-index']);
      rows.push(`| ${name}, the store's writes alone (stories prepared beforehand) | ${store.stories} | | ${store.seconds.toFixed(1)} | ${rate(store)} | ${(rate(store) / rate(parse)).toFixed(2)} | |`);
      rows.push(`| ${name}, the store's writes alone, without the search index trigger | ${bare.stories} | | ${bare.seconds.toFixed(1)} | ${rate(bare)} | ${(rate(bare) / rate(parse)).toFixed(2)} | |`);
    }
    console.log(rows.slice(file === jsonl ? -4 : -2).join('\n'));
  }
  const cpus = os.cpus();
  writeResults('import', [
    `Generated corpus (made-up words, 4–7 paragraphs a story, about 2.3 KB of text each; every 50th WXR item a page or attachment, skipped).`,
    `Machine: ${cpus.length} × ${cpus[0]?.model.split(' ').slice(0, 2).join(' ')}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average at the start ${loadAtStart} (the cores are shared).`,
    `Command: \`${full ? 'BENCH_FULL=1 ' : ''}npm run bench:import\` (each run in its own process; peak memory is that process's maximum resident set).`,
    '',
    '| run | stories | MB | seconds | stories/s | ratio to parse only | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
