/**
 * `cen-node peer add|list|remove`: the partner nodes this node knows by address, through the
 * running node's control socket or offline. Each change is audited as `cli:<os user>`.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

/** Prints rows as aligned columns; the first row is the header. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

export function registerPeerCommand(program: Command): void {
  const peer = program.command('peer').description('add, list and remove the partner nodes this node knows');

  peer
    .command('add')
    .description(
      'add a peer by its multiaddr, e.g. /ip4/192.0.2.10/tcp/9090/p2p/12D3KooW… (see `cen-node id`)',
    )
    .argument('<multiaddr>')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (multiaddr: string, flags: { data: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'peer-add', {
        multiaddr,
        by: operator(),
      });
      console.log(
        `${result.added ? 'Added' : 'Already known'}: peer ${result.peer.nodeId} at ${result.peer.multiaddrs.join(', ')} (${viaText(via)}).${result.peer.activeAgreement ? '' : ' No active agreement with it yet: nothing is exchanged until one is installed.'}`,
      );
    });

  peer
    .command('list')
    .description('list the peers with their addresses, state and whether an agreement is active')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the list as JSON')
    .action(async (flags: { data: string; json?: boolean }) => {
      const { result } = await runNodeCommand(resolve(flags.data), 'peer-list', {});
      if (flags.json) {
        console.log(JSON.stringify(result.items, null, 2));
        return;
      }
      if (result.items.length === 0) {
        console.log('No peers.');
        return;
      }
      printTable([
        ['node id', 'state', 'agreement', 'addresses'],
        ...result.items.map((p) => [
          p.nodeId,
          p.status,
          p.activeAgreement ? 'active' : '-',
          p.multiaddrs.join(' '),
        ]),
      ]);
    });

  peer
    .command('remove')
    .description('forget a peer and its addresses (agreements with it stay until revoked)')
    .argument('<nodeId>')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (nodeId: string, flags: { data: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'peer-remove', {
        nodeId,
        by: operator(),
      });
      console.log(`Removed peer ${result.nodeId} (${viaText(via)}).`);
    });
}
