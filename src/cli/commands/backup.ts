import type { Command } from 'commander';
import { backupSqlite, BackupError } from '../../store/backup.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

export function backupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite database to a new file while the site runs (PostgreSQL: use pg_dump)')
    .argument('<file>', 'the new file to write, e.g. backups/dateline-2026-11-27.db')
    .addOption(databaseOption())
    .action((file: string, opts: DbFlags) =>
      withDatabase(opts, async (db) => {
        try {
          const { bytes } = await backupSqlite(db, file);
          console.log(`Backed up to ${file} (${(bytes / 1048576).toFixed(1)} MB).`);
        } catch (error) {
          if (error instanceof BackupError) throw new CliError(error.message);
          throw error;
        }
      }),
    );
}
