/**
 * Restores a backup into a data directory. Everything is written into a new directory beside the
 * target first; only when the archive has authenticated to its last chunk, its content hash and
 * counts match, and the restored node verifies, does that directory take the target's place (an
 * existing target is moved aside, never deleted). A wrong key, a changed byte or a cut-off
 * archive therefore leave the target as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Level } from 'level';
import { probeControlSocket } from '../control/client.ts';
import { dataPaths } from '../config.ts';
import { loadIdentity } from '../identity.ts';
import { migrateInPlace } from '../migrations/index.ts';
import { STORE_DIRECTORY } from '../store/index.ts';
import {
  BackupAuthenticationError,
  BackupFormatError,
  RestoreTargetError,
  RestoreVerificationError,
} from './errors.ts';
import {
  ByteReader,
  chunkKeysOf,
  CONTENT_OFFSET,
  decodeHeader,
  ENTRY,
  openChunks,
  type BackupCounts,
  type BackupHeader,
  type BackupTrailer,
  type FileMeta,
} from './format.ts';
import type { BackupKey } from './key.ts';
import { contentHashOf, isSafeRelativePath, namespaceOfRawKey, PHOTO_REF_RAW_PREFIX } from './layout.ts';

/** What the restored node's own checks found (see verify.ts). */
export interface RestoredNodeReport {
  problems: string[];
  records: { cases: number; persons: number; businesses: number };
  revisionsChecked: number;
  auditEntries: number;
  evidenceEntries: number;
}

export interface RestoreOptions {
  archive: string;
  /** The data directory to restore into: absent, empty, or (with `force`) moved aside first. */
  dataDir: string;
  key: BackupKey;
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * Opens the restored data directory (not yet in place) as a node, which rebuilds the derived
   * indexes, and verifies it; the composition root provides it (see verify.ts).
   */
  verify: (dataDir: string, header: BackupHeader) => Promise<RestoredNodeReport>;
  clock?: () => Date;
}

export interface RestoreResult {
  dataDir: string;
  header: BackupHeader;
  counts: BackupCounts;
  /** Where the directory that was there before went (with `force`). */
  movedAside?: string;
  node: RestoredNodeReport;
  /** The data format of the backup; older than this release's, it was migrated (node/migrations). */
  dataFormat: number;
}

const stamp = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

async function targetState(dataDir: string): Promise<'absent' | 'empty' | 'full'> {
  try {
    return (await readdir(dataDir)).length === 0 ? 'empty' : 'full';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'absent';
    if (code === 'ENOTDIR') throw new RestoreTargetError(`${dataDir} is a file, not a directory`);
    throw err;
  }
}

const KV_BATCH = 1000;

