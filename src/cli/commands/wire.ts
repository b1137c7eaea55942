import { InvalidArgumentError, type Command } from 'commander';
import { slugify } from '../../domain/slug.ts';
import { formatReport } from '../../ingest/import-report.ts';
import { pollFeeds } from '../../ingest/wire.ts';
import { addWireFeed, listWireFeeds, removeWireFeed } from '../../store/wire-feeds.ts';
import { announceSiteChange } from '../../store/site-changes.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

function parseFeedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below.
  }
  throw new InvalidArgumentError('expected an http(s) URL such as https://wire.example.com/world.rss');
}

export function wireCommand(program: Command): void {
  const wire = program.command('wire').description('wire feeds (RSS or Atom) polled into a section: add, list, remove, poll');

  wire
    .command('add')
    .description('add a feed (or change its section)')
    .argument('<url>', 'the feed address', parseFeedUrl)
    .requiredOption('-s, --section <name>', 'section its stories go into')
    .option('--draft', 'import its stories as drafts instead of publishing them')
    .addOption(databaseOption())
    .action(async (url: string, opts: DbFlags & { section: string; draft?: boolean }) => {
      if (!slugify(opts.section)) throw new CliError(`--section: ${JSON.stringify(opts.section)} has no letters or digits`);
      const { added } = await withDatabase(opts, (db) => addWireFeed(db, { url, sectionName: opts.section.trim(), status: opts.draft ? 'draft' : 'published' }, new Date()));
      console.log(`${added ? 'added' : 'updated'} ${url} → ${opts.section.trim()}`);
    });

  wire
    .command('list')
    .description('every feed with its polling status')
    .option('--json', 'print as JSON')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { json?: boolean }) => {
      const feeds = await withDatabase(opts, (db) => listWireFeeds(db));
      if (opts.json) return void console.log(JSON.stringify(feeds, null, 2));
      if (!feeds.length) return void console.log('no wire feeds: add one with `dateline wire add URL --section NAME`');
      for (const f of feeds) {
        const state = f.last_error ? `failing (${f.error_count} in a row): ${f.last_error}` : f.last_success_at ? `ok: ${f.last_result ?? ''}` : 'not polled yet';
        console.log(`${f.url} → ${f.section_name}${f.status === 'draft' ? ' (as drafts)' : ''}\n  ${state}\n  last polled ${f.last_polled_at ?? 'never'}, next ${f.next_poll_at ?? 'at the next poll'}`);
      }
    });

  wire
    .command('remove')
    .description('stop polling a feed (its stories stay)')
    .argument('<url>', 'the feed address', parseFeedUrl)
    .addOption(databaseOption())
    .action(async (url: string, opts: DbFlags) => {
      if (!(await withDatabase(opts, (db) => removeWireFeed(db, url)))) throw new CliError(`no wire feed ${url}`);
      console.log(`removed ${url}`);
    });

  wire
    .command('poll')
    .description('poll every feed now and import what is new or changed')
    .option('--json', 'print the results as JSON')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { json?: boolean }) => {
      const results = await withDatabase(opts, async (db, config) => {
        const polled = await pollFeeds(db, { intervalSeconds: config.wirePollSeconds || 300 });
        // Running instances drop their cached pages now rather than when they expire.
        if (polled.some((r) => r.report && r.report.counts.created + r.report.counts.updated > 0)) await announceSiteChange(db);
        return polled;
      });
      if (opts.json) console.log(JSON.stringify(results, null, 2));
      else if (!results.length) console.log('no wire feeds to poll');
      else for (const r of results) {
        if (r.outcome === 'error') console.log(`${r.url}: failed: ${r.error}`);
        else if (r.outcome === 'not-modified') console.log(`${r.url}: not modified`);
        else console.log(`${r.url}:\n${formatReport(r.report!, { quietSuccess: true }).replace(/^/gm, '  ')}`);
      }
      if (results.some((r) => r.outcome === 'error' || (r.report?.counts.failed ?? 0) > 0)) process.exitCode = 1;
    });
}
