import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { beginBulkWrites, endBulkWrites } from './bulk-writes.ts';
import { PAGE_CACHE_KIB } from './database.ts';
import { openTestDatabase } from './test-database.ts';

test('a bulk run checkpoints SQLite less often and keeps a smaller page cache, then puts the defaults back; PostgreSQL is left alone', async () => {
  const t = await openTestDatabase();
  try {
    const setting = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(t.db)).rows[0]?.wal_autocheckpoint;
    const cache = async () => (await sql<{ cache_size: number }>`pragma cache_size`.execute(t.db)).rows[0]?.cache_size;
    await beginBulkWrites(t.db);
    if (t.dialect === 'sqlite') {
      assert.equal(await setting(), 16_384);
      assert.equal(await cache(), -16_384);
    }
    await endBulkWrites(t.db);
    if (t.dialect === 'sqlite') {
      assert.equal(await setting(), 1000);
      assert.equal(await cache(), -PAGE_CACHE_KIB);
    }
  } finally {
    await t.close();
  }
});
