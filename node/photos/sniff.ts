/**
 * What a file is, from its first bytes: the only thing an upload is judged by. File names and
 * declared Content-Types are chosen by whoever sends the file, so a page of HTML named
 * `photo.jpg` is recognised as HTML and refused.
 *
 * @example
 *   sniffImage(bytes); // 'image/jpeg' | 'image/png' | 'image/webp' | undefined
 *   describeContent(Buffer.from('<!doctype html>')); // 'html'
 */
import type { PHOTO_MEDIA_TYPES } from '../../protocol/validation.ts';

export type PhotoMediaType = (typeof PHOTO_MEDIA_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');

/** The accepted image type the bytes are, or undefined. */
export function sniffImage(bytes: Uint8Array): PhotoMediaType | undefined {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  return undefined;
}

/** Other signatures, only to tell the officer what the file they chose really is. */
const OTHERS: readonly [string, readonly number[], number?][] = [
  ['GIF', ascii('GIF8')],
  ['PDF', ascii('%PDF')],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['BMP', ascii('BM')],
  ['HEIC', ascii('ftyp'), 4],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['SVG', ascii('<svg')],
];

/** A short name for what the bytes look like, for error messages: `html`, `PDF`, `unknown`. */
export function describeContent(bytes: Uint8Array): string {
  const image = sniffImage(bytes);
  if (image) return image.slice('image/'.length).toUpperCase();
  for (const [name, signature, at] of OTHERS) if (startsWith(bytes, signature, at ?? 0)) return name;
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|script)[\s>]/.test(head))
    return 'HTML';
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'SVG';
  if (head.startsWith('<?xml')) return 'XML';
  return 'unknown';
}
