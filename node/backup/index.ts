/**
 * Backup and restore of a node: one archive holding a consistent LevelDB snapshot of every
 * namespace (records, revisions, accounts, audit and evidence logs, agreements, peers, …), the
 * photo files that snapshot names, the identity, TLS material and configuration; compressed
 * and sealed (AES-256-GCM, chunk by chunk) with a 32-byte key the administration keeps. The
 * derived indexes are not in it: a restored node rebuilds them. See format.ts for the layout and
 * docs/operator-guide.md for key custody.
 *
 * @example
 *   const key = await createBackupKeyFile('/root/cen-backup.key');
 *   await writeBackup(source, { out: '/backup/cen.cenbak', key });
 *   await restoreBackup({ archive: '/backup/cen.cenbak', dataDir: '/var/lib/cen-node', key, verify });
 */
export {
  backupFileName,
  BACKUP_FILE_SUFFIX,
  readBackupHeader,
  rotateBackups,
  writeBackup,
  type BackupOptions,
  type BackupSource,
  type BackupSummary,
} from './backup.ts';
export {
  BackupUnavailableError,
  runBackupCommand,
  type BackupCommandArgs,
  type BackupCommandResult,
} from './command.ts';
export {
  BackupAuthenticationError,
  BackupFormatError,
  BackupKeyError,
  RestoreTargetError,
  RestoreVerificationError,
} from './errors.ts';
export type { BackupCounts, BackupHeader } from './format.ts';
export { BACKUP_KEY_BYTES, createBackupKeyFile, readBackupKeyFile, type BackupKey } from './key.ts';
export {
  restoreBackup,
  type RestoredNodeReport,
  type RestoreOptions,
  type RestoreResult,
} from './restore.ts';
export { verifyRestoredNode } from './verify.ts';
