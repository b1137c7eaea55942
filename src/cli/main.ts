import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openDatabase, type Db } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { countStories } from '../store/stories.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { importCapturedFiles } from '../ingest/import-captured.ts';
import { buildApp } from '../web/app.ts';

/** Failures the user can act on: one line on stderr, no stack trace. */
class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

interface DbFlags { database?: string }

function configFrom(flags: Record<string, string | undefined>): Config {
  return loadConfig(process.env, flags);
}

async function openMigrated(config: Config): Promise<Db> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
    throw new CliError(`cannot open the database (${where}): ${(error as Error).message}`);
  }
  return db;
}

function parseDate(value: string): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidArgumentError('expected a date such as 2024-06-20 or 2024-06-20T09:30:00Z');
  return new Date(ms);
}

const databaseOption = new Option('-d, --database <url>', 'SQLite file path or postgres:// URL (env DATABASE_URL)');

export function cli(): Command {
  const program = new Command('dateline')
    .description('Dateline: a news-publishing platform. Configuration comes from environment variables (see README) and flags.')
    .showHelpAfterError();

  program
    .command('serve')
    .description('run the reader site; creates and migrates the database, and loads demo content into an empty one')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .addOption(databaseOption)
    .option('--no-demo', 'do not load demo content into an empty database')
    .action(async (opts: DbFlags & { port?: string; host?: string; demo: boolean }) => {
      const config = configFrom({ PORT: opts.port, HOST: opts.host, DATABASE_URL: opts.database });
      const db = await openMigrated(config);
      if (opts.demo && (await countStories(db)) === 0) {
        const n = await loadDemo(db);
        console.log(`Empty database: loaded ${n} demo stories.`);
      }
      const app = buildApp({ config, db, logger: { level: config.logLevel } });
      const stop = async () => {
        await app.close();
        await db.destroy();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        await db.destroy();
        throw new CliError(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
      }
      console.log(`${config.siteName} is running at ${config.siteUrl} (database: ${config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL'})`);
    });

  program
    .command('migrate')
    .description('create or update the database schema')
    .addOption(databaseOption)
    .action(async (opts: DbFlags) => {
      const config = configFrom({ DATABASE_URL: opts.database });
      const db = openDatabase(config.database);
      try {
        const applied = await migrateToLatest(db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } catch (error) {
        throw new CliError(`migration failed: ${(error as Error).message}`);
      } finally {
        await db.destroy();
      }
    });

  program
    .command('seed-demo')
    .description('load the demo stories (skipped when the database already has stories, unless --force)')
    .addOption(databaseOption)
    .option('--force', 'load even into a database that has stories (existing demo stories are updated, not duplicated)')
    .action(async (opts: DbFlags & { force?: boolean }) => {
      const config = configFrom({ DATABASE_URL: opts.database });
      const db = await openMigrated(config);
      try {
        if (!opts.force && (await countStories(db)) > 0) {
          console.log('The database already has stories: nothing loaded (use --force to load the demo anyway).');
          return;
        }
        console.log(`Loaded ${await loadDemo(db)} demo stories.`);
      } finally {
        await db.destroy();
      }
    });

  program
    .command('import')
    .description('import captured story pages (plain text, like shared/seed/*.txt)')
    .argument('<files...>', 'files to import')
    .addOption(databaseOption)
    .option('--date <date>', 'publication date for captures that lost theirs (default: now, flagged)', parseDate)
    .option('--section <name>', 'section for captures without a section label', 'News')
    .option('--draft', 'import as drafts instead of publishing')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], opts: DbFlags & { date?: Date; section: string; draft?: boolean; json?: boolean }) => {
      const config = configFrom({ DATABASE_URL: opts.database });
      const db = await openMigrated(config);
      let reports;
      try {
        reports = await importCapturedFiles(db, files, {
          ...(opts.date ? { date: opts.date } : {}),
          defaultSection: opts.section,
          status: opts.draft ? 'draft' : 'published',
        });
      } finally {
        await db.destroy();
      }
      if (opts.json) {
        console.log(JSON.stringify(reports, null, 2));
      } else {
        for (const r of reports) {
          if (r.outcome === 'failed') console.log(`${r.file}: failed: ${r.error}`);
          else console.log(`${r.file}: ${r.outcome} ${r.path}${r.warnings.map((w) => `\n  warning: ${w}`).join('')}`);
        }
        const count = (o: string) => reports.filter((r) => r.outcome === o).length;
        console.log(`${count('created')} imported, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`);
      }
      if (reports.some((r) => r.outcome === 'failed')) process.exitCode = 1;
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await cli().parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`dateline: configuration error: ${error.message}`);
      process.exit(2);
    }
    if (error instanceof CliError) {
      console.error(`dateline: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`dateline: unexpected error: ${(error as Error).message ?? error}`);
    process.exit(1);
  }
}
