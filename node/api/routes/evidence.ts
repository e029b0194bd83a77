/**
 * `/api/v1/evidence`: the evidence log of exchanges with partners, for auditors and exchange
 * administrators (`evidence:read`). A page of entries with filters (`GET /evidence`), the whole
 * log as JSON Lines (`GET /evidence/export`, checkable anywhere with `verifyEvidenceLines`) and
 * the check of the chain and of every signed document (`POST /evidence/verify`, which names the
 * first bad entry). Each read is recorded in the audit log, as audit reads are.
 */
import { Readable } from 'node:stream';
import { Router } from '@koa/router';
import { z } from 'zod';
import { nodeIdSchema } from '../../../protocol/agreement.ts';
import { API_ROUTES, EVIDENCE_KINDS, type EvidenceListResponse } from '../../../protocol/api.ts';
import type { AuditLog } from '../../audit/index.ts';
import {
  EVIDENCE_LIST_LIMIT,
  recordEvidenceExport,
  recordEvidenceRead,
  verifyEvidenceAudited,
  type EvidenceLog,
  type EvidenceReader,
} from '../../evidence/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const text = z.string().min(1).max(200);

// Ids only, checked as such: the filters are recorded in the audit log, which takes no free text.
const evidenceQuery = z
  .object({
    peer: nodeIdSchema.optional(),
    kind: z.enum(EVIDENCE_KINDS).optional(),
    agreementId: z.uuid().optional(),
    record: z.uuid().optional(),
    from: text.optional(),
    to: text.optional(),
    cursor: z.string().min(1).max(20).optional(),
    limit: z.coerce.number().int().min(1).max(EVIDENCE_LIST_LIMIT.max).optional(),
    order: z.enum(['newest-first', 'oldest-first']).optional(),
  })
  .strict();

export function evidenceRouter({
  evidence,
  audit,
}: {
  evidence: EvidenceLog;
  audit: AuditLog;
}): Router<ApiState> {
  const router = new Router<ApiState>();
  const readerOf = (state: ApiState, ip: string): EvidenceReader => ({
    actor: sessionOf(state).username,
    ...(ip ? { ip } : {}),
  });

  router.get(API_ROUTES.evidence, validate({ query: evidenceQuery }), async function listEvidence(ctx) {
    const query = ctx.state.input.query;
    const page: EvidenceListResponse = await evidence.list(query);
    const { kind, peer, agreementId, record } = query;
    await recordEvidenceRead(audit, readerOf(ctx.state, ctx.ip), {
      operation: 'list',
      count: page.items.length,
      kind,
      peer,
      agreementId,
      record,
    });
    ctx.body = page;
  });

  router.get(API_ROUTES.evidenceExport, validate({ query: noQuery }), async function exportEvidence(ctx) {
    // Recorded first, so the audit log shows who took it even if the download breaks off.
    await recordEvidenceExport(evidence, audit, readerOf(ctx.state, ctx.ip));
    ctx.type = 'application/x-ndjson; charset=utf-8';
    ctx.attachment(`evidence-${new Date().toISOString().slice(0, 10)}.jsonl`);
    ctx.body = Readable.from(evidence.exportJsonLines());
  });

  router.post(API_ROUTES.evidenceVerify, validate({ query: noQuery }), async function verifyEvidence(ctx) {
    ctx.body = await verifyEvidenceAudited(evidence, audit, readerOf(ctx.state, ctx.ip));
  });

  return router;
}
