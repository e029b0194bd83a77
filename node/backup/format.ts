/**
 * The backup archive format, version 1. One file:
 *
 *   "CENBACK1"                         8 bytes, the magic
 *   header                             HEADER_BYTES of JSON padded with spaces (`BackupHeader`)
 *   chunk*                             u32 BE n, n bytes of AES-256-GCM ciphertext, 16-byte tag
 *
 * The chunks carry the gzip-compressed content, cut into CHUNK_BYTES pieces and sealed one by
 * one (the STREAM construction): each with the key derived for this archive (HKDF over the
 * administration's key and the header's random salt), a nonce made of the chunk's number and a
 * flag set on the last chunk only, and the header's sealed fields as associated data. So a
 * restore notices a changed byte at the chunk that holds it, a cut-off file by the missing last
 * chunk, and reordered chunks by their numbers, and memory stays one chunk whatever the size.
 *
 * The content is a sequence of entries:
 *
 *   0x01 u32 n, JSON [[key, value], …]     LevelDB entries as stored (every namespace)
 *   0x02 u32 n, JSON FileMeta, size bytes, 32-byte sha256 of them      a file of the data directory
 *   0x03 u32 n, JSON BackupTrailer          the end: counts and the sha256 of every byte before it
 *
 * The header is written twice: sealed fields first, then, once the content is written, again with
 * the counts and the content hash, so that `cen-node backup info` can show them without the key;
 * a restore trusts them only when they equal the trailer, which is inside the sealed content.
 */
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import { BackupAuthenticationError, BackupFormatError } from './errors.ts';
import type { BackupKey } from './key.ts';

export const MAGIC = Buffer.from('CENBACK1', 'ascii');
export const FORMAT_VERSION = 1;
/** Room for the header's JSON; counts per namespace stay well under it. */
export const HEADER_BYTES = 16 * 1024;
export const CONTENT_OFFSET = MAGIC.length + HEADER_BYTES;
/** Plaintext bytes per sealed chunk. */
export const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
/** A JSON entry larger than this is not one this program wrote. */
export const MAX_ENTRY_JSON_BYTES = 64 * 1024 * 1024;

export const ENTRY = { kv: 0x01, file: 0x02, end: 0x03 } as const;

/** What the header's sealed part holds: fixed before the content is written, authenticated with it. */
export interface SealedHeader {
  format: 'cen-node-backup';
  version: number;
  nodeId: string;
  nodeName: string;
  role: string;
  createdAt: string;
  keyId: string;
  /** base64 of 32 random bytes: makes this archive's key unique. */
  salt: string;
  cipher: 'aes-256-gcm';
  compression: 'gzip';
  chunkBytes: number;
}

export interface BackupCounts {
  /** LevelDB entries, all namespaces together. */
  entries: number;
  /** Entries per namespace (`cases`, `audit`, `agreements`, …). */
  namespaces: Record<string, number>;
  /** Live and deleted records of each type (the record namespaces' entries). */
  records: { cases: number; persons: number; businesses: number };
  files: number;
  /** Photo files (originals and thumbnails) the snapshot names. */
  photoFiles: number;
  /** Files the snapshot names that were missing on the node when it was backed up. */
  missingPhotoFiles: number;
  fileBytes: number;
}

export interface BackupTrailer {
  counts: BackupCounts;
  /** sha256 (hex) of the content before the trailer entry. */
  contentSha256: string;
  contentBytes: number;
}

export type BackupHeader = SealedHeader & Partial<BackupTrailer>;

export interface FileMeta {
  /** Relative to the data directory, `/`-separated. */
  path: string;
  mode: number;
  size: number;
}

export function sealedPart(header: BackupHeader): SealedHeader {
  const { format, version, nodeId, nodeName, role, createdAt, keyId, salt, cipher, compression, chunkBytes } =
    header;
  return { format, version, nodeId, nodeName, role, createdAt, keyId, salt, cipher, compression, chunkBytes };
}

export function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length > HEADER_BYTES) throw new RangeError('the backup header does not fit its space');
  return Buffer.concat([MAGIC, json, Buffer.alloc(HEADER_BYTES - json.length, 0x20)]);
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Parses the first CONTENT_OFFSET bytes of a file. */
export function decodeHeader(bytes: Buffer, file: string): BackupHeader {
  if (bytes.length < CONTENT_OFFSET || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BackupFormatError(`${file} is not a cen-node backup`);
  }
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, CONTENT_OFFSET).toString('utf8'));
  } catch {
    throw new BackupFormatError(`${file}: the backup header is not readable`);
  }
  const h = header as Partial<BackupHeader> | null;
  if (h?.format !== 'cen-node-backup') throw new BackupFormatError(`${file} is not a cen-node backup`);
  if (h.version !== FORMAT_VERSION) {
    throw new BackupFormatError(
      `${file} is a version ${String(h.version)} backup; this cen-node reads version ${FORMAT_VERSION}`,
    );
  }
  if (
    ![h.nodeId, h.nodeName, h.role, h.createdAt, h.keyId, h.salt].every(isString) ||
    h.cipher !== 'aes-256-gcm' ||
    h.compression !== 'gzip' ||
    h.chunkBytes !== CHUNK_BYTES
  ) {
    throw new BackupFormatError(`${file}: the backup header is incomplete`);
  }
  return h as BackupHeader;
}

