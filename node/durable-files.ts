/**
 * Files that survive a crash or a power cut whole: written to a temporary name beside the target,
 * fsynced, renamed over it, and the folder fsynced so that the rename itself is durable. A crash
 * leaves the old file or the new one, never half of either. Used for config.json, the TLS
 * material and the data format marker.
 *
 * @example
 *   await writeFileAtomically('/var/lib/cen-node/data/config.json', json, 0o600);
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Replaces `path` with `content` (created with `mode`, so a key is never readable by others). */
export async function writeFileAtomically(path: string, content: string, mode: number): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const file = await open(temp, 'wx', mode);
    try {
      await file.chmod(mode); // the umask may have taken bits the file should have
      await file.writeFile(content, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDirectory(dirname(path));
}

/** Makes renames and new entries in a folder durable: without it a power cut can undo them. */
export async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
