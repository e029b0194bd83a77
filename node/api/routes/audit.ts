/**
 * `/api/v1/audit`: the audit log, for auditors only. A page of entries newest first with filters
 * (`GET /audit`), the whole log as JSON Lines (`GET /audit/export`, checkable anywhere with
 * `verifyAuditLines`) and the chain check (`GET /audit/verify`, which names the first bad entry).
 * Reading, exporting and verifying are audited themselves.
 */
import { Readable } from 'node:stream';
import { Router } from '@koa/router';
import { z } from 'zod';
import { API_ROUTES, type AuditEntry, type AuditVerifyResponse } from '../../../protocol/api.ts';
import type { AuditLog } from '../../audit/index.ts';
import { AUDIT_LIST_LIMIT } from '../../audit/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const text = z.string().min(1).max(200);

const auditQuery = z
  .object({
    from: text.optional(),
    to: text.optional(),
    action: text.optional(),
    actor: text.optional(),
    target: text.optional(),
    outcome: z.enum(['ok', 'denied', 'failed']).optional(),
    cursor: z.string().min(1).max(20).optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_LIST_LIMIT.max).optional(),
  })
  .strict();

export function auditRouter({ audit }: { audit: AuditLog }): Router<ApiState> {
  const router = new Router<ApiState>();
  const ipOf = (ip: string) => (ip ? { ip: ip.slice(0, 64) } : {});

  router.get(API_ROUTES.audit, validate({ query: auditQuery }), async function listAudit(ctx) {
    const query = ctx.state.input.query;
    const page = await audit.list(query);
    await audit.append({
      action: 'audit-read',
      actor: sessionOf(ctx.state).username,
      outcome: 'ok',
      details: { count: page.items.length, ...(query.action ? { action: query.action } : {}) },
      ...ipOf(ctx.ip),
    });
    ctx.body = page;
  });

  router.get(API_ROUTES.auditExport, validate({ query: noQuery }), async function exportAudit(ctx) {
    // Recorded first, so the export itself shows who took it.
    const [entry] = await audit.commit(
      audit.entryOps({
        action: 'audit-exported',
        actor: sessionOf(ctx.state).username,
        outcome: 'ok',
        details: { count: ((await audit.head())?.seq ?? 0) + 1 },
        ...ipOf(ctx.ip),
      }),
    );
    ctx.type = 'application/x-ndjson; charset=utf-8';
    ctx.attachment(`audit-${(entry as AuditEntry).at.slice(0, 10)}.jsonl`);
    ctx.body = Readable.from(audit.exportJsonLines());
  });

  router.get(API_ROUTES.auditVerify, validate({ query: noQuery }), async function verifyAudit(ctx) {
    const report = await audit.verifyAndRecord(sessionOf(ctx.state).username, ctx.ip);
    ctx.body = report satisfies AuditVerifyResponse;
  });

  return router;
}
