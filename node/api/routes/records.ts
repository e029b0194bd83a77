/**
 * The routes every record resource shares (cases, persons, businesses): create, read, update
 * with optimistic concurrency, soft delete and revision history. Each resource's router adds
 * its own extras (search, linked cases, …) to the router this builds.
 *
 * Every write is audited with the record's id (never its content), and so is every read of a
 * nominal record (a person, a business): who opened whom is what an auditor asks first.
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import type { AuditAction, AuditDetailValue, AuditLog } from '../../audit/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { Actor, RecordType } from '../../store/types.ts';
import { deleteQuery, noQuery, parseUpdateBody } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export interface RecordRoutes<Id extends string, R extends { id: string; version: number }> {
  type: RecordType;
  /** Route templates from protocol/api.ts' `API_ROUTES`. */
  paths: { collection: string; item: string; revisions: string };
  /** The key of the record in an update body: `{ version, case: … }`. */
  bodyKey: string;
  parseId(value: unknown): Id;
  create(input: unknown, actor: Actor): Promise<R>;
  get(id: Id): Promise<R | undefined>;
  update(id: Id, input: unknown, expectedVersion: number, actor: Actor): Promise<R>;
  remove(id: Id, expectedVersion: number, actor: Actor): Promise<R>;
  revisions(id: Id): Promise<unknown[]>;
  audit: AuditLog;
  /** Persons and businesses: every read is audited as `nominal-read`. */
  nominal: boolean;
}

/** Appends one audit entry about a record the signed-in user touched. */
export async function auditRecord(
  audit: AuditLog,
  ctx: Context,
  action: AuditAction,
  target: string,
  details: Record<string, AuditDetailValue>,
): Promise<void> {
  await audit.append({
    action,
    actor: sessionOf(ctx.state).username,
    target,
    outcome: 'ok',
    details,
    ...(ctx.ip ? { ip: ctx.ip.slice(0, 64) } : {}),
  });
}

/**
 * Audits a search of nominal records as one `nominal-read` entry: the ids it showed and how many,
 * never the query text, which is personal data itself.
 */
export async function auditSearch(
  audit: AuditLog,
  ctx: Context,
  type: 'person' | 'business',
  found: readonly { id: string }[],
): Promise<void> {
  await audit.append({
    action: 'nominal-read',
    actor: sessionOf(ctx.state).username,
    outcome: 'ok',
    details: { type, view: 'search', results: found.length, ids: found.map((record) => record.id) },
    ...(ctx.ip ? { ip: ctx.ip.slice(0, 64) } : {}),
  });
}

export const actorOf = (state: ApiState): Actor => ({ username: sessionOf(state).username });

export function recordRouter<Id extends string, R extends { id: string; version: number }>(
  routes: RecordRoutes<Id, R>,
): Router<ApiState> {
  const router = new Router<ApiState>();
  const { paths, audit, type } = routes;

  async function load(rawId: unknown): Promise<R> {
    const id = routes.parseId(rawId);
    const record = await routes.get(id);
    if (!record) throw new NotFoundError(routes.type, id);
    return record;
  }

  router.post(paths.collection, validate({ query: noQuery }), async function createRecord(ctx) {
    const record = await routes.create(ctx.request.body, actorOf(ctx.state));
    await auditRecord(audit, ctx, 'record-created', record.id, { type });
    ctx.status = 201;
    ctx.set('Location', `${ctx.path.replace(/\/$/, '')}/${record.id}`);
    ctx.body = record;
  });

  /** Deleted records still answer, with `deletedAt`: links and history must keep working. */
  router.get(paths.item, validate({ query: noQuery }), async function getRecord(ctx) {
    const record = await load(ctx.params.id);
    if (routes.nominal) await auditRecord(audit, ctx, 'nominal-read', record.id, { type });
    ctx.body = record;
  });

  router.put(paths.item, validate({ query: noQuery }), async function updateRecord(ctx) {
    const id = routes.parseId(ctx.params.id);
    const { version, input } = parseUpdateBody(ctx.request.body, routes.bodyKey);
    const record = await routes.update(id, input, version, actorOf(ctx.state));
    await auditRecord(audit, ctx, 'record-updated', record.id, { type, version: record.version });
    ctx.body = record;
  });

  router.delete(paths.item, validate({ query: deleteQuery }), async function deleteRecord(ctx) {
    const id = routes.parseId(ctx.params.id);
    const record = await routes.remove(id, ctx.state.input.query.version, actorOf(ctx.state));
    await auditRecord(audit, ctx, 'record-deleted', record.id, { type });
    ctx.body = record;
  });

  router.get(paths.revisions, validate({ query: noQuery }), async function listRevisions(ctx) {
    const record = await load(ctx.params.id);
    if (routes.nominal) await auditRecord(audit, ctx, 'nominal-read', record.id, { type, view: 'revisions' });
    ctx.body = { items: await routes.revisions(record.id as Id) };
  });

  return router;
}
