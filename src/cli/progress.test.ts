import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine } from './progress.ts';

test('the progress line shows the bar, items, rate and ETA', () => {
  assert.equal(progressLine({ items: 500, bytesRead: 25, bytesTotal: 100, elapsedMs: 2000 }, 8), '[##......] 25% 500 items, 250/s, ETA 0:06');
  assert.equal(progressLine({ items: 10, bytesRead: 5, bytesTotal: undefined, elapsedMs: 0 }), '10 items, 0/s, ETA --:--');
});
