import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, isValidTimeZone, toStoredTime, wasUpdated } from './dates.ts';

test('stored times are UTC ISO strings that sort as text', () => {
  const a = toStoredTime(new Date(Date.UTC(2024, 5, 20, 5, 0)));
  const b = toStoredTime(new Date(Date.UTC(2024, 10, 2, 0, 0)));
  assert.equal(a, '2024-06-20T05:00:00.000Z');
  assert.ok(a < b);
});

test('date lines are shown in the site time zone', () => {
  assert.equal(formatDateTime('2024-06-20T05:00:00.000Z', 'UTC'), '20 June 2024, 05:00 UTC');
  assert.equal(formatDateTime('2024-06-20T05:00:00.000Z', 'Asia/Seoul'), '20 June 2024, 14:00 GMT+9');
  // Late evening UTC is already the next day in Seoul.
  assert.equal(formatDate('2024-06-19T20:00:00.000Z', 'Asia/Seoul'), '20 June 2024');
});

test('time zones are validated', () => {
  assert.ok(isValidTimeZone('Europe/London'));
  assert.equal(isValidTimeZone('Mars/Olympus'), false);
});

test('"Updated" only when the change came more than a minute after publication', () => {
  assert.equal(wasUpdated('2024-06-20T05:00:00.000Z', null), false);
  assert.equal(wasUpdated('2024-06-20T05:00:00.000Z', '2024-06-20T05:00:30.000Z'), false);
  assert.equal(wasUpdated('2024-06-20T05:00:00.000Z', '2024-06-20T09:00:00.000Z'), true);
});
