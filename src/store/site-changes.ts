import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './database.ts';
import { dialectOf } from './dialect.ts';

/** The PostgreSQL channel instances tell each other on that what readers see has changed. */
export const SITE_CHANGES_CHANNEL = 'dateline_site_changes';

export interface SiteChangesOptions {
  /** Called when another process changed the site (not for this process's own announcements). */
  onChange: () => void;
  /** PostgreSQL: the connection to listen on (a dedicated client, not one of the pool's). */
  postgresUrl?: string;
  /**
   * Sites sharing one PostgreSQL database in different schemas hear only their own changes: the
   * schema, or "public".
   */
  scope?: string;
  /** SQLite: how often to ask whether another process wrote to the file (default 1 s). */
  pollMs?: number;
  onError?: (error: Error) => void;
}

export interface SiteChanges {
  /** This process changed what readers see: tell the other instances. */
  announce(): Promise<void>;
  stop(): Promise<void>;
}

interface Message {
  from: string;
  scope: string;
}

/**
 * Tells other processes sharing the database that the site changed, so each drops its page cache at
 * once instead of serving the old page until it expires. PostgreSQL: NOTIFY on a channel that each
 * instance LISTENs on. SQLite: `PRAGMA data_version`, which changes when another connection (a
 * `dateline import` in another terminal, another process on the same file) commits.
 */
export function watchSiteChanges(db: Db, options: SiteChangesOptions): SiteChanges {
  const from = randomUUID();
  const scope = options.scope ?? 'public';
  const onError = options.onError ?? (() => {});
  if (dialectOf(db) === 'sqlite') return watchSqlite(db, options.onChange, options.pollMs ?? 1000, onError);
  if (!options.postgresUrl) throw new Error('watchSiteChanges: postgresUrl is needed on PostgreSQL');

  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = 1000;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.postgresUrl });
    next.on('notification', (n) => {
      try {
        const message = JSON.parse(n.payload ?? '{}') as Partial<Message>;
        if (message.scope === scope && message.from !== from) options.onChange();
      } catch {
        // Not one of ours: ignored.
      }
    });
    // A dropped connection: listen again, and assume something changed meanwhile.
    const lost = (error?: Error) => {
      if (client !== next || stopped) return;
      client = undefined;
      if (error) onError(error);
      next.end().catch(() => {});
      schedule();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${SITE_CHANGES_CHANNEL}`);
      if (stopped) await next.end();
      delay = 1000;
    } catch (error) {
      lost(error as Error);
    }
  };
  const schedule = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect().then(() => {
        if (client) options.onChange();
      });
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, 30_000);
  };
  const ready = connect();

  return {
    announce: () => announceSiteChange(db, scope, from),
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await ready;
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}

function watchSqlite(db: Db, onChange: () => void, pollMs: number, onError: (error: Error) => void): SiteChanges {
  let last: number | undefined;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      // Per connection: it moves only for commits by other connections, never for this process's own.
      const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
      const version = rows[0]!.data_version;
      if (last !== undefined && version !== last) onChange();
      last = version;
    } catch (error) {
      onError(error as Error);
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), pollMs);
  timer.unref();
  return {
    announce: async () => {},
    async stop() {
      clearInterval(timer);
    },
  };
}

/**
 * Announces a change from a process that does not listen (a CLI command): PostgreSQL only, since
 * SQLite's other processes notice by themselves.
 */
export async function announceSiteChange(db: Db, scope = 'public', from: string = randomUUID()): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  const payload = JSON.stringify({ from, scope } satisfies Message);
  await sql`select pg_notify(${SITE_CHANGES_CHANNEL}, ${payload})`.execute(db);
}
