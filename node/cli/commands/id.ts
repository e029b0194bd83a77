/** `cen-node id`: the node's identity and addresses as JSON, for scripts and partners. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runNodeCommand } from '../route.ts';

export function registerIdCommand(program: Command): void {
  program
    .command('id')
    .description('print the node id, multiaddrs, API URL, name, country and role as JSON')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (flags: { data: string }) => {
      const { result } = await runNodeCommand(resolve(flags.data), 'id', {});
      console.log(JSON.stringify(result, null, 2));
    });
}
