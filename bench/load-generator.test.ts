import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWrk, wrkMs } from './load-generator.ts';

const SAMPLE = `Running 10s test @ http://127.0.0.1:4000
  1 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.61ms    2.14ms  41.07ms   87.12%
    Req/Sec     1.59k   112.40     1.80k    74.00%
  Latency Distribution
     50%  812.00us
     75%   13.02ms
     90%   14.51ms
     99%    1.02s
  15874 requests in 10.01s, 160.52MB read
Requests/sec:   1585.90
Transfer/sec:     16.04MB
`;

test('wrk latencies are read in milliseconds whatever unit wrk chose', () => {
  assert.equal(wrkMs('812.00us'), 0.812);
  assert.equal(wrkMs('13.02ms'), 13.02);
  assert.equal(wrkMs('1.02s'), 1020);
  assert.throws(() => wrkMs('fast'), /unreadable/);
});

test("wrk's summary gives requests/s, the request count and p50/p99", () => {
  assert.deepEqual(parseWrk(SAMPLE), { rps: 1585.9, requests: 15874, p50Ms: 0.812, p99Ms: 1020 });
});

test('a run with failed or non-2xx requests is an error, not a figure', () => {
  assert.throws(() => parseWrk(SAMPLE.replace('Requests/sec', '  Non-2xx or 3xx responses: 12\nRequests/sec')), /12 non-2xx/);
  assert.throws(() => parseWrk(SAMPLE.replace('Requests/sec', '  Socket errors: connect 0, read 3, write 0, timeout 1\nRequests/sec')), /4 socket errors/);
  assert.throws(() => parseWrk('wrk: command failed'), /unreadable wrk output/);
});
