/**
 * The folders a command names, as the command line sees them and as the running node sees them.
 * A node run by systemd has a private /tmp and /var/tmp and no home directories: a file the node
 * wrote to "/tmp/cases.xlsx" at the operator's request would land in the service's own /tmp,
 * which the operator never sees (and which vanishes when the service stops). So the command line
 * sends the identity (device and inode) of each folder its arguments name, and the node refuses
 * the command when it sees another folder, or none, at that path.
 *
 * @example
 *   const folders = await folderIdentities({ out: '/tmp/cases.xlsx' }, ['out']);   // CLI side
 *   await assertSameFolders(folders);                                      // node side: throws
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { FolderNotSharedError } from '../errors.ts';

export interface FolderIdentity {
  path: string;
  dev: number;
  ino: number;
}

/**
 * The folders the arguments `keys` of `args` name (a named folder itself, or a file's folder)
 * with their identity here. The keys are the command's path arguments (`pathArgumentsOf`).
 */
export async function folderIdentities(args: unknown, keys: readonly string[]): Promise<FolderIdentity[]> {
  if (typeof args !== 'object' || args === null) return [];
  const folders: FolderIdentity[] = [];
  for (const key of keys) {
    const value = (args as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !isAbsolute(value)) continue;
    const named = await stat(value).catch(() => undefined);
    const folder = named?.isDirectory() ? value : dirname(value);
    const info = named?.isDirectory() ? named : await stat(folder).catch(() => undefined);
    // A folder that does not exist here fails the command the usual way, wherever it runs.
    if (info) folders.push({ path: folder, dev: info.dev, ino: info.ino });
  }
  return folders;
}

/** Throws FolderNotSharedError unless this process sees each folder as the command line did. */
export async function assertSameFolders(folders: unknown): Promise<void> {
  if (!Array.isArray(folders)) return;
  for (const folder of folders as FolderIdentity[]) {
    if (typeof folder?.path !== 'string') continue;
    const info = await stat(folder.path).catch(() => undefined);
    if (!info || info.dev !== folder.dev || info.ino !== folder.ino)
      throw new FolderNotSharedError(folder.path);
  }
}
