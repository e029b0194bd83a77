/**
 * Writes a backup of a node: one LevelDB snapshot of every namespace, the files the data
 * directory holds (see layout.ts), gzip-compressed and sealed chunk by chunk (format.ts). The
 * content streams from the snapshot and the files to the archive, so memory does not grow with
 * the store. The archive is written under a temporary name and renamed when complete: a failed
 * backup leaves no file that looks like one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { STORE_DIRECTORY } from '../store/index.ts';
import { BackupFormatError } from './errors.ts';
import {
  ChunkSealer,
  chunkKeysOf,
  CHUNK_BYTES,
  CONTENT_OFFSET,
  decodeHeader,
  encodeHeader,
  ENTRY,
  FORMAT_VERSION,
  jsonEntry,
  type BackupCounts,
  type BackupHeader,
  type FileMeta,
  type SealedHeader,
} from './format.ts';
import type { BackupKey } from './key.ts';
import {
  CONTENT_ADDRESSED_DIRECTORIES,
  contentHashOf,
  excludedTopLevel,
  isTemporary,
  namespaceOfRawKey,
  PHOTO_REF_RAW_PREFIX,
  STAGING_PREFIX,
} from './layout.ts';

/** What a backup reads from a node; the composition root binds it to the node's store. */
export interface BackupSource {
  /** Absolute path of the data directory. */
  dataDir: string;
  nodeId: string;
  nodeName: string;
  role: string;
  /** Runs `fn` with no record-store write in progress or starting. */
  pauseWrites<T>(fn: () => Promise<T>): Promise<T>;
  /** Every LevelDB entry (raw key and value text) from one snapshot taken by the call itself. */
  snapshotEntries(): AsyncGenerator<[key: string, value: string]>;
}

export interface BackupOptions {
  /** The archive to write; refused if it exists. */
  out: string;
  key: BackupKey;
  onProgress?: (done: number, total: number) => void;
  clock?: () => Date;
}

export interface BackupSummary {
  file: string;
  /** Size of the archive. */
  bytes: number;
  header: Required<BackupHeader>;
}

/** LevelDB entries per JSON entry: small enough to stream, large enough to compress well. */
const KV_ENTRIES_PER_BLOCK = 1000;
const KV_BYTES_PER_BLOCK = 1024 * 1024;
const FILE_READ_BYTES = 256 * 1024;

export const BACKUP_FILE_SUFFIX = '.cenbak';
const BACKUP_FILE_NAME = /^cen-backup-\d{8}T\d{9}Z\.cenbak$/;

/** `cen-backup-20261129T043000123Z.cenbak`: names sort by time, which rotation relies on. */
export function backupFileName(at: Date): string {
  return `cen-backup-${at.toISOString().replace(/[-:.]/g, '')}${BACKUP_FILE_SUFFIX}`;
}

