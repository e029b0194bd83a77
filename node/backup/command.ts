/**
 * `backup` as a node command (node/control/commands.ts): run by the node itself when it is
 * running, or by the CLI on a stopped node's directory. Reads the key, names the archive when
 * given a folder, writes it, records `backup` in the audit log and rotates the folder.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AuditLog } from '../audit/index.ts';
import { backupFileName, rotateBackups, writeBackup, type BackupSource } from './backup.ts';
import type { BackupCounts } from './format.ts';
import { readBackupKeyFile } from './key.ts';

export class BackupUnavailableError extends Error {
  override name = 'BackupUnavailableError';
  constructor() {
    super('this node cannot take backups (its store is not a LevelDB store)');
  }
}

export interface BackupCommandArgs {
  /** An absolute file path, or an existing folder to write a timestamped file into. */
  out: string;
  keyFile: string;
  /** Keep the newest `keep` backups of the folder, remove older ones (named by `backupFileName`). */
  keep?: number | undefined;
  by: string;
}

export interface BackupCommandResult {
  file: string;
  bytes: number;
  nodeId: string;
  createdAt: string;
  keyId: string;
  counts: BackupCounts;
  contentSha256: string;
  /** Older backups rotation removed (names in the same folder). */
  removed: string[];
}

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

export async function runBackupCommand(
  services: { backup?: BackupSource | undefined; audit: AuditLog },
  args: BackupCommandArgs,
  progress: (done: number, total: number) => void,
  clock: () => Date = () => new Date(),
): Promise<BackupCommandResult> {
  const source = services.backup;
  if (!source) throw new BackupUnavailableError();
  const key = await readBackupKeyFile(args.keyFile);
  const out = (await isDirectory(args.out)) ? join(args.out, backupFileName(clock())) : args.out;
  let summary;
  try {
    summary = await writeBackup(source, { out, key, onProgress: progress, clock });
  } catch (err) {
    await services.audit.append({
      action: 'backup',
      actor: args.by,
      outcome: 'failed',
      details: { file: basename(out), error: (err as Error).name },
    });
    throw err;
  }
  const { header } = summary;
  await services.audit.append({
    action: 'backup',
    actor: args.by,
    outcome: 'ok',
    details: {
      file: basename(out),
      bytes: summary.bytes,
      entries: header.counts.entries,
      files: header.counts.files,
      keyId: header.keyId,
    },
  });
  const removed = args.keep === undefined ? [] : await rotateBackups(dirname(out), args.keep);
  return {
    file: summary.file,
    bytes: summary.bytes,
    nodeId: header.nodeId,
    createdAt: header.createdAt,
    keyId: header.keyId,
    counts: header.counts,
    contentSha256: header.contentSha256,
    removed,
  };
}
