import type { Command } from 'commander';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { addWebhook, WEBHOOK_EVENTS } from '../../newsroom/webhooks.ts';
import { deleteWebhook, listWebhooks } from '../../store/webhooks.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

/** `dateline webhook add|list|remove`: POSTs to other systems when stories are published, updated or unpublished. */
export function webhookCommand(program: Command): void {
  const webhook = program.command('webhook').description(`signed POSTs to a URL on ${WEBHOOK_EVENTS.join(', ')}`);
  webhook
    .command('add')
    .description('subscribe a URL to an event; prints the secret that signs each delivery')
    .requiredOption('--event <event>', WEBHOOK_EVENTS.join(' | '))
    .requiredOption('--url <url>', 'where to POST the JSON payload')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { event: string; url: string }) => {
      await withDatabase(opts, async (db) => {
        try {
          const hook = await addWebhook(db, opts.event, opts.url);
          console.log(`Webhook #${hook.id}: ${hook.event} → ${hook.url}`);
          console.log(`Signing secret: ${hook.secret}`);
          console.log('Each delivery has X-Dateline-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>" with this secret>.');
        } catch (error) {
          if (error instanceof NewsroomError) throw new CliError(error.message, 2);
          throw error;
        }
      });
    });
  webhook
    .command('list')
    .description('list webhooks')
    .addOption(databaseOption())
    .action(async (opts: DbFlags) => {
      await withDatabase(opts, async (db) => {
        for (const h of await listWebhooks(db)) console.log(`#${h.id}\t${h.event}\t${h.url}`);
      });
    });
  webhook
    .command('remove')
    .description('remove a webhook by number')
    .argument('<id>', 'the number from `webhook list`')
    .addOption(databaseOption())
    .action(async (id: string, opts: DbFlags) => {
      if (!/^[1-9]\d{0,9}$/.test(id)) throw new CliError(`not a webhook number: ${JSON.stringify(id)}`, 2);
      await withDatabase(opts, async (db) => {
        if (!(await deleteWebhook(db, Number(id)))) throw new CliError(`no webhook #${id}`);
        console.log(`Removed webhook #${id}.`);
      });
    });
}
