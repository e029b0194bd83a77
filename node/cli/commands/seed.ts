/** `cen-node seed`: fills the store with deterministic synthetic cases (demos, tests, benchmarks). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseIntegerOption } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('add N synthetic cases (with their persons and businesses) to the store')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--cases <n>', 'how many cases', parseIntegerOption(1, 10_000_000))
    .option(
      '--seed <s>',
      'random seed: the same seed gives the same data',
      parseIntegerOption(0, 2 ** 32 - 1),
    )
    .action(async (flags: { data: string; cases: number; seed?: number }) => {
      const { result, via } = await runNodeCommand(
        resolve(flags.data),
        'seed',
        { cases: flags.cases, ...(flags.seed === undefined ? {} : { seed: flags.seed }) },
        { progressLabel: 'seeding' },
      );
      console.log(
        `Seeded ${result.cases} cases, ${result.persons} persons and ${result.businesses} businesses (${viaText(via)}).`,
      );
    });
}
