import { InvalidArgumentError, type Command } from 'commander';
import { IMPORT_FORMATS, parseFormatName, type ImportFormat } from '../../ingest/detect-format.ts';
import { formatReport } from '../../ingest/import-report.ts';
import { importFilesInThread, ImportThreadError } from '../../ingest/import-thread.ts';
import { CliError, configFrom, databaseOption, openMigrated, type DbFlags } from '../cli-support.ts';
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
      // Created and migrated here; the import itself runs on a thread with a bounded heap.
      const config = configFrom({ DATABASE_URL: opts.database });
      await (await openMigrated(config)).destroy();
      const report = await importFilesInThread(config.database, paths, {
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.date ? { date: opts.date } : {}),
        ...('onProgress' in progress && progress.onProgress ? { onProgress: progress.onProgress } : {}),
        defaultSection: opts.section,
        status: opts.draft ? 'draft' : 'published',
        dryRun: Boolean(opts.dryRun),
      })
        .catch((error: Error) => {
          throw error instanceof ImportThreadError ? new CliError(error.message) : error;
        })
        .finally(() => progress.done());
      if (opts.json) console.log(JSON.stringify(report, null, 2));
      else console.log(formatReport(report, { quietSuccess: report.items.length > 200 }));
      if (report.counts.failed > 0) process.exitCode = 1;
    });
}
