import type { Db } from '../store/database.ts';
import { dialectOf } from '../store/dialect.ts';
import { PopularBoard, ViewCounter } from './popular.ts';

/** Discovery's in-memory parts for one app instance, made at boot: the view counter and the Popular board. */
export interface DiscoveryService {
  views: ViewCounter;
  popular: PopularBoard;
  /** False only in `bench:scale`, to measure the story page without its lists. */
  listsOnPages: boolean;
  /** Writes pending views and rebuilds Popular now (tests; the timers do it otherwise). */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

export interface DiscoveryOptions {
  halfLifeHours: number;
  flushMs?: number;
  popularMs?: number;
  log?: (message: string) => void;
  listsOnPages?: boolean;
  /** Count each reader once across instances (default: on PostgreSQL, where instances can be many). */
  sharedViews?: boolean;
}

export function createDiscoveryService(db: Db, options: DiscoveryOptions): DiscoveryService {
  const views = new ViewCounter({ shared: options.sharedViews ?? dialectOf(db) === 'postgres' });
  const popular = new PopularBoard(options.halfLifeHours);
  const safely = (what: string, job: () => Promise<unknown>) => () => {
    job().catch((error: Error) => options.log?.(`discovery: ${what} failed: ${error.message}`));
  };
  const flushTimer = setInterval(safely('flushing views', () => views.flush(db)), options.flushMs ?? 5000).unref();
  const popularTimer = setInterval(safely('ranking Popular', () => popular.refresh(db)), options.popularMs ?? 60_000).unref();
  setTimeout(safely('ranking Popular', () => popular.refresh(db)), 0).unref();
  setTimeout(safely('agreeing on the view salt', () => views.agreeOnSalt(db)), 0).unref();
  return {
    views,
    popular,
    listsOnPages: options.listsOnPages ?? true,
    async sync() {
      await views.flush(db);
      await popular.refresh(db);
    },
    async stop() {
      clearInterval(flushTimer);
      clearInterval(popularTimer);
      await views.flush(db).catch(() => {});
    },
  };
}
