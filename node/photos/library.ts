/**
 * `PhotoLibrary`: the photos of cases. An upload is processed (process.ts), its files stored
 * content-addressed (files.ts), then added to the case through the record store, which writes a
 * new version, its revision and the photo index entries in one batch. Removing a photo from a
 * case removes its files once no stored case names it any more.
 *
 * The files and the case change for one photo run under a lock on its hash, so that a removal
 * cannot delete a file an upload to another case is about to reference. A crash between storing
 * the files and the case change leaves files no case names: harmless, and never served (a photo
 * is served only while a case names it).
 *
 * @example
 *   const photos = await PhotoLibrary.open({ store, dir: join(dataDir, 'photos') });
 *   const { photo } = await photos.upload(caseId, bytes, { caption: 'false floor', keepGps: true }, actor);
 *   const similar = await photos.similar(photo.hash, { caseId });
 */
import type { ReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { PhotoCaseSummary, PhotoHit, SimilarPhoto } from '../../protocol/api.ts';
import type { CaseId } from '../../protocol/ids.ts';
import type { Case, PhotoMeta } from '../../protocol/records.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { matchesQuery } from '../store/keys.ts';
import type { PhotoEntry } from '../store/photo-index.ts';
import type { Actor, CaseQuery, Page } from '../store/types.ts';
import {
  MAX_CONCURRENT_PROCESSING,
  PHOTO_SEARCH_MAX_SCAN,
  SIMILAR_MAX_DISTANCE,
  SIMILAR_MAX_RESULTS,
} from './constants.ts';
import { parsePhotoHash, PhotoFiles, sha256Hex, type PhotoSize } from './files.ts';
import { Limiter } from './limiter.ts';
import { hammingDistance, perceptualHash } from './phash.ts';
import { DEFAULT_PHOTO_LIMITS, processPhoto, type PhotoLimits } from './process.ts';
import { sniffImage } from './sniff.ts';

/** What the library needs of the record store (`RecordStore` has it all). */
export interface PhotoStore {
  getCase(id: CaseId): Promise<Case | undefined>;
  getCases(ids: readonly CaseId[]): Promise<(Case | undefined)[]>;
  addCasePhoto(id: CaseId, photo: PhotoMeta, actor: Actor): Promise<{ case: Case; added: boolean }>;
  removeCasePhoto(id: CaseId, hash: string, actor: Actor): Promise<Case>;
  casesWithPhoto(hash: string): Promise<CaseId[]>;
  photoEntries(after?: string): AsyncIterable<PhotoEntry & { position: string }>;
  photoHashes(): AsyncIterable<PhotoEntry & { phash: string }>;
}

export interface PhotoLibraryOptions {
  store: PhotoStore;
  /** Where the files live: `<data>/photos`. */
  dir: string;
  limits?: Partial<PhotoLimits>;
  clock?: () => Date;
}

export interface UploadOptions {
  caption?: string;
  shareWithWco?: boolean;
  /** Keep the photo's GPS position as a field of its metadata (the file never keeps it). */
  keepGps?: boolean;
}

export interface UploadResult {
  case: Case;
  photo: PhotoMeta;
  /** False when the case held this photo already (same file): nothing changed. */
  added: boolean;
}

export interface PhotoFile {
  stream: ReadStream;
  mime: string;
  bytes: number;
}

/** Case search filters (as `GET /cases` takes them) plus words of the caption. */
export interface PhotoQuery extends Omit<CaseQuery, 'cursor' | 'limit'> {
  caption?: string;
  cursor?: string;
  limit?: number;
}

export interface SimilarOptions {
  /** The case the photo is looked at from: the same file in other cases is listed (distance 0). */
  caseId?: string;
  maxDistance?: number;
  limit?: number;
}

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

/** Runs tasks for the same key one after another. */
class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

/** Lowercase, without accents: how captions and caption queries are compared. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

function captionMatches(photo: PhotoMeta, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const caption = fold(photo.caption ?? '');
  return words.every((word) => caption.includes(word));
}

function encodePosition(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

// eslint-disable-next-line no-control-regex -- positions separate their parts with NUL, as index keys do
const POSITION = /^\d{4}-\d{2}-\d{2}\x00[0-9a-f-]{36}\x00[0-9a-f]{64}$/;

function decodePosition(cursor: string): string {
  const position = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!POSITION.test(position))
    throw new ValidationError([
      { path: 'cursor', rule: 'pattern', message: 'is not a cursor from a previous page' },
    ]);
  return position;
}

/** What a photo result shows of its case. */
export function photoCaseSummary(c: Case): PhotoCaseSummary {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    id: c.id,
    version: c.version,
    kind: c.kind,
    status: c.status,
    seizureDate: c.seizureDate,
    reportingCountry: c.reportingCountry,
    itrAreas: unique(c.items.map((item) => item.itrArea)),
    commodities: unique(c.items.map((item) => item.commodity)),
    ...(c.ref !== undefined ? { ref: c.ref } : {}),
    ...(c.concealment ? { concealmentMethod: c.concealment.method } : {}),
    ...(c.conveyance ? { conveyanceMode: c.conveyance.mode } : {}),
  };
}

