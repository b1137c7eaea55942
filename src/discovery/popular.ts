import { createHash, randomBytes } from 'node:crypto';
import type { StoryTeaser } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { addViews, teasersByIds, viewsSince } from '../store/discovery.ts';
import { listLatest } from '../store/stories.ts';

/**
 * Popular: views counted in memory and flushed in batches (no database write per view), one view
 * per reader per story per day, time-decayed ranking. Readers are told apart by a hash of their
 * address and browser with a random salt that lives in memory for one UTC day and is never stored,
 * so the counts hold no personal data.
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

export class ViewCounter {
  private pending = new Map<string, number>();
  private seen = new Set<string>();
  private day = '';
  private salt = randomBytes(16);

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Counts a view unless this reader already viewed this story today. Returns whether it counted. */
  record(storyId: number, reader: string): boolean {
    const now = this.clock();
    const day = now.toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(16);
      this.seen.clear();
    }
    const key = createHash('sha256').update(this.salt).update(`${storyId}\u0000${reader}`).digest('base64').slice(0, 16);
    if (this.seen.has(key)) return false;
    if (this.seen.size < MAX_SEEN) this.seen.add(key);
    const bucket = `${storyId}|${hourOf(now)}`;
    this.pending.set(bucket, (this.pending.get(bucket) ?? 0) + 1);
    return true;
  }

  /** The counts since the last drain, as rows to add to the database. */
  drain(): { storyId: number; hour: string; views: number }[] {
    const rows = [...this.pending].map(([bucket, views]) => {
      const [id, hour] = bucket.split('|');
      return { storyId: Number(id), hour: hour!, views };
    });
    this.pending = new Map();
    return rows;
  }

  async flush(db: Db): Promise<number> {
    const rows = this.drain();
    try {
      await addViews(db, rows);
    } catch (error) {
      // Put them back: a failed flush loses no views, the next one retries.
      for (const r of rows) {
        const bucket = `${r.storyId}|${r.hour}`;
        this.pending.set(bucket, (this.pending.get(bucket) ?? 0) + r.views);
      }
      throw error;
    }
    return rows.reduce((n, r) => n + r.views, 0);
  }
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
