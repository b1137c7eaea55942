import type { StoryDraft } from '../domain/story.ts';
import { NearDuplicateIndex } from '../domain/near-duplicate.ts';
import type { Db } from '../store/database.ts';
import { ensureSection } from '../store/sections.ts';
import type { PreparedStory } from '../domain/story-prepare.ts';
import { beginBulkWrites, endBulkWrites } from '../store/bulk-writes.ts';
import { listFingerprints, savePreparedStories, setLinkedStories, storyIdsByPath, type SaveResult } from '../store/stories.ts';
import { checkDraft } from './check-draft.ts';
import { detectFormat, type ImportFormat } from './detect-format.ts';
import { ImportError } from './import-error.ts';
import { addToReport, emptyReport, type ImportItem, type ImportReport, type SourceItem } from './import-report.ts';
import { openFileSource, type ImportSource } from './import-source.ts';
import { PARSERS, type ParseContext } from './parsers.ts';
import { defaultPrepareThreads, prepareFields, StoryPreparer } from './story-preparer.ts';

export interface ImportOptions {
  /** Read every input as this format instead of detecting it. */
  format?: ImportFormat;
  /** Publication time for stories whose source gave none (default: the time of the import); flagged. */
  date?: Date;
  status?: 'published' | 'draft';
  /** Section for stories whose source names none. */
  defaultSection?: string;
  now?: Date;
  /** Parse, check and de-duplicate everything, write nothing. */
  dryRun?: boolean;
  /** Stories written per transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Wire feeds: stories are keyed under this source name instead of the format's. */
  sourceName?: string;
  /**
   * Worker threads that render and sanitize bodies while the main thread parses and writes (default:
   * one less than the cores, at most 3; 0 = none). They start only once a run fills a whole batch.
   */
  prepareThreads?: number;
}

export interface ImportProgress {
  items: number;
  bytesRead: number;
  /** Bytes of all inputs, when known (files); undefined for streams of unknown length. */
  bytesTotal: number | undefined;
  elapsedMs: number;
}

interface Pending {
  file: string;
  item: string | undefined;
  draft: StoryDraft;
  warnings: string[];
}

class Rollback extends Error {
  constructor(readonly results: SaveResult[]) {
    super('dry run');
  }
}

function prepareInline(draft: StoryDraft): PreparedStory | Error {
  const fields = prepareFields(draft);
  return 'error' in fields ? new Error(fields.error) : { draft, ...fields };
}

/**
 * One import run: sources → parsers → checked drafts → batches written in transactions → one report.
 * A bad item costs that item, a bad file that file; a batch the database refuses is retried story by
 * story so only the story at fault fails.
 */
export class ImportRun {
  readonly report: ImportReport;
  private readonly batch: Pending[] = [];
  private index: NearDuplicateIndex<number> | undefined;
  private readonly started = Date.now();
  private items = 0;
  private bytesDone = 0;
  private current: ImportSource | undefined;
  private lastProgress = 0;
  private preparer: StoryPreparer | undefined;
  private bulk = false;
  /** The batch being written: the next one is prepared meanwhile, and waits for it. */
  private writing: Promise<void> = Promise.resolve();
  /** Stories whose source named editors' picks: set by finish(), once every story of the run is written. */
  private picks: Array<{ id: number; paths: string[]; item: ImportItem }> = [];

  constructor(
    private readonly db: Db,
    private readonly options: ImportOptions = {},
    private readonly bytesTotal?: number,
  ) {
    this.report = emptyReport(Boolean(options.dryRun));
  }

  async importFile(file: string): Promise<void> {
    let source: ImportSource;
    try {
      source = await openFileSource(file);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      addToReport(this.report, { file, outcome: 'failed', warnings: [], error: error.message });
      return;
    }
    await this.importSource(source);
  }

