/**
 * `cen-node start`: runs the node in the foreground until SIGTERM or SIGINT, then shuts down
 * cleanly (exit code 0). Log lines go to stdout as JSON; the human summary goes to stderr.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import {
  adminNeedsTotp,
  adminNeverSignedIn,
  ADMIN_USERNAME,
  startNode,
  tlsFingerprintOf,
} from '../../index.ts';
import { createLoggers, events } from '../../log.ts';
import { CliExit } from '../output.ts';
import { migrateBeforeStart } from './migrate.ts';
import { serveSetupWhilePending } from './setup.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run the node (HTTPS API, web console and control socket) until SIGTERM or SIGINT')
    .requiredOption('--data <dir>', "the node's data directory")
    .action(async (flags: { data: string }) => {
      // Data of an older release is migrated first (a crash of an earlier migration is finished);
      // data of a newer release is refused, before anything is opened.
      await migrateBeforeStart(resolve(flags.data));
      // A node installed by the package first serves only its setup (node/setup.ts), then goes on here.
      if (!(await serveSetupWhilePending(resolve(flags.data)))) return;
      const config = await loadConfig(resolve(flags.data));
      const loggers = createLoggers({ level: config.logLevel });
      const node = await startNode(config, { loggers });

      console.error(`cen-node "${config.name}" is running. Node id ${node.nodeId}`);
      console.error(`  console and API: ${node.apiUrl}/  (API under ${node.apiUrl}/api/v1)`);
      const fingerprint = await tlsFingerprintOf(config);
      if (fingerprint) console.error(`  TLS certificate SHA-256 fingerprint: ${fingerprint}`);
      else console.error('  plain HTTP on loopback (no TLS): for development only');
      if (await adminNeverSignedIn(node.services)) {
        console.error(
          `  sign in as "${ADMIN_USERNAME}" with the password cen-node init showed (or the one in --admin-password-file).`,
        );
      }
      if (await adminNeedsTotp(node.services)) {
        console.error(
          `  "${ADMIN_USERNAME}" enrols a second factor (TOTP app) at the first sign-in: the console shows a QR code.`,
        );
      }

      const failed = await new Promise<boolean>((done) => {
        let failed = false;
        const shutdown = (reason: string) => {
          void node.close(reason).finally(() => {
            for (const signal of ['SIGTERM', 'SIGINT'] as const) process.off(signal, onSignal);
            process.off('uncaughtException', onFatal);
            process.off('unhandledRejection', onFatal);
            done(failed);
          });
        };
        const onSignal = (signal: NodeJS.Signals) => shutdown(signal);
        // Last resort: a bug or a library fault must not leave the store half-closed.
        const onFatal = (err: unknown) => {
          failed = true;
          events.uncaughtError(loggers.node, err);
          shutdown('uncaught error');
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
        process.on('uncaughtException', onFatal);
        process.on('unhandledRejection', onFatal);
      });
      if (failed) throw new CliExit(1);
    });
}
