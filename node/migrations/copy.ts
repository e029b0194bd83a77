/**
 * Copying a data directory next to itself for a migration. Files of the content-addressed folders
 * (photos and the like: written once under their sha256, never changed in place) are hard-linked,
 * which costs no space; everything else, LevelDB's files included, is copied, because a migration
 * changes them. Ownership and modes are kept, so a copy made by root still belongs to the service
 * user.
 */
import { constants } from 'node:fs';
import {
  chown,
  lchown,
  copyFile,
  chmod,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readlink,
  symlink,
} from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_ADDRESSED_DIRECTORIES } from '../backup/layout.ts';
import { OPERATION_PHOTOS_DIRECTORY } from '../operations/photos.ts';

/** Top-level folders whose files are immutable once written (named by their content). */
export const LINKABLE_DIRECTORIES: readonly string[] = [
  ...CONTENT_ADDRESSED_DIRECTORIES,
  OPERATION_PHOTOS_DIRECTORY,
];

/** The node's socket, and temporary or bookkeeping names (dot names) a crash may leave at the top. */
const skippedTopLevel = (name: string) => name === 'control.sock' || name.startsWith('.');

export interface CopyPlan {
  /** Bytes that must be copied (the hard-linked files aside). */
  copyBytes: number;
  linkBytes: number;
  files: number;
}

interface Entry {
  rel: string;
  kind: 'dir' | 'file' | 'symlink';
  size: number;
  linkable: boolean;
}

async function* walk(root: string, rel = ''): AsyncGenerator<Entry> {
  for (const name of (await readdir(join(root, rel))).sort()) {
    if (rel === '' && skippedTopLevel(name)) continue;
    const path = rel === '' ? name : `${rel}/${name}`;
    const info = await lstat(join(root, path));
    const top = path.split('/')[0]!;
    const linkable = LINKABLE_DIRECTORIES.includes(top) && !path.split('/').some((s) => s.startsWith('.'));
    if (info.isDirectory()) {
      yield { rel: path, kind: 'dir', size: 0, linkable: false };
      yield* walk(root, path);
    } else if (info.isFile()) yield { rel: path, kind: 'file', size: info.size, linkable };
    else if (info.isSymbolicLink()) yield { rel: path, kind: 'symlink', size: 0, linkable: false };
    // Sockets, FIFOs, devices: nothing of the node's data.
  }
}

export async function planCopy(source: string): Promise<CopyPlan> {
  const plan: CopyPlan = { copyBytes: 0, linkBytes: 0, files: 0 };
  for await (const entry of walk(source)) {
    if (entry.kind !== 'file') continue;
    plan.files++;
    if (entry.linkable) plan.linkBytes += entry.size;
    else plan.copyBytes += entry.size;
  }
  return plan;
}

async function keepOwnerAndMode(source: string, target: string, symbolic = false): Promise<void> {
  const info = await lstat(source);
  if (!symbolic) await chmod(target, info.mode & 0o7777);
  // Only root can give a file away; a service user copying its own files needs nothing.
  if (process.getuid?.() === 0) {
    await (symbolic ? lchown : chown)(target, info.uid, info.gid);
  }
}

/** Copies `source` into the new directory `target` (which must not exist). */
export async function copyDataDirectory(
  source: string,
  target: string,
  onFile?: (done: number) => void,
): Promise<void> {
  await mkdir(target, { mode: 0o700 });
  await keepOwnerAndMode(source, target);
  let done = 0;
  for await (const entry of walk(source)) {
    const from = join(source, entry.rel);
    const to = join(target, entry.rel);
    if (entry.kind === 'dir') {
      await mkdir(to, { mode: 0o700 });
      await keepOwnerAndMode(from, to);
      continue;
    }
    if (entry.kind === 'symlink') {
      await symlink(await readlink(from), to);
      await keepOwnerAndMode(from, to, true);
      continue;
    }
    let linked = false;
    if (entry.linkable) {
      try {
        await link(from, to);
        linked = true;
      } catch (err) {
        // Another file system or no hard links there: a copy does the same job.
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw err;
      }
    }
    if (!linked) {
      await copyFile(from, to, constants.COPYFILE_EXCL);
      await keepOwnerAndMode(from, to);
    }
    onFile?.(++done);
  }
}

/** fsyncs every file and folder under `root` (and `root`), so the copy is on disk before the swap. */
export async function syncTree(root: string): Promise<void> {
  const sync = async (path: string) => {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) await sync(path);
    }
    await sync(dir);
  };
  await visit(root);
}
