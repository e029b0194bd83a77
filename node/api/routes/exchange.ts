/**
 * The exchange as officers and exchange administrators see it:
 * - `GET /inbox` and `GET /inbox/:owner/:id`: records partners sent this node, with provenance;
 * - `GET /partners`: the partners with an agreement in force, for choosing where to send a case;
 * - `POST /cases/:id/send`: one case to one partner now, with a covering message;
 * - `GET /cases/:id/shares` and `POST /cases/:id/recall`: who holds a copy, and recalling it;
 * - `POST /peers/:nodeId/sync`: pull a partner's records now instead of at the next interval.
 * Every transfer goes through `decide()` on both sides and is in the evidence log; sending and
 * recalling are also in the audit log (who did it), reading the inbox like any nominal read.
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  type CaseSharesResponse,
  type InboxItemResponse,
  type InboxListResponse,
  type PartnerListResponse,
  type RecallCaseResponse,
  type SendCaseResponse,
  type SyncNowResponse,
} from '../../../protocol/api.ts';
import { nodeIdSchema } from '../../../protocol/agreement.ts';
import { parseCaseId, parseNodeId } from '../../../protocol/ids.ts';
import type { AuditLog } from '../../audit/index.ts';
import { NotFoundError } from '../../errors.ts';
import { INBOX_LIST_LIMIT, type ExchangeService } from '../../exchange/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const nodeId = nodeIdSchema;
const inboxQuery = z
  .object({
    owner: nodeId.optional(),
    mode: z.enum(['sync', 'on-demand']).optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(INBOX_LIST_LIMIT.max).optional(),
  })
  .strict();
const sendBody = z.object({ peer: nodeId, message: z.string().trim().min(1).max(4000) }).strict();
const recallBody = z
  .object({ reason: z.string().trim().min(1).max(500), peers: z.array(nodeId).min(1).max(100).optional() })
  .strict();

export function exchangeRouter({
  exchange,
  audit,
}: {
  exchange: ExchangeService;
  audit: AuditLog;
}): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.inbox, validate({ query: inboxQuery }), async function listInbox(ctx) {
    const { owner, mode, cursor, limit } = ctx.state.input.query;
    ctx.body = (await exchange.inbox.list({
      ...(owner ? { owner } : {}),
      ...(mode ? { mode } : {}),
      ...(cursor ? { cursor } : {}),
      ...(limit ? { limit } : {}),
    })) satisfies InboxListResponse;
  });

  router.get(API_ROUTES.inboxItem, validate({ query: noQuery }), async function readInboxItem(ctx) {
    const owner = parseNodeId(ctx.params.owner);
    const id = parseCaseId(ctx.params.id);
    const item = await exchange.inbox.item(owner, id);
    if (!item) throw new NotFoundError('received case', id);
    if (item.persons.length + item.businesses.length > 0) {
      await audit.append({
        action: 'nominal-read',
        actor: sessionOf(ctx.state).username,
        target: id,
        outcome: 'ok',
        details: { owner, persons: item.persons.length, businesses: item.businesses.length },
      });
    }
    ctx.body = item satisfies InboxItemResponse;
  });

  router.get(API_ROUTES.partners, validate({ query: noQuery }), async function listPartners(ctx) {
    ctx.body = { items: await exchange.partners() } satisfies PartnerListResponse;
  });

  router.post(API_ROUTES.caseSend, validate({ query: noQuery }), async function sendCase(ctx) {
    const id = parseCaseId(ctx.params.id);
    const { peer, message } = parseOrThrow(sendBody, ctx.request.body ?? {});
    const username = sessionOf(ctx.state).username;
    const sent = await exchange.send(id, peer, message, username);
    if (!sent) throw new NotFoundError('case', id);
    await audit.append({
      action: 'case-sent',
      actor: username,
      target: id,
      outcome: 'ok',
      details: { peer, manifestId: sent.manifestId },
    });
    ctx.body = sent satisfies SendCaseResponse;
  });

  router.get(API_ROUTES.caseShares, validate({ query: noQuery }), async function listShares(ctx) {
    const id = parseCaseId(ctx.params.id);
    ctx.body = { items: await exchange.shares(id) } satisfies CaseSharesResponse;
  });

  router.post(API_ROUTES.caseRecall, validate({ query: noQuery }), async function recallCase(ctx) {
    const id = parseCaseId(ctx.params.id);
    const { reason, peers } = parseOrThrow(recallBody, ctx.request.body ?? {});
    const username = sessionOf(ctx.state).username;
    const items = await exchange.recall(id, reason, username, peers);
    await audit.append({
      action: 'case-recalled',
      actor: username,
      target: id,
      outcome: 'ok',
      details: { peers: items.filter((s) => s.recall?.by === username).map((s) => s.peer) },
    });
    ctx.body = { items } satisfies RecallCaseResponse;
  });

  router.post(API_ROUTES.peerSync, validate({ query: noQuery }), async function syncNow(ctx) {
    const peer = parseNodeId(ctx.params.nodeId);
    ctx.body = (await exchange.pull(peer)) satisfies SyncNowResponse;
  });

  return router;
}
