import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { prepareStory, type PreparedStory } from '../domain/story-prepare.ts';
import type { StoryDraft } from '../domain/story.ts';
import { startTsWorker } from './ts-worker.ts';

/** What a worker sends back for one draft: the derived fields (the draft stays here), or why it failed. */
export type PreparedFields = Omit<PreparedStory, 'draft'> | { error: string };

export interface PrepareRequest {
  id: number;
  drafts: StoryDraft[];
}
export interface PrepareReply {
  id: number;
  prepared: PreparedFields[];
}

/** Prepares one draft; a draft that makes the renderer throw costs that draft, not its batch. */
export function prepareFields(draft: StoryDraft): PreparedFields {
  try {
    const { draft: _, ...fields } = prepareStory(draft);
    return fields;
  } catch (error) {
    return { error: (error as Error).message ?? String(error) };
  }
}

/** Threads worth starting on this machine: one core stays with the main thread, which parses and writes. */
export function defaultPrepareThreads(): number {
  return Math.max(1, Math.min(3, os.availableParallelism() - 1));
}

/**
 * Renders, sanitizes and fingerprints batches of drafts on worker threads, so the main thread can parse
 * the next batch and write the previous one meanwhile. With no threads, or when a thread cannot start
 * or dies, the same work is done inline: slower, never lost.
 */
export class StoryPreparer {
  private workers: Worker[] = [];
  private next = 0;
  private readonly waiting = new Map<number, { worker: Worker; drafts: StoryDraft[]; resolve: (p: PreparedFields[]) => void }>();
  private id = 0;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      try {
        this.workers.push(this.start());
      } catch {
        break;
      }
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  private start(): Worker {
    // A batch is a few megabytes: a small heap keeps the import's memory bounded (and a thread that
    // runs out of it is retired, its work done inline).
    const worker = startTsWorker(new URL('./prepare-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
    worker.unref();
    worker.on('message', (reply: PrepareReply) => {
      const job = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      job?.resolve(reply.prepared);
    });
    const fail = () => this.retire(worker);
    worker.on('error', fail);
    worker.on('exit', fail);
    return worker;
  }

  /** A worker that failed: its unfinished batches are prepared inline. */
  private retire(worker: Worker): void {
    if (!this.workers.includes(worker)) return;
    this.workers = this.workers.filter((w) => w !== worker);
    for (const [id, job] of [...this.waiting]) {
      if (job.worker !== worker) continue;
      this.waiting.delete(id);
      job.resolve(job.drafts.map(prepareFields));
    }
  }

  async prepare(drafts: StoryDraft[]): Promise<Array<PreparedStory | Error>> {
    const fields = await this.fields(drafts);
    return drafts.map((draft, i) => {
      const f = fields[i]!;
      return 'error' in f ? new Error(f.error) : { draft, ...f };
    });
  }

  private fields(drafts: StoryDraft[]): Promise<PreparedFields[]> {
    const worker = this.workers[this.next++ % Math.max(1, this.workers.length)];
    if (!worker) return Promise.resolve(drafts.map(prepareFields));
    const id = ++this.id;
    return new Promise((resolve) => {
      this.waiting.set(id, { worker, drafts, resolve });
      worker.postMessage({ id, drafts } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
