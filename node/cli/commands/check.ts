/**
 * `cen-node check`: verifies the store's indexes, change log and revision hash chains; exit 1 on
 * problems. `--repair` (node stopped) first rebuilds damaged LevelDB files, then checks everything.
 */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { STORE_DIRECTORY } from '../../store/index.ts';
import { LevelKv } from '../../store/level-kv.ts';
import { CliExit } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

/** Enough to see the pattern; the rest is counted, not printed. */
const MAX_PROBLEMS_SHOWN = 50;

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("check the store's consistency and every revision chain (exit code 1 on problems)")
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the report as JSON')
    .option('--repair', "first rebuild a damaged store's LevelDB files (the node must be stopped)")
    .action(async (flags: { data: string; json?: boolean; repair?: boolean }) => {
      if (flags.repair) {
        const storeDir = join(resolve(flags.data), STORE_DIRECTORY);
        await LevelKv.repair(storeDir);
        // On stderr, so that --json output stays one document.
        console.error(`Repaired the LevelDB files of ${storeDir}; checking every record and chain now.`);
      }
      const { result, via } = await runNodeCommand(resolve(flags.data), 'check', {});
      if (flags.json) {
        console.log(JSON.stringify(result, null, 2));
      } else {
        const { store, chains } = result;
        console.log(
          `Store check (${viaText(via)}): ${store.ok ? 'ok' : `${store.problems.length} problem(s)`}`,
        );
        for (const problem of store.problems.slice(0, MAX_PROBLEMS_SHOWN)) console.log(`  - ${problem}`);
        if (store.problems.length > MAX_PROBLEMS_SHOWN) {
          console.log(`  … and ${store.problems.length - MAX_PROBLEMS_SHOWN} more`);
        }
        console.log(`Revision chains: ${chains.checked} revisions checked, ${chains.ok ? 'ok' : 'BROKEN'}`);
        if (chains.firstBad) {
          const bad = chains.firstBad;
          console.log(`  first bad: ${bad.type} ${bad.id} version ${bad.version}: ${bad.reason}`);
        }
      }
      if (!result.ok && flags.repair && !flags.json) {
        console.log(
          'Records were lost in the damage: restore the latest backup (`cen-node restore --force`).',
        );
      }
      if (!result.ok) throw new CliExit(1);
    });
}
