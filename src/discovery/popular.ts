import { createHash, randomBytes } from 'node:crypto';
import type { StoryTeaser } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { addViews, teasersByIds, viewsSince } from '../store/discovery.ts';
import { daySalt, firstReaders, forgetPastReaders } from '../store/view-readers.ts';
import { listLatest } from '../store/stories.ts';

/**
 * Popular: views counted in memory and flushed in batches (no database write per view), one view
 * per reader per story per day, time-decayed ranking. Readers are told apart by a hash of their
 * address and browser with a random salt for one UTC day. With one instance the salt lives only in
 * memory; with several it is kept in the database for that day, so they hash alike and count a
 * reader once between them, and deleted with the day's hashes once it is over. The counts hold no
 * personal data.
 */

const BOT = /bot|crawl|spider|slurp|scrape|fetch|preview|headless|lighthouse|pingdom|monitor|curl|wget|python|java\/|go-http|axios|node-fetch|facebookexternalhit|embedly|quora link|whatsapp|telegram|discord|skype/i;

/** Crawlers, link previewers and scripts: not readers. An empty user agent is not a browser either. */
export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT.test(userAgent);
}

/** Prefetches and prerenders announce themselves; a view is counted only when a person sees the page. */
export function isPrefetch(headers: Record<string, string | string[] | undefined>): boolean {
  const purpose = `${headers['sec-purpose'] ?? ''} ${headers['purpose'] ?? ''} ${headers['x-purpose'] ?? ''} ${headers['x-moz'] ?? ''}`;
  return /prefetch|prerender|preview/i.test(purpose);
}

export function hourOf(date: Date): string {
  return date.toISOString().slice(0, 13);
}

/** Most distinct reader-story pairs remembered per day; past it, views still count, without de-duplication. */
const MAX_SEEN = 2_000_000;

interface PendingView {
  /** The salted hash of reader and story: the same reader, story and day give the same key. */
  key: string;
  storyId: number;
  hour: string;
  day: string;
}

export interface ViewCounterOptions {
  clock?: () => Date;
  /**
   * Several instances count views (PostgreSQL): the day's salt is shared through the database, and a
   * flush counts only the reader-story pairs no instance has counted today. One instance (SQLite) needs
   * none of it: the pairs it remembers in memory are all there are.
   */
  shared?: boolean;
}

export class ViewCounter {
  private pending: PendingView[] = [];
  private seen = new Set<string>();
  private day = '';
  private salt = randomBytes(16).toString('base64');
  /** Whether `salt` is the one stored for `day` (shared mode). */
  private saltAgreed = false;
  private readonly clock: () => Date;
  private readonly shared: boolean;

  constructor(options: ViewCounterOptions | (() => Date) = {}) {
    const o = typeof options === 'function' ? { clock: options } : options;
    this.clock = o.clock ?? (() => new Date());
    this.shared = o.shared ?? false;
  }

  private rollOver(day: string): void {
    if (day === this.day) return;
    this.day = day;
    this.salt = randomBytes(16).toString('base64');
    this.saltAgreed = false;
    this.seen.clear();
  }

  /** Counts a view unless this reader already viewed this story today. Returns whether it counted. */
  record(storyId: number, reader: string): boolean {
    const now = this.clock();
    this.rollOver(now.toISOString().slice(0, 10));
    const key = createHash('sha256').update(this.salt).update(`${storyId}\u0000${reader}`).digest('base64').slice(0, 16);
    if (this.seen.has(key)) return false;
    if (this.seen.size < MAX_SEEN) this.seen.add(key);
    this.pending.push({ key, storyId, hour: hourOf(now), day: this.day });
    return true;
  }

  /** The counts since the last drain, as rows to add to the database. */
  drain(): { storyId: number; hour: string; views: number }[] {
    const views = this.pending;
    this.pending = [];
    return countByHour(views);
  }

  /**
   * Shared mode: adopts the salt stored for today (or stores this one), so every instance hashes a
   * reader alike, and forgets past days' readers and salts. Called at start and before each flush.
   */
  async agreeOnSalt(db: Db): Promise<void> {
    if (!this.shared) return;
    this.rollOver(this.clock().toISOString().slice(0, 10));
    if (this.saltAgreed) return;
    const day = this.day;
    const salt = await daySalt(db, day, this.salt);
    if (day !== this.day) return; // the day turned meanwhile: agree on the new one next time
    this.salt = salt;
    this.saltAgreed = true;
    await forgetPastReaders(db, day);
  }

