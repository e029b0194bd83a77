/**
 * `cen-node backup`: a consistent, compressed and sealed backup of a node, running or not
 * (node/backup); `backup key` makes the key; `backup info` reads an archive's header without it.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createBackupKeyFile, readBackupHeader } from '../../backup/index.ts';
import { parseIntegerOption } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

export function registerBackupCommand(program: Command): void {
  const backup = program
    .command('backup')
    .description('back up the node (online and consistent), compressed and encrypted with a key file')
    .option('--data <dir>', "the node's data directory")
    .option('--out <file>', 'the archive to write (a new file), or a folder to write a timestamped one into')
    .option('--key-file <file>', 'the backup key (made by `cen-node backup key`)')
    .option('--keep <n>', 'keep only the newest N backups of the folder', parseIntegerOption(1, 10_000))
    .option('--json', 'print the result as JSON')
    .action(
      async (flags: { data?: string; out?: string; keyFile?: string; keep?: number; json?: boolean }) => {
        if (!flags.data || !flags.out || !flags.keyFile) {
          backup.error('backup needs --data <dir>, --out <file|folder> and --key-file <file>');
        }
        const { result, via } = await runNodeCommand(
          resolve(flags.data!),
          'backup',
          {
            out: resolve(flags.out!),
            keyFile: resolve(flags.keyFile!),
            ...(flags.keep === undefined ? {} : { keep: flags.keep }),
            by: operator(),
          },
          { progressLabel: 'Backup' },
        );
        if (flags.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        const { counts } = result;
        console.log(
          `Backed up node ${result.nodeId} (${viaText(via)}) into ${result.file} (${result.bytes} bytes):`,
        );
        console.log(
          `  ${counts.entries} store entries (${counts.records.cases} cases, ${counts.records.persons} persons, ${counts.records.businesses} businesses), ${counts.files} files (${counts.photoFiles} photo files)`,
        );
        if (counts.missingPhotoFiles > 0) {
          console.log(
            `  warning: ${counts.missingPhotoFiles} photo file(s) named by cases were missing on the node`,
          );
        }
        console.log(`  key ${result.keyId}, content sha256 ${result.contentSha256}`);
        for (const name of result.removed) console.log(`  removed the older backup ${name}`);
      },
    );

  backup
    .command('key')
    .description('make a new backup key file (32 random bytes, mode 0600); keep it apart from the backups')
    .option('--out <file>', 'the key file to create (never overwritten)')
    .action(async (flags: { out?: string }) => {
      // Commander gives `--out` after `key` to `backup`, which has an option of that name too.
      const out = flags.out ?? backup.opts<{ out?: string }>().out;
      if (!out) backup.error('backup key needs --out <file>');
      const key = await createBackupKeyFile(resolve(out!));
      console.log(`Wrote the backup key ${key.id} to ${resolve(out!)}.`);
      console.log(
        'Keep a copy apart from the backups: without this key no backup made with it can be restored.',
      );
    });

  backup
    .command('info')
    .description("print a backup's header (node, date, counts, key id); needs no key and proves nothing")
    .argument('<file>', 'the archive')
    .action(async (file: string) => {
      console.log(JSON.stringify(await readBackupHeader(resolve(file)), null, 2));
    });
}
