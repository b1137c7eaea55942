import { InvalidArgumentError, type Command } from 'commander';
import { IMPORT_FORMATS, parseFormatName, type ImportFormat } from '../../ingest/detect-format.ts';
import { formatReport } from '../../ingest/import-report.ts';
import { importFiles } from '../../ingest/pipeline.ts';
import { announceSiteChange } from '../../store/site-changes.ts';
import { databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';
import { terminalProgress } from '../progress.ts';

export function parseDateOption(value: string): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidArgumentError('expected a date such as 2024-06-20 or 2024-06-20T09:30:00Z');
  return new Date(ms);
}

function parseFormat(value: string): ImportFormat {
  const format = parseFormatName(value);
  if (!format) throw new InvalidArgumentError(`expected one of ${IMPORT_FORMATS.join(', ')} (or rss, atom)`);
  return format;
}

interface ImportFlags extends DbFlags {
  format?: ImportFormat;
  date?: Date;
  section: string;
  draft?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function importCommand(program: Command): void {
  program
    .command('import')
    .description('import stories: captured text pages, HTML pages, RSS/Atom feeds, WordPress exports (WXR), Dateline JSON Lines')
    .argument('<paths...>', 'files to import (the format of each is detected)')
    .addOption(databaseOption())
    .option('-f, --format <format>', `read every file as this format: ${IMPORT_FORMATS.join(', ')}`, parseFormat)
    .option('--date <date>', 'publication date for stories whose source gives none (default: now, flagged)', parseDateOption)
    .option('--section <name>', 'section for stories whose source names none', 'News')
    .option('--draft', 'import as drafts instead of publishing')
    .option('--dry-run', 'read, check and de-duplicate everything, write nothing')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: ImportFlags) => {
      const progress = opts.json ? { done() {} } : terminalProgress();
      const report = await withDatabase(opts, async (db) => {
        const done = await importFiles(db, paths, {
          ...(opts.format ? { format: opts.format } : {}),
          ...(opts.date ? { date: opts.date } : {}),
          ...('onProgress' in progress && progress.onProgress ? { onProgress: progress.onProgress } : {}),
          defaultSection: opts.section,
          status: opts.draft ? 'draft' : 'published',
          dryRun: Boolean(opts.dryRun),
        });
        // Running instances drop their cached pages now rather than when they expire.
        if (done.counts.created + done.counts.updated > 0 && !opts.dryRun) await announceSiteChange(db);
        return done;
      }).finally(() => progress.done());
      if (opts.json) console.log(JSON.stringify(report, null, 2));
      else console.log(formatReport(report, { quietSuccess: report.items.length > 200 }));
      if (report.counts.failed > 0) process.exitCode = 1;
    });
}
