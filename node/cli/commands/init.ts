/**
 * `cen-node init`: creates a node's data directory, identity, TLS certificate, store and first
 * administrator (`admin`: the national administrator, or the WCO administrator on a WCO node),
 * who enrols a second factor at first sign-in. HTTPS by default with a self-signed certificate
 * whose fingerprint is printed; `--tls-cert/--tls-key` install the administration's own;
 * `--insecure-http` serves plain HTTP, allowed only on a loopback API address.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { interfaceAddresses } from '../../api/routes/setup.ts';
import { apiUrlOf, NODE_ROLES, type NodeRole } from '../../config.ts';
import { ConfigError } from '../../errors.ts';
import { multiaddrsOf } from '../../identity.ts';
import { initNode, type InitTls } from '../../index.ts';
import { parseIntegerOption } from '../output.ts';

interface InitFlags {
  data: string;
  name?: string;
  setupLater?: boolean;
  country?: string;
  role: NodeRole;
  apiHost?: string;
  apiPort?: number;
  p2pPort?: number;
  adminPasswordFile?: string;
  tlsName: string[];
  tlsCert?: string;
  tlsKey?: string;
  insecureHttp?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function tlsChoice(flags: InitFlags): InitTls {
  const provided = flags.tlsCert !== undefined || flags.tlsKey !== undefined;
  if (flags.insecureHttp && (provided || flags.tlsName.length > 0)) {
    throw new ConfigError(
      '--insecure-http serves no certificate: leave out --tls-cert, --tls-key and --tls-name',
    );
  }
  if (flags.insecureHttp) return false;
  if (provided) {
    if (flags.tlsCert === undefined || flags.tlsKey === undefined) {
      throw new ConfigError('give both --tls-cert and --tls-key (the certificate and its private key)');
    }
    if (flags.tlsName.length > 0) {
      throw new ConfigError(
        "--tls-name is for the self-signed certificate: your certificate's names are its own",
      );
    }
    return { certFile: resolve(flags.tlsCert), keyFile: resolve(flags.tlsKey) };
  }
  return { selfSigned: true, names: flags.tlsName };
}

/** The password is the file's content without its final line break (editors add one). */
export async function readPasswordFile(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(
      'create a new node: data directory, identity, TLS certificate, store and the first administrator (admin)',
    )
    .requiredOption('--data <dir>', 'data directory to create (must be absent or empty)')
    .option('--name <name>', "the administration's name, e.g. 'Kenya Revenue Authority - Customs'")
    .option(
      '--setup-later',
      "first boot of an installed node: no name, role or country yet (the console's setup page or `cen-node setup` gives them); the administrator gets a one-time password",
    )
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code (national nodes)')
    .addOption(new Option('--role <role>', 'node role').choices(NODE_ROLES).default('national'))
    .option('--api-host <host>', 'address the HTTP API binds to (default 127.0.0.1)')
    .option('--api-port <port>', 'HTTP API port (default 8080)', parseIntegerOption(0, 65535))
    .option('--p2p-port <port>', 'peer-to-peer port (default 9090)', parseIntegerOption(0, 65535))
    .option(
      '--admin-password-file <file>',
      "read the administrator's password from a file instead of generating one (it must meet the password policy)",
    )
    .option(
      '--tls-name <name>',
      'another DNS name or IP address for the self-signed certificate (repeatable); localhost, this host name, 127.0.0.1 and ::1 are always in it',
      collect,
      [],
    )
    .option(
      '--tls-cert <file>',
      "the administration's own certificate (PEM, with its chain), copied into the data directory",
    )
    .option('--tls-key <file>', 'the private key of --tls-cert (PEM, unencrypted)')
    .option(
      '--insecure-http',
      'serve plain HTTP instead of HTTPS: only with a loopback --api-host (development)',
    )
    .action(async (flags: InitFlags, command: Command) => {
      if (flags.setupLater) {
        const given = (['name', 'country', 'role'] as const).filter(
          (key) => command.getOptionValueSource(key) === 'cli',
        );
        if (given.length > 0) {
          throw new ConfigError(
            `--setup-later leaves the administration to the setup: leave out ${given.map((key) => `--${key}`).join(', ')} (give them in the console's setup page or with cen-node setup)`,
          );
        }
        await initLater(flags);
        return;
      }
      if (flags.name === undefined) {
        throw new ConfigError("init needs --name (the administration's name), or --setup-later");
      }
      const result = await initNode({
        tls: tlsChoice(flags),
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
      console.log(`  API       ${apiUrlOf(config.apiHost, config.apiPort, config.tls !== false)}/api/v1`);
      console.log(`  peers     ${multiaddrsOf(config.apiHost, config.p2pPort, result.nodeId).join(' ')}`);
      if (result.tlsFingerprint) {
        console.log(
          `  TLS       ${result.tlsSelfSigned ? 'self-signed certificate' : 'your certificate'}, SHA-256 fingerprint:`,
        );
        console.log(`            ${result.tlsFingerprint}`);
        if (result.tlsSelfSigned) {
          console.log('            Officers compare it with the one their browser shows before trusting it.');
        }
      } else {
        console.log('  TLS       none: plain HTTP on loopback (development only)');
      }
      console.log(`Start it with: cen-node start --data ${config.dataDir}`);
      console.log('');
      if (result.generatedPassword) {
        console.log(`Administrator: ${result.adminUsername} (${result.adminRole})`);
        console.log(`Password:      ${result.generatedPassword}`);
        console.log('This password is shown only now and stored nowhere in clear: keep it safe.');
      } else {
        console.log(
          `Administrator: ${result.adminUsername} (${result.adminRole}; password from ${flags.adminPasswordFile})`,
        );
      }
      console.log(
        'At the first sign-in the administrator enrols a second factor (a TOTP authenticator app): nothing else is possible until then.',
      );
    });
}

/** The URLs a browser opens the console at: the API's address, or each of the machine's when it listens on all. */
function consoleUrls(apiHost: string, apiPort: number, tls: boolean): string[] {
  if (apiHost !== '0.0.0.0' && apiHost !== '::') return [`${apiUrlOf(apiHost, apiPort, tls)}/`];
  const addresses = interfaceAddresses().filter((entry) => apiHost === '::' || entry.family === 'IPv4');
  return [
    ...addresses.map((entry) => `${apiUrlOf(entry.address, apiPort, tls)}/`),
    `${apiUrlOf(apiHost, apiPort, tls)}/`,
  ];
}

/** `init --setup-later`: what the package's postinst runs; it prints what the administrator needs once. */
async function initLater(flags: InitFlags): Promise<void> {
  const result = await initNode({
    setupLater: true,
    tls: tlsChoice(flags),
    dataDir: resolve(flags.data),
    ...(flags.apiHost === undefined ? {} : { apiHost: flags.apiHost }),
    ...(flags.apiPort === undefined ? {} : { apiPort: flags.apiPort }),
    ...(flags.p2pPort === undefined ? {} : { p2pPort: flags.p2pPort }),
    ...(flags.adminPasswordFile === undefined
      ? {}
      : { adminPassword: await readPasswordFile(flags.adminPasswordFile) }),
  });
  const { config } = result;
  console.log(`Initialised a node in ${config.dataDir}; its setup is pending.`);
  console.log(`  node id   ${result.nodeId}`);
  for (const url of consoleUrls(config.apiHost, config.apiPort, config.tls !== false)) {
    console.log(`  open      ${url}`);
  }
  if (result.tlsFingerprint) {
    console.log(
      `  TLS       ${result.tlsSelfSigned ? 'self-signed certificate' : 'your certificate'}, SHA-256 fingerprint:`,
    );
    console.log(`            ${result.tlsFingerprint}`);
    console.log('            Compare it with the one your browser shows before trusting it.');
  } else {
    console.log('  TLS       none: plain HTTP on loopback (development only)');
  }
  console.log('');
  if (result.generatedPassword) {
    console.log(`Administrator:      ${result.adminUsername}`);
    console.log(`One-time password:  ${result.generatedPassword}`);
    console.log(
      'It is shown only now and works once, within a week: the first sign-in must choose a new password.',
    );
  } else {
    console.log(`Administrator: ${result.adminUsername} (password from ${flags.adminPasswordFile})`);
  }
  console.log(
    'Then the administrator enrols a second factor (a TOTP authenticator app) and completes the setup page:',
  );
  console.log(
    "the administration's name, its role (national or WCO), its country and the listening addresses.",
  );
  console.log(
    `Start the node (cen-node start --data ${config.dataDir}) if the service does not run it already.`,
  );
}
