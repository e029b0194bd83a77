/**
 * Photos made at test time with sharp: "scenes" (gradients and shapes from a seed, so two seeds
 * look unrelated and one seed is always the same picture), a JPEG carrying every kind of
 * metadata a phone writes (EXIF with a GPS position and an orientation, XMP, an ICC profile),
 * and a reader of a JPEG's segments to prove what a stored file holds. Plus an upload helper that
 * sends a multipart form as a browser does.
 *
 * @example
 *   const jpeg = await jpegWithGps(scene(1), { lat: -4.0435, lon: 39.6682 });
 *   jpegSegments(stored); // ['DQT', 'SOF0', 'DHT', …]: no APP1 (EXIF, XMP), no APP2 (ICC)
 */
import sharp from 'sharp';
import { apiPaths } from '../../protocol/api.ts';
import type { ApiClient, ApiResponse } from './node.ts';

/** A picture with a gradient and a dozen shapes, the same for the same seed. */
export function scene(seed: number, width = 1200, height = 900): Buffer {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const shapes: string[] = [];
  for (let i = 0; i < 14; i++) {
    const colour = `hsl(${Math.floor(random() * 360)},${40 + Math.floor(random() * 50)}%,${25 + Math.floor(random() * 50)}%)`;
    if (random() < 0.5) {
      shapes.push(
        `<circle cx="${random() * width}" cy="${random() * height}" r="${40 + random() * 200}" fill="${colour}" opacity="0.8"/>`,
      );
    } else {
      shapes.push(
        `<rect x="${random() * width}" y="${random() * height}" width="${60 + random() * 400}" height="${60 + random() * 300}" fill="${colour}" transform="rotate(${random() * 60 - 30} ${width / 2} ${height / 2})"/>`,
      );
    }
  }
  const hue = Math.floor(random() * 360);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,80%)"/><stop offset="1" stop-color="hsl(${(hue + 140) % 360},50%,20%)"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/>${shapes.join('')}</svg>`,
  );
}

/** Degrees as EXIF writes them: three rationals, degrees, minutes and hundredths of seconds. */
function exifDegrees(value: number): string {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Officer Otieno"/></rdf:RDF></x:xmpmeta>';

/**
 * A JPEG as a phone writes it: EXIF with the camera, a GPS position and an orientation (6: the
 * picture must be turned 90° clockwise to stand upright), XMP naming the photographer and a
 * Display P3 ICC profile.
 */
export async function jpegWithGps(
  svg: Buffer,
  position: { lat: number; lon: number },
  orientation = 6,
): Promise<Buffer> {
  return sharp(svg)
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'FieldCam', Model: 'FC-1' },
      IFD3: {
        GPSLatitudeRef: position.lat < 0 ? 'S' : 'N',
        GPSLatitude: exifDegrees(position.lat),
        GPSLongitudeRef: position.lon < 0 ? 'W' : 'E',
        GPSLongitude: exifDegrees(position.lon),
      },
    })
    .withMetadata({ orientation })
    .withIccProfile('p3')
    .withXmp(XMP)
    .toBuffer();
}

const MARKER_NAMES: Readonly<Record<number, string>> = {
  0xc0: 'SOF0',
  0xc2: 'SOF2',
  0xc4: 'DHT',
  0xdb: 'DQT',
  0xdd: 'DRI',
  0xe0: 'APP0',
  0xe1: 'APP1',
  0xe2: 'APP2',
  0xed: 'APP13',
  0xee: 'APP14',
  0xfe: 'COM',
};

/** The segments of a JPEG before its image data, by name (`APP1` holds EXIF or XMP, `APP2` ICC). */
export function jpegSegments(bytes: Buffer): string[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const segments: string[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda) break; // start of scan: image data follows
    segments.push(MARKER_NAMES[marker] ?? `0x${marker.toString(16)}`);
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return segments;
}

export interface UploadFields {
  caption?: string;
  shareWithWco?: string;
  keepGps?: string;
  [other: string]: string | undefined;
}

/** Sends a photo as a browser's form does: multipart, the file in `file` with a name and a type. */
export async function uploadPhoto<T = unknown>(
  client: ApiClient,
  caseId: string,
  bytes: Uint8Array,
  options: { filename?: string; contentType?: string; fields?: UploadFields; field?: string } = {},
): Promise<ApiResponse<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {}))
    if (value !== undefined) form.append(name, value);
  form.append(
    options.field ?? 'file',
    new Blob([new Uint8Array(bytes)], { type: options.contentType ?? 'image/jpeg' }),
    options.filename ?? 'photo.jpg',
  );
  const response = await fetch(`${client.baseUrl}${apiPaths.casePhotos(caseId)}`, {
    method: 'POST',
    headers: client.cookie ? { cookie: client.cookie } : {},
    body: form,
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson && text ? JSON.parse(text) : text) as T,
  };
}
