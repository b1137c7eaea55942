import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { addWireFeed, findWireFeed, listWireFeeds } from '../store/wire-feeds.ts';
import { acquireLease, releaseLease } from '../store/job-leases.ts';

const tryLease = (db: Parameters<typeof acquireLease>[0], name: string, holder: string, ttlMs: number, now: Date) =>
  acquireLease(db, name, holder, now.toISOString(), new Date(now.getTime() + ttlMs).toISOString());
import { countStories } from '../store/stories.ts';
import { nextPollDelayMs, pollFeeds, startWirePoller } from './wire.ts';

const RSS = fs.readFileSync(fileURLToPath(new URL('../../test/fixtures/ingest/wire.rss', import.meta.url)), 'utf8');
let t: TestDatabase;
let server: http.Server;
let base: string;
let feedBody = RSS;
const seen: Array<{ url: string; ifNoneMatch: string | undefined }> = [];

before(async () => {
  t = await openTestDatabase();
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    if (req.url === '/world.rss') {
      const etag = `"v${feedBody.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Tue, 11 Mar 2025 15:00:00 GMT' }).end(feedBody);
    } else if (req.url === '/broken') res.writeHead(500).end('oops');
    else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

test('back-off doubles with each failure in a row, up to six hours', () => {
  assert.equal(nextPollDelayMs(300, 0), 300_000);
  assert.equal(nextPollDelayMs(300, 1), 600_000);
  assert.equal(nextPollDelayMs(300, 3), 2_400_000);
  assert.equal(nextPollDelayMs(300, 50), 6 * 3_600_000);
});

test('a feed is fetched and imported, then asked for conditionally; a changed item updates its story', async () => {
  const now = new Date('2025-03-11T16:00:00Z');
  await addWireFeed(t.db, { url: `${base}/world.rss`, sectionName: 'World', status: 'published' }, now);
  const [first] = await pollFeeds(t.db, { now, intervalSeconds: 300 });
  assert.equal(first!.outcome, 'imported');
  assert.equal(first!.report!.counts.created, 3);
  assert.equal(first!.report!.counts.failed, 1, 'the item without a title');
  const feed = (await findWireFeed(t.db, `${base}/world.rss`))!;
  assert.equal(feed.etag, `"v${RSS.length}"`);
  assert.equal(feed.next_poll_at, '2025-03-11T16:05:00.000Z');
  assert.match(feed.last_result!, /^3 imported/);

  const [second] = await pollFeeds(t.db, { now, intervalSeconds: 300 });
  assert.equal(second!.outcome, 'not-modified');
  assert.equal(seen.at(-1)!.ifNoneMatch, `"v${RSS.length}"`);

  feedBody = RSS.replace('third day on Tuesday', 'third day on Tuesday afternoon');
  const [third] = await pollFeeds(t.db, { now, intervalSeconds: 300 });
  assert.equal(third!.report!.counts.updated, 1);
  assert.equal(third!.report!.counts.unchanged, 2);
  assert.equal(await countStories(t.db), 3);
});

test('errors are recorded per feed and back off; other feeds still poll', async () => {
  const now = new Date('2025-03-11T17:00:00Z');
  await addWireFeed(t.db, { url: `${base}/broken`, sectionName: 'World', status: 'published' }, now);
  await addWireFeed(t.db, { url: `${base}/page`, sectionName: 'World', status: 'published' }, now);
  await addWireFeed(t.db, { url: 'http://127.0.0.1:1/nothing', sectionName: 'World', status: 'published' }, now);
  const results = await pollFeeds(t.db, { now, intervalSeconds: 60, timeoutMs: 5000 });
  const byUrl = new Map(results.map((r) => [r.url.replace(base, ''), r]));
  assert.equal(byUrl.get('/world.rss')!.outcome, 'not-modified');
  assert.deepEqual([byUrl.get('/broken')!.outcome, byUrl.get('/broken')!.error], ['error', 'HTTP 500 Internal Server Error']);
  assert.match(byUrl.get('/page')!.error!, /not an RSS or Atom feed/);
  assert.equal(byUrl.get('http://127.0.0.1:1/nothing')!.outcome, 'error');
  await pollFeeds(t.db, { now, intervalSeconds: 60 });
  const broken = (await listWireFeeds(t.db)).find((f) => f.url.endsWith('/broken'))!;
  assert.equal(broken.error_count, 2);
  assert.equal(broken.next_poll_at, new Date(now.getTime() + 240_000).toISOString());
});

test('the lease lets one instance poll at a time; the poller polls only feeds that are due', async () => {
  const now = new Date('2025-03-12T00:00:00Z');
  assert.equal(await tryLease(t.db, 'job', 'a', 60_000, now), true);
  assert.equal(await tryLease(t.db, 'job', 'b', 60_000, now), false);
  assert.equal(await tryLease(t.db, 'job', 'a', 60_000, now), true, 'the holder renews');
  assert.equal(await tryLease(t.db, 'job', 'b', 60_000, new Date(now.getTime() + 61_000)), true, 'an expired lease is free');
  await releaseLease(t.db, 'job', 'b');
  assert.equal(await tryLease(t.db, 'job', 'a', 60_000, now), true);

  const before = seen.length;
  const poller = startWirePoller(t.db, { intervalSeconds: 60, timer: false });
  assert.equal(await poller.tick(now), true);
  const polled = seen.slice(before).map((s) => s.url);
  assert.ok(polled.includes('/world.rss'));
  const again = seen.length;
  assert.equal(await poller.tick(now), true);
  assert.equal(seen.length, again, 'nothing is due a second time at the same moment');
  const later = new Date(now.getTime() + 3_600_000 * 7);
  assert.equal(await tryLease(t.db, 'wire-poll', 'other-instance', 60_000, later), true);
  assert.equal(await poller.tick(later), false, 'another instance holds the lease');
  poller.stop();
});
