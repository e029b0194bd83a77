/**
 * The `cen-node` command line (commander). Every command that touches a node's data works
 * whether or not the node is running: see `node/control/`.
 *
 * @example
 *   const exitCode = await runCli(['node', 'cen-node', 'id', '--data', '/var/lib/cen-node']);
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAgreementCommand } from './commands/agreement.ts';
import { registerAuditCommand } from './commands/audit.ts';
import { registerBackupCommand } from './commands/backup.ts';
import { registerCheckCommand } from './commands/check.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerEvidenceCommand } from './commands/evidence.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerGlobalCommand } from './commands/global.ts';
import { registerIdCommand } from './commands/id.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerPeerCommand } from './commands/peer.ts';
import { registerReindexCommand } from './commands/reindex.ts';
import { registerRestoreCommand } from './commands/restore.ts';
import { registerSeedCommand } from './commands/seed.ts';
import { registerSetupCommand } from './commands/setup.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUserCommand } from './commands/user.ts';
import { CliExit, printError } from './output.ts';

/** The environment variable that gives `--data` its default (the package's wrapper sets it). */
export const DATA_DIR_VARIABLE = 'CEN_DATA';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export function createProgram(): Command {
  const program = new Command('cen-node')
    .description('A node of the open, federated Customs Enforcement Network (CEN / nCEN / CENcomm)')
    .version(packageVersion(), '-V, --version', 'print the release of this node')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerInitCommand,
    registerStartCommand,
    registerSetupCommand,
    registerIdCommand,
    registerSeedCommand,
    registerImportCommand,
    registerExportCommand,
    registerReindexCommand,
    registerCheckCommand,
    registerBackupCommand,
    registerRestoreCommand,
    registerMigrateCommand,
    registerUserCommand,
    registerAuditCommand,
    registerEvidenceCommand,
    registerDemoCommand,
    registerAgreementCommand,
    registerPeerCommand,
    registerGlobalCommand,
  ]) {
    register(program);
  }
  // exitOverride is per command: make the subcommands throw too instead of exiting. And an
  // installed node's data directory comes from CEN_DATA (set by /usr/bin/cen-node) when --data is
  // not given, so operators need not repeat it.
  const everywhere = (command: Command) => {
    command.exitOverride();
    for (const option of command.options.filter((o) => o.long === '--data')) {
      // Commander listens for an option's variable only when it is declared with the option.
      option.env(DATA_DIR_VARIABLE);
      command.on(`optionEnv:${option.name()}`, (value: string) =>
        command.setOptionValueWithSource(option.attributeName(), value, 'env'),
      );
    }
    command.commands.forEach(everywhere);
  };
  everywhere(program);
  return program;
}

/** Parses and runs one command line; resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CliExit) return err.exitCode;
    // Commander has printed usage errors and help already.
    if (err instanceof CommanderError) return err.exitCode;
    printError(err);
    return 1;
  }
}
