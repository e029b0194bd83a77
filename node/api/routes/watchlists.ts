/**
 * `/api/v1/watchlists`: watch-list rules (`watchlist:manage`). A user lists and reads the rules
 * they own and those partners shared with this node, creates rules (owning them), and changes,
 * deletes or runs over the existing cases the rules they own; a partner's rule is read-only.
 * Beside them, the rules a case matched: `GET /cases/:id/matches` (`case:read`) and
 * `GET /inbox/:owner/:id/matches` (`inbox:read`), each listing only rules the caller may see.
 * Creating, changing and deleting a rule is audited with its kind and sizes, never its identifiers
 * or pattern (they may be document numbers: personal data).
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import {
  API_ROUTES,
  type WatchlistListResponse,
  type WatchlistMatchesResponse,
  type WatchlistRule,
  type WatchlistRunResponse,
} from '../../../protocol/api.ts';
import { parseCaseId, parseNodeId } from '../../../protocol/ids.ts';
import type { AuditAction, AuditLog } from '../../audit/index.ts';
import { parseRuleId, type Viewer, type WatchlistService } from '../../watchlists/index.ts';
import { deleteQuery, noQuery, parseUpdateBody } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { auditRecord } from './records.ts';

export const viewerOf = (state: ApiState): Viewer => {
  const session = sessionOf(state);
  return { username: session.username, role: session.role };
};

/** What the audit log keeps of a rule: its shape and sizes. */
const ruleFacts = (rule: WatchlistRule) => ({
  kind: rule.kind,
  ...(rule.list ? { listType: rule.list.type, entries: rule.list.values.length } : {}),
  shared: rule.shared,
  active: rule.active,
  version: rule.version,
});

export function watchlistsRouter({
  watchlists,
  audit,
}: {
  watchlists: WatchlistService;
  audit: AuditLog;
}): Router<ApiState> {
  const router = new Router<ApiState>();
  const audited = (ctx: Context, action: AuditAction, rule: WatchlistRule) =>
    auditRecord(audit, ctx, action, rule.id, ruleFacts(rule));

  router.get(API_ROUTES.watchlists, validate({ query: noQuery }), async function listRules(ctx) {
    ctx.body = { items: await watchlists.list(viewerOf(ctx.state)) } satisfies WatchlistListResponse;
  });

  router.post(API_ROUTES.watchlists, validate({ query: noQuery }), async function createRule(ctx) {
    const rule = await watchlists.create(ctx.request.body ?? {}, viewerOf(ctx.state));
    await audited(ctx, 'watchlist-created', rule);
    ctx.status = 201;
    ctx.body = rule satisfies WatchlistRule;
  });

  router.get(API_ROUTES.watchlist, validate({ query: noQuery }), async function readRule(ctx) {
    ctx.body = (await watchlists.get(
      parseRuleId(ctx.params.id),
      viewerOf(ctx.state),
    )) satisfies WatchlistRule;
  });

  router.put(API_ROUTES.watchlist, validate({ query: noQuery }), async function updateRule(ctx) {
    const id = parseRuleId(ctx.params.id);
    const viewer = viewerOf(ctx.state);
    await watchlists.get(id, viewer); // an unknown id is 404 before the body is looked at
    const { version, input } = parseUpdateBody(ctx.request.body, 'rule');
    const rule = await watchlists.update(id, input, version, viewer);
    await audited(ctx, 'watchlist-updated', rule);
    ctx.body = rule satisfies WatchlistRule;
  });

  router.delete(API_ROUTES.watchlist, validate({ query: deleteQuery }), async function deleteRule(ctx) {
    const viewer = viewerOf(ctx.state);
    const rule = await watchlists.delete(parseRuleId(ctx.params.id), ctx.state.input.query.version, viewer);
    await audited(ctx, 'watchlist-deleted', rule);
    ctx.body = rule satisfies WatchlistRule;
  });

  router.post(API_ROUTES.watchlistRun, validate({ query: noQuery }), async function runRule(ctx) {
    ctx.body = (await watchlists.run(
      parseRuleId(ctx.params.id),
      viewerOf(ctx.state),
    )) satisfies WatchlistRunResponse;
  });

  router.get(API_ROUTES.caseMatches, validate({ query: noQuery }), async function caseMatches(ctx) {
    const id = parseCaseId(ctx.params.id);
    ctx.body = {
      items: await watchlists.matchesOf({ type: 'case', id }, viewerOf(ctx.state)),
    } satisfies WatchlistMatchesResponse;
  });

  router.get(API_ROUTES.inboxItemMatches, validate({ query: noQuery }), async function inboxMatches(ctx) {
    const owner = parseNodeId(ctx.params.owner);
    const id = parseCaseId(ctx.params.id);
    ctx.body = {
      items: await watchlists.matchesOf({ type: 'inbox', owner, id }, viewerOf(ctx.state)),
    } satisfies WatchlistMatchesResponse;
  });

  return router;
}
