import { randomBytes } from 'node:crypto';
import type { Db } from '../store/database.ts';
import { acquireLease, releaseLease } from '../store/job-leases.ts';
import { dueWireFeeds, listWireFeeds, recordWirePoll, type WireFeed } from '../store/wire-feeds.ts';
import { ImportError } from './import-error.ts';
import { summaryLine, type ImportReport } from './import-report.ts';
import { bufferSource } from './import-source.ts';
import { ImportRun } from './pipeline.ts';

export const MAX_FEED_BYTES = 20 * 1024 * 1024;
export const MAX_BACKOFF_MS = 6 * 3_600_000;
export const WIRE_LEASE = 'wire-poll';

export interface PollOptions {
  now?: Date;
  /** Seconds between polls of a healthy feed; failures back off from here, doubling, up to 6 hours. */
  intervalSeconds: number;
  timeoutMs?: number;
  /** For tests; Node's global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface PollResult {
  url: string;
  outcome: 'imported' | 'not-modified' | 'error';
  error?: string;
  report?: ImportReport;
}

/** The wait before the next poll: the interval when healthy, doubling with each failure in a row. */
export function nextPollDelayMs(intervalSeconds: number, errorCount: number): number {
  return Math.min(intervalSeconds * 1000 * 2 ** Math.min(errorCount, 20), Math.max(MAX_BACKOFF_MS, intervalSeconds * 1000));
}

async function readBody(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FEED_BYTES) throw new ImportError(`the feed is ${(declared / 1048576).toFixed(1)} MB; the limit is ${MAX_FEED_BYTES / 1048576} MB`);
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    total += next.value.length;
    if (total > MAX_FEED_BYTES) {
      await reader!.cancel();
      throw new ImportError(`the feed is over ${MAX_FEED_BYTES / 1048576} MB`);
    }
    parts.push(next.value);
  }
  return Buffer.concat(parts);
}

/** Fetches one feed (conditionally, with its ETag and Last-Modified) and imports what is new or changed. */
export async function pollFeed(db: Db, feed: WireFeed, options: PollOptions): Promise<PollResult> {
  const now = options.now ?? new Date();
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { 'user-agent': 'Dateline wire poller', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.last_modified) headers['if-modified-since'] = feed.last_modified;
  try {
    const response = await doFetch(feed.url, { headers, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
    if (response.status === 304) {
      await response.body?.cancel();
      await recordWirePoll(db, feed.id, {
        last_polled_at: now.toISOString(), last_success_at: now.toISOString(), error_count: 0, last_error: null,
        next_poll_at: new Date(now.getTime() + nextPollDelayMs(options.intervalSeconds, 0)).toISOString(), last_result: 'not modified',
      });
      return { url: feed.url, outcome: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ImportError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const bytes = await readBody(response);
    const run = new ImportRun(db, {
      format: 'feed', now, sourceName: `wire:${feed.url}`, defaultSection: feed.section_name, status: feed.status === 'draft' ? 'draft' : 'published',
    });
    try {
      await run.importSource(bufferSource(feed.url, bytes));
      await run.finish();
    } finally {
      await run.close();
    }
    const report = run.report;
    const fileFailure = report.items.find((i) => i.outcome === 'failed' && !i.item);
    if (fileFailure && report.counts.created + report.counts.updated + report.counts.unchanged === 0) throw new ImportError(fileFailure.error ?? 'unreadable feed');
    await recordWirePoll(db, feed.id, {
      etag: response.headers.get('etag'), last_modified: response.headers.get('last-modified'),
      last_polled_at: now.toISOString(), last_success_at: now.toISOString(), error_count: 0, last_error: null,
      next_poll_at: new Date(now.getTime() + nextPollDelayMs(options.intervalSeconds, 0)).toISOString(), last_result: summaryLine(report),
    });
    return { url: feed.url, outcome: 'imported', report };
  } catch (error) {
    const message = error instanceof ImportError ? error.message : describeFetchError(error);
    const errors = feed.error_count + 1;
    await recordWirePoll(db, feed.id, {
      last_polled_at: now.toISOString(), error_count: errors, last_error: message,
      next_poll_at: new Date(now.getTime() + nextPollDelayMs(options.intervalSeconds, errors)).toISOString(),
    });
    return { url: feed.url, outcome: 'error', error: message };
  }
}

function describeFetchError(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}

/** Polls every feed now (`dateline wire poll`), or only those due (`due: true`, the poller in `serve`). */
export async function pollFeeds(db: Db, options: PollOptions & { due?: boolean }): Promise<PollResult[]> {
  const feeds = options.due ? await dueWireFeeds(db, options.now ?? new Date()) : await listWireFeeds(db);
  const results: PollResult[] = [];
  for (const feed of feeds) results.push(await pollFeed(db, feed, options));
  return results;
}

export interface WirePoller {
  /** One round: take the lease, poll the feeds that are due, let the lease go. False when another instance holds it. */
  tick(now?: Date): Promise<boolean>;
  stop(): void;
}

/**
 * Polls due feeds every `checkSeconds` inside `serve`. A lease row in the database makes sure only one
 * instance polls at a time however many run; a tick still running when the next is due is skipped.
 */
export function startWirePoller(db: Db, options: PollOptions & { checkSeconds?: number; onError?: (error: unknown) => void; onResults?: (results: PollResult[]) => void; timer?: boolean }): WirePoller {
  const holder = `${process.pid}-${randomBytes(4).toString('hex')}`;
  let running = false;
  const leaseMs = 10 * 60_000;
  const poller: WirePoller = {
    async tick(now = new Date()) {
      if (running) return false;
      running = true;
      try {
        if (!(await acquireLease(db, WIRE_LEASE, holder, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString()))) return false;
        try {
          const results = await pollFeeds(db, { ...options, now, due: true });
          if (results.length) options.onResults?.(results);
        } finally {
          await releaseLease(db, WIRE_LEASE, holder);
        }
        return true;
      } catch (error) {
        options.onError?.(error);
        return false;
      } finally {
        running = false;
      }
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
  const timer = options.timer === false ? undefined : setInterval(() => void poller.tick(), (options.checkSeconds ?? Math.min(options.intervalSeconds, 60)) * 1000);
  timer?.unref();
  return poller;
}
