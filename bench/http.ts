// npm run bench:http — requests/s of the seed story page against a bare node:http server sending the
// same bytes, measured in the same run (a ratio, since these machines are noisy). Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGeneratorLabel, runLoad } from './load-generator.ts';
import { writeResults } from './results.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const here = import.meta.dirname;

function start(args: string[]): Promise<{ child: ChildProcess; info: { port: number; path?: string } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'serve-fixture.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.once('data', (d) => resolve({ child, info: JSON.parse(String(d)) }));
    child.once('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
  });
}

async function load(port: number, connections = CONNECTIONS, seconds = SECONDS) {
  const result = await runLoad({ port, paths: [storyPath], connections, seconds });
  return { rps: result.rps, p50: result.p50Ms, p99: result.p99Ms };
}

const cached = await start(['dateline', '10']);
const uncached = await start(['dateline', '0']);
const storyPath = cached.info.path!;
const page = await (await fetch(`http://127.0.0.1:${cached.info.port}${storyPath}`)).text();
const pageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-')), 'page.html');
fs.writeFileSync(pageFile, page);
const baseline = await start(['baseline', pageFile]);

// Warm up each, then measure in an interleaved order so drift hits all three alike.
for (const port of [baseline.info.port, cached.info.port, uncached.info.port]) await load(port, 10, 2);
const runs = { baseline: [] as Awaited<ReturnType<typeof load>>[], cached: [] as Awaited<ReturnType<typeof load>>[], uncached: [] as Awaited<ReturnType<typeof load>>[] };
for (let round = 0; round < 2; round++) {
  runs.baseline.push(await load(baseline.info.port));
  runs.cached.push(await load(cached.info.port));
  runs.uncached.push(await load(uncached.info.port));
}
for (const p of [cached, uncached, baseline]) p.child.kill('SIGTERM');

const mean = (xs: Array<{ rps: number }>) => xs.reduce((a, x) => a + x.rps, 0) / xs.length;
const b = mean(runs.baseline);
const rows = [
  ['bare node:http, same bytes (baseline)', runs.baseline],
  ['Dateline, page cache on (default, 10 s)', runs.cached],
  ['Dateline, page cache off (render every request)', runs.uncached],
] as const;
const table = [
  '| server | requests/s | ratio to baseline | p50 ms | p99 ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(([name, r]) => `| ${name} | ${Math.round(mean(r))} | ${(mean(r) / b).toFixed(2)} | ${r.at(-1)!.p50.toFixed(1)} | ${r.at(-1)!.p99.toFixed(1)} |`),
].join('\n');

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const report = `Seed story page (${(page.length / 1024).toFixed(1)} KB of HTML), ${CONNECTIONS} connections, ${SECONDS} s per run, two interleaved runs each (mean of runs; latency from the last run).
Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Command: \`npm run bench:http\` (${loadGeneratorLabel()} against 127.0.0.1; server and load generator in separate processes).

${table}`;
console.log(report);
writeResults('http', report);
