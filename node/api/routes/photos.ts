/**
 * Photos of cases: `POST /cases/:id/photos` (multipart upload, `case:write`), `DELETE
 * /cases/:id/photos/:hash`, `GET /photos/:hash[?size=thumb]` (the file), `GET /photos` (search by
 * the case filters and the caption) and `GET /photos/:hash/similar` (by perceptual hash). What
 * an upload may be and what the node keeps of it is node/photos' business; this file reads the
 * multipart body (busboy) with its limits and answers.
 *
 * Uploads and removals are audited as changes of the case (`record-updated`, with the photo's
 * hash), never with the caption.
 */
import type { IncomingMessage } from 'node:http';
import { Router } from '@koa/router';
import busboy from 'busboy';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  PHOTO_SIZES,
  PHOTO_UPLOAD_FIELDS,
  type PhotoRemoveResponse,
  type PhotoSearchResponse,
  type PhotoUploadResponse,
  type SimilarPhotosResponse,
} from '../../../protocol/api.ts';
import { parseCaseId } from '../../../protocol/ids.ts';
import { ValidationError } from '../../errors.ts';
import {
  BadPhotoUploadError,
  MAX_CAPTION_LENGTH,
  parsePhotoHash,
  PhotoTooLargeError,
  SIMILAR_MAX_DISTANCE,
  SIMILAR_MAX_RESULTS,
  type PhotoLibrary,
  type UploadOptions,
} from '../../photos/index.ts';
import type { AuditLog } from '../../audit/index.ts';
import { caseSearchQuery, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { actorOf, auditRecord } from './records.ts';

/** The fields besides the file are short: a caption and two flags. */
const MAX_FIELD_BYTES = 4 * 1024;
/** Multipart framing and the small fields, on top of the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const photoSearchQuery = z
  .object({ ...caseSearchQuery.shape, caption: z.string().trim().min(1).max(200).optional() })
  .strict()
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
    params: { rule: 'date-range' },
  });

const fileQuery = z.object({ size: z.enum(PHOTO_SIZES).optional() }).strict();

const similarQuery = z
  .object({
    case: z.string().min(1).max(64).optional(),
    maxDistance: z.coerce.number().int().min(0).max(20).optional(),
    limit: z.coerce.number().int().min(1).max(SIMILAR_MAX_RESULTS).optional(),
  })
  .strict();

interface Upload {
  file: Buffer;
  fields: Partial<Record<(typeof PHOTO_UPLOAD_FIELDS)[number], string>>;
}

/**
 * Reads the one file and the few fields of a photo upload. Past the size limit the rest of the
 * body is read and dropped (the request timeout bounds it), so that the client gets the 413.
 */
export function readUpload(req: IncomingMessage, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 10, fieldSize: MAX_FIELD_BYTES },
      });
    } catch {
      reject(new BadPhotoUploadError('the multipart body has no boundary: send it as a browser form does'));
      return;
    }
    const chunks: Buffer[] = [];
    const fields: Upload['fields'] = {};
    let fileSeen = false;
    let tooLarge = false;
    let problem: Error | undefined;
    const refuse = (message: string) => {
      problem ??= new BadPhotoUploadError(message);
    };
    parser.on('file', (name, stream) => {
      if (name !== 'file' || fileSeen) {
        refuse(
          name === 'file'
            ? 'send one photo per request'
            : `the photo goes in the field "file", not "${name}"`,
        );
        stream.resume();
        return;
      }
      fileSeen = true;
      stream.on('data', (chunk: Buffer) => {
        if (!tooLarge) chunks.push(chunk);
      });
      stream.on('limit', () => {
        tooLarge = true;
        chunks.length = 0;
      });
    });
    parser.on('field', (name, value, info) => {
      if (name === 'file') refuse('the field "file" must hold a file, not text');
      else if (!(PHOTO_UPLOAD_FIELDS as readonly string[]).includes(name))
        refuse(`unknown field "${name}": the fields are ${PHOTO_UPLOAD_FIELDS.join(', ')}`);
      else if (info.valueTruncated) refuse(`the field "${name}" is too long`);
      else fields[name as keyof Upload['fields']] = value;
    });
    parser.on('filesLimit', () => refuse('send one photo per request'));
    parser.on('fieldsLimit', () => refuse('too many fields'));
    parser.on('partsLimit', () => refuse('too many parts'));
    parser.on('error', () => reject(new BadPhotoUploadError('the multipart body could not be read')));
    parser.on('close', () => {
      if (tooLarge) reject(new PhotoTooLargeError('bytes', maxBytes));
      else if (problem) reject(problem);
      else if (!fileSeen)
        reject(new BadPhotoUploadError('the request holds no photo: send it in the field "file"'));
      else if (chunks.length === 0) reject(new BadPhotoUploadError('the photo file is empty'));
      else resolve({ file: Buffer.concat(chunks), fields });
    });
    req.on('error', () => reject(new BadPhotoUploadError('the upload was interrupted')));
    req.pipe(parser);
  });
}

