/**
 * Photo files, content-addressed under the data directory: a photo whose SHA-256 is `ab12…` is
 * `<dir>/ab/ab12…`, its thumbnail `<dir>/ab/ab12…-thumb`. A file is written to a temporary name,
 * fsynced, renamed into place and its directory fsynced, so after a crash a name either holds the
 * whole file or does not exist. The same bytes always get the same name: storing a photo twice
 * stores it once.
 *
 * @example
 *   const files = await PhotoFiles.open(join(dataDir, 'photos'));
 *   const hash = await files.write(bytes); // sha256 hex
 *   const file = await files.openFile(hash, 'thumb'); // { stream, bytes, head } or undefined
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export type PhotoSize = 'full' | 'thumb';

const SHA256 = /^[0-9a-f]{64}$/;
const TEMP_DIR = '.tmp';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class InvalidPhotoHashError extends Error {
  override name = 'InvalidPhotoHashError';
  readonly status = 400;
  readonly expose = true;
  constructor() {
    super('a photo is named by its SHA-256 hash: 64 lowercase hexadecimal characters');
  }
}

/** Checks a hash from outside (a URL) before it becomes part of a path. */
export function parsePhotoHash(value: unknown): string {
  if (typeof value !== 'string' || !SHA256.test(value)) throw new InvalidPhotoHashError();
  return value;
}

async function fsyncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export class PhotoFiles {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Creates the directory if needed and clears temporary files a crash left behind. */
  static async open(dir: string): Promise<PhotoFiles> {
    await mkdir(join(dir, TEMP_DIR), { recursive: true, mode: 0o700 });
    for (const name of await readdir(join(dir, TEMP_DIR)))
      await rm(join(dir, TEMP_DIR, name), { force: true });
    return new PhotoFiles(dir);
  }

  pathOf(hash: string, size: PhotoSize = 'full'): string {
    const name = parsePhotoHash(hash);
    return join(this.dir, name.slice(0, 2), size === 'thumb' ? `${name}-thumb` : name);
  }

  /**
   * Stores `bytes` under the photo `hash` (the original's SHA-256, computed here for the original)
   * and returns it. An existing file of that name already holds these bytes and is kept.
   */
  async write(bytes: Uint8Array, size: PhotoSize = 'full', hash: string = sha256Hex(bytes)): Promise<string> {
    const target = this.pathOf(hash, size);
    if (await exists(target)) return hash;
    const directory = join(this.dir, hash.slice(0, 2));
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const temp = join(this.dir, TEMP_DIR, `${hash}-${randomBytes(6).toString('hex')}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    await fsyncDirectory(directory);
    return hash;
  }

  /** The file's size in bytes, or undefined when there is no such file. */
  async sizeOf(hash: string, size: PhotoSize = 'full'): Promise<number | undefined> {
    try {
      return (await stat(this.pathOf(hash, size))).size;
    } catch {
      return undefined;
    }
  }

  /**
   * Opens a stored file, or answers undefined when there is none. Once open, the file can be read
   * to the end even if it is removed meanwhile. The caller reads or destroys the stream, which
   * closes the file.
   */
  async openFile(
    hash: string,
    size: PhotoSize = 'full',
  ): Promise<{ stream: ReadStream; bytes: number; head: Buffer } | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(hash, size), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      const { size: bytes } = await handle.stat();
      const head = Buffer.alloc(16);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return { stream: handle.createReadStream({ start: 0 }), bytes, head: head.subarray(0, bytesRead) };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** Removes a photo and its thumbnail; true when there was something to remove. */
  async remove(hash: string): Promise<boolean> {
    let removed = false;
    for (const size of ['full', 'thumb'] as const) {
      try {
        await unlink(this.pathOf(hash, size));
        removed = true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    if (removed) await fsyncDirectory(join(this.dir, hash.slice(0, 2)));
    return removed;
  }
}
