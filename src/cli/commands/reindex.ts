import type { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { reindexSearch } from '../../store/search.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

/**
 * Rebuilds and compacts the search index. Searches keep working while it runs; on SQLite the
 * newsroom's saves wait for it (one write transaction), so run it when the site is quiet.
 */
export function reindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the search index from the stories and compact it (after a big import: --optimize is enough)')
    .addOption(databaseOption())
    .option('--optimize', 'only compact the index (SQLite: merge FTS5 segments; PostgreSQL: VACUUM ANALYZE), do not rebuild it')
    .action((opts: DbFlags & { optimize?: boolean }) =>
      withDatabase(opts, async (db) => {
        const started = performance.now();
        try {
          const report = await reindexSearch(db, { rebuild: !opts.optimize });
          for (const step of report.steps) console.log(step);
          console.log(`Search index ready: ${report.stories.toLocaleString('en-GB')} stories, ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } catch (error) {
          throw new CliError(`reindex failed: ${(error as Error).message}`);
        }
      }),
    );
}