/** The key and associated data the chunks of one archive are sealed with. */
export interface ChunkKeys {
  key: Buffer;
  aad: Buffer;
}

export function chunkKeysOf(key: BackupKey, header: SealedHeader): ChunkKeys {
  const salt = Buffer.from(header.salt, 'base64');
  return {
    key: Buffer.from(hkdfSync('sha256', key.bytes, salt, 'cen-node backup v1 chunks', 32)),
    aad: Buffer.from(canonicalJson(sealedPart(header)), 'utf8'),
  };
}

function nonceOf(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(counter), 0);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Cuts what it is given into sealed chunks; the last one (possibly empty) is flagged as last. */
export class ChunkSealer extends Transform {
  readonly #keys: ChunkKeys;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #counter = 0;

  constructor(keys: ChunkKeys) {
    super();
    this.#keys = keys;
  }

  #seal(plain: Buffer, last: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.#keys.key, nonceOf(this.#counter++, last));
    cipher.setAAD(this.#keys.aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(plain.length);
    return Buffer.concat([length, body, cipher.getAuthTag()]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    // Strictly more than a chunk: the last chunk must be known as last when it is sealed.
    if (this.#pendingBytes > CHUNK_BYTES) {
      let all = Buffer.concat(this.#pending);
      while (all.length > CHUNK_BYTES) {
        this.push(this.#seal(all.subarray(0, CHUNK_BYTES), false));
        all = all.subarray(CHUNK_BYTES);
      }
      this.#pending = [all];
      this.#pendingBytes = all.length;
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.push(this.#seal(Buffer.concat(this.#pending), true));
    callback();
  }
}

const AUTH_FAILED =
  'the backup does not authenticate: it was changed or cut short after it was written, or it was made with another key';

/**
 * Opens the sealed chunks from `read` (positioned reads of the archive, `size` bytes long) and
 * yields their plaintext; throws `BackupAuthenticationError` at the first chunk that does not
 * open, before yielding anything of it.
 */
export async function* openChunks(
  read: (length: number, position: number) => Promise<Buffer>,
  size: number,
  keys: ChunkKeys,
  onRead?: (position: number) => void,
): AsyncGenerator<Buffer> {
  let position = CONTENT_OFFSET;
  let counter = 0;
  if (position >= size) throw new BackupAuthenticationError(`${AUTH_FAILED} (no content)`);
  while (position < size) {
    const lengthBytes = await read(4, position);
    if (lengthBytes.length < 4) throw new BackupAuthenticationError(`${AUTH_FAILED} (cut short)`);
    const length = lengthBytes.readUInt32BE(0);
    if (length > CHUNK_BYTES) throw new BackupAuthenticationError(AUTH_FAILED);
    const sealed = await read(length + TAG_BYTES, position + 4);
    if (sealed.length < length + TAG_BYTES) throw new BackupAuthenticationError(`${AUTH_FAILED} (cut short)`);
    position += 4 + length + TAG_BYTES;
    const decipher = createDecipheriv('aes-256-gcm', keys.key, nonceOf(counter++, position >= size));
    decipher.setAAD(keys.aad);
    decipher.setAuthTag(sealed.subarray(length));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
    } catch {
      throw new BackupAuthenticationError(AUTH_FAILED);
    }
    onRead?.(position);
    yield plain;
  }
}

/** An entry's type byte and length-prefixed JSON. */
export function jsonEntry(type: number, value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const head = Buffer.alloc(5);
  head[0] = type;
  head.writeUInt32BE(json.length, 1);
  return Buffer.concat([head, json]);
}

/**
 * Reads exact byte counts from a stream of buffers, hashing every byte it hands out (the restore
 * compares that hash with the trailer's).
 */
export class ByteReader {
  readonly #source: AsyncIterator<Buffer>;
  #buffer: Buffer = Buffer.alloc(0);
  #offset = 0;
  readonly #onBytes: (bytes: Buffer) => void;

  constructor(source: AsyncIterable<Buffer>, onBytes: (bytes: Buffer) => void) {
    this.#source = source[Symbol.asyncIterator]();
    this.#onBytes = onBytes;
  }

  async #fill(): Promise<boolean> {
    if (this.#offset < this.#buffer.length) return true;
    const next = await this.#source.next();
    if (next.done) return false;
    this.#buffer = next.value;
    this.#offset = 0;
    return true;
  }

  /** Up to `max` bytes (at least one), or undefined at the end. */
  async some(max: number): Promise<Buffer | undefined> {
    while (this.#offset >= this.#buffer.length) if (!(await this.#fill())) return undefined;
    const piece = this.#buffer.subarray(this.#offset, Math.min(this.#buffer.length, this.#offset + max));
    this.#offset += piece.length;
    this.#onBytes(piece);
    return piece;
  }

  async exactly(length: number): Promise<Buffer> {
    const pieces: Buffer[] = [];
    let got = 0;
    while (got < length) {
      const piece = await this.some(length - got);
      if (!piece) throw new BackupFormatError('the backup content ends in the middle of an entry');
      pieces.push(piece);
      got += piece.length;
    }
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  }

  async json(): Promise<unknown> {
    const length = (await this.exactly(4)).readUInt32BE(0);
    if (length > MAX_ENTRY_JSON_BYTES) throw new BackupFormatError('a backup entry is too large');
    return JSON.parse((await this.exactly(length)).toString('utf8'));
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    return !(await this.#fill());
  }
}