  async importSource(source: ImportSource, format = this.options.format): Promise<void> {
    this.current = source;
    try {
      const detected = format ?? detectFormat(source.name, await source.head());
      if (!detected) throw new ImportError('unknown format: use --format text|html|feed|wxr|jsonl');
      const context: ParseContext = {
        source,
        defaultSection: this.options.defaultSection ?? 'News',
        status: this.options.status ?? 'published',
        ...(this.options.sourceName ? { sourceName: this.options.sourceName } : {}),
      };
      for await (const item of PARSERS[detected](context)) await this.add(source.name, item);
    } catch (error) {
      // A parser's own error ends its file; anything else from a parser is reported the same way, so one
      // bad file can never stop the run. Database errors come from flush() and do stop it.
      const message = error instanceof ImportError ? error.message : `could not be read: ${(error as Error).message ?? error}`;
      await this.flush();
      addToReport(this.report, { file: source.name, ...(error instanceof ImportError && error.item ? { item: error.item } : {}), outcome: 'failed', warnings: [], error: message });
    } finally {
      await this.flush();
      await this.writing;
      this.bytesDone += source.bytesRead;
      this.current = undefined;
    }
  }

  private async add(file: string, item: SourceItem): Promise<void> {
    this.items++;
    switch (item.kind) {
      case 'section':
        if (!this.options.dryRun && item.name.trim()) await ensureSection(this.db, item.name, item.position).catch(() => {});
        return;
      case 'skipped':
        addToReport(this.report, { file, ...(item.item ? { item: item.item } : {}), outcome: 'skipped', warnings: [], reason: item.reason });
        return;
      case 'failed':
        addToReport(this.report, { file, ...(item.item ? { item: item.item } : {}), outcome: 'failed', warnings: [], error: item.error });
        return;
      case 'story':
        try {
          const { draft, warnings } = checkDraft(item.draft, {
            now: this.options.now ?? new Date(),
            defaultSection: this.options.defaultSection ?? 'News',
            ...(this.options.date ? { date: this.options.date } : {}),
          });
          this.batch.push({ file, item: item.item, draft, warnings: [...item.warnings, ...warnings] });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          addToReport(this.report, { file, ...(item.item ? { item: item.item } : {}), outcome: 'failed', headline: item.draft.headline, warnings: item.warnings, error: error.message });
        }
        if (this.batch.length >= (this.options.batchSize ?? 500)) await this.flush();
        else this.progress(false);
    }
  }

  private async write(prepared: PreparedStory[]): Promise<SaveResult[]> {
    this.index ??= await this.loadIndex();
    const options = { nearDuplicates: this.index, ...(this.options.now ? { now: this.options.now } : {}) };
    if (!this.options.dryRun) return savePreparedStories(this.db, prepared, options);
    try {
      await this.db.transaction().execute(async (trx) => {
        throw new Rollback(await savePreparedStories(trx, prepared, options));
      });
    } catch (error) {
      if (error instanceof Rollback) return error.results;
      throw error;
    }
    throw new Error('unreachable: a dry run always rolls back');
  }

  private async loadIndex(): Promise<NearDuplicateIndex<number>> {
    const index = new NearDuplicateIndex<number>();
    for (const { id, fingerprint } of await listFingerprints(this.db)) index.add(id, fingerprint);
    return index;
  }

  /**
   * Sends the batch to be prepared and queues its write behind the batch being written, then waits for
   * that one: at most two batches are in hand, so memory stays bounded whatever the input's size.
   */
  private async flush(): Promise<void> {
    const pending = this.batch.splice(0);
    if (!pending.length) return;
    const threads = this.options.prepareThreads ?? defaultPrepareThreads();
    if (!this.bulk && pending.length >= (this.options.batchSize ?? 500)) {
      // A run of more than one batch: prepare on threads, and let the database checkpoint less often.
      this.bulk = true;
      if (threads > 0) this.preparer = new StoryPreparer(threads);
      if (!this.options.dryRun) await beginBulkWrites(this.db);
    }
    const prepared = this.preparer ? this.preparer.prepare(pending.map((p) => p.draft)) : Promise.resolve(pending.map((p) => prepareInline(p.draft)));
    const previous = this.writing;
    const next = previous.then(async () => this.store(pending, await prepared));
    // Its failure is seen by whoever awaits `writing` next (a database error stops the run).
    next.catch(() => {});
    this.writing = next;
    await previous;
  }

