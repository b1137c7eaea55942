import path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from './domain/dates.ts';

/** A configuration mistake the operator can fix: printed as one line, exit code 2. */
export class ConfigError extends Error {}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: z.string().min(1, 'must not be empty').default('./data/dateline.db'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://news.example.org' })
    .optional(),
  SITE_NAME: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').default('Dateline'),
  SITE_TIMEZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London')
    .default('UTC'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MEDIA_DIR: z.string().optional(),
  PAGE_CACHE_SECONDS: z.coerce.number({ error: 'must be a number' }).int().min(0).max(3600).default(10),
  LIST_CACHE_SECONDS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').max(86400, 'must be at most 86400 (a day)').default(300),
  FEED_CONTENT: z.enum(['full', 'summary'], { error: 'must be full or summary' }).default('full'),
  POPULAR_HALF_LIFE_HOURS: z.coerce.number({ error: 'must be a number' }).positive('must be more than 0').max(24 * 90, 'must be at most 2160 (90 days)').default(24),
  WIRE_POLL_SECONDS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').max(86400, 'must be at most 86400 (a day)').default(300),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  siteUrl: string;
  siteName: string;
  timeZone: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** How long a rendered page is reused before it is rendered again. 0 turns the cache off. */
  pageCacheSeconds: number;
  /** How long a story's rendered More like this and Related lists are reused by its page renders. 0 turns it off. */
  listCacheSeconds: number;
  /** Feeds carry each story's whole body (`full`) or its excerpt only (`summary`). */
  feedContent: 'full' | 'summary';
  /** Popular: a view's weight halves every this many hours. */
  popularHalfLifeHours: number;
  /** Where uploaded images are stored (resized, content-named); beside the SQLite file by default. */
  mediaDir: string;
  /** How often `serve` polls each wire feed; 0 turns polling off. */
  wirePollSeconds: number;
}

export function parseDatabaseTarget(value: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError(`DATABASE_URL: must be a file path or a postgres:// URL, not ${value.split(':')[0]}://`);
  }
  return { kind: 'sqlite', file: value === ':memory:' ? value : path.resolve(value.replace(/^file:/, '')) };
}

/** Reads the configuration once: environment variables, overridden by command-line flags. */
export function loadConfig(env: Record<string, string | undefined>, flags: Record<string, string | undefined> = {}): Config {
  const input = { ...env };
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) input[key] = value;
  for (const key of Object.keys(input)) if (input[key] === '') delete input[key];
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? 'config');
    throw new ConfigError(`${key}: ${issue.message} (got ${JSON.stringify(String(input[key] ?? ''))})`);
  }
  const c = parsed.data;
  const database = parseDatabaseTarget(c.DATABASE_URL);
  return {
    port: c.PORT,
    host: c.HOST,
    database,
    siteUrl: (c.SITE_URL ?? `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`).replace(/\/+$/, ''),
    siteName: c.SITE_NAME,
    timeZone: c.SITE_TIMEZONE,
    logLevel: c.LOG_LEVEL,
    pageCacheSeconds: c.PAGE_CACHE_SECONDS,
    listCacheSeconds: c.LIST_CACHE_SECONDS,
    feedContent: c.FEED_CONTENT,
    popularHalfLifeHours: c.POPULAR_HALF_LIFE_HOURS,
    mediaDir: path.resolve(
      c.MEDIA_DIR ?? (database.kind === 'sqlite' && database.file !== ':memory:' ? path.join(path.dirname(database.file), 'media') : 'data/media'),
    ),
    wirePollSeconds: c.WIRE_POLL_SECONDS,
  };
}
