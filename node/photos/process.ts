/**
 * Turns an uploaded file into what the node stores: the type judged by its first bytes, the
 * pixel count checked before anything is decoded, the picture turned upright by its EXIF
 * orientation and re-encoded with every piece of metadata left behind (EXIF, GPS, XMP, IPTC,
 * comments, ICC profiles: the pixels are converted to sRGB), a WebP thumbnail and a perceptual
 * hash. The GPS position is read first, and returned as numbers, only when the officer asks to
 * keep it.
 *
 * @example
 *   const photo = await processPhoto(upload, { keepGps: true });
 *   photo.mime; photo.bytes; photo.gps; // 'image/jpeg', <re-encoded bytes>, { lat: -4.04, lon: 39.67 }
 */
import exifReader from 'exif-reader';
import sharp, { type FormatEnum, type Metadata, type OutputInfo } from 'sharp';
import type { PhotoGps } from '../../protocol/records.ts';
import {
  JPEG_QUALITY,
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  THUMBNAIL_QUALITY,
  THUMBNAIL_SIZE,
  WEBP_QUALITY,
} from './constants.ts';
import { PhotoTooLargeError, UnreadablePhotoError, UnsupportedPhotoTypeError } from './errors.ts';
import { perceptualHash } from './phash.ts';
import { describeContent, sniffImage, type PhotoMediaType } from './sniff.ts';

export interface PhotoLimits {
  maxBytes: number;
  maxPixels: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = { maxBytes: MAX_PHOTO_BYTES, maxPixels: MAX_PHOTO_PIXELS };

export interface ProcessOptions {
  /** Keep the EXIF GPS position as `gps` (the file itself never keeps it). */
  keepGps?: boolean;
  limits?: Partial<PhotoLimits>;
}

export interface ProcessedPhoto {
  mime: PhotoMediaType;
  /** The re-encoded file: what is stored and served. */
  bytes: Buffer;
  width: number;
  height: number;
  /** A WebP at most `THUMBNAIL_SIZE` pixels each way. */
  thumbnail: Buffer;
  /** 64-bit dHash, 16 lowercase hex digits. */
  phash: string;
  gps?: PhotoGps;
}

const FORMAT_OF: Readonly<Record<PhotoMediaType, keyof FormatEnum>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const NAME_OF: Readonly<Record<PhotoMediaType, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** Degrees, minutes, seconds (EXIF rationals as numbers) and a hemisphere, as signed degrees. */
function degrees(value: unknown, ref: unknown, negative: string): number | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const [d = 0, m = 0, s = 0] = value as unknown[];
  if (![d, m, s].every((part) => typeof part === 'number' && Number.isFinite(part) && part >= 0))
    return undefined;
  const total = (d as number) + (m as number) / 60 + (s as number) / 3600;
  const signed = typeof ref === 'string' && ref.trim().toUpperCase() === negative ? -total : total;
  return Math.round(signed * 1e6) / 1e6;
}

/** The GPS position in an EXIF block, or undefined when there is none (or it makes no sense). */
export function gpsOfExif(exif: Buffer | undefined): PhotoGps | undefined {
  if (!exif) return undefined;
  let parsed: ReturnType<typeof exifReader>;
  try {
    parsed = exifReader(exif);
  } catch {
    return undefined; // a damaged EXIF block costs the position, not the photo
  }
  const gps = parsed.GPSInfo;
  if (!gps) return undefined;
  const lat = degrees(gps.GPSLatitude, gps.GPSLatitudeRef, 'S');
  const lon = degrees(gps.GPSLongitude, gps.GPSLongitudeRef, 'W');
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

function isPixelLimitError(err: unknown): boolean {
  return err instanceof Error && /pixel limit/i.test(err.message);
}

/** Reads the header only: the type sharp sees and the pixel count, before anything is decoded. */
async function inspect(input: Buffer, mime: PhotoMediaType, limits: PhotoLimits): Promise<Metadata> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: limits.maxPixels }).metadata();
  } catch (err) {
    if (isPixelLimitError(err)) throw new PhotoTooLargeError('pixels', limits.maxPixels);
    throw new UnreadablePhotoError(NAME_OF[mime]);
  }
  // The magic bytes and the decoder must agree, or a crafted file could pass as one and be read as another.
  if (metadata.format !== FORMAT_OF[mime]) throw new UnsupportedPhotoTypeError(metadata.format ?? 'unknown');
  const { width, height } = metadata;
  if (!width || !height) throw new UnreadablePhotoError(NAME_OF[mime]);
  if (width * height > limits.maxPixels) throw new PhotoTooLargeError('pixels', limits.maxPixels);
  return metadata;
}

export async function processPhoto(input: Buffer, options: ProcessOptions = {}): Promise<ProcessedPhoto> {
  const limits = { ...DEFAULT_PHOTO_LIMITS, ...options.limits };
  if (input.length > limits.maxBytes) throw new PhotoTooLargeError('bytes', limits.maxBytes);
  const mime = sniffImage(input);
  if (!mime) throw new UnsupportedPhotoTypeError(describeContent(input));
  const metadata = await inspect(input, mime, limits);
  const gps = options.keepGps ? gpsOfExif(metadata.exif) : undefined;

  let encoded: { data: Buffer; info: OutputInfo };
  try {
    // sharp writes no metadata unless asked (`withMetadata`, `keepExif`…), and converts to sRGB.
    const pipeline = sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate();
    const output =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: JPEG_QUALITY })
        : mime === 'image/png'
          ? pipeline.png()
          : pipeline.webp({ quality: WEBP_QUALITY });
    encoded = await output.toBuffer({ resolveWithObject: true });
  } catch (err) {
    if (isPixelLimitError(err)) throw new PhotoTooLargeError('pixels', limits.maxPixels);
    throw new UnreadablePhotoError(NAME_OF[mime]);
  }
  const [thumbnail, phash] = await Promise.all([
    sharp(encoded.data)
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: THUMBNAIL_QUALITY })
      .toBuffer(),
    perceptualHash(encoded.data, { limitInputPixels: limits.maxPixels }),
  ]);
  return {
    mime,
    bytes: encoded.data,
    width: encoded.info.width,
    height: encoded.info.height,
    thumbnail,
    phash,
    ...(gps ? { gps } : {}),
  };
}

/** What sharp calls each format `sniffImage` recognises. */
const SHARP_FORMAT_OF: Record<PhotoMediaType, keyof FormatEnum> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * The thumbnail of a processed photo another node delivered (a WCO node receiving a member's, the
 * nodes of an operation relaying a member's), made here rather than trusted. The file must decode
 * within `maxPixels` as the format its magic bytes claim, or a crafted file could pass as one and
 * be read as another; otherwise this rejects with an `Error` saying why.
 */
export async function thumbnailOfDelivered(
  bytes: Buffer,
  mime: PhotoMediaType,
  maxPixels: number = MAX_PHOTO_PIXELS,
): Promise<Buffer> {
  const metadata = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
  if (metadata.format !== SHARP_FORMAT_OF[mime])
    throw new Error(`decodes as ${metadata.format ?? 'nothing'}`);
  return sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' })
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: THUMBNAIL_QUALITY })
    .toBuffer();
}
