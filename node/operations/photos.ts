/**
 * The photos attached to operations' messages: content-addressed files under
 * `<data>/operation-photos` (node/photos' `PhotoFiles`), each with its WebP thumbnail, and in the
 * KvStore (`operation-photos`, key `<operation id> \0 <hash>`) which operation holds which file
 * and whether a message of its thread names it yet.
 *
 * Invariants:
 * - **Checked before kept.** A file uploaded here went through the photo pipeline (metadata and
 *   GPS stripped, re-encoded); a file received from another node is kept only when its bytes hash
 *   to its name, sniff as JPEG, PNG or WebP and decode as that format within the photo library's
 *   byte and pixel limits. Its thumbnail is made here, never taken from the sender.
 * - **Served while named.** A file is read through an operation only once a message of that
 *   operation's thread names it (`namedOps`, written in the entry's own batch).
 * - **Purged with the operation.** `purge` drops the operation's references and removes every
 *   file no other operation references.
 *
 * @example
 *   const photos = await OperationPhotos.open({ dir: join(dataDir, OPERATION_PHOTOS_DIRECTORY), kv });
 *   const photo = await photos.upload(operationId, bytes);      // the photo pipeline, then stored
 *   await photos.accept(operationId, hash, size, receivedBytes); // checked, then stored
 *   const file = await photos.read(operationId, hash, 'thumb');  // once a message names it
 */
import type { OperationPhoto, OperationPhotoUploadResponse } from '../../protocol/api.ts';
import { NotFoundError } from '../errors.ts';
import {
  MAX_CONCURRENT_PROCESSING,
  Limiter,
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  parsePhotoHash,
  PhotoFiles,
  processPhoto,
  sha256Hex,
  sniffImage,
  thumbnailOfDelivered,
  type PhotoMediaType,
  type PhotoSize,
} from '../photos/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { prefixEnd, prefixOf } from './keys.ts';

/** The photo files' directory inside the node's data directory. */
export const OPERATION_PHOTOS_DIRECTORY = 'operation-photos';
/** Which operation holds which photo file, and whether its thread names it. */
export const OPERATION_PHOTOS_NS = 'operation-photos';

const SEP = '\x00';
const photoKey = (operationId: string, hash: string) => `${operationId}${SEP}${hash}`;

interface PhotoRef {
  size: number;
  /** A message of the operation's thread names it: it may be served. */
  named?: true;
}

