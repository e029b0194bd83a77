/**
 * The files of the photos members contribute, on the WCO node: content-addressed under
 * `<data>/global-photos` (node/photos' `PhotoFiles`: temp file, fsync, rename), each with a
 * WebP thumbnail made here, and in the KvStore (`global-photo-refs`, key
 * `<hash> \0 <member> \0 <case id>`) which contributed cases each file was delivered for.
 *
 * Invariants:
 * - **Referenced or refused.** A file is accepted only for a case of the delivering member that
 *   the global store holds and whose anonymised projection keeps that photo (so only photos
 *   marked for the WCO ever arrive), only when its bytes hash to that name, sniff as JPEG, PNG or
 *   WebP, decode as that format within the photo library's size and pixel limits.
 * - **Served while referenced.** A file is read only while some global case still keeps it; a
 *   correction that drops the photo, a withdrawal or a purge makes it unreadable at once, and
 *   `sweep()` (on a timer, and after purges) removes the references and, with the last one, the
 *   files.
 *
 * @example
 *   const photos = await GlobalPhotos.open({ dir: join(dataDir, GLOBAL_PHOTOS_DIRECTORY), kv, global });
 *   await photos.accept(member, caseId, hash, bytes); // 'stored' | 'held'
 *   const { bytes, mime } = await photos.read(hash, 'thumb');
 *   await photos.sweep(); // { references: 2, files: 1 } removed
 */
import type { PhotoMeta } from '../../protocol/records.ts';
import { NotFoundError } from '../errors.ts';
import type { Logger } from '../log.ts';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  parsePhotoHash,
  PhotoFiles,
  sha256Hex,
  sniffImage,
  thumbnailOfDelivered,
  type PhotoMediaType,
  type PhotoSize,
} from '../photos/index.ts';
import type { KvStore } from '../store/kv.ts';
import type { GlobalStore } from './store.ts';

/** The photo files' directory inside the WCO node's data directory. */
export const GLOBAL_PHOTOS_DIRECTORY = 'global-photos';
/** Which contributed cases each photo file was delivered for. */
export const GLOBAL_PHOTO_REFS_NS = 'global-photo-refs';

const SEP = '\x00';
const refKey = (hash: string, member: string, caseId: string) => `${hash}${SEP}${member}${SEP}${caseId}`;

/** Why a delivered photo is refused (the Refusal code on the wire). */
export class GlobalPhotoRefusedError extends Error {
  override name = 'GlobalPhotoRefusedError';
  readonly code: 'not-referenced' | 'bad-photo' | 'too-large';
  constructor(code: GlobalPhotoRefusedError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface GlobalPhotosOptions {
  dir: string;
  kv: KvStore;
  global: Pick<GlobalStore, 'get'>;
  log?: Logger;
  clock?: () => Date;
  /** Default the photo library's (20 MB, 50 megapixels). */
  maxBytes?: number;
  maxPixels?: number;
}

/** Runs tasks for the same photo one after another. */
class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.#tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

export class GlobalPhotos {
  readonly files: PhotoFiles;
  readonly #options: GlobalPhotosOptions;
  readonly #locks = new KeyedLock();

  private constructor(options: GlobalPhotosOptions, files: PhotoFiles) {
    this.#options = options;
    this.files = files;
  }

  static async open(options: GlobalPhotosOptions): Promise<GlobalPhotos> {
    return new GlobalPhotos(options, await PhotoFiles.open(options.dir));
  }

  /** The photo's metadata when `member`'s contributed case `caseId` keeps it now. */
  async kept(member: string, caseId: string, hash: string): Promise<PhotoMeta | undefined> {
    const entry = await this.#options.global.get(member, caseId);
    const photos: unknown = entry?.record.photos;
    if (!Array.isArray(photos)) return undefined;
    return (photos as PhotoMeta[]).find((p) => p.hash === hash);
  }

  /**
   * Whether a delivery of `hash` for `member`'s case is needed: 'held' when the file is here
   * already (the reference is recorded now), 'send' otherwise. Throws GlobalPhotoRefusedError
   * `not-referenced` when the case does not keep that photo.
   */
  async offer(member: string, caseId: string, hash: string, size: number): Promise<'send' | 'held'> {
    const name = parsePhotoHash(hash);
    if (!(await this.kept(member, caseId, name))) {
      throw new GlobalPhotoRefusedError(
        'not-referenced',
        `no contributed case ${caseId} keeps photo ${name}`,
      );
    }
    const max = this.#options.maxBytes ?? MAX_PHOTO_BYTES;
    if (!Number.isSafeInteger(size) || size < 1 || size > max) {
      throw new GlobalPhotoRefusedError('too-large', `a photo is 1 byte to ${max} bytes, not ${size}`);
    }
    return this.#locks.run(name, async () => {
      if ((await this.files.sizeOf(name, 'full')) === undefined) return 'send';
      await this.#reference(name, member, caseId);
      return 'held';
    });
  }

