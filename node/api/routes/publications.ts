/**
 * Publications: `GET /publications`, `GET /publications/:id` (opening one marks it read for the
 * user), `GET /publications/:id/attachments/:index` (the file, as a download) for anyone with
 * `publication:read` or `publication:manage`; on the WCO node `POST /publications` (a draft, as
 * JSON or multipart with attachments), `POST /publications/:id/publish` and
 * `POST /publications/:id/withdraw` (`publication:manage`). What a publication may hold and how it
 * travels is node/publications' business (which also writes the audit entries); this file reads
 * requests and answers.
 */
import type { IncomingMessage } from 'node:http';
import { Router } from '@koa/router';
import busboy from 'busboy';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  PUBLICATION_KINDS,
  PUBLICATION_UPLOAD_FIELDS,
  type PublicationDetail,
  type PublicationListResponse,
} from '../../../protocol/api.ts';
import { can } from '../../auth/roles.ts';
import {
  AttachmentTooLargeError,
  BadPublicationUploadError,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_BODY_LENGTH,
  type PublicationService,
  type Upload,
  type Viewer,
} from '../../publications/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const listQuery = z
  .object({
    state: z.enum(['draft', 'published', 'withdrawn']).optional(),
    kind: z.enum(PUBLICATION_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();

/** The publication's JSON: its body at most 50,000 characters of up to 4 bytes, and the rest. */
const MAX_JSON_FIELD_BYTES = MAX_BODY_LENGTH * 4 + 64 * 1024;
const MAX_REQUEST_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + MAX_JSON_FIELD_BYTES + 64 * 1024;

const viewerOf = (ctx: Context): Viewer => {
  const session = sessionOf(ctx.state);
  return { username: session.username, manage: can(session.role, 'publication:manage') };
};

/** Reads the `publication` field (JSON) and the `attachment` files of a multipart draft. */
function readDraft(req: IncomingMessage): Promise<{ input: unknown; uploads: Upload[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          fileSize: MAX_ATTACHMENT_BYTES,
          files: MAX_ATTACHMENTS,
          fields: 2,
          parts: MAX_ATTACHMENTS + 2,
          fieldSize: MAX_JSON_FIELD_BYTES,
        },
      });
    } catch {
      reject(
        new BadPublicationUploadError('the multipart body has no boundary: send it as a browser form does'),
      );
      return;
    }
    const uploads: { name: string; chunks: Buffer[] }[] = [];
    let json: string | undefined;
    let tooLarge = false;
    let problem: Error | undefined;
    const refuse = (message: string) => {
      problem ??= new BadPublicationUploadError(message);
    };
    parser.on('file', (name, stream, info) => {
      if (name !== 'attachment') {
        refuse(`files go in the field "attachment", not "${name}"`);
        stream.resume();
        return;
      }
      const upload = { name: info.filename || `attachment-${uploads.length + 1}`, chunks: [] as Buffer[] };
      uploads.push(upload);
      stream.on('data', (chunk: Buffer) => {
        if (!tooLarge) upload.chunks.push(chunk);
      });
      stream.on('limit', () => {
        tooLarge = true;
        upload.chunks.length = 0;
      });
    });
    parser.on('field', (name, value, info) => {
      if (name !== 'publication')
        refuse(`unknown field "${name}": the fields are ${PUBLICATION_UPLOAD_FIELDS.join(', ')}`);
      else if (info.valueTruncated) refuse('the publication is too long');
      else json = value;
    });
    parser.on('filesLimit', () => refuse(`at most ${MAX_ATTACHMENTS} attachments`));
    parser.on('fieldsLimit', () => refuse('too many fields'));
    parser.on('partsLimit', () => refuse('too many parts'));
    parser.on('error', () => reject(new BadPublicationUploadError('the multipart body could not be read')));
    parser.on('close', () => {
      if (tooLarge) return reject(new AttachmentTooLargeError(MAX_ATTACHMENT_BYTES));
      if (problem) return reject(problem);
      if (json === undefined)
        return reject(
          new BadPublicationUploadError('the field "publication" (the draft as JSON) is missing'),
        );
      let input: unknown;
      try {
        input = JSON.parse(json);
      } catch {
        return reject(new BadPublicationUploadError('the field "publication" is not valid JSON'));
      }
      resolve({ input, uploads: uploads.map((u) => ({ name: u.name, bytes: Buffer.concat(u.chunks) })) });
    });
    req.on('error', () => reject(new BadPublicationUploadError('the upload was interrupted')));
    req.pipe(parser);
  });
}

export function publicationsRouter(deps: {
  publications?: PublicationService | undefined;
}): Router<ApiState> {
  const router = new Router<ApiState>();
  const service = (): PublicationService => {
    if (!deps.publications) throw new Error('this node was started without publications');
    return deps.publications;
  };

  /** Newest first; drafts only for those who write publications. */
  router.get(API_ROUTES.publications, validate({ query: listQuery }), async function listPublications(ctx) {
    ctx.body = (await service().list(viewerOf(ctx), ctx.state.input.query)) satisfies PublicationListResponse;
  });

  router.get(API_ROUTES.publication, validate({ query: noQuery }), async function readPublication(ctx) {
    ctx.body = (await service().get(ctx.params.id ?? '', viewerOf(ctx))) satisfies PublicationDetail;
  });

  router.get(
    API_ROUTES.publicationAttachment,
    validate({ query: noQuery }),
    async function downloadAttachment(ctx) {
      const index = /^\d{1,2}$/.test(ctx.params.index ?? '') ? Number(ctx.params.index ?? '') : -1;
      const file = await service().attachment(ctx.params.id ?? '', index, viewerOf(ctx));
      // Always a download, never shown in the console's origin: the file is the WCO's, not ours.
      ctx.set(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.attachment.name)}`,
      );
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'private, no-store');
      ctx.type = file.attachment.mime;
      ctx.length = file.bytes;
      ctx.body = file.stream;
    },
  );

  router.post(API_ROUTES.publications, validate({ query: noQuery }), async function draftPublication(ctx) {
    const actor = sessionOf(ctx.state).username;
    let input: unknown = ctx.request.body;
    let uploads: Upload[] = [];
    if (ctx.is('multipart/form-data')) {
      const length = ctx.request.length;
      if (length !== undefined && length > MAX_REQUEST_BYTES)
        throw new AttachmentTooLargeError(MAX_ATTACHMENT_BYTES);
      ({ input, uploads } = await readDraft(ctx.req));
    }
    const detail = await service().createDraft(input ?? {}, uploads, actor);
    ctx.status = 201;
    ctx.set('Location', `${ctx.path}/${detail.id}`);
    ctx.body = detail satisfies PublicationDetail;
  });

  router.post(API_ROUTES.publicationPublish, validate({ query: noQuery }), async function publish(ctx) {
    ctx.body = (await service().publish(
      ctx.params.id ?? '',
      sessionOf(ctx.state).username,
    )) satisfies PublicationDetail;
  });

  router.post(API_ROUTES.publicationWithdraw, validate({ query: noQuery }), async function withdraw(ctx) {
    ctx.body = (await service().withdraw(
      ctx.params.id ?? '',
      ctx.request.body ?? {},
      sessionOf(ctx.state).username,
    )) satisfies PublicationDetail;
  });

  return router;
}
