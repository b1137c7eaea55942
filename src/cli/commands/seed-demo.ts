import type { Command } from 'commander';
import { countStories } from '../../store/stories.ts';
import { databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

export function seedDemoCommand(program: Command): void {
  program
    .command('seed-demo')
    .description('load the demo stories (skipped when the database already has stories, unless --force)')
    .addOption(databaseOption())
    .option('--force', 'load even into a database that has stories (existing demo stories are updated, not duplicated)')
    .action((opts: DbFlags & { force?: boolean }) =>
      withDatabase(opts, async (db) => {
        if (!opts.force && (await countStories(db)) > 0) {
          console.log('The database already has stories: nothing loaded (use --force to load the demo anyway).');
          return;
        }
        const { loadDemo } = await import('../../demo/load-demo.ts');
        console.log(`Loaded ${await loadDemo(db)} demo stories.`);
      }),
    );
}
