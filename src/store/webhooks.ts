import type { Db } from './database.ts';

export interface Webhook {
  id: number;
  event: string;
  url: string;
  secret: string;
}

export interface Delivery {
  id: number;
  event: string;
  payload: string;
  attempts: number;
  nextAttemptAt: string;
  url: string;
  secret: string;
}

export async function insertWebhook(db: Db, hook: Omit<Webhook, 'id'> & { createdAt: string }): Promise<Webhook> {
  return db
    .insertInto('webhooks')
    .values({ event: hook.event, url: hook.url, secret: hook.secret, created_at: hook.createdAt })
    .returning(['id', 'event', 'url', 'secret'])
    .executeTakeFirstOrThrow();
}

export async function listWebhooks(db: Db): Promise<Webhook[]> {
  return db.selectFrom('webhooks').select(['id', 'event', 'url', 'secret']).orderBy('id').execute();
}

export async function deleteWebhook(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Queues one delivery per webhook subscribed to `event`. */
export async function queueDeliveries(db: Db, event: string, payload: string, now: string): Promise<number> {
  const hooks = await db.selectFrom('webhooks').select('id').where('event', '=', event).execute();
  if (!hooks.length) return 0;
  await db
    .insertInto('webhook_deliveries')
    .values(hooks.map((h) => ({ webhook_id: h.id, event, payload, status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, created_at: now })))
    .execute();
  return hooks.length;
}

export async function dueDeliveries(db: Db, now: string, limit: number): Promise<Delivery[]> {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .select([
      'webhook_deliveries.id as id',
      'webhook_deliveries.event as event',
      'webhook_deliveries.payload as payload',
      'webhook_deliveries.attempts as attempts',
      'webhook_deliveries.next_attempt_at as nextAttemptAt',
      'webhooks.url as url',
      'webhooks.secret as secret',
    ])
    .where('webhook_deliveries.status', '=', 'pending')
    .where('webhook_deliveries.next_attempt_at', '<=', now)
    .orderBy('webhook_deliveries.id')
    .limit(limit)
    .execute();
}

/** Takes a delivery for one sender: only the caller that moves its next attempt on gets to send it. */
export async function claimDelivery(db: Db, id: number, seenNextAttempt: string, claimUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ next_attempt_at: claimUntil })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '=', seenNextAttempt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordAttempt(db: Db, id: number, change: { status: 'pending' | 'delivered' | 'failed'; attempts: number; nextAttemptAt: string; error: string | null }): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: change.status, attempts: change.attempts, next_attempt_at: change.nextAttemptAt, last_error: change.error })
    .where('id', '=', id)
    .execute();
}

export async function deliveriesOf(db: Db, webhookId: number) {
  return db.selectFrom('webhook_deliveries').select(['id', 'event', 'status', 'attempts', 'last_error as lastError']).where('webhook_id', '=', webhookId).orderBy('id').execute();
}
