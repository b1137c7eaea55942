import type { Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { WireFeedTable } from './schema.ts';

export type WireFeed = Selectable<WireFeedTable>;

/** Adds a feed, or changes the section (and status) of one already there. */
export async function addWireFeed(db: Db, feed: { url: string; sectionName: string; status: string }, now: Date): Promise<{ feed: WireFeed; added: boolean }> {
  const existing = await findWireFeed(db, feed.url);
  if (existing) {
    await db.updateTable('wire_feeds').set({ section_name: feed.sectionName, status: feed.status }).where('id', '=', existing.id).execute();
    return { feed: (await findWireFeed(db, feed.url))!, added: false };
  }
  await db
    .insertInto('wire_feeds')
    .values({ url: feed.url, section_name: feed.sectionName, status: feed.status, created_at: now.toISOString(), error_count: 0 })
    .execute();
  return { feed: (await findWireFeed(db, feed.url))!, added: true };
}

export async function findWireFeed(db: Db, url: string): Promise<WireFeed | undefined> {
  return db.selectFrom('wire_feeds').selectAll().where('url', '=', url).executeTakeFirst();
}

export async function listWireFeeds(db: Db): Promise<WireFeed[]> {
  return db.selectFrom('wire_feeds').selectAll().orderBy('id').execute();
}

export async function removeWireFeed(db: Db, url: string): Promise<boolean> {
  const result = await db.deleteFrom('wire_feeds').where('url', '=', url).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Feeds whose next poll is due (never polled, or their time has come). */
export async function dueWireFeeds(db: Db, now: Date): Promise<WireFeed[]> {
  return db
    .selectFrom('wire_feeds')
    .selectAll()
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now.toISOString())]))
    .orderBy('id')
    .execute();
}

export type WirePollUpdate = Partial<Pick<WireFeed, 'etag' | 'last_modified' | 'last_polled_at' | 'last_success_at' | 'next_poll_at' | 'error_count' | 'last_error' | 'last_result'>>;

export async function recordWirePoll(db: Db, id: number, update: WirePollUpdate): Promise<void> {
  await db.updateTable('wire_feeds').set(update).where('id', '=', id).execute();
}
