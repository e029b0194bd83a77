/**
 * `/api/v1/operations`: CENcomm operations (docs/decisions/0012-operations.md). Members of an
 * operation see it and its thread (`operation:read`: a participant, or any `operation:manage`
 * user of the node), post to it (`operation:post`) and say how far they read; managers
 * (`operation:manage`) create operations, invite and remove members, edit the template, close
 * the operation and extract its reports (the organiser's node), or accept and decline
 * invitations (a member's node). `GET /operations/:id/events` is a Server-Sent Events feed of the
 * thread's new entries for open consoles (after `?after=` or `Last-Event-ID`, the backlog first).
 * A participant with `case:write` makes a report its own node posted a draft case
 * (`…/messages/:messageId/promote`, node/operations/promote.ts). Creating, joining, member
 * changes, closing, extraction and the cases made of reports are audited (ids only).
 * `POST /operations/:id/photos` (`operation:post`, multipart like a case's photos) runs an
 * officer's photo through the photo pipeline for a message to name; `GET
 * /operations/:id/photos/:hash[?size=thumb]` serves it to the operation's readers once a message
 * names it (node/operations/photos.ts).
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_PREFIX,
  API_ROUTES,
  type OperationDefinition,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type OperationPhotoUploadResponse,
  PHOTO_SIZES,
  type OperationReceiptsResponse,
  type OperationThreadEntry,
  type PostOperationMessageResponse,
  type PromoteOperationReportResponse,
} from '../../../protocol/api.ts';
import { LANGUAGES } from '../../../protocol/vocabulary/index.ts';
import type { AuditAction, AuditDetailValue, AuditLog } from '../../audit/index.ts';
import { CONTENT_TYPES } from '../../export/index.ts';
import { NotFoundError } from '../../errors.ts';
import {
  extractReports,
  parseOperationId,
  type OperationsService,
  type Viewer,
} from '../../operations/index.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { parsePhotoHash } from '../../photos/index.ts';
import { noQuery } from '../params.ts';
import { assertMultipart, readUpload } from './photos.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { auditRecord } from './records.ts';

/** A comment line this often keeps proxies from closing an idle feed. */
const HEARTBEAT_MS = 20_000;

const viewerOf = (state: ApiState): Viewer => {
  const session = sessionOf(state);
  return { username: session.username, role: session.role };
};

