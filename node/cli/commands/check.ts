/** `cen-node check`: verifies the store's indexes, change log and revision hash chains; exit 1 on problems. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
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
    .action(async (flags: { data: string; json?: boolean }) => {
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
      if (!result.ok) throw new CliExit(1);
    });
}
