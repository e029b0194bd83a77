/**
 * The control plane: every `cen-node` command works whether or not the node is running.
 * LevelDB admits one process, so a running node serves commands on `<data>/control.sock`; when
 * no node answers, the CLI opens the store itself and runs the same command function.
 *
 * @example
 *   const { result, via } = await routeCommand(dataDir, 'seed', { cases: 1000 }, {
 *     onProgress: (done, total) => bar.update(done, { total }),
 *     openOffline: () => openServices(await loadConfig(dataDir)),
 *   });
 */
import { folderIdentities } from './folders.ts';
import { dataPaths } from '../config.ts';
import { callControl, NodeNotRunningError } from './client.ts';
import {
  pathArgumentsOf,
  runCommandWith,
  type CommandName,
  type CommandResult,
  type NodeServices,
} from './commands.ts';
import { socketPathFits } from './server.ts';

export interface OfflineServices extends AsyncDisposable {
  services: NodeServices;
  close(): Promise<void>;
}

export interface RouteOptions {
  onProgress?: (done: number, total: number) => void;
  /** Opens the node's services in this process; called only when no node is running. */
  openOffline: () => Promise<OfflineServices>;
}

export async function routeCommand<N extends CommandName>(
  dataDir: string,
  name: N,
  args: unknown,
  options: RouteOptions,
): Promise<{ result: CommandResult<N>; via: 'node' | 'offline' }> {
  const socketPath = dataPaths(dataDir).controlSocket;
  // A path too long for a Unix socket cannot have a node listening on it (start refuses it).
  if (socketPathFits(socketPath)) {
    try {
      const folders = await folderIdentities(args, pathArgumentsOf(name));
      const result = (await callControl(
        socketPath,
        name,
        args,
        options.onProgress,
        folders,
      )) as CommandResult<N>;
      return { result, via: 'node' };
    } catch (err) {
      if (!(err instanceof NodeNotRunningError)) throw err;
    }
  }
  const offline = await options.openOffline();
  try {
    const result = await runCommandWith(offline.services, name, args, {
      progress: (done, total) => options.onProgress?.(done, total),
    });
    return { result, via: 'offline' };
  } finally {
    await offline.close();
  }
}

export { callControl, ControlProtocolError, NodeNotRunningError, probeControlSocket } from './client.ts';
export {
  commands,
  isCommandName,
  pathArgumentsOf,
  runCommandWith,
  type CheckReport,
  type CommandArgs,
  type CommandName,
  type CommandResult,
  type NodeDescription,
  type NodeServices,
  type StoreMaintenance,
} from './commands.ts';
export { RemoteCommandError } from './protocol.ts';
export { checkSocketPath, ControlServer, MAX_SOCKET_PATH_BYTES } from './server.ts';
