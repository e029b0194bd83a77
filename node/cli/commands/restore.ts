/**
 * `cen-node restore`: restores a backup into an empty (or, with --force, moved-aside) data
 * directory of a stopped node, rebuilds the derived indexes and verifies every record, chain and
 * photo file before the directory is put in place (node/backup).
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readBackupKeyFile, restoreBackup, verifyRestoredNode } from '../../backup/index.ts';
import { loadConfig } from '../../config.ts';
import { openServices } from '../../index.ts';
import { createLoggers } from '../../log.ts';
import { progressBar } from '../output.ts';

const operator = () => `cli:${userInfo().username}`;

export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('restore a backup into an empty data directory (or --force: move the existing one aside)')
    .requiredOption('--data <dir>', 'the data directory to restore into (the node must be stopped)')
    .requiredOption('--in <file>', 'the backup archive')
    .requiredOption('--key-file <file>', 'the key the backup was made with')
    .option('--force', 'move a non-empty data directory aside (to <dir>.before-restore-<time>) first')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { data: string; in: string; keyFile: string; force?: boolean; json?: boolean }) => {
      const key = await readBackupKeyFile(resolve(flags.keyFile));
      const bar = progressBar('Restore');
      let result;
      try {
        result = await restoreBackup({
          archive: resolve(flags.in),
          dataDir: resolve(flags.data),
          key,
          force: flags.force === true,
          onProgress: (done, total) => bar.update(done, total),
          verify: async (dir, header) => {
            bar.stop();
            const config = await loadConfig(dir);
            const offline = await openServices(config, {
              loggers: createLoggers({ level: 'warn', destination: 'stderr' }),
            });
            try {
              return await verifyRestoredNode(offline.services, header, operator());
            } finally {
              await offline.close();
            }
          },
        });
      } finally {
        bar.stop();
      }
      if (flags.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      const { counts, node } = result;
      console.log(
        `Restored node ${result.header.nodeId} (backup of ${result.header.createdAt}) into ${result.dataDir}:`,
      );
      console.log(
        `  ${counts.entries} store entries, ${counts.files} files (${counts.photoFiles} photo files)`,
      );
      console.log(
        `  verified: ${node.records.cases} cases, ${node.records.persons} persons, ${node.records.businesses} businesses; ${node.revisionsChecked} revisions, ${node.auditEntries} audit and ${node.evidenceEntries} evidence entries`,
      );
      if (result.movedAside) console.log(`  the previous directory was moved to ${result.movedAside}`);
    });
}