function flag(fields: Upload['fields'], name: 'shareWithWco' | 'keepGps'): boolean | undefined {
  const value = fields[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (['true', '1', 'on', 'yes'].includes(value)) return true;
  if (['false', '0', 'off', 'no'].includes(value)) return false;
  throw new ValidationError([{ path: name, rule: 'type', message: 'must be true or false' }]);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function uploadOptions(fields: Upload['fields']): UploadOptions {
  const caption = fields.caption?.trim();
  if (caption !== undefined && caption.length > MAX_CAPTION_LENGTH)
    throw new ValidationError([
      { path: 'caption', rule: 'max-length', message: `must be at most ${MAX_CAPTION_LENGTH} characters` },
    ]);
  if (caption !== undefined && CONTROL_CHARACTERS.test(caption))
    throw new ValidationError([
      { path: 'caption', rule: 'control-characters', message: 'must be one line without control characters' },
    ]);
  const shareWithWco = flag(fields, 'shareWithWco');
  const keepGps = flag(fields, 'keepGps');
  return {
    ...(caption ? { caption } : {}),
    ...(shareWithWco !== undefined ? { shareWithWco } : {}),
    ...(keepGps !== undefined ? { keepGps } : {}),
  };
}

/** Content types are judged by the file, but a JSON body or a form without a file is refused first. */
export function assertMultipart(ctx: Context, maxBytes: number): void {
  if (!ctx.is('multipart/form-data'))
    throw new BadPhotoUploadError('send the photo as multipart/form-data, in the field "file"', 415);
  // A declared length past the limit is refused before a byte of it is read.
  const length = ctx.request.length;
  if (length !== undefined && length > maxBytes + MULTIPART_OVERHEAD_BYTES)
    throw new PhotoTooLargeError('bytes', maxBytes);
}

export function photosRouter({ photos, audit }: { photos: PhotoLibrary; audit: AuditLog }): Router<ApiState> {
  const router = new Router<ApiState>();

  router.post(API_ROUTES.casePhotos, validate({ query: noQuery }), async function uploadPhoto(ctx) {
    const id = parseCaseId(ctx.params.id);
    const maxBytes = photos.limits.maxBytes;
    assertMultipart(ctx, maxBytes);
    const upload = await readUpload(ctx.req, maxBytes);
    const result = await photos.upload(id, upload.file, uploadOptions(upload.fields), actorOf(ctx.state));
    if (result.added) {
      await auditRecord(audit, ctx, 'record-updated', id, {
        type: 'case',
        version: result.case.version,
        photo: 'added',
        hash: result.photo.hash,
      });
    }
    ctx.status = result.added ? 201 : 200;
    ctx.body = result satisfies PhotoUploadResponse;
  });

  router.delete(API_ROUTES.casePhoto, validate({ query: noQuery }), async function removePhoto(ctx) {
    const id = parseCaseId(ctx.params.id);
    const hash = parsePhotoHash(ctx.params.hash);
    const result = await photos.remove(id, hash, actorOf(ctx.state));
    await auditRecord(audit, ctx, 'record-updated', id, {
      type: 'case',
      version: result.case.version,
      photo: 'removed',
      hash,
    });
    ctx.body = result satisfies PhotoRemoveResponse;
  });

  /** Newest seizure first; follow `nextCursor` for the next page. */
  router.get(API_ROUTES.photos, validate({ query: photoSearchQuery }), async function searchPhotos(ctx) {
    ctx.body = (await photos.search(ctx.state.input.query)) satisfies PhotoSearchResponse;
  });

  router.get(API_ROUTES.photo, validate({ query: fileQuery }), async function servePhoto(ctx) {
    const hash = parsePhotoHash(ctx.params.hash);
    const size = ctx.state.input.query.size ?? 'full';
    const etag = `"${hash}${size === 'thumb' ? '-thumb' : ''}"`;
    const file = await photos.read(hash, size);
    // A hash names the same bytes for ever: the browser may keep them (for this user only).
    ctx.set('Cache-Control', 'private, max-age=31536000, immutable');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('ETag', etag);
    if (ctx.get('If-None-Match') === etag) {
      file.stream.destroy();
      ctx.status = 304;
      return;
    }
    ctx.type = file.mime;
    ctx.length = file.bytes;
    ctx.body = file.stream;
  });

  router.get(API_ROUTES.photoSimilar, validate({ query: similarQuery }), async function similarPhotos(ctx) {
    const hash = parsePhotoHash(ctx.params.hash);
    const { case: caseId, maxDistance = SIMILAR_MAX_DISTANCE, limit } = ctx.state.input.query;
    const items = await photos.similar(hash, {
      ...(caseId !== undefined ? { caseId: parseCaseId(caseId) } : {}),
      maxDistance,
      ...(limit !== undefined ? { limit } : {}),
    });
    ctx.body = { hash, maxDistance, items } satisfies SimilarPhotosResponse;
  });

  return router;
}
