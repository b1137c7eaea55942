import type { DatabaseTarget } from '../config.ts';
import type { ImportReport } from './import-report.ts';
import type { ImportOptions, ImportProgress } from './pipeline.ts';
import { startTsWorker } from './ts-worker.ts';

export interface ThreadImportRequest {
  target: DatabaseTarget;
  files: string[];
  options: Omit<ImportOptions, 'onProgress'>;
  progress: boolean;
}

export type ThreadImportMessage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export class ImportThreadError extends Error {}

/** The heap `dateline import` runs in: ample for any one story, small enough for a 500 MB budget. */
export const IMPORT_HEAP_MB = 192;

/**
 * `importFiles` on a thread of its own, with a heap of `heapMb`. V8 lets a process's heap grow far
 * beyond what an import keeps alive before collecting (on a machine with memory to spare); a thread's
 * heap has a limit, so a 100,000-post import stays within a few hundred megabytes (docs/PERFORMANCE.md).
 */
export function importFilesInThread(
  target: DatabaseTarget,
  files: string[],
  options: ImportOptions = {},
  heapMb = IMPORT_HEAP_MB,
): Promise<ImportReport> {
  const { onProgress, ...rest } = options;
  const worker = startTsWorker(new URL('./import-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } });
  return new Promise<ImportReport>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.on('message', (message: ThreadImportMessage) => {
      if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'done') settle(() => resolve(message.report));
      else settle(() => reject(new ImportThreadError(message.message)));
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          new ImportThreadError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `the import ran out of memory (a ${heapMb} MB heap); what was written is whole, and running the same command again finishes the job`
              : error.message,
          ),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new ImportThreadError(`the import stopped (exit code ${code})`))));
    worker.postMessage({ target, files, options: rest, progress: Boolean(onProgress) } satisfies ThreadImportRequest);
  });
}
