/** Runs a node command through the running node's control socket, or offline when none runs. */
import { loadConfig } from '../config.ts';
import { routeCommand, type CommandName, type CommandResult } from '../control/index.ts';
import { openServices } from '../index.ts';
import { createLoggers } from '../log.ts';
import { progressBar } from './output.ts';

export async function runNodeCommand<N extends CommandName>(
  dataDir: string,
  name: N,
  args: unknown,
  options: { progressLabel?: string } = {},
): Promise<{ result: CommandResult<N>; via: 'node' | 'offline' }> {
  const bar = options.progressLabel ? progressBar(options.progressLabel) : undefined;
  try {
    return await routeCommand(dataDir, name, args, {
      ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
      openOffline: async () => {
        const config = await loadConfig(dataDir);
        // stdout is the command's output, so the store's warnings go to stderr.
        return openServices(config, { loggers: createLoggers({ level: 'warn', destination: 'stderr' }) });
      },
    });
  } finally {
    bar?.stop();
  }
}

export const viaText = (via: 'node' | 'offline') => (via === 'node' ? 'through the running node' : 'offline');
