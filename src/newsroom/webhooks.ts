import { createHmac } from 'node:crypto';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from '../store/database.ts';
import * as store from '../store/webhooks.ts';
import { NewsroomError } from './newsroom-error.ts';
import { newToken } from './tokens.ts';

export const WEBHOOK_EVENTS = ['story.published', 'story.updated', 'story.unpublished'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Waits before the 2nd, 3rd … attempt; after the last, a delivery is marked failed. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 6 * 3_600_000];
const SEND_TIMEOUT_MS = 10_000;
const CLAIM_MS = 60_000;

export async function addWebhook(db: Db, event: string, url: string, now = new Date()): Promise<store.Webhook> {
  if (!(WEBHOOK_EVENTS as readonly string[]).includes(event)) throw new NewsroomError('invalid', `The event must be one of ${WEBHOOK_EVENTS.join(', ')}.`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new NewsroomError('invalid', 'The webhook URL must be an http(s) address.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new NewsroomError('invalid', 'The webhook URL must be an http(s) address.');
  return store.insertWebhook(db, { event, url: parsed.toString(), secret: `whsec_${newToken()}`, createdAt: toStoredTime(now) });
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: receivers recompute it with their secret and reject old times. */
export function signPayload(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

export interface StoryEventData {
  id: number;
  headline: string;
  path: string;
  status: string;
  publishedAt: string | null;
}

/** Queues an event for every webhook that wants it. Written to the database, so it survives restarts. */
export async function queueStoryEvent(db: Db, event: WebhookEvent, story: StoryEventData, now = new Date()): Promise<number> {
  const payload = JSON.stringify({ event, at: toStoredTime(now), story });
  return store.queueDeliveries(db, event, payload, toStoredTime(now));
}

export type Sender = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ ok: boolean; status: number }>;

/**
 * Sends due deliveries: a 2xx marks one delivered; anything else (or no answer in 10 s) schedules a
 * retry after the next delay, and after the last it is marked failed. Each delivery is claimed first,
 * so with several senders none is sent twice at once.
 */
export async function deliverDueWebhooks(db: Db, now = new Date(), send: Sender = fetch): Promise<{ delivered: number; retried: number; failed: number }> {
  const counts = { delivered: 0, retried: 0, failed: 0 };
  const stamp = toStoredTime(now);
  for (const delivery of await store.dueDeliveries(db, stamp, 50)) {
    if (!(await store.claimDelivery(db, delivery.id, delivery.nextAttemptAt, toStoredTime(new Date(now.getTime() + CLAIM_MS))))) continue;
    let error: string | null = null;
    try {
      const response = await send(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Dateline-Webhooks/1',
          'x-dateline-event': delivery.event,
          'x-dateline-delivery': String(delivery.id),
          'x-dateline-signature': signPayload(delivery.secret, delivery.payload, now),
        },
        body: delivery.payload,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = (e as Error).message || 'no answer';
    }
    const attempts = delivery.attempts + 1;
    if (!error) {
      await store.recordAttempt(db, delivery.id, { status: 'delivered', attempts, nextAttemptAt: stamp, error: null });
      counts.delivered++;
    } else if (attempts > RETRY_DELAYS_MS.length) {
      await store.recordAttempt(db, delivery.id, { status: 'failed', attempts, nextAttemptAt: stamp, error });
      counts.failed++;
    } else {
      await store.recordAttempt(db, delivery.id, { status: 'pending', attempts, nextAttemptAt: toStoredTime(new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]!)), error });
      counts.retried++;
    }
  }
  return counts;
}
