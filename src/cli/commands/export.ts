import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { exportJsonLines } from '../../ingest/export-json-lines.ts';
import { CliError, databaseOption, withDatabase, type DbFlags } from '../cli-support.ts';

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('write every story as Dateline JSON Lines (lossless; `dateline import` reads it back)')
    .argument('[file]', 'where to write (default: standard output)')
    .addOption(databaseOption())
    .action(async (file: string | undefined, opts: DbFlags) => {
      const out = file ? fs.createWriteStream(file) : process.stdout;
      const failed = new Promise<never>((_, reject) => out.once('error', (e: NodeJS.ErrnoException) => reject(new CliError(`cannot write ${file}: ${e.code ?? e.message}`))));
      const n = await Promise.race([withDatabase(opts, (db) => exportJsonLines(db, out)), failed]);
      if (file) {
        out.end();
        await finished(out);
        console.error(`exported ${n} stories to ${file}`);
      }
    });
}
