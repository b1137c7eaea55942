import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { CliError } from './cli-support.ts';
import { backupCommand } from './commands/backup.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { refreshListsCommand } from './commands/refresh-lists.ts';
import { reindexCommand } from './commands/reindex.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { serveCommand } from './commands/serve.ts';
import { userCommand } from './commands/user.ts';
import { integrationCommand } from './commands/integration.ts';
import { webhookCommand } from './commands/webhook.ts';
import { wireCommand } from './commands/wire.ts';

export function cli(): Command {
  const program = new Command('dateline')
    .description('Dateline: a news-publishing platform. Configuration comes from environment variables (see README) and flags.')
    .showHelpAfterError();
  // One file per command under commands/; add new ones here.
  const commands = [
    serveCommand,
    migrateCommand,
    importCommand,
    exportCommand,
    wireCommand,
    seedDemoCommand,
    backupCommand,
    refreshListsCommand,
    reindexCommand,
    userCommand,
    integrationCommand,
    webhookCommand,
  ];
  for (const add of commands) add(program);
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
