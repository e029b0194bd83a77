/** The photo library's limits, each with the reason for its value. */

/**
 * The largest upload accepted. A modern phone's full-resolution JPEG is 3 to 12 MB; 20 MB leaves
 * room for a camera's and still bounds the memory one upload holds (the file is processed in
 * memory, at most `MAX_CONCURRENT_PROCESSING` at a time).
 */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/**
 * The most pixels a photo may decode to (sharp's `limitInputPixels`): a 48-megapixel phone
 * photo passes, a small file that claims to be a 30,000 × 30,000 image (a decompression bomb)
 * is refused before it is decoded.
 */
export const MAX_PHOTO_PIXELS = 50_000_000;

/** Thumbnails fit in this many pixels each way: a row of them on the case screen. */
export const THUMBNAIL_SIZE = 320;

/**
 * Re-encoding quality. JPEG 85 and WebP 85 keep what an analyst needs to see (markings, wrapping)
 * at a third of a phone camera's size; thumbnails are only previews.
 */
export const JPEG_QUALITY = 85;
export const WEBP_QUALITY = 85;
export const THUMBNAIL_QUALITY = 70;

/**
 * Photos decoded and re-encoded at once. libvips uses every core for one image already; more in
 * parallel only multiplies the memory held (up to 50 MP × 4 bytes each) on a 2-core appliance.
 */
export const MAX_CONCURRENT_PROCESSING = 2;

/**
 * Two photos whose 64-bit perceptual hashes differ in at most this many bits are "similar". The
 * same scene resized, recompressed or cropped by a few per cent stays within 3 to 6 bits here;
 * unrelated photos differ in about 32 (see test/unit/photos/photo-processing.test.ts).
 */
export const SIMILAR_MAX_DISTANCE = 10;

/** Similar photos returned at most. */
export const SIMILAR_MAX_RESULTS = 100;

/**
 * Photo-index entries one search reads at most before it answers with what it found and a cursor
 * to go on: a search over a large collection with a rare filter returns in bounded time.
 */
export const PHOTO_SEARCH_MAX_SCAN = 50_000;

/** Caption length, as for any one-line text field of a case. */
export const MAX_CAPTION_LENGTH = 500;
