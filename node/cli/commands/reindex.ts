/** `cen-node reindex`: rebuilds the derived full-text index from LevelDB, the source of truth. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runNodeCommand, viaText } from '../route.ts';

export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the full-text search index from the store')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (flags: { data: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'reindex', {});
      console.log(`Rebuilt the full-text index: ${result.cases} cases (${viaText(via)}).`);
    });
}
