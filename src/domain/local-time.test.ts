import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocalTime, toLocalInput } from './local-time.ts';

test('wall-clock times are read in the site time zone', () => {
  assert.equal(parseLocalTime('2026-06-20T09:30', 'UTC')?.toISOString(), '2026-06-20T09:30:00.000Z');
  assert.equal(parseLocalTime('2026-06-20T09:30', 'Asia/Seoul')?.toISOString(), '2026-06-20T00:30:00.000Z');
  assert.equal(parseLocalTime('2026-06-20T09:30', 'Europe/London')?.toISOString(), '2026-06-20T08:30:00.000Z');
  assert.equal(parseLocalTime('2026-01-20T09:30', 'Europe/London')?.toISOString(), '2026-01-20T09:30:00.000Z');
  assert.equal(parseLocalTime('2026-06-20T09:30:00Z', 'Asia/Seoul')?.toISOString(), '2026-06-20T09:30:00.000Z');
});

test('round trip through the form field', () => {
  assert.equal(toLocalInput('2026-06-20T00:30:00.000Z', 'Asia/Seoul'), '2026-06-20T09:30');
  assert.equal(toLocalInput('2026-03-29T01:30:00.000Z', 'Europe/London'), '2026-03-29T02:30');
});

test('bad values are undefined, not a guess', () => {
  for (const bad of ['', 'tomorrow', '2026-02-31T10:00', '2026-06-20T25:00', '2026-06-20', 42, null, '2026-06-20T09:30:00+99:00']) {
    assert.equal(parseLocalTime(bad, 'UTC'), undefined, String(bad));
  }
});
