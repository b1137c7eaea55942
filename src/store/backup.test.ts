import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { saveStory, countStories } from './stories.ts';
import { backupSqlite, BackupError } from './backup.ts';

let dir: string;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-backup-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a backup is a complete, openable copy; an existing target is refused', async () => {
  // Backups are of SQLite files, so this test always uses one, whatever DATABASE_URL says.
  const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'live.db') });
  await migrateToLatest(db);
  await saveStory(db, { sectionName: 'News', headline: 'Kept Safe', bodyFormat: 'text', body: 'Body.', status: 'published', publishedAt: new Date().toISOString(), source: 'test' });
  const target = path.join(dir, 'copy.db');
  const { bytes } = await backupSqlite(db, target);
  assert.ok(bytes > 0);
  await assert.rejects(backupSqlite(db, target), (e: unknown) => e instanceof BackupError && /already exists/.test(e.message));
  await assert.rejects(backupSqlite(db, path.join(dir, 'nope', 'x.db')), /does not exist/);
  await db.destroy();
  const copy = openDatabase({ kind: 'sqlite', file: target });
  assert.equal(await countStories(copy), 1);
  await copy.destroy();
});