  async flush(db: Db): Promise<number> {
    await this.agreeOnSalt(db);
    const views = this.pending;
    this.pending = [];
    try {
      if (!this.shared) {
        await addViews(db, countByHour(views));
        return views.length;
      }
      return await db.transaction().execute(async (trx) => {
        const fresh = new Set<string>();
        for (const day of new Set(views.map((v) => v.day))) {
          const keys = [...new Set(views.filter((v) => v.day === day).map((v) => v.key))];
          for (const key of await firstReaders(trx, day, keys)) fresh.add(`${day}|${key}`);
        }
        // A pair counted by another instance today is not counted again; nor twice from this flush.
        const counted = views.filter((v) => fresh.delete(`${v.day}|${v.key}`));
        await addViews(trx, countByHour(counted));
        return counted.length;
      });
    } catch (error) {
      // Put them back: a failed flush loses no views, the next one retries.
      this.pending = [...views, ...this.pending];
      throw error;
    }
  }
}

function countByHour(views: PendingView[]): { storyId: number; hour: string; views: number }[] {
  const buckets = new Map<string, { storyId: number; hour: string; views: number }>();
  for (const v of views) {
    const bucket = `${v.storyId}|${v.hour}`;
    const row = buckets.get(bucket);
    if (row) row.views++;
    else buckets.set(bucket, { storyId: v.storyId, hour: v.hour, views: 1 });
  }
  return [...buckets.values()];
}

export interface Ranked {
  storyId: number;
  sectionId: number;
  score: number;
}

/** Decayed popularity: each hour's views count half as much every `halfLifeHours` (pure). */
export function rankPopular(rows: { storyId: number; sectionId: number; hour: string; views: number }[], now: Date, halfLifeHours: number): Ranked[] {
  const scores = new Map<number, Ranked>();
  for (const r of rows) {
    const ageHours = Math.max(0, (now.getTime() - Date.parse(`${r.hour}:30:00.000Z`)) / 3_600_000);
    const entry = scores.get(r.storyId) ?? { storyId: r.storyId, sectionId: r.sectionId, score: 0 };
    entry.score += r.views * 0.5 ** (ageHours / halfLifeHours);
    scores.set(r.storyId, entry);
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || b.storyId - a.storyId);
}

const BOARD_SIZE = 10;

/** The current Popular lists, site-wide and per section, held in memory and rebuilt every minute or so. */
export class PopularBoard {
  private site: StoryTeaser[] = [];
  private bySection = new Map<number, StoryTeaser[]>();
  private newest: StoryTeaser[] | undefined;
  /** Goes up at every refresh: what was rendered from an older board is out of date. */
  version = 0;

  constructor(private readonly halfLifeHours: number) {}

  async refresh(db: Db, now = new Date()): Promise<void> {
    const from = hourOf(new Date(now.getTime() - this.halfLifeHours * 6 * 3_600_000));
    const ranked = rankPopular(await viewsSince(db, from, now), now, this.halfLifeHours);
    const siteIds = ranked.slice(0, BOARD_SIZE).map((r) => r.storyId);
    const sectionIds = new Map<number, number[]>();
    for (const r of ranked) {
      const list = sectionIds.get(r.sectionId) ?? [];
      if (list.length < BOARD_SIZE) list.push(r.storyId);
      sectionIds.set(r.sectionId, list);
    }
    const teasers = await teasersByIds(db, [...new Set([...siteIds, ...[...sectionIds.values()].flat()])], now);
    const byId = new Map(teasers.map((t) => [t.id, t]));
    const pick = (ids: number[]) => ids.map((id) => byId.get(id)).filter((t): t is StoryTeaser => t !== undefined);
    this.site = pick(siteIds);
    this.bySection = new Map([...sectionIds].map(([section, ids]) => [section, pick(ids)]));
    // The fallback for a site with too few views, held here too so a page never asks for it.
    this.newest = await listLatest(db, { limit: BOARD_SIZE, now });
    this.version++;
  }

  /** The latest public stories as of the last refresh (undefined before the first). */
  latest(): StoryTeaser[] | undefined {
    return this.newest;
  }

  /** Most read, site-wide or in one section; empty on a fresh site (the caller falls back to latest). */
  top(sectionId?: number): StoryTeaser[] {
    return sectionId === undefined ? this.site : (this.bySection.get(sectionId) ?? []);
  }
}
