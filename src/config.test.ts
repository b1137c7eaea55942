import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

test('defaults give a working local site', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.deepEqual(c.database, { kind: 'sqlite', file: path.resolve('data/dateline.db') });
  assert.equal(c.siteUrl, 'http://127.0.0.1:3000');
  assert.equal(c.siteName, 'Dateline');
  assert.equal(c.timeZone, 'UTC');
  assert.equal(c.feedContent, 'full');
  assert.equal(c.popularHalfLifeHours, 24);
  assert.equal(c.wirePollSeconds, 300);
  assert.equal(loadConfig({ WIRE_POLL_SECONDS: '0' }).wirePollSeconds, 0);
});

test('flags override the environment', () => {
  const c = loadConfig({ PORT: '4000', SITE_URL: 'https://news.example.org/' }, { PORT: '5000' });
  assert.equal(c.port, 5000);
  assert.equal(c.siteUrl, 'https://news.example.org');
});

test('postgres URLs select PostgreSQL', () => {
  assert.deepEqual(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database, { kind: 'postgres', url: 'postgres://u@h/db' });
});

const bad: Array<[Record<string, string>, RegExp]> = [
  [{ PORT: 'abc' }, /^PORT: must be a number \(got "abc"\)$/],
  [{ WIRE_POLL_SECONDS: 'often' }, /^WIRE_POLL_SECONDS: must be a number/],
  [{ WIRE_POLL_SECONDS: '-5' }, /^WIRE_POLL_SECONDS: must be 0 \(off\) or more/],
  [{ PORT: '70000' }, /^PORT: must be between 1 and 65535/],
  [{ PORT: '3.5' }, /^PORT: must be a whole number/],
  [{ SITE_TIMEZONE: 'Mars/Olympus' }, /^SITE_TIMEZONE: must be an IANA time zone/],
  [{ SITE_URL: 'not a url' }, /^SITE_URL: must be an http\(s\) URL/],
  [{ SITE_URL: 'ftp://x.org' }, /^SITE_URL: must be an http\(s\) URL/],
  [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must be a file path or a postgres:\/\/ URL/],
  [{ SITE_NAME: 'x'.repeat(100) }, /^SITE_NAME: must be at most 80 characters/],
  [{ FEED_CONTENT: 'everything' }, /^FEED_CONTENT: must be full or summary \(got "everything"\)$/],
  [{ POPULAR_HALF_LIFE_HOURS: 'soon' }, /^POPULAR_HALF_LIFE_HOURS: must be a number/],
  [{ POPULAR_HALF_LIFE_HOURS: '0' }, /^POPULAR_HALF_LIFE_HOURS: must be more than 0/],
  [{ POPULAR_HALF_LIFE_HOURS: '9999' }, /^POPULAR_HALF_LIFE_HOURS: must be at most 2160/],
];
for (const [env, message] of bad) {
  test(`bad value ${JSON.stringify(env).slice(0, 40)} is one clear line`, () => {
    assert.throws(() => loadConfig(env), (e: unknown) => e instanceof ConfigError && message.test(e.message));
  });
}