/** Reads, authenticates and writes the archive's content into `into`; returns the trailer. */
async function unpack(
  archive: string,
  header: BackupHeader,
  key: BackupKey,
  into: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ trailer: BackupTrailer; named: Set<string>; present: Set<string> }> {
  const handle = await open(archive, 'r');
  const db = new Level<string, string>(join(into, STORE_DIRECTORY), {
    keyEncoding: 'utf8',
    valueEncoding: 'utf8',
  });
  await db.open();
  try {
    const { size } = await handle.stat();
    const read = async (length: number, position: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    const plain = openChunks(read, size, chunkKeysOf(key, header), (position) =>
      onProgress?.(position, size),
    );
    // The chunks' authentication error is what the operator must see, not gunzip's complaint.
    let sourceError: unknown;
    const tracked = (async function* () {
      try {
        yield* plain;
      } catch (err) {
        sourceError = err;
        throw err;
      }
    })();
    const gunzip = createGunzip();
    pipeline(Readable.from(tracked), gunzip).catch(() => undefined);
    const guarded = (async function* () {
      try {
        for await (const piece of gunzip) yield piece as Buffer;
      } catch (err) {
        throw sourceError ?? err;
      }
    })();
    const hash = createHash('sha256');
    const reader = new ByteReader(guarded, (bytes) => hash.update(bytes));
    const counts = { entries: 0, files: 0, namespaces: {} as Record<string, number> };
    const named = new Set<string>();
    const present = new Set<string>();
    for (;;) {
      const before = hash.copy();
      let type: number;
      try {
        type = (await reader.exactly(1))[0]!;
      } catch (err) {
        if (err instanceof BackupFormatError)
          throw new BackupFormatError('the backup content ends before its last entry');
        throw err;
      }
      if (type === ENTRY.kv) {
        const block = (await reader.json()) as [string, string][];
        if (!Array.isArray(block)) throw new BackupFormatError('a store entry of the backup is malformed');
        for (let i = 0; i < block.length; i += KV_BATCH) {
          const ops = block.slice(i, i + KV_BATCH).map(([k, v]) => {
            if (typeof k !== 'string' || typeof v !== 'string') {
              throw new BackupFormatError('a store entry of the backup is malformed');
            }
            counts.entries++;
            const ns = namespaceOfRawKey(k);
            counts.namespaces[ns] = (counts.namespaces[ns] ?? 0) + 1;
            if (k.startsWith(PHOTO_REF_RAW_PREFIX)) {
              named.add(k.slice(PHOTO_REF_RAW_PREFIX.length, PHOTO_REF_RAW_PREFIX.length + 64));
            }
            return { type: 'put' as const, key: k, value: v };
          });
          await db.batch(ops, { sync: true });
        }
      } else if (type === ENTRY.file) {
        const meta = (await reader.json()) as FileMeta;
        if (
          typeof meta?.path !== 'string' ||
          !isSafeRelativePath(meta.path) ||
          !Number.isSafeInteger(meta.size) ||
          meta.size < 0
        ) {
          throw new BackupFormatError(`a file entry of the backup is malformed (${String(meta?.path)})`);
        }
        const target = join(into, ...meta.path.split('/'));
        await mkdir(dirname(target), { recursive: true, mode: 0o700 });
        const file = await open(target, 'wx', (meta.mode & 0o700) | 0o600);
        const fileHash = createHash('sha256');
        try {
          let left = meta.size;
          while (left > 0) {
            const piece = await reader.some(left);
            if (!piece) throw new BackupFormatError('the backup content ends in the middle of a file');
            fileHash.update(piece);
            await file.write(piece);
            left -= piece.length;
          }
          await file.sync();
        } finally {
          await file.close();
        }
        const digest = fileHash.digest();
        if (!digest.equals(await reader.exactly(32))) {
          throw new BackupFormatError(`${meta.path} does not match its sha256 in the backup`);
        }
        const content = contentHashOf(meta.path);
        if (content && !content.thumb && content.hash !== digest.toString('hex')) {
          throw new BackupFormatError(`${meta.path} does not match the sha256 its name gives`);
        }
        if (content?.dir === 'photos' && !content.thumb) present.add(content.hash);
        counts.files++;
      } else if (type === ENTRY.end) {
        const trailer = (await reader.json()) as BackupTrailer;
        if (trailer.contentSha256 !== before.digest('hex')) {
          throw new BackupAuthenticationError('the backup content does not match its recorded sha256');
        }
        if (!(await reader.atEnd())) throw new BackupFormatError('the backup has content after its end');
        if (trailer.counts.entries !== counts.entries || trailer.counts.files !== counts.files) {
          throw new BackupFormatError('the backup holds other counts than it records');
        }
        if (
          header.contentSha256 !== undefined &&
          (header.contentSha256 !== trailer.contentSha256 ||
            header.counts?.entries !== trailer.counts.entries)
        ) {
          throw new BackupAuthenticationError(
            "the backup's header was changed: it does not match its sealed content",
          );
        }
        return { trailer, named, present };
      } else {
        throw new BackupFormatError(`the backup holds an entry of unknown type ${type}`);
      }
    }
    // Not reached: the loop returns at the end entry or throws.
  } finally {
    await db.close();
    await handle.close();
  }
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const clock = options.clock ?? (() => new Date());
  const dataDir = resolve(options.dataDir);
  const archive = resolve(options.archive);
  const handle = await open(archive, 'r').catch((err: unknown) => {
    throw new BackupFormatError(`${archive} cannot be opened (${(err as NodeJS.ErrnoException).code})`);
  });
  let header: BackupHeader;
  try {
    const buffer = Buffer.alloc(CONTENT_OFFSET);
    const { bytesRead } = await handle.read(buffer, 0, CONTENT_OFFSET, 0);
    header = decodeHeader(buffer.subarray(0, bytesRead), archive);
  } finally {
    await handle.close();
  }
  if (header.keyId !== options.key.id) {
    throw new BackupAuthenticationError(
      `wrong key: this backup was made with key ${header.keyId}, the key file holds key ${options.key.id}`,
    );
  }
  const state = await targetState(dataDir);
  if (state === 'full') {
    if ((await probeControlSocket(dataPaths(dataDir).controlSocket)) === 'running') {
      throw new RestoreTargetError(
        `a node is running in ${dataDir}: stop it before restoring into its directory`,
      );
    }
    if (!options.force) {
      throw new RestoreTargetError(
        `${dataDir} is not empty: restore into an empty or new directory, or add --force to move it aside first`,
      );
    }
  }

  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${randomBytes(6).toString('hex')}`);
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(staging, { mode: 0o700 });
  let unpacked: Awaited<ReturnType<typeof unpack>>;
  let dataFormat: number;
  try {
    unpacked = await unpack(archive, header, options.key, staging, options.onProgress);
    const identity = await loadIdentity(staging);
    if (identity.nodeId !== header.nodeId) {
      throw new BackupFormatError(
        `the backup's identity is node ${identity.nodeId}, its header names ${header.nodeId}`,
      );
    }
    // A backup of an older release holds data of its format: brought to this release's before
    // the checks (the staging directory is ours alone, so in place). A newer one is refused.
    dataFormat = await migrateInPlace(staging);
  } catch (err) {
    // Our own half-written directory: nothing of the operator's is in it.
    await rm(staging, { recursive: true, force: true });
    throw err;
  }

  const problems: string[] = [];
  for (const hash of unpacked.named) {
    if (!unpacked.present.has(hash))
      problems.push(`photo ${hash} is named by a case but its file is not in the backup`);
  }
  let node: RestoredNodeReport;
  try {
    node = await options.verify(staging, header);
  } catch (err) {
    node = {
      problems: [`the restored node does not open: ${(err as Error).message}`],
      records: { cases: 0, persons: 0, businesses: 0 },
      revisionsChecked: 0,
      auditEntries: 0,
      evidenceEntries: 0,
    };
  }
  problems.push(...node.problems);
  const at = stamp(clock());
  if (problems.length > 0) {
    const aside = `${dataDir}.unverified-${at}`;
    await rename(staging, aside);
    throw new RestoreVerificationError(
      `the restored data did not verify (${problems.length} problem(s)); it was left in ${aside}, ${dataDir} is unchanged: ${problems.slice(0, 5).join('; ')}`,
      problems,
    );
  }

  let movedAside: string | undefined;
  const now = await targetState(dataDir);
  if (now === 'full') {
    movedAside = `${dataDir}.before-restore-${at}`;
    await rename(dataDir, movedAside);
  } else if (now === 'empty') {
    await rmdir(dataDir);
  }
  await rename(staging, dataDir);
  const parent = await open(dirname(dataDir), 'r');
  await parent.sync().finally(() => parent.close());
  await stat(dataDir);
  return {
    dataDir,
    header,
    counts: unpacked.trailer.counts,
    ...(movedAside ? { movedAside } : {}),
    node,
    dataFormat,
  };
}
