import type { Command } from 'commander';
import { SYSTEM } from '../../newsroom/audit.ts';
import { createIntegration } from '../../newsroom/integrations.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { listIntegrations } from '../../store/integrations.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

/** `dateline integration add|list`: keys for the Content API and tokens for the Admin API. */
export function integrationCommand(program: Command): void {
  const integration = program.command('integration').description('API access: a public Content API key and a secret Admin API token per app');
  integration
    .command('add')
    .description('make an integration; prints its content key and its admin token (shown only now)')
    .requiredOption('--name <name>', 'what the app is, e.g. "Mobile app"')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { name: string }) => {
      await withDatabase(opts, async (db, config) => {
        try {
          const { integration: made, adminToken } = await createIntegration(db, opts.name, SYSTEM.cli);
          console.log(`Integration "${made.name}" (#${made.id}).`);
          console.log(`Content API key (public, read-only): ${made.contentKey}`);
          console.log(`  e.g. ${config.siteUrl}/api/content/stories?key=${made.contentKey}`);
          console.log(`Admin API token (secret, shown once): ${adminToken}`);
          console.log('  send it as: Authorization: Bearer <token>');
        } catch (error) {
          if (error instanceof NewsroomError) throw new CliError(error.message);
          throw error;
        }
      });
    });
  integration
    .command('list')
    .description('list integrations and their content keys')
    .addOption(databaseOption())
    .action(async (opts: DbFlags) => {
      await withDatabase(opts, async (db) => {
        for (const i of await listIntegrations(db)) console.log(`#${i.id}\t${i.name}\t${i.contentKey}`);
      });
    });
}
