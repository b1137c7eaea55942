import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { beginBulkWrites, endBulkWrites } from './bulk-writes.ts';
import { openTestDatabase } from './test-database.ts';

test('a bulk run checkpoints SQLite less often, then puts the default back; PostgreSQL is left alone', async () => {
  const t = await openTestDatabase();
  try {
    const setting = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(t.db)).rows[0]?.wal_autocheckpoint;
    await beginBulkWrites(t.db);
    if (t.dialect === 'sqlite') assert.equal(await setting(), 16_384);
    await endBulkWrites(t.db);
    if (t.dialect === 'sqlite') assert.equal(await setting(), 1000);
  } finally {
    await t.close();
  }
});
