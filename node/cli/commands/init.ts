/** `cen-node init`: creates a node's data directory, identity, store and first administrator. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { apiUrlOf, NODE_ROLES, type NodeRole } from '../../config.ts';
import { multiaddrsOf } from '../../identity.ts';
import { initNode } from '../../index.ts';
import { parseIntegerOption } from '../output.ts';

interface InitFlags {
  data: string;
  name: string;
  country?: string;
  role: NodeRole;
  apiHost?: string;
  apiPort?: number;
  p2pPort?: number;
  adminPasswordFile?: string;
}

/** The password is the file's content without its final line break (editors add one). */
export async function readPasswordFile(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create a new node: data directory, identity, store and the first administrator (admin)')
    .requiredOption('--data <dir>', 'data directory to create (must be absent or empty)')
    .requiredOption('--name <name>', "the administration's name, e.g. 'Kenya Revenue Authority - Customs'")
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code (national nodes)')
    .addOption(new Option('--role <role>', 'node role').choices(NODE_ROLES).default('national'))
    .option('--api-host <host>', 'address the HTTP API binds to (default 127.0.0.1)')
    .option('--api-port <port>', 'HTTP API port (default 8080)', parseIntegerOption(0, 65535))
    .option('--p2p-port <port>', 'peer-to-peer port (default 9090)', parseIntegerOption(0, 65535))
    .option(
      '--admin-password-file <file>',
      "read the administrator's password from a file instead of generating one",
    )
    .action(async (flags: InitFlags) => {
      const result = await initNode({
        dataDir: resolve(flags.data),
        name: flags.name,
        role: flags.role,
        ...(flags.country === undefined ? {} : { country: flags.country }),
        ...(flags.apiHost === undefined ? {} : { apiHost: flags.apiHost }),
        ...(flags.apiPort === undefined ? {} : { apiPort: flags.apiPort }),
        ...(flags.p2pPort === undefined ? {} : { p2pPort: flags.p2pPort }),
        ...(flags.adminPasswordFile === undefined
          ? {}
          : { adminPassword: await readPasswordFile(flags.adminPasswordFile) }),
      });
      const { config } = result;
      console.log(
        `Initialised node "${config.name}" (${config.role}${config.country ? `, ${config.country}` : ''}) in ${config.dataDir}`,
      );
      console.log(`  node id   ${result.nodeId}`);
      console.log(`  API       ${apiUrlOf(config.apiHost, config.apiPort)}/api/v1`);
      console.log(`  peers     ${multiaddrsOf(config.apiHost, config.p2pPort, result.nodeId).join(' ')}`);
      console.log(`Start it with: cen-node start --data ${config.dataDir}`);
      if (result.generatedPassword) {
        console.log('');
        console.log(`Administrator: ${result.adminUsername}`);
        console.log(`Password:      ${result.generatedPassword}`);
        console.log('This password is shown only now and stored nowhere in clear: keep it safe.');
      } else {
        console.log(`Administrator: ${result.adminUsername} (password from ${flags.adminPasswordFile})`);
      }
    });
}
