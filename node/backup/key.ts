/**
 * The backup key: 32 random bytes kept by the administration, written as 64 hexadecimal
 * characters so that it can also be printed and locked away. Backups name the key they were made
 * with by a short key id (an HMAC of a constant, so the id reveals nothing of the key), which lets
 * a restore with the wrong key say so before decrypting anything.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { BackupKeyError } from './errors.ts';

export const BACKUP_KEY_BYTES = 32;

export interface BackupKey {
  bytes: Buffer;
  /** 16 hex characters that identify the key without revealing it. */
  id: string;
}

export function backupKeyOf(bytes: Buffer): BackupKey {
  if (bytes.length !== BACKUP_KEY_BYTES)
    throw new BackupKeyError(`a backup key is ${BACKUP_KEY_BYTES} bytes`);
  return {
    bytes,
    id: createHmac('sha256', bytes).update('cen-node backup key id').digest('hex').slice(0, 16),
  };
}

/** Writes a new key file (mode 0600); refuses to replace an existing file. */
export async function createBackupKeyFile(path: string): Promise<BackupKey> {
  const key = backupKeyOf(randomBytes(BACKUP_KEY_BYTES));
  try {
    await writeFile(path, `${key.bytes.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BackupKeyError(
        `${path} exists already: a key file is never overwritten (it may be the only copy)`,
      );
    }
    throw err;
  }
  return key;
}

export async function readBackupKeyFile(path: string): Promise<BackupKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BackupKeyError(
      code === 'ENOENT'
        ? `the key file ${path} does not exist`
        : `the key file ${path} cannot be read (${code})`,
    );
  }
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new BackupKeyError(
      `${path} is not a backup key (64 hexadecimal characters, made by \`cen-node backup key\`)`,
    );
  }
  return backupKeyOf(Buffer.from(hex, 'hex'));
}