async function sizeOfTree(path: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += await sizeOfTree(full);
    else if (entry.isFile()) total += (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** Regular files under `dir`, relative to `root`, skipping temporary folders. */
async function filesUnder(
  root: string,
  dir: string,
  skip: (relativePath: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return found;
    throw err;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join('/');
    if (skip(rel)) continue;
    if (entry.isDirectory()) {
      if (!isTemporary(entry.name)) found.push(...(await filesUnder(root, full, skip)));
    } else if (entry.isFile()) {
      found.push(rel);
    }
  }
  return found;
}

/**
 * Hard links of every file of the content-addressed folders, made while writes are paused: a
 * file removed from the node afterwards stays readable here until the backup is written.
 */
async function linkContentFiles(dataDir: string, staging: string): Promise<string[]> {
  const linked: string[] = [];
  for (const folder of CONTENT_ADDRESSED_DIRECTORIES) {
    for (const rel of await filesUnder(dataDir, join(dataDir, folder), () => false)) {
      const target = join(staging, ...rel.split('/'));
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await link(join(dataDir, ...rel.split('/')), target);
      linked.push(rel);
    }
  }
  return linked;
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
    written += bytesWritten;
  }
}

function emptyCounts(): BackupCounts {
  return {
    entries: 0,
    namespaces: {},
    records: { cases: 0, persons: 0, businesses: 0 },
    files: 0,
    photoFiles: 0,
    missingPhotoFiles: 0,
    fileBytes: 0,
  };
}

export async function writeBackup(source: BackupSource, options: BackupOptions): Promise<BackupSummary> {
  const clock = options.clock ?? (() => new Date());
  const out = resolve(options.out);
  if (
    await lstat(out).then(
      () => true,
      () => false,
    )
  ) {
    throw new BackupFormatError(`${out} exists already: a backup never overwrites a file`);
  }
  const sealed: SealedHeader = {
    format: 'cen-node-backup',
    version: FORMAT_VERSION,
    nodeId: source.nodeId,
    nodeName: source.nodeName,
    role: source.role,
    createdAt: clock().toISOString(),
    keyId: options.key.id,
    salt: randomBytes(32).toString('base64'),
    cipher: 'aes-256-gcm',
    compression: 'gzip',
    chunkBytes: CHUNK_BYTES,
  };
  const keys = chunkKeysOf(options.key, sealed);
  const staging = join(source.dataDir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  const partial = `${out}.partial-${randomBytes(6).toString('hex')}`;
  const counts = emptyCounts();
  let contentBytes = 0;
  let contentSha256 = '';
  try {
    await mkdir(staging, { mode: 0o700 });
    // The snapshot and the links, together, while no record write can change what they see.
    const { entries, linked } = await source.pauseWrites(async () => {
      const snapshot = source.snapshotEntries();
      try {
        return { entries: snapshot, linked: await linkContentFiles(source.dataDir, staging) };
      } catch (err) {
        await snapshot.return(undefined);
        throw err;
      }
    });
    const inStaging = new Set(linked);
    const others = await filesUnder(source.dataDir, source.dataDir, (rel) => {
      const top = rel.split('/')[0]!;
      if (!rel.includes('/') && excludedTopLevel(top)) return true;
      const full = join(source.dataDir, ...rel.split('/'));
      return full === out || full.startsWith(`${out}.partial-`);
    });
    // Progress counts bytes: LevelDB's files approximate its entries' text (it compresses a little).
    let total = (await sizeOfTree(join(source.dataDir, STORE_DIRECTORY))) + (await sizeOfTree(staging));
    for (const rel of others)
      total += (await stat(join(source.dataDir, ...rel.split('/'))).catch(() => ({ size: 0 }))).size;
    let done = 0;
    const progress = (bytes: number) => {
      done += bytes;
      options.onProgress?.(done, Math.max(total, done));
    };

    const hash = createHash('sha256');
    const named = new Set<string>();
    async function* content(): AsyncGenerator<Buffer> {
      const emit = (bytes: Buffer) => {
        hash.update(bytes);
        contentBytes += bytes.length;
        return bytes;
      };
      let block: [string, string][] = [];
      let blockBytes = 0;
      for await (const [key, value] of entries) {
        block.push([key, value]);
        blockBytes += key.length + value.length;
        counts.entries++;
        const ns = namespaceOfRawKey(key);
        counts.namespaces[ns] = (counts.namespaces[ns] ?? 0) + 1;
        if (key.startsWith(PHOTO_REF_RAW_PREFIX)) {
          named.add(key.slice(PHOTO_REF_RAW_PREFIX.length, PHOTO_REF_RAW_PREFIX.length + 64));
        }
        if (block.length >= KV_ENTRIES_PER_BLOCK || blockBytes >= KV_BYTES_PER_BLOCK) {
          yield emit(jsonEntry(ENTRY.kv, block));
          progress(blockBytes);
          block = [];
          blockBytes = 0;
        }
      }
      if (block.length > 0) {
        yield emit(jsonEntry(ENTRY.kv, block));
        progress(blockBytes);
      }
      counts.records = {
        cases: counts.namespaces.cases ?? 0,
        persons: counts.namespaces.persons ?? 0,
        businesses: counts.namespaces.businesses ?? 0,
      };
      // Photo files: those the snapshot names (a file no case names yet is an upload in progress).
      const files: { rel: string; from: string }[] = [];
      for (const rel of linked) {
        const content = contentHashOf(rel);
        if (content?.dir === 'photos' && !named.has(content.hash)) continue;
        files.push({ rel, from: join(staging, ...rel.split('/')) });
      }
      for (const hashName of named) {
        const rel = `photos/${hashName.slice(0, 2)}/${hashName}`;
        if (!inStaging.has(rel)) counts.missingPhotoFiles++;
      }
      for (const rel of others) files.push({ rel, from: join(source.dataDir, ...rel.split('/')) });
      for (const file of files) {
        const handle = await open(file.from, 'r');
        try {
          const info = await handle.stat();
          const meta: FileMeta = { path: file.rel, mode: info.mode & 0o777, size: info.size };
          yield emit(jsonEntry(ENTRY.file, meta));
          const fileHash = createHash('sha256');
          let left = info.size;
          while (left > 0) {
            const buffer = Buffer.alloc(Math.min(FILE_READ_BYTES, left));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, info.size - left);
            if (bytesRead === 0) throw new Error(`${file.rel} shrank while it was backed up`);
            const piece = buffer.subarray(0, bytesRead);
            fileHash.update(piece);
            left -= bytesRead;
            yield emit(piece);
            progress(bytesRead);
          }
          yield emit(fileHash.digest());
          counts.files++;
          counts.fileBytes += info.size;
          if (contentHashOf(file.rel)?.dir === 'photos') counts.photoFiles++;
        } finally {
          await handle.close();
        }
      }
      contentSha256 = hash.digest('hex');
      yield jsonEntry(ENTRY.end, { counts, contentSha256, contentBytes });
    }

    const handle = await open(partial, 'wx', 0o600);
    try {
      await writeAll(handle, encodeHeader(sealed), 0);
      // Positioned writes to the handle, which stays open for the final header.
      let position = CONTENT_OFFSET;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          writeAll(handle, chunk, position).then(() => {
            position += chunk.length;
            callback();
          }, callback);
        },
      });
      await pipeline(Readable.from(content()), createGzip({ level: 6 }), new ChunkSealer(keys), sink);
      const header: Required<BackupHeader> = { ...sealed, counts, contentSha256, contentBytes };
      await writeAll(handle, encodeHeader(header), 0);
      await handle.sync();
      const { size } = await handle.stat();
      await handle.close();
      await rename(partial, out);
      const directory = await open(dirname(out), 'r');
      await directory.sync().finally(() => directory.close());
      options.onProgress?.(Math.max(total, done), Math.max(total, done));
      return { file: out, bytes: size, header };
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Reads the header of a backup file (no key needed): node, date, counts. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const handle = await open(file, 'r').catch((err: unknown) => {
    throw new BackupFormatError(`${file} cannot be opened (${(err as NodeJS.ErrnoException).code})`);
  });
  try {
    const buffer = Buffer.alloc(CONTENT_OFFSET);
    const { bytesRead } = await handle.read(buffer, 0, CONTENT_OFFSET, 0);
    return decodeHeader(buffer.subarray(0, bytesRead), file);
  } finally {
    await handle.close();
  }
}

/**
 * Keeps the `keep` newest backups named by `backupFileName` in `dir` and removes the others;
 * files of any other name are never touched. Returns the names removed.
 */
export async function rotateBackups(dir: string, keep: number): Promise<string[]> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep at least one backup');
  const names = (await readdir(dir)).filter((name) => BACKUP_FILE_NAME.test(name)).sort();
  const removed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of removed) await rm(join(dir, name), { force: true });
  return removed;
}
