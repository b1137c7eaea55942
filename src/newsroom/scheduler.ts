import { randomBytes } from 'node:crypto';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from '../store/database.ts';
import { acquireLease } from '../store/job-leases.ts';
import { deleteExpiredSessions, deleteOldLoginFailures } from '../store/sessions.ts';
import { dueScheduledStories, moveDeskStory } from '../store/newsroom-stories.ts';
import { audit, SYSTEM } from './audit.ts';
import { deliverDueWebhooks, queueStoryEvent } from './webhooks.ts';

export const SCHEDULER_LEASE = 'scheduler';

/**
 * Publishes every scheduled story whose time has come. Each move is a conditional UPDATE
 * (status must still be `scheduled`), so even two runs at once publish a story exactly once.
 */
export async function publishDueStories(db: Db, now = new Date()): Promise<number[]> {
  const published: number[] = [];
  const stamp = toStoredTime(now);
  for (const story of await dueScheduledStories(db, stamp, 200)) {
    if (await moveDeskStory(db, story.id, 'scheduled', 'published', { publishedAt: story.publishedAt, stamp })) {
      await queueStoryEvent(db, 'story.published', { id: story.id, headline: story.headline, path: story.path, status: 'published', publishedAt: story.publishedAt }, now);
      await audit(db, SYSTEM.scheduler, 'story.publish', `story ${story.id}`, `scheduled for ${story.publishedAt}`, now);
      published.push(story.id);
    }
  }
  return published;
}

export interface SchedulerOptions {
  /** How often to look; with the lease below a story goes live within a minute of its time. */
  intervalMs?: number;
  leaseMs?: number;
  onPublished?: (ids: number[]) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs inside `serve`. The schedule is data (status + time in the stories table), so a restart loses
 * nothing; a lease row lets one instance of many do the work, and another takes over when it stops.
 */
export function startScheduler(db: Db, options: SchedulerOptions = {}): { stop(): Promise<void>; tick(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 15_000;
  const leaseMs = options.leaseMs ?? 45_000;
  const holder = `${process.pid}-${randomBytes(6).toString('hex')}`;
  let running: Promise<void> | undefined;
  const run = async () => {
    try {
      const now = new Date();
      if (!(await acquireLease(db, SCHEDULER_LEASE, holder, toStoredTime(now), toStoredTime(new Date(now.getTime() + leaseMs))))) return;
      const ids = await publishDueStories(db, now);
      if (ids.length) options.onPublished?.(ids);
      // Webhook deliveries go out from the same lease holder, so each is sent by one instance.
      await deliverDueWebhooks(db, now);
      // Housekeeping: expired sessions, and failed sign-ins older than the rate-limit window.
      await deleteExpiredSessions(db, toStoredTime(now));
      await deleteOldLoginFailures(db, toStoredTime(new Date(now.getTime() - 24 * 3600_000)));
    } catch (error) {
      options.onError?.(error);
    }
  };
  // One run at a time; a tick during a run waits for that run instead of starting another.
  const tick = () => (running ??= run().finally(() => (running = undefined)));
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return {
    // Waits for a run in progress, so the database can be closed safely afterwards.
    stop: async () => {
      clearInterval(timer);
      await running;
    },
    tick,
  };
}
