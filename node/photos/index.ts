/**
 * Photos of cases: uploads judged by their magic bytes (JPEG, PNG, WebP only), size- and
 * pixel-limited, turned upright and re-encoded without any metadata (the GPS position kept as a
 * field only when the officer asks), thumbnailed and stored content-addressed under
 * `<data>/photos`; the case gets a new version naming the photo. Search by the case filters and
 * the caption, and similar-photo search by perceptual hash (dHash), read the photo index the
 * record store keeps in the same batches as the cases (node/store/photo-index.ts).
 *
 * The photo bytes stay on this node: the exchange carries a case's `photos` metadata when an
 * agreement's scope includes it, not the files.
 *
 * @example
 *   const photos = await PhotoLibrary.open({ store, dir: join(dataDir, PHOTOS_DIRECTORY) });
 *   const { photo } = await photos.upload(caseId, bytes, { keepGps: true }, { username: 'otieno' });
 *   const { stream, mime } = await photos.read(photo.hash, 'thumb');
 *   const matches = await photos.similar(photo.hash, { caseId });
 */
export * from './constants.ts';
export {
  BadPhotoUploadError,
  PhotoTooLargeError,
  UnreadablePhotoError,
  UnsupportedPhotoTypeError,
} from './errors.ts';
export { InvalidPhotoHashError, parsePhotoHash, PhotoFiles, sha256Hex, type PhotoSize } from './files.ts';
export {
  PhotoLibrary,
  photoCaseSummary,
  type PhotoFile,
  type PhotoLibraryOptions,
  type PhotoQuery,
  type PhotoStore,
  type SimilarOptions,
  type UploadOptions,
  type UploadResult,
} from './library.ts';
export { hammingDistance, perceptualHash } from './phash.ts';
export {
  DEFAULT_PHOTO_LIMITS,
  gpsOfExif,
  processPhoto,
  thumbnailOfDelivered,
  type PhotoLimits,
  type ProcessedPhoto,
  type ProcessOptions,
} from './process.ts';
export { describeContent, sniffImage, type PhotoMediaType } from './sniff.ts';
export { Limiter } from './limiter.ts';

/** The photos' directory inside the node's data directory. */
export const PHOTOS_DIRECTORY = 'photos';
