import type { Command } from 'commander';
import { refreshDiscovery } from '../../discovery/refresh.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

/**
 * Runs discovery's upkeep to the end in the foreground, with progress: what `serve` does in the
 * background, for after a big import or to rebuild every list (`--all`).
 */
export function refreshListsCommand(program: Command): void {
  program
    .command('refresh-lists')
    .description('analyse new and changed stories and compute their More like this / Related lists now (serve does this in the background)')
    .addOption(databaseOption())
    .option('--all', 'recompute every story’s lists, not only those that are due')
    .action((opts: DbFlags & { all?: boolean }) =>
      withDatabase(opts, async (db) => {
        if (opts.all) await db.updateTable('discovery_state').set({ lists_at: null }).execute().catch((error: Error) => {
          throw new CliError(`cannot mark the lists due: ${error.message}`);
        });
        let analysed = 0;
        let removed = 0;
        for (;;) {
          // Big batches: one transaction writes thousands of stories' analyses (a worker thread does the text).
          const r = await refreshDiscovery(db, { maxBatches: 4, maxLists: 0, analyseBatch: 5000 });
          if (r.busy) throw new CliError('another process (a running `serve`?) is refreshing discovery now; try again when it is done');
          analysed += r.analysed;
          removed += r.removed;
          if (r.analysed || r.removed) console.log(`analysed ${analysed} stories, removed ${removed}…`);
          if (r.done) break;
        }
        let lists = 0;
        for (;;) {
          const r = await refreshDiscovery(db, { maxLists: 500 });
          lists += r.lists;
          if (!r.lists) break;
          console.log(`lists computed for ${lists} stories…`);
        }
        console.log(analysed || removed || lists ? `Done: ${analysed} analysed, ${removed} removed, ${lists} lists computed.` : 'Nothing to do: every list is up to date.');
      }),
    );
}