export class PhotoLibrary {
  readonly files: PhotoFiles;
  readonly limits: PhotoLimits;
  readonly #store: PhotoStore;
  readonly #clock: () => Date;
  readonly #processing = new Limiter(MAX_CONCURRENT_PROCESSING);
  readonly #locks = new KeyedLock();

  private constructor(options: PhotoLibraryOptions, files: PhotoFiles) {
    this.#store = options.store;
    this.files = files;
    this.limits = { ...DEFAULT_PHOTO_LIMITS, ...options.limits };
    this.#clock = options.clock ?? (() => new Date());
  }

  static async open(options: PhotoLibraryOptions): Promise<PhotoLibrary> {
    return new PhotoLibrary(options, await PhotoFiles.open(options.dir));
  }

  async #liveCase(id: CaseId): Promise<Case> {
    const c = await this.#store.getCase(id);
    if (!c || c.deletedAt) throw new NotFoundError('case', id);
    return c;
  }

  /** Processes a file and adds it to a live case (see process.ts for what is kept of it). */
  async upload(caseId: CaseId, file: Buffer, options: UploadOptions, actor: Actor): Promise<UploadResult> {
    // A missing case is answered before any decoding work.
    await this.#liveCase(caseId);
    const processed = await this.#processing.run(() =>
      processPhoto(file, { keepGps: options.keepGps === true, limits: this.limits }),
    );
    const hash = sha256Hex(processed.bytes);
    const caption = options.caption?.trim();
    const meta: PhotoMeta = {
      hash,
      mime: processed.mime,
      width: processed.width,
      height: processed.height,
      ...(caption ? { caption } : {}),
      ...(options.shareWithWco !== undefined ? { shareWithWco: options.shareWithWco } : {}),
      thumbHash: sha256Hex(processed.thumbnail),
      bytes: processed.bytes.length,
      ...(processed.gps ? { gps: processed.gps } : {}),
      phash: processed.phash,
      uploadedAt: this.#clock().toISOString(),
      uploadedBy: actor.username,
    };
    return this.#locks.run(hash, async () => {
      await this.files.write(processed.bytes, 'full', hash);
      await this.files.write(processed.thumbnail, 'thumb', hash);
      try {
        const result = await this.#store.addCasePhoto(caseId, meta, actor);
        const photo = result.case.photos.find((p) => p.hash === hash) ?? meta;
        return { case: result.case, photo, added: result.added };
      } catch (err) {
        if ((await this.#store.casesWithPhoto(hash)).length === 0) await this.files.remove(hash);
        throw err;
      }
    });
  }

  /** Removes a photo from a case; its files go once no stored case names it. */
  async remove(caseId: CaseId, hash: string, actor: Actor): Promise<{ case: Case; fileRemoved: boolean }> {
    const name = parsePhotoHash(hash);
    return this.#locks.run(name, async () => {
      const c = await this.#store.removeCasePhoto(caseId, name, actor);
      const named = await this.#store.casesWithPhoto(name);
      return { case: c, fileRemoved: named.length === 0 ? await this.files.remove(name) : false };
    });
  }

  /** A stored photo or its thumbnail, while a case names it; read or destroy its stream. */
  async read(hash: string, size: PhotoSize = 'full'): Promise<PhotoFile> {
    const name = parsePhotoHash(hash);
    if ((await this.#store.casesWithPhoto(name)).length === 0) throw new NotFoundError('photo', name);
    const file = await this.files.openFile(name, size);
    if (!file) throw new NotFoundError('photo', name);
    // Only JPEG, PNG and WebP are ever stored, thumbnails always WebP: the bytes say which.
    const mime = sniffImage(file.head) ?? 'application/octet-stream';
    return { stream: file.stream, mime, bytes: file.bytes };
  }

  /**
   * Photos of live cases matching the case filters and the caption words (all of them, accents
   * and case ignored), newest seizure first.
   */
  async search(query: PhotoQuery): Promise<Page<PhotoHit>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw new ValidationError([{ path: 'limit', rule: 'max', message: `must be 1 to ${MAX_PAGE}` }]);
    const words = fold(query.caption ?? '')
      .split(/\s+/u)
      .filter((word) => word !== '');
    // Entries are ordered by seizure date: `to` says where to start, `from` where to stop.
    let after = query.cursor === undefined ? undefined : decodePosition(query.cursor);
    if (query.to !== undefined && (after === undefined || after > `${query.to}\x01`))
      after = `${query.to}\x01`;
    const caseQuery: CaseQuery = { ...query };
    delete (caseQuery as PhotoQuery).caption;

    const items: PhotoHit[] = [];
    /** Where the last photo returned sits, and the last entry looked at. */
    let lastReturned: string | undefined;
    let lastScanned: string | undefined;
    let full = false;
    let cut = false;
    let scanned = 0;
    let batch: (PhotoEntry & { position: string })[] = [];
    const cases = new Map<string, Case | undefined>();
    const check = async (): Promise<void> => {
      const missing = [...new Set(batch.map((e) => e.caseId))].filter((id) => !cases.has(id)) as CaseId[];
      const loaded = await this.#store.getCases(missing);
      missing.forEach((id, i) => cases.set(id, loaded[i]));
      for (const entry of batch) {
        const c = cases.get(entry.caseId);
        const photo = c?.photos.find((p) => p.hash === entry.hash);
        if (c && photo && matchesQuery(c, caseQuery, true) && captionMatches(photo, words)) {
          // One match past a full page only proves there is a next page.
          if (items.length === limit) {
            full = true;
            return;
          }
          items.push({ photo, case: photoCaseSummary(c) });
          lastReturned = entry.position;
        }
        lastScanned = entry.position;
      }
      batch = [];
    };
    for await (const entry of this.#store.photoEntries(after)) {
      if (query.from !== undefined && (entry.seizureDate ?? '') < query.from) break;
      batch.push(entry);
      if (batch.length >= 64) {
        await check();
        if (full) break;
      }
      if (++scanned >= PHOTO_SEARCH_MAX_SCAN) {
        cut = true;
        break;
      }
    }
    if (!full && batch.length > 0) await check();
    if (full && lastReturned !== undefined) return { items, nextCursor: encodePosition(lastReturned) };
    // Stopped by the scan limit: the next page goes on from the last entry looked at.
    if (cut && lastScanned !== undefined) return { items, nextCursor: encodePosition(lastScanned) };
    return { items };
  }

  /** The perceptual hash of a photo a case names, computed from its file for older records. */
  async #phashOf(hash: string): Promise<{ phash: string | undefined; named: boolean }> {
    const ids = await this.#store.casesWithPhoto(hash);
    if (ids.length === 0) return { phash: undefined, named: false };
    for (const c of await this.#store.getCases(ids)) {
      const phash = c?.photos.find((p) => p.hash === hash)?.phash;
      if (phash) return { phash, named: true };
    }
    try {
      const bytes = await readFile(this.files.pathOf(hash));
      return { phash: await perceptualHash(bytes, { limitInputPixels: this.limits.maxPixels }), named: true };
    } catch {
      return { phash: undefined, named: true };
    }
  }

  /**
   * Photos of live cases that look like this one (perceptual hashes at most `maxDistance` bits
   * apart), closest first. The photo itself is left out, and so is the same file in other cases
   * unless `caseId` says which case it is looked at from.
   */
  async similar(hash: string, options: SimilarOptions = {}): Promise<SimilarPhoto[]> {
    const name = parsePhotoHash(hash);
    const maxDistance = options.maxDistance ?? SIMILAR_MAX_DISTANCE;
    const limit = Math.min(options.limit ?? SIMILAR_MAX_RESULTS, SIMILAR_MAX_RESULTS);
    const { phash, named } = await this.#phashOf(name);
    if (!named) throw new NotFoundError('photo', name);
    if (phash === undefined) return [];
    const found: { entry: PhotoEntry; distance: number }[] = [];
    for await (const entry of this.#store.photoHashes()) {
      if (entry.hash === name && (options.caseId === undefined || entry.caseId === options.caseId)) continue;
      const distance = hammingDistance(phash, entry.phash);
      if (distance <= maxDistance) found.push({ entry, distance });
    }
    found.sort((a, b) => a.distance - b.distance);
    const chosen = found.slice(0, limit);
    const cases = await this.#store.getCases(chosen.map(({ entry }) => entry.caseId as CaseId));
    const results: SimilarPhoto[] = [];
    chosen.forEach(({ entry, distance }, i) => {
      const c = cases[i];
      const photo = c?.photos.find((p) => p.hash === entry.hash);
      if (c && !c.deletedAt && photo) results.push({ photo, case: photoCaseSummary(c), distance });
    });
    return results;
  }
}
