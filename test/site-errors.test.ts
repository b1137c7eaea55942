import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.ts';
import { openTestDatabase } from '../src/store/test-database.ts';
import { buildApp } from '../src/web/app.ts';

test('when the database fails, readers get the 500 page in the site look, never a stack trace', async () => {
  const database = await openTestDatabase();
  const app = buildApp({ config: loadConfig({ PAGE_CACHE_SECONDS: '0' }), db: database.db });
  await app.ready();
  await database.close(); // every query from now on fails
  for (const url of ['/', '/international', '/international/some-story']) {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 500, url);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.match(res.body, /<h1>Something went wrong on our side<\/h1>/);
    assert.match(res.body, /<a class="masthead-name" href="\/">Dateline<\/a>/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.doesNotMatch(res.body, /destroyed|Error:|\.ts:\d+|\n\s+at /);
  }
  await app.close();
});
