/**
 * The global CEN on the WCO node, for its analysts and administrator:
 * - `GET /global/cases`: the anonymised cases members contributed, with the national search
 *   filters and paging (`country` is the contributing member's), newest seizure first;
 * - `GET /global/members`: each contributing member, how many of its cases the global store
 *   holds, and whether its contributions have caught up with its own records.
 * On a national node both answer 404: the global CEN is held by the WCO node (members' officers
 * reach it through their own node with the `global` protocol, a later step).
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { API_ROUTES, type GlobalCasePage, type GlobalMemberListResponse } from '../../../protocol/api.ts';
import type { GlobalStore } from '../../global/index.ts';
import { caseSearchQuery, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export function globalRouter({ global }: { global?: GlobalStore | undefined }): Router<ApiState> {
  const router = new Router<ApiState>();
  const held = (ctx: Context): GlobalStore => {
    if (!global) ctx.throw(404, 'this node does not hold the global CEN: the WCO node does');
    return global;
  };

  router.get(API_ROUTES.globalCases, validate({ query: caseSearchQuery }), async function searchGlobal(ctx) {
    ctx.body = (await held(ctx).search(ctx.state.input.query)) satisfies GlobalCasePage;
  });

  router.get(API_ROUTES.globalMembers, validate({ query: noQuery }), async function listMembers(ctx) {
    ctx.body = { items: await held(ctx).members() } satisfies GlobalMemberListResponse;
  });

  return router;
}