  /**
   * Checks and stores a delivered photo for `member`'s case `caseId`: referenced, its sha256,
   * type and size; its thumbnail made here. 'held' when the file was here already.
   */
  async accept(member: string, caseId: string, hash: string, bytes: Uint8Array): Promise<'stored' | 'held'> {
    const name = parsePhotoHash(hash);
    const meta = await this.kept(member, caseId, name);
    if (!meta) {
      throw new GlobalPhotoRefusedError(
        'not-referenced',
        `no contributed case ${caseId} keeps photo ${name}`,
      );
    }
    const max = this.#options.maxBytes ?? MAX_PHOTO_BYTES;
    if (bytes.length > max) throw new GlobalPhotoRefusedError('too-large', `the photo is over ${max} bytes`);
    if (sha256Hex(bytes) !== name) {
      throw new GlobalPhotoRefusedError('bad-photo', 'the bytes do not hash to the photo named');
    }
    const mime = sniffImage(bytes);
    if (!mime) throw new GlobalPhotoRefusedError('bad-photo', 'the file is not a JPEG, PNG or WebP image');
    const thumbnail = await this.#thumbnail(Buffer.from(bytes), mime);
    return this.#locks.run(name, async () => {
      const had = (await this.files.sizeOf(name, 'full')) !== undefined;
      if (!had) {
        await this.files.write(bytes, 'full', name);
        await this.files.write(thumbnail, 'thumb', name);
      }
      await this.#reference(name, member, caseId);
      return had ? 'held' : 'stored';
    });
  }

  async #thumbnail(bytes: Buffer, mime: PhotoMediaType): Promise<Buffer> {
    try {
      return await thumbnailOfDelivered(bytes, mime, this.#options.maxPixels ?? MAX_PHOTO_PIXELS);
    } catch (err) {
      throw new GlobalPhotoRefusedError(
        'bad-photo',
        `the ${mime} file could not be read within the limits: ${(err as Error).message}`,
      );
    }
  }

  async #reference(hash: string, member: string, caseId: string): Promise<void> {
    const at = (this.#options.clock ?? (() => new Date()))().toISOString();
    await this.#options.kv.batch([
      { type: 'put', ns: GLOBAL_PHOTO_REFS_NS, key: refKey(hash, member, caseId), value: { at } },
    ]);
  }

  /** The references of one photo, each with whether its case still keeps the photo. */
  async #references(hash: string): Promise<{ key: string; live: boolean }[]> {
    const out: { key: string; live: boolean }[] = [];
    const prefix = `${hash}${SEP}`;
    for await (const [key] of this.#options.kv.iterate(GLOBAL_PHOTO_REFS_NS, {
      gte: prefix,
      lt: `${prefix}\xff`,
    })) {
      const [, member, caseId] = key.split(SEP) as [string, string, string];
      out.push({ key, live: (await this.kept(member, caseId, hash)) !== undefined });
    }
    return out;
  }

  /** A photo or its thumbnail while a contributed case keeps it; NotFoundError otherwise. */
  async read(hash: string, size: PhotoSize = 'full'): Promise<{ bytes: Buffer; mime: string }> {
    const name = parsePhotoHash(hash);
    if (!(await this.#references(name)).some((r) => r.live)) throw new NotFoundError('photo', name);
    const file = await this.files.openFile(name, size);
    if (!file) throw new NotFoundError('photo', name);
    const parts: Buffer[] = [];
    for await (const part of file.stream) parts.push(part as Buffer);
    const bytes = Buffer.concat(parts);
    return { bytes, mime: sniffImage(bytes) ?? 'application/octet-stream' };
  }

  /**
   * Removes the references whose case no longer keeps the photo (withdrawn, corrected, purged)
   * and the files nothing references any more. Returns how many of each it removed.
   */
  async sweep(): Promise<{ references: number; files: number }> {
    let references = 0;
    let files = 0;
    const hashes = new Set<string>();
    for await (const [key] of this.#options.kv.iterate(GLOBAL_PHOTO_REFS_NS)) hashes.add(key.split(SEP)[0]!);
    for (const hash of hashes) {
      await this.#locks.run(hash, async () => {
        const refs = await this.#references(hash);
        const dead = refs.filter((r) => !r.live);
        if (dead.length > 0) {
          await this.#options.kv.batch(
            dead.map((r) => ({ type: 'del', ns: GLOBAL_PHOTO_REFS_NS, key: r.key })),
          );
          references += dead.length;
        }
        if (dead.length === refs.length && (await this.files.remove(hash))) files++;
      });
    }
    if (references + files > 0)
      this.#options.log?.info({ references, files }, 'global: photos no case keeps removed');
    return { references, files };
  }

  /** Whether the file of a photo is here (for checks and tests). */
  async has(hash: string): Promise<boolean> {
    return (await this.files.sizeOf(parsePhotoHash(hash), 'full')) !== undefined;
  }
}
