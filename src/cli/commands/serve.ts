import type { Command } from 'commander';
import { countStories } from '../../store/stories.ts';
import { countUsers } from '../../store/users.ts';
import { CliError, configFrom, databaseOption, openMigrated, type DbFlags } from '../cli-support.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('run the reader site; creates and migrates the database, and loads demo content into an empty one')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .addOption(databaseOption())
    .option('--no-demo', 'do not load demo content into an empty database')
    .action(async (opts: DbFlags & { port?: string; host?: string; demo: boolean }) => {
      const config = configFrom({ PORT: opts.port, HOST: opts.host, DATABASE_URL: opts.database });
      // Loaded here, not at the top: every other command (an import, with its memory budget) would carry the web app.
      const [{ loadDemo }, { startScheduler }, { startWirePoller }, { buildApp }, { watchSiteChanges }, { startRefresher }, { tuneHeapForServing }] = await Promise.all([
        import('../../demo/load-demo.ts'),
        import('../../newsroom/scheduler.ts'),
        import('../../ingest/wire.ts'),
        import('../../web/app.ts'),
        import('../../store/site-changes.ts'),
        import('../../discovery/refresh.ts'),
        import('../../web/serving-heap.ts'),
      ]);
      tuneHeapForServing();
      const db = await openMigrated(config);
      if (opts.demo && (await countStories(db)) === 0) {
        const n = await loadDemo(db);
        console.log(`Empty database: loaded ${n} demo stories.`);
      }
      // Another instance (or a `dateline import` in another terminal) changed the site: drop cached pages now.
      let dropCache = () => {};
      const siteChanges = watchSiteChanges(db, {
        onChange: () => dropCache(),
        ...(config.database.kind === 'postgres' ? { postgresUrl: config.database.url } : {}),
        onError: (error) => app.log.warn({ err: error }, 'watching for changes by other instances'),
      });
      const app = buildApp({ config, db, logger: { level: config.logLevel }, siteChanges });
      dropCache = () => app.pageCache.clear();
      // Wire feeds are polled here, once across instances (a lease row); WIRE_POLL_SECONDS=0 turns it off.
      const poller = config.wirePollSeconds > 0
        ? startWirePoller(db, {
            intervalSeconds: config.wirePollSeconds,
            onError: (error) => app.log.error({ err: error }, 'wire poll failed'),
            onResults: (results) => {
              app.log.info({ wire: results.map((r) => ({ url: r.url, outcome: r.outcome, error: r.error })) }, 'wire feeds polled');
              if (results.some((r) => r.report && r.report.counts.created + r.report.counts.updated > 0)) app.siteChanged();
            },
          })
        : undefined;
      // Analyses new and changed stories and keeps their lists fresh, in the background.
      // Freshly computed lists replace what this instance's pages had rendered of them.
      const refresher = startRefresher(db, { log: (m) => app.log.info(m), onListed: (id) => app.listFragments.delete([id]) });
      // Scheduled stories go live from here, on whichever instance holds the scheduler's lease.
      const scheduler = startScheduler(db, {
        onPublished: (ids) => {
          app.siteChanged();
          app.log.info({ ids }, 'scheduled stories published');
        },
        onError: (error) => app.log.error({ err: error }, 'scheduler run failed'),
      });
      const stop = async () => {
        poller?.stop();
        await scheduler.stop();
        await refresher.stop();
        await siteChanges.stop();
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
      const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
      console.log(`${config.siteName} is running at ${config.siteUrl} (database: ${where})`);
      if ((await countUsers(db)) === 0) {
        console.log(
          'The newsroom (/admin) has no accounts yet. Make the first admin in another terminal with\n' +
            '  npx dateline user add --email you@example.org --role admin\n' +
            'and open the one-time link it prints to choose your password.',
        );
      }
    });
}
