/**
 * `cen-node reindex`: rebuilds the derived full-text index and statistics database from LevelDB,
 * the source of truth.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runNodeCommand, viaText } from '../route.ts';

export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the full-text search index and the statistics database from the store')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (flags: { data: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'reindex', {});
      const statistics = result.statistics
        ? ` and the statistics database (${result.statistics.cases} cases)`
        : '';
      console.log(`Rebuilt the full-text index: ${result.cases} cases${statistics} (${viaText(via)}).`);
    });
}
