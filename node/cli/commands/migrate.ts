/**
 * `cen-node migrate`: brings a stopped node's data directory to this release's data format
 * (node/migrations): says the format found and the migrations it will run, runs them on a copy
 * with a line per step, swaps, and says where the original is kept. `--dry-run` only says.
 * On failure: exit code 1, the reason, and the original data untouched.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  migrateDataDirectory,
  MigrationFailedError,
  planMigration,
  recoverInterruptedMigration,
} from '../../migrations/index.ts';
import { CliExit, describeError } from '../output.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description("migrate a stopped node's data to this release's data format (the original is kept aside)")
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--dry-run', 'say what would be done, change nothing')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { data: string; dryRun?: boolean; json?: boolean }) => {
      const dataDir = resolve(flags.data);
      const say = flags.json ? () => undefined : (line: string) => console.log(line);
      if (!flags.json) {
        const plan = await planMigration(dataDir).catch(() => undefined);
        if (plan) {
          say(`${dataDir}: data format ${plan.found}; this release uses format ${plan.target}.`);
          if (plan.migrations.length === 0) say('Nothing to migrate.');
          else {
            say(`${flags.dryRun ? 'Would run' : 'Migrations to run'}:`);
            for (const m of plan.migrations) say(`  ${m.from} → ${m.to}: ${m.title}`);
          }
        }
      }
      try {
        const result = await migrateDataDirectory(dataDir, {
          dryRun: flags.dryRun === true,
          log: (line) => say(line),
        });
        if (flags.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        if (result.dryRun && result.migrations.length > 0) {
          say('Dry run: nothing was changed (the checks for a running node, space and layout passed).');
        }
        if (result.keptAs) {
          say(`The data as it was is kept in ${result.keptAs}; delete it once the node runs well.`);
        }
      } catch (err) {
        const reason = describeError(err);
        const untouched =
          err instanceof MigrationFailedError ? '' : ' Nothing was changed: your data is untouched.';
        if (flags.json) console.log(JSON.stringify({ ok: false, error: `${reason}${untouched}` }));
        else console.error(`cen-node migrate: ${reason}${untouched}`);
        throw new CliExit(1);
      }
    });
}

/**
 * What `cen-node start` does first: finishes or undoes an interrupted migration, then migrates
 * data of an older format (each line on stderr, which the journal keeps), or refuses a newer one.
 */
export async function migrateBeforeStart(dataDir: string): Promise<void> {
  const log = (line: string) => console.error(`cen-node: data migration: ${line}`);
  for (const line of await recoverInterruptedMigration(dataDir)) log(line);
  const plan = await planMigration(dataDir);
  if (plan.migrations.length === 0) return;
  log(`data format ${plan.found} found, this release uses ${plan.target}: migrating`);
  try {
    await migrateDataDirectory(dataDir, { log });
  } catch (err) {
    throw err instanceof MigrationFailedError
      ? err
      : new MigrationFailedError(`${describeError(err)} Nothing was changed: your data is untouched.`, {
          cause: err,
        });
  }
}
