/**
 * The WCO node's released figures of the global CEN, for its analysts and administrator
 * (`global:read` or `global:manage`; docs/decisions/0010):
 * - `GET /global/itr?year=` (or `from=&to=` years): the Illicit-Trade-Report tables as JSON
 *   (`ItrResponse`), `GET /global/itr.xlsx` the same tables as the workbook `cen-node global itr`
 *   writes, both through disclosure control with the node's `minCellCount`;
 * - `GET /global/quality`: data quality per member (`GlobalQualityResponse`), with the case
 *   filters of `GET /stats/quality` (no free text: contributions carry none worth asking about).
 * On a national node they answer 404: the global CEN is held by the WCO node.
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  type GlobalQualityResponse,
  type ItrParams,
  type ItrResponse,
} from '../../../protocol/api.ts';
import {
  globalQuality,
  globalTableOf,
  itrTablesOf,
  itrWorkbook,
  type GlobalStore,
} from '../../global/index.ts';
import { caseSearchQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const year = z.coerce.number().int().min(1900).max(2200);

/** `GET /global/itr`: one year, or a range of years (default: this year). */
export const itrQuery = z
  .object({ year: year.optional(), from: year.optional(), to: year.optional() })
  .strict()
  .refine((q) => q.year === undefined || (q.from === undefined && q.to === undefined), {
    message: 'give `year`, or `from` and `to`, not both',
    path: ['year'],
    params: { rule: 'year-or-range' },
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
    params: { rule: 'date-range' },
  })
  .refine((q) => (q.to ?? q.year ?? 0) - (q.from ?? q.year ?? 0) < 50, {
    message: 'at most 50 years',
    path: ['to'],
    params: { rule: 'max' },
  });

/** The years an ITR query covers. */
export function itrYears(query: ItrParams, today = new Date()): { from: number; to: number } {
  const thisYear = today.getUTCFullYear();
  if (query.year !== undefined) return { from: query.year, to: query.year };
  const from = query.from ?? query.to ?? thisYear;
  return { from, to: query.to ?? Math.max(from, thisYear) };
}

const { cursor: _cursor, limit: _limit, q: _q, ...filters } = caseSearchQuery.shape;

/** `GET /global/quality`: the data-quality filters without the free text. */
export const globalQualityQuery = z
  .object(filters)
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
    params: { rule: 'date-range' },
  });

export interface GlobalWcoDeps {
  global?: GlobalStore | undefined;
  /** Smallest released count (config `minCellCount`). */
  minCell: number;
}

export function globalWcoRouter({ global, minCell }: GlobalWcoDeps): Router<ApiState> {
  const router = new Router<ApiState>();
  const held = (ctx: Context): GlobalStore => {
    if (!global) ctx.throw(404, 'this node does not hold the global CEN: the WCO node does');
    return global;
  };
  const itrOf = async (store: GlobalStore, query: ItrParams): Promise<ItrResponse> =>
    itrTablesOf(await globalTableOf(store), { ...itrYears(query), minCell });

  router.get(API_ROUTES.globalItr, validate({ query: itrQuery }), async function itrTables(ctx) {
    ctx.body = (await itrOf(held(ctx), ctx.state.input.query)) satisfies ItrResponse;
  });

  router.get(API_ROUTES.globalItrXlsx, validate({ query: itrQuery }), async function itrWorkbookFile(ctx) {
    const report = await itrOf(held(ctx), ctx.state.input.query);
    const years = report.from === report.to ? `${report.from}` : `${report.from}-${report.to}`;
    ctx.set('Content-Disposition', `attachment; filename="itr-${years}.xlsx"`);
    ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    ctx.body = await itrWorkbook(report);
  });

  router.get(
    API_ROUTES.globalQuality,
    validate({ query: globalQualityQuery }),
    async function memberQuality(ctx) {
      ctx.body = (await globalQuality(held(ctx), ctx.state.input.query)) satisfies GlobalQualityResponse;
    },
  );

  return router;
}
