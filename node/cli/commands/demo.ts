/**
 * `cen-node demo`: a local federation of three national nodes (KE, TZ, BE) with synthetic cases
 * and signed agreements (KE–TZ, BE–KE), and a WCO node, running until Ctrl-C or SIGTERM; see
 * `node/demo/`.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEMO_DEFAULTS, runDemo } from '../../demo/index.ts';
import { parseIntegerOption } from '../output.ts';

interface DemoFlags {
  dir: string;
  cases: number;
  basePort: number;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'run a local demo federation: Kenya, Tanzania and Belgium with synthetic cases and signed agreements, and a WCO node, until Ctrl-C',
    )
    .requiredOption(
      '--dir <dir>',
      'directory for the four nodes (created and seeded on the first run, reused after)',
    )
    .option(
      '--cases <n>',
      'synthetic cases per national node, on the first run',
      parseIntegerOption(0, 1_000_000),
      DEMO_DEFAULTS.cases,
    )
    .option(
      '--base-port <port>',
      'API port of the first node; the others follow, p2p ports are 1000 higher (first run only)',
      parseIntegerOption(1024, 64_000),
      DEMO_DEFAULTS.basePort,
    )
    .action(async (flags: DemoFlags) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        await runDemo(
          { dir: resolve(flags.dir), cases: flags.cases, basePort: flags.basePort },
          { signal: controller.signal },
        );
      } catch (err) {
        // Stopped while starting up: that is what was asked for, not a failure.
        if (!controller.signal.aborted) throw err;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}