  private async store(pending: Pending[], prepared: Array<PreparedStory | Error>): Promise<void> {
    const ready = prepared.filter((p): p is PreparedStory => !(p instanceof Error));
    let written: Array<SaveResult | Error>;
    try {
      written = await this.write(ready);
    } catch {
      // The database refused the batch: find the story at fault by writing them one at a time.
      written = [];
      for (const p of ready) {
        try {
          written.push((await this.write([p]))[0]!);
        } catch (error) {
          written.push(error as Error);
        }
      }
    }
    let w = 0;
    for (const [i, p] of pending.entries()) {
      const prep = prepared[i]!;
      const r = prep instanceof Error ? prep : written[w++]!;
      const base = { file: p.file, ...(p.item ? { item: p.item } : {}), headline: p.draft.headline, warnings: p.warnings };
      if (prep instanceof Error) addToReport(this.report, { ...base, outcome: 'failed', error: `could not be rendered: ${prep.message}` });
      else if (r instanceof Error) addToReport(this.report, { ...base, outcome: 'failed', error: `could not be stored: ${r.message}` });
      else if (r.action === 'duplicate') addToReport(this.report, { ...base, outcome: 'duplicate', duplicateOf: `/${r.sectionSlug}/${r.slug}` });
      else {
        const item: ImportItem = { ...base, outcome: r.action, path: `/${r.sectionSlug}/${r.slug}` };
        addToReport(this.report, item);
        if (p.draft.picks && !this.options.dryRun) this.picks.push({ id: r.id, paths: p.draft.picks, item });
      }
    }
    this.progress(true);
  }

  /** Sets the editors' picks the sources named, now that every story they can name is written. */
  async finish(): Promise<void> {
    const picks = this.picks.splice(0);
    if (!picks.length) return;
    const ids = await storyIdsByPath(this.db, picks.flatMap((p) => p.paths));
    for (const { id, paths, item } of picks) {
      const missing = paths.filter((p) => !ids.has(p));
      if (missing.length) item.warnings = [...item.warnings, `picks that name no story here were left out: ${missing.join(', ')}`];
      await setLinkedStories(this.db, id, 'pick', paths.flatMap((p) => (ids.has(p) ? [ids.get(p)!] : [])));
    }
  }

  /** Stops the worker threads, if any were started. */
  async close(): Promise<void> {
    await this.writing.catch(() => {});
    await this.preparer?.close();
    this.preparer = undefined;
    if (this.bulk && !this.options.dryRun) await endBulkWrites(this.db).catch(() => {});
    this.bulk = false;
  }

  private progress(force: boolean): void {
    if (!this.options.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < 200) return;
    this.lastProgress = now;
    this.options.onProgress({
      items: this.items,
      bytesRead: this.bytesDone + (this.current?.bytesRead ?? 0),
      bytesTotal: this.bytesTotal,
      elapsedMs: now - this.started,
    });
  }
}

/** Imports files (each read in the format detected, or `options.format`) and reports on every item. */
export async function importFiles(db: Db, files: string[], options: ImportOptions = {}): Promise<ImportReport> {
  let total: number | undefined = 0;
  for (const file of files) {
    const size = await openFileSource(file).then((s) => s.size, () => 0);
    total = size === undefined || total === undefined ? undefined : total + size;
  }
  const run = new ImportRun(db, options, total);
  try {
    for (const file of files) await run.importFile(file);
    await run.finish();
  } finally {
    await run.close();
  }
  return run.report;
}