/** Why a photo is refused; `code` is the Refusal code on the wire. */
export class OperationPhotoRefusedError extends Error {
  override name = 'OperationPhotoRefusedError';
  readonly code: 'bad-photo' | 'too-large';
  constructor(code: OperationPhotoRefusedError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface OperationPhotosOptions {
  dir: string;
  kv: KvStore;
  /** Default the photo library's (20 MB, 50 megapixels). */
  maxBytes?: number;
  maxPixels?: number;
}

export class OperationPhotos {
  readonly files: PhotoFiles;
  readonly maxBytes: number;
  readonly #kv: KvStore;
  readonly #maxPixels: number;
  readonly #processing = new Limiter(MAX_CONCURRENT_PROCESSING);

  private constructor(options: OperationPhotosOptions, files: PhotoFiles) {
    this.files = files;
    this.#kv = options.kv;
    this.maxBytes = options.maxBytes ?? MAX_PHOTO_BYTES;
    this.#maxPixels = options.maxPixels ?? MAX_PHOTO_PIXELS;
  }

  static async open(options: OperationPhotosOptions): Promise<OperationPhotos> {
    return new OperationPhotos(options, await PhotoFiles.open(options.dir));
  }

  /**
   * An officer's upload: through the photo pipeline (type by its bytes, limits, metadata and GPS
   * left behind, thumbnail), stored for the operation. Throws the photo library's errors (400,
   * 413, 415) for a file it refuses.
   */
  async upload(operationId: string, bytes: Buffer): Promise<OperationPhotoUploadResponse> {
    const photo = await this.#processing.run(() =>
      processPhoto(bytes, {
        keepGps: false,
        limits: { maxBytes: this.maxBytes, maxPixels: this.#maxPixels },
      }),
    );
    const hash = await this.files.write(photo.bytes, 'full');
    await this.files.write(photo.thumbnail, 'thumb', hash);
    await this.#reference(operationId, hash, photo.bytes.length);
    return { hash, size: photo.bytes.length, mime: photo.mime, width: photo.width, height: photo.height };
  }

  /** The photo's size when the operation holds its file here. */
  async held(operationId: string, hash: string): Promise<number | undefined> {
    const ref = (await this.#kv.get(OPERATION_PHOTOS_NS, photoKey(operationId, hash))) as
      PhotoRef | undefined;
    if (!ref) return undefined;
    return (await this.files.sizeOf(hash, 'full')) === ref.size ? ref.size : undefined;
  }

  /** Whether the operation holds every one of `photos` here, each of its size. */
  async holdsAll(operationId: string, photos: readonly OperationPhoto[]): Promise<boolean> {
    for (const photo of photos) if ((await this.held(operationId, photo.hash)) !== photo.size) return false;
    return true;
  }

  /**
   * An offer from another node: true when the operation holds the file here already, false when
   * it must be sent. A file this node holds only for another operation is sent all the same:
   * knowing a photo's hash must not be enough to bring it into an operation. Refuses a size past
   * the limit.
   */
  async offer(operationId: string, hash: string, size: number): Promise<boolean> {
    const name = parsePhotoHash(hash);
    this.#checkSize(size);
    if ((await this.held(operationId, name)) !== size) return false;
    // Kept only when the thumbnail made here is beside it (a file is written before its thumbnail).
    return (await this.files.sizeOf(name, 'thumb')) !== undefined;
  }

  /** A file received from another node: checked (hash, type, decode, size), then stored. */
  async accept(operationId: string, hash: string, size: number, bytes: Uint8Array): Promise<void> {
    const name = parsePhotoHash(hash);
    this.#checkSize(size);
    if (bytes.length !== size)
      throw new OperationPhotoRefusedError('bad-photo', `${bytes.length} bytes, not ${size}`);
    if (sha256Hex(bytes) !== name)
      throw new OperationPhotoRefusedError('bad-photo', 'the bytes do not hash to the photo named');
    const mime = sniffImage(bytes);
    if (!mime) throw new OperationPhotoRefusedError('bad-photo', 'the file is not a JPEG, PNG or WebP image');
    const thumbnail = await this.#processing.run(() => this.#thumbnail(Buffer.from(bytes), mime));
    await this.files.write(bytes, 'full', name);
    await this.files.write(thumbnail, 'thumb', name);
    await this.#reference(operationId, name, size);
  }

  #checkSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 1 || size > this.maxBytes)
      throw new OperationPhotoRefusedError(
        'too-large',
        `a photo is 1 byte to ${this.maxBytes} bytes, not ${size}`,
      );
  }

  async #thumbnail(bytes: Buffer, mime: PhotoMediaType): Promise<Buffer> {
    try {
      return await thumbnailOfDelivered(bytes, mime, this.#maxPixels);
    } catch (err) {
      throw new OperationPhotoRefusedError(
        'bad-photo',
        `the ${mime} file could not be read within the limits: ${(err as Error).message}`,
      );
    }
  }

  async #reference(operationId: string, hash: string, size: number): Promise<void> {
    const key = photoKey(operationId, hash);
    const ref = (await this.#kv.get(OPERATION_PHOTOS_NS, key)) as PhotoRef | undefined;
    if (ref?.size === size) return;
    await this.#kv.batch([{ type: 'put', ns: OPERATION_PHOTOS_NS, key, value: { size } satisfies PhotoRef }]);
  }

  /** The writes that mark `photos` named by a message of the operation (for the entry's batch). */
  namedOps(operationId: string, photos: readonly OperationPhoto[] | undefined): BatchOp[] {
    return (photos ?? []).map((p) => ({
      type: 'put',
      ns: OPERATION_PHOTOS_NS,
      key: photoKey(operationId, p.hash),
      value: { size: p.size, named: true } satisfies PhotoRef,
    }));
  }

  /** A photo (or its thumbnail) of the operation once a message names it; NotFoundError otherwise. */
  async read(operationId: string, hash: string, size: PhotoSize = 'full') {
    const name = parsePhotoHash(hash);
    const ref = (await this.#kv.get(OPERATION_PHOTOS_NS, photoKey(operationId, name))) as
      PhotoRef | undefined;
    if (!ref?.named) throw new NotFoundError('photo', name);
    const file = await this.files.openFile(name, size);
    if (!file) throw new NotFoundError('photo', name);
    return { ...file, mime: sniffImage(file.head) ?? 'application/octet-stream' };
  }

  /** The whole file, to send to another node. */
  async bytes(hash: string): Promise<Buffer | undefined> {
    const file = await this.files.openFile(parsePhotoHash(hash), 'full');
    if (!file) return undefined;
    const parts: Buffer[] = [];
    for await (const part of file.stream) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  /**
   * Drops the operation's references and removes the files no other operation references.
   * Looking for other references reads every reference: purges are rare (one per operation,
   * at the end of its retention). Returns the number of files removed.
   */
  async purge(operationId: string): Promise<number> {
    const prefix = prefixOf(operationId);
    const mine: string[] = [];
    for await (const [key] of this.#kv.iterate(OPERATION_PHOTOS_NS, { gte: prefix, lt: prefixEnd(prefix) }))
      mine.push(key);
    if (mine.length === 0) return 0;
    await this.#kv.batch(mine.map((key): BatchOp => ({ type: 'del', ns: OPERATION_PHOTOS_NS, key })));
    const hashes = new Set(mine.map((key) => key.slice(prefix.length)));
    for await (const [key] of this.#kv.iterate(OPERATION_PHOTOS_NS)) hashes.delete(key.split(SEP)[1] ?? '');
    let removed = 0;
    for (const hash of hashes) if (await this.files.remove(hash)) removed++;
    return removed;
  }
}
