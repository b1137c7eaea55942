import { InvalidArgumentError, type Command } from 'commander';
import { importCapturedFiles, type ImportItemReport } from '../../ingest/import-captured.ts';
import { databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

function parseDate(value: string): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidArgumentError('expected a date such as 2024-06-20 or 2024-06-20T09:30:00Z');
  return new Date(ms);
}

function printReport(reports: ImportItemReport[]): void {
  for (const r of reports) {
    if (r.outcome === 'failed') console.log(`${r.file}: failed: ${r.error}`);
    else console.log(`${r.file}: ${r.outcome} ${r.path}${r.warnings.map((w) => `\n  warning: ${w}`).join('')}`);
  }
  const count = (outcome: string) => reports.filter((r) => r.outcome === outcome).length;
  console.log(`${count('created')} imported, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`);
}

export function importCommand(program: Command): void {
  program
    .command('import')
    .description('import captured story pages (plain text, like shared/seed/*.txt)')
    .argument('<files...>', 'files to import')
    .addOption(databaseOption())
    .option('--date <date>', 'publication date for captures that lost theirs (default: now, flagged)', parseDate)
    .option('--section <name>', 'section for captures without a section label', 'News')
    .option('--draft', 'import as drafts instead of publishing')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], opts: DbFlags & { date?: Date; section: string; draft?: boolean; json?: boolean }) => {
      const reports = await withDatabase(opts, (db) =>
        importCapturedFiles(db, files, {
          ...(opts.date ? { date: opts.date } : {}),
          defaultSection: opts.section,
          status: opts.draft ? 'draft' : 'published',
        }),
      );
      if (opts.json) console.log(JSON.stringify(reports, null, 2));
      else printReport(reports);
      if (reports.some((r) => r.outcome === 'failed')) process.exitCode = 1;
    });
}
