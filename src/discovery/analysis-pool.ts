import { Worker } from 'node:worker_threads';
import { analyseBatch, joinBatches, type BatchAnalysis, type StoryText } from './story-analysis.ts';

/**
 * Runs `analyseStory` (terms and entities: the CPU part of discovery's analysis) in worker threads,
 * so a big backlog is analysed beside the database writes, and `serve` keeps answering pages while
 * its refresher works. Workers start when first needed, and do not keep the process alive when idle.
 */
export class AnalysisPool {
  private workers: Worker[] = [];
  private pending = new Map<number, { resolve: (a: BatchAnalysis) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;
  private failed: Error | undefined;

  constructor(readonly threads: number) {}

  private start(): Worker[] {
    if (this.workers.length) return this.workers;
    // Sources run through tsx: a worker registers it before loading its module (tsx's API, resolved here).
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./analysis-worker.ts', import.meta.url).href)}); })`;
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(boot, { eval: true });
      worker.unref();
      worker.on('message', (m: { id: number; batch: BatchAnalysis }) => {
        const job = this.pending.get(m.id);
        this.pending.delete(m.id);
        this.idleCheck(worker);
        job?.resolve(m.batch);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.workers.includes(worker)) this.fail(new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(worker);
    }
    return this.workers;
  }

  private idleCheck(worker: Worker): void {
    if (![...this.pending.values()].some((j) => j.worker === worker)) worker.unref();
  }

  private fail(error: Error): void {
    this.failed = error;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }

  /** The analyses of `stories`, in order: split across the workers, or in this thread if they cannot start. */
  async analyse(stories: StoryText[]): Promise<BatchAnalysis> {
    if (this.failed || this.threads < 1 || !stories.length) return analyseBatch(stories);
    const workers = this.start();
    const share = Math.ceil(stories.length / workers.length);
    const parts = await Promise.all(
      workers.map((worker, i) => {
        const slice = stories.slice(i * share, (i + 1) * share);
        if (!slice.length) return Promise.resolve(analyseBatch([]));
        return new Promise<BatchAnalysis>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, { resolve, reject, worker });
          worker.ref();
          worker.postMessage({ id, stories: slice });
        });
      }),
    ).catch(() => undefined);
    // A worker that failed (it could not load, or crashed) is not retried: this thread does the work.
    return parts ? joinBatches(parts) : analyseBatch(stories);
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
