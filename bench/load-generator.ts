// The HTTP load for the benchmarks: wrk when the machine has it (`apt-get install -y wrk`), else autocannon.
//
// Why wrk first: on these two-core machines the load generator shares the CPU with the server it
// measures. autocannon (JavaScript) spends several times wrk's CPU on a request, more on a bigger
// response, and served Brotli-compressed pages at half the rate with the server idle half the time;
// a comparison of two pages then partly measures autocannon. wrk (C) costs a few microseconds a
// request, so requests/s follow the server's own work. Loopback only, as every benchmark here.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export interface LoadOptions {
  port: number;
  /** Requested in turn, over and over. */
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
}

const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => fs.existsSync(p));

/** Which load generator runs: `BENCH_LOAD=autocannon` forces autocannon even where wrk is installed. */
export const loadGenerator: 'wrk' | 'autocannon' = WRK && process.env.BENCH_LOAD !== 'autocannon' ? 'wrk' : 'autocannon';

export function loadGeneratorLabel(): string {
  return loadGenerator === 'wrk' ? 'wrk (1 thread)' : 'autocannon (wrk not installed)';
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return loadGenerator === 'wrk' ? runWrk(options) : runAutocannon(options);
}

async function runAutocannon({ port, paths, connections, seconds, headers = {} }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`, connections, duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p, headers })),
  });
  if (result.non2xx || result.errors) throw new Error(`load on port ${port}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { rps: result.requests.average, requests: result.requests.total, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** wrk takes its request list as a Lua script. */
function wrkScript(paths: string[], headers: Record<string, string>): string {
  const lua = (s: string) => JSON.stringify(s); // a JSON string literal is a valid Lua one for these ASCII values
  const headerTable = Object.entries(headers).map(([k, v]) => `[${lua(k)}] = ${lua(v)}`).join(', ');
  return [
    `local paths = { ${paths.map(lua).join(', ')} }`,
    `local headers = { ${headerTable} }`,
    'local i = 0',
    'request = function()',
    '  i = i % #paths + 1',
    '  return wrk.format("GET", paths[i], headers)',
    'end',
    '',
  ].join('\n');
}

/** A wrk latency figure ("812.00us", "1.23ms", "2.01s") in milliseconds. */
export function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!m) throw new Error(`unreadable wrk latency: ${text}`);
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

/** Reads wrk's summary (run with `--latency`). */
export function parseWrk(out: string): LoadResult {
  const field = (re: RegExp) => {
    const m = re.exec(out);
    if (!m) throw new Error(`unreadable wrk output:\n${out}`);
    return m[1]!;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const failed = errors ? errors.slice(1).reduce((s, n) => s + Number(n), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  if (failed || non2xx) throw new Error(`wrk: ${non2xx} non-2xx responses, ${failed} socket errors`);
  return {
    rps: Number(field(/Requests\/sec:\s+([\d.]+)/)),
    requests: Number(field(/(\d+) requests in/)),
    p50Ms: wrkMs(field(/^\s+50%\s+(\S+)/m)),
    p99Ms: wrkMs(field(/^\s+99%\s+(\S+)/m)),
  };
}

async function runWrk({ port, paths, connections, seconds, headers = {} }: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-wrk-'));
  const script = path.join(dir, 'paths.lua');
  fs.writeFileSync(script, wrkScript(paths, headers));
  try {
    const { stdout } = await promisify(execFile)(WRK!, ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, `http://127.0.0.1:${port}`]);
    return parseWrk(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
