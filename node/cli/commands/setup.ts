/**
 * `cen-node setup`: finishes the first boot of a node made by `cen-node init --setup-later`, as
 * the console's setup page does, for unattended installs and scripts. When the pending node is
 * running, through its control socket, and that process goes on as the configured node; when
 * it is stopped, offline on its data directory.
 *
 * `serveSetupWhilePending` is `cen-node start`'s first step on such a node: it serves the
 * restricted first-boot node until the setup is done (true: start the configured node now) or a
 * signal stops it (false).
 */
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { SetupRequest, SetupResponse } from '../../../protocol/api.ts';
import { AuditLog } from '../../audit/index.ts';
import { createAuth } from '../../auth/index.ts';
import { dataPaths, loadConfigState, NODE_ROLES, SetupCompleteError, type NodeRole } from '../../config.ts';
import { callControl, NodeNotRunningError } from '../../control/index.ts';
import { createLoggers, events } from '../../log.ts';
import { applySetup, SETUP_COMMAND, startPendingNode } from '../../setup.ts';
import { LevelKv, STORE_DIRECTORY } from '../../store/index.ts';
import { parseIntegerOption } from '../output.ts';

interface SetupFlags {
  data: string;
  name: string;
  role: NodeRole;
  country?: string;
  apiHost?: string;
  apiPort?: number;
  p2pHost?: string;
  p2pPort?: number;
}

const operator = () => `cli:${userInfo().username}`;

/** Applies the setup on a stopped pending node's own data directory. */
async function setupOffline(dataDir: string, request: SetupRequest): Promise<SetupResponse> {
  const state = await loadConfigState(dataDir);
  if (!state.setupPending) throw new SetupCompleteError();
  const kv = await LevelKv.open(join(dataDir, STORE_DIRECTORY));
  try {
    const audit = new AuditLog(kv);
    try {
      const auth = createAuth(kv, { audit, nodeRole: 'national' });
      try {
        return (await applySetup({ dataDir, auth, audit }, { username: operator() }, request)).response;
      } finally {
        await auth.throttle.close();
      }
    } finally {
      await audit.close();
    }
  } finally {
    await kv.close();
  }
}

export function registerSetupCommand(program: Command): void {
  program
    .command('setup')
    .description(
      'finish the first boot of a node made by `init --setup-later`: its administration and where it listens (as the setup page of the console does)',
    )
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--name <name>', "the administration's name, e.g. 'Kenya Revenue Authority - Customs'")
    .addOption(new Option('--role <role>', 'node role').choices(NODE_ROLES).makeOptionMandatory())
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code (a national node; a WCO node has none)')
    .option('--api-host <host>', 'address the console and API listen on (default: as init set it)')
    .option(
      '--api-port <port>',
      'port of the console and API (default: as init set it)',
      parseIntegerOption(1, 65535),
    )
    .option('--p2p-host <host>', 'address partners connect to (default: the API address)')
    .option('--p2p-port <port>', 'peer-to-peer port (default: as init set it)', parseIntegerOption(1, 65535))
    .action(async (flags: SetupFlags) => {
      const dataDir = resolve(flags.data);
      const state = await loadConfigState(dataDir);
      if (!state.setupPending) throw new SetupCompleteError();
      const current = state.config;
      const request: SetupRequest = {
        name: flags.name,
        role: flags.role,
        ...(flags.country === undefined ? {} : { country: flags.country }),
        apiHost: flags.apiHost ?? current.apiHost,
        // A pending node made with port 0 (tests) has no port to keep: the default then.
        apiPort: flags.apiPort ?? (current.apiPort || 8080),
        ...(flags.p2pHost === undefined ? {} : { p2pHost: flags.p2pHost }),
        p2pPort: flags.p2pPort ?? (current.p2pPort || 9090),
      };
      let response: SetupResponse;
      let running = true;
      try {
        response = (await callControl(dataPaths(dataDir).controlSocket, SETUP_COMMAND, {
          ...request,
          by: operator(),
        })) as SetupResponse;
      } catch (err) {
        if (!(err instanceof NodeNotRunningError)) throw err;
        running = false;
        response = await setupOffline(dataDir, request);
      }
      console.log(
        `Setup complete: "${response.name}" (${response.role}${response.country ? `, ${response.country}` : ''}).`,
      );
      if (running) {
        console.log(`The running node now starts as configured and answers at ${response.url}/`);
        if (response.signInAgain) console.log('Sign in again there.');
      } else {
        console.log(`Start it with: cen-node start --data ${dataDir}   (it will answer at ${response.url}/)`);
      }
      console.log(
        'Next: add users (cen-node user add, or the Users page) and propose agreements to partners.',
      );
    });
}

/**
 * Serves a pending node until its setup is done. Returns true when the caller should now start
 * the configured node, false when a signal stopped it first (or the node is configured already:
 * true, at once).
 */
export async function serveSetupWhilePending(dataDir: string): Promise<boolean> {
  const state = await loadConfigState(dataDir);
  if (!state.setupPending) return true;
  const loggers = createLoggers({ level: state.config.logLevel });
  const pending = await startPendingNode(state.config, { loggers });
  console.error(`cen-node: the setup of this node is pending. Open ${pending.apiUrl}/ in a browser,`);
  console.error(
    '  sign in as "admin" with the one-time password cen-node init showed, choose a new password,',
  );
  console.error('  enrol a second factor and complete the setup page (or run cen-node setup).');
  return new Promise<boolean>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void pending.close(signal).finally(() => done(false));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    void pending.configured.then(
      () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        done(true);
      },
      (err: unknown) => {
        events.uncaughtError(loggers.node, err);
        done(false);
      },
    );
  });
}
