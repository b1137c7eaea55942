import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDay, startOfDay } from './day-range.ts';

test('real days parse; anything else does not', () => {
  assert.deepEqual(parseDay('2026-11-27'), { year: 2026, month: 11, day: 27 });
  assert.deepEqual(parseDay('2024-02-29'), { year: 2024, month: 2, day: 29 });
  for (const bad of ['notadate', '2026-02-30', '2026-13-01', '2026-11-27T00:00', '27/11/2026', '', '0000-01-01', '+02026-11-27', '2026-1-5']) {
    assert.equal(parseDay(bad), undefined, bad);
  }
});

test('a day starts at local midnight in the site time zone', () => {
  const day = parseDay('2026-11-27')!;
  assert.equal(startOfDay(day, 'UTC').toISOString(), '2026-11-27T00:00:00.000Z');
  assert.equal(startOfDay(day, 'Asia/Seoul').toISOString(), '2026-11-26T15:00:00.000Z');
  assert.equal(startOfDay(day, 'America/New_York', 1).toISOString(), '2026-11-28T05:00:00.000Z');
});

test('days when the clocks change still start at midnight', () => {
  assert.equal(startOfDay(parseDay('2026-03-29')!, 'Europe/London').toISOString(), '2026-03-29T00:00:00.000Z');
  assert.equal(startOfDay(parseDay('2026-03-30')!, 'Europe/London').toISOString(), '2026-03-29T23:00:00.000Z');
  assert.equal(startOfDay(parseDay('2026-11-01')!, 'America/New_York').toISOString(), '2026-11-01T04:00:00.000Z');
});