const messagesQuery = z
  .object({
    after: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();
const eventsQuery = z.object({ after: z.coerce.number().int().min(0).optional() }).strict();
const photoQuery = z.object({ size: z.enum(PHOTO_SIZES).optional() }).strict();
const extractQuery = z.object({ lang: z.enum(LANGUAGES).optional() }).strict();

export function operationsRouter({
  operations,
  audit,
  store,
}: {
  operations: OperationsService | undefined;
  audit: AuditLog;
  /** Where a report made into a case is written (`POST …/messages/:messageId/promote`). */
  store?: Pick<RecordStoreApi, 'createCases' | 'getCase'>;
}): Router<ApiState> {
  const router = new Router<ApiState>();
  const audited = (
    ctx: Context,
    action: AuditAction,
    id: string,
    details: Record<string, AuditDetailValue> = {},
  ) => auditRecord(audit, ctx, action, id, details);
  const service = (id?: string): OperationsService => {
    if (!operations) throw new NotFoundError('operation', id ?? 'any');
    return operations;
  };

  router.get(API_ROUTES.operations, validate({ query: noQuery }), async function listOperations(ctx) {
    ctx.body = { items: await service().list(viewerOf(ctx.state)) } satisfies OperationListResponse;
  });

  router.post(API_ROUTES.operations, validate({ query: noQuery }), async function createOperation(ctx) {
    const created = await service().create(ctx.request.body, viewerOf(ctx.state));
    await audited(ctx, 'operation-created', created.definition.id);
    ctx.status = 201;
    ctx.body = created satisfies OperationDetail;
  });

  router.get(API_ROUTES.operation, validate({ query: noQuery }), async function readOperation(ctx) {
    const id = parseOperationId(ctx.params.id);
    ctx.body = (await service(id).get(id, viewerOf(ctx.state))) satisfies OperationDetail;
  });

  for (const [route, answer] of [
    [API_ROUTES.operationAccept, 'accept'],
    [API_ROUTES.operationDecline, 'decline'],
  ] as const) {
    router.post(route, validate({ query: noQuery }), async function answerInvitation(ctx) {
      const id = parseOperationId(ctx.params.id);
      const detail = await service(id).answer(id, answer, ctx.request.body, viewerOf(ctx.state));
      await audited(ctx, 'operation-member-changed', id, { invitation: answer });
      ctx.body = detail satisfies OperationDetail;
    });
  }

  router.post(API_ROUTES.operationMembers, validate({ query: noQuery }), async function addMember(ctx) {
    const id = parseOperationId(ctx.params.id);
    const detail = await service(id).addMember(id, ctx.request.body, viewerOf(ctx.state));
    const { nodeId } = (ctx.request.body ?? {}) as { nodeId?: unknown };
    await audited(ctx, 'operation-member-changed', id, {
      change: 'invited',
      ...(typeof nodeId === 'string' ? { member: nodeId } : {}),
    });
    ctx.body = detail satisfies OperationDetail;
  });

  router.delete(API_ROUTES.operationMember, validate({ query: noQuery }), async function removeMember(ctx) {
    const id = parseOperationId(ctx.params.id);
    const detail = await service(id).removeMember(id, ctx.params.nodeId, viewerOf(ctx.state));
    await audited(ctx, 'operation-member-changed', id, {
      change: 'removed',
      member: ctx.params.nodeId ?? '',
    });
    ctx.body = detail satisfies OperationDetail;
  });

  router.get(API_ROUTES.operationTemplate, validate({ query: noQuery }), async function readTemplate(ctx) {
    const id = parseOperationId(ctx.params.id);
    ctx.body = (await service(id).definition(id, viewerOf(ctx.state))).template;
  });

  router.put(API_ROUTES.operationTemplate, validate({ query: noQuery }), async function putTemplate(ctx) {
    const id = parseOperationId(ctx.params.id);
    ctx.body = (await service(id).putTemplate(
      id,
      ctx.request.body,
      viewerOf(ctx.state),
    )) satisfies OperationDefinition['template'];
  });

  router.put(
    API_ROUTES.operationParticipants,
    validate({ query: noQuery }),
    async function putParticipants(ctx) {
      const id = parseOperationId(ctx.params.id);
      const detail = await service(id).putParticipants(id, ctx.request.body, viewerOf(ctx.state));
      await audited(ctx, 'operation-member-changed', id, { change: 'participants' });
      ctx.body = detail satisfies OperationDetail;
    },
  );

  router.get(
    API_ROUTES.operationMessages,
    validate({ query: messagesQuery }),
    async function listMessages(ctx) {
      const id = parseOperationId(ctx.params.id);
      const { after, limit } = ctx.state.input.query;
      ctx.body = (await service(id).messages(id, viewerOf(ctx.state), {
        ...(after !== undefined ? { after } : {}),
        ...(limit !== undefined ? { limit } : {}),
      })) satisfies OperationMessagesResponse;
    },
  );

  router.post(API_ROUTES.operationMessages, validate({ query: noQuery }), async function postMessage(ctx) {
    const id = parseOperationId(ctx.params.id);
    const posted = await service(id).post(id, ctx.request.body, viewerOf(ctx.state));
    ctx.status = posted.state === 'relayed' ? 201 : 202;
    ctx.body = posted satisfies PostOperationMessageResponse;
  });

  router.post(API_ROUTES.operationPhotos, validate({ query: noQuery }), async function uploadPhoto(ctx) {
    const id = parseOperationId(ctx.params.id);
    const operations = service(id);
    const maxBytes = operations.photoMaxBytes;
    assertMultipart(ctx, maxBytes);
    const upload = await readUpload(ctx.req, maxBytes);
    ctx.status = 201;
    ctx.body = (await operations.uploadPhoto(
      id,
      upload.file,
      viewerOf(ctx.state),
    )) satisfies OperationPhotoUploadResponse;
  });

  router.get(API_ROUTES.operationPhoto, validate({ query: photoQuery }), async function servePhoto(ctx) {
    const id = parseOperationId(ctx.params.id);
    const hash = parsePhotoHash(ctx.params.hash);
    const size = ctx.state.input.query.size ?? 'full';
    const file = await service(id).readPhoto(id, hash, size, viewerOf(ctx.state));
    // Not cached for long: the photo stops being served when the operation is purged.
    ctx.set('Cache-Control', 'private, max-age=3600');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.type = file.mime;
    ctx.length = file.bytes;
    ctx.body = file.stream;
  });

  router.post(
    API_ROUTES.operationMessagePromote,
    validate({ query: noQuery }),
    async function promoteReport(ctx) {
      const id = parseOperationId(ctx.params.id);
      const messageId = ctx.params.messageId ?? '';
      if (!store) throw new NotFoundError('operation message', messageId);
      const made = await service(id).promote(id, messageId, viewerOf(ctx.state), store);
      // The case's own audit entry, as any case created, saying what it was made of.
      await audited(ctx, 'record-created', made.id, {
        type: 'case',
        from: 'operation',
        operation: id,
        message: messageId,
      });
      ctx.status = 201;
      ctx.set('Location', `${API_PREFIX}${API_ROUTES.cases}/${made.id}`);
      ctx.body = { caseId: made.id } satisfies PromoteOperationReportResponse;
    },
  );

  router.post(API_ROUTES.operationRead, validate({ query: noQuery }), async function markRead(ctx) {
    const id = parseOperationId(ctx.params.id);
    ctx.body = {
      receipts: await service(id).markRead(id, ctx.request.body, viewerOf(ctx.state)),
    } satisfies OperationReceiptsResponse;
  });

  router.get(API_ROUTES.operationReceipts, validate({ query: noQuery }), async function readReceipts(ctx) {
    const id = parseOperationId(ctx.params.id);
    ctx.body = {
      receipts: await service(id).receipts(id, viewerOf(ctx.state)),
    } satisfies OperationReceiptsResponse;
  });

  router.post(API_ROUTES.operationClose, validate({ query: noQuery }), async function closeOperation(ctx) {
    const id = parseOperationId(ctx.params.id);
    const detail = await service(id).close(id, viewerOf(ctx.state));
    await audited(ctx, 'operation-closed', id);
    ctx.body = detail satisfies OperationDetail;
  });

  for (const [route, format] of [
    [API_ROUTES.operationReportsXlsx, 'xlsx'],
    [API_ROUTES.operationReportsCsv, 'csv'],
  ] as const) {
    router.get(route, validate({ query: extractQuery }), async function extractOperationReports(ctx) {
      const id = parseOperationId(ctx.params.id);
      const viewer = viewerOf(ctx.state);
      const definition = await service(id).definition(id, viewer);
      const { body, rows } = await extractReports(
        definition,
        service(id).reports(id, viewer),
        format,
        ctx.state.input.query.lang ?? 'en',
      );
      await audited(ctx, 'operation-extracted', id, { format, count: rows });
      ctx.set('Content-Disposition', `attachment; filename="operation-${id}-reports.${format}"`);
      ctx.type = CONTENT_TYPES[format];
      ctx.body = body;
    });
  }

  router.get(
    API_ROUTES.operationEvents,
    validate({ query: eventsQuery }),
    async function operationEvents(ctx) {
      const id = parseOperationId(ctx.params.id);
      const viewer = viewerOf(ctx.state);
      const ops = service(id);
      await ops.get(id, viewer); // 404 before the feed opens
      const lastEventId = Number(ctx.get('Last-Event-ID'));
      const asked = ctx.state.input.query.after;
      const resumed = Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId : undefined;
      // A browser reconnecting repeats the URL it first opened (with its `after`) and adds the
      // last id it received: the later of the two is where the feed resumes.
      let after =
        asked !== undefined && resumed !== undefined ? Math.max(asked, resumed) : (asked ?? resumed);
      // Written to the response directly (koa steps aside): a feed ends when the browser goes
      // away, which koa's stream piping would report as an error every time.
      const res = ctx.res;
      const write = (text: string) => {
        if (!res.writableEnded && !res.destroyed) res.write(text);
      };
      const send = (entries: readonly OperationThreadEntry[]) => {
        for (const entry of entries) {
          if (after !== undefined && entry.seq <= after) continue;
          after = entry.seq;
          write(`id: ${entry.seq}\nevent: entry\ndata: ${JSON.stringify(entry)}\n\n`);
        }
      };
      // Subscribed before the backlog is read, so nothing falls between the two.
      const pending: OperationThreadEntry[][] = [];
      let live = false;
      const unsubscribe = ops.onEntries((operationId, entries) => {
        if (operationId !== id) return;
        if (live) send(entries);
        else pending.push([...entries]);
      });
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const end = () => {
        unsubscribe();
        clearInterval(heartbeat);
        if (!res.writableEnded) res.end();
      };
      res.on('close', end);
      ctx.req.socket.setNoDelay(true);
      ctx.set('Cache-Control', 'no-cache');
      ctx.set('X-Accel-Buffering', 'no');
      // A feed's connection is not reused: when the feed ends, it closes (and never holds up shutdown idle).
      ctx.set('Connection', 'close');
      ctx.type = 'text/event-stream';
      ctx.status = 200;
      ctx.respond = false;
      res.flushHeaders();
      write(': feed open\n\n');
      if (after !== undefined) {
        let cursor = after;
        for (;;) {
          const page = await ops.messages(id, viewer, { after: cursor, limit: 500 });
          send(page.items);
          if (page.nextAfter === undefined) break;
          cursor = page.nextAfter;
        }
      }
      for (const entries of pending.splice(0)) send(entries);
      live = true;
    },
  );

  return router;
}
