/**
 * `/api/v1/queries`: hit/no-hit look-ups at partners. `POST /queries` asks every partner whose
 * agreement allows queries whether it holds an identifier (`query:run`); `GET /queries` lists
 * the queries this node asked (`side=asked`, the default, `query:run`) or that partners asked it
 * (`side=answered`, `evidence:read`: the owner sees who asked what), newest first, from the
 * evidence log. The permission by side is in the rules table (access.ts). A list is a read of the
 * evidence log, recorded in the audit log as every such read is (`evidence-read`).
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  QUERY_IDENTIFIER_TYPES,
  QUERY_SIDES,
  QUERY_VALUE_MAX_LENGTH,
  type QueryLogPage,
  type QueryResponse,
} from '../../../protocol/api.ts';
import type { AuditLog } from '../../audit/index.ts';
import { queryKinds, type QueryService } from '../../query/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const askBody = z
  .object({
    type: z.enum(QUERY_IDENTIFIER_TYPES),
    value: z.string().trim().min(1).max(QUERY_VALUE_MAX_LENGTH),
  })
  .strict();

const listQuery = z
  .object({
    side: z.enum(QUERY_SIDES).default('asked'),
    cursor: z.string().min(1).max(40).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();

export function queriesRouter({
  queries,
  audit,
}: {
  queries: QueryService;
  audit: AuditLog;
}): Router<ApiState> {
  const router = new Router<ApiState>();

  router.post(API_ROUTES.queries, validate({ query: noQuery }), async function askPartners(ctx) {
    const request = parseOrThrow(askBody, ctx.request.body ?? {});
    ctx.body = (await queries.ask(request, sessionOf(ctx.state).username)) satisfies QueryResponse;
  });

  router.get(API_ROUTES.queries, validate({ query: listQuery }), async function listQueries(ctx) {
    const { side, cursor, limit } = ctx.state.input.query;
    const page: QueryLogPage = await queries.list(side, {
      ...(cursor === undefined ? {} : { cursor }),
      ...(limit === undefined ? {} : { limit }),
    });
    await audit.append({
      action: 'evidence-read',
      actor: sessionOf(ctx.state).username,
      outcome: 'ok',
      details: { operation: 'list', count: page.items.length, kinds: [...queryKinds(side)] },
      ...(ctx.ip ? { ip: ctx.ip.slice(0, 64) } : {}),
    });
    ctx.body = page;
  });

  return router;
}
