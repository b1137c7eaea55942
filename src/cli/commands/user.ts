import type { Command } from 'commander';
import { isRole, ROLES } from '../../domain/roles.ts';
import { addUser, changeUser, issueSetupLink } from '../../newsroom/accounts.ts';
import { SYSTEM } from '../../newsroom/audit.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { findUserByEmail, listUsers } from '../../store/users.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

function role(value: string | undefined): (typeof ROLES)[number] {
  if (!isRole(value)) throw new CliError(`--role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(value ?? '')})`, 2);
  return value;
}

async function newsroom<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NewsroomError) throw new CliError(error.message);
    throw error;
  }
}

/** `dateline user add|list|link|role|disable`: people in the newsroom, from the command line. */
export function userCommand(program: Command): void {
  const user = program.command('user').description('newsroom accounts: add people, list them, make set-up links, change roles');

  user
    .command('add')
    .description('add a person; prints a one-time link with which they choose their password (there is no default password)')
    .requiredOption('--email <email>', 'their email address (their sign-in name)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'their name as shown in the newsroom')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { email: string; role: string; name?: string }) => {
      const chosen = role(opts.role);
      await withDatabase(opts, async (db, config) => {
        const { user: added, setupUrl } = await newsroom(() => addUser(db, { email: opts.email, role: chosen, ...(opts.name ? { name: opts.name } : {}) }, SYSTEM.cli, config.siteUrl));
        console.log(`Added ${added.email} as ${added.role}. Send them this one-time set-up link (valid 72 hours):\n${setupUrl}`);
      });
    });

  user
    .command('list')
    .description('list everyone with their role and state')
    .addOption(databaseOption())
    .action(async (opts: DbFlags) => {
      await withDatabase(opts, async (db) => {
        const people = await listUsers(db);
        if (!people.length) console.log('No accounts yet. Add the first admin with: dateline user add --email you@example.org --role admin');
        for (const p of people) console.log(`${p.email}\t${p.role}\t${p.disabled ? 'disabled' : p.hasPassword ? 'active' : 'invited'}\t${p.name}`);
      });
    });

  user
    .command('link')
    .description('a new one-time set-up link for someone who lost their password (the old password keeps working until it is used)')
    .requiredOption('--email <email>', 'their email address')
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { email: string }) => {
      await withDatabase(opts, async (db, config) => {
        const found = await findUserByEmail(db, opts.email.trim().toLowerCase());
        if (!found) throw new CliError(`no account for ${opts.email}`);
        console.log(await issueSetupLink(db, found.id, config.siteUrl));
      });
    });

  user
    .command('role')
    .description("change someone's role (their sessions end, so it applies at once)")
    .requiredOption('--email <email>', 'their email address')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .addOption(databaseOption())
    .action(async (opts: DbFlags & { email: string; role: string }) => {
      const chosen = role(opts.role);
      await withDatabase(opts, async (db) => {
        const found = await findUserByEmail(db, opts.email.trim().toLowerCase());
        if (!found) throw new CliError(`no account for ${opts.email}`);
        await newsroom(() => changeUser(db, found.id, { role: chosen }, SYSTEM.cli));
        console.log(`${found.email} is now ${chosen}.`);
      });
    });
}
