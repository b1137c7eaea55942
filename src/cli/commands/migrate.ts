import type { Command } from 'commander';
import { openDatabase } from '../../store/database.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { CliError, configFrom, databaseOption, type DbFlags } from '../cli-support.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('create or update the database schema')
    .addOption(databaseOption())
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
}
