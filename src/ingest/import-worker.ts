// The thread `importFilesInThread` starts: opens the database, imports, and posts progress and the report.
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../store/database.ts';
import { announceSiteChange } from '../store/site-changes.ts';
import type { ThreadImportMessage, ThreadImportRequest } from './import-thread.ts';
import { importFiles } from './pipeline.ts';

const post = (message: ThreadImportMessage) => parentPort!.postMessage(message);

parentPort?.once('message', async ({ target, files, options, progress }: ThreadImportRequest) => {
  const db = openDatabase(target);
  try {
    const report = await importFiles(db, files, { ...options, ...(progress ? { onProgress: (p) => post({ kind: 'progress', progress: p }) } : {}) });
    // Running instances drop their cached pages now rather than when they expire.
    if (report.counts.created + report.counts.updated > 0 && !options.dryRun) await announceSiteChange(db);
    post({ kind: 'done', report });
  } catch (error) {
    post({ kind: 'failed', message: (error as Error).message ?? String(error) });
  } finally {
    await db.destroy();
  }
});
