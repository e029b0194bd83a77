/**
 * A 64-bit perceptual hash (dHash) and the Hamming distance between two of them. The image is
 * shrunk to 9 × 8 grey pixels, which throws away everything a resize, a recompression or a small
 * crop changes; each bit then says whether a pixel is brighter than its right-hand neighbour.
 * The same scene photographed twice, or resent smaller, lands a few bits away; unrelated photos
 * about half the bits away.
 *
 * @example
 *   const a = await perceptualHash(jpegBytes); // '3c1e0f8f87c3e1f0'
 *   hammingDistance(a, await perceptualHash(smallerCopy)); // 0..6
 */
import sharp from 'sharp';

const WIDTH = 9;
const HEIGHT = 8;

/** The dHash of an image (any format sharp reads), as 16 lowercase hex digits. */
export async function perceptualHash(
  image: Buffer,
  options: { limitInputPixels?: number } = {},
): Promise<string> {
  const { data, info } = await sharp(image, { limitInputPixels: options.limitInputPixels ?? false })
    // Transparent areas count as white, as a viewer shows them on the console's background.
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .resize(WIDTH, HEIGHT, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = info.channels;
  let hash = 0n;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH - 1; x++) {
      const left = data[(y * WIDTH + x) * channels]!;
      const right = data[(y * WIDTH + x + 1) * channels]!;
      hash = (hash << 1n) | (left > right ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits in which two 16-digit hashes differ (0..64). */
export function hammingDistance(a: string, b: string): number {
  const high = Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16);
  const low = Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16);
  return popcount32(high >>> 0) + popcount32(low >>> 0);
}
