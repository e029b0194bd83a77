/**
 * `/api/v1/stats` (`stats:read`): statistics of the cases the case search parameters find, by a
 * vocabulary dimension and by month or year with trends (`StatsResponse`), and the data-quality
 * view (`/stats/quality`, `QualityResponse`). Codes are checked against the vocabularies as for
 * `GET /cases`, so a typo is refused instead of counting nothing.
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  STATS_DIMENSION_NAMES,
  STATS_MAX_BUCKETS,
  STATS_PERIODS,
  type QualityParams,
  type StatsParams,
} from '../../../protocol/api.ts';
import type { StatsService } from '../../stats/index.ts';
import { caseSearchQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const { cursor: _cursor, limit: _limit, ...filters } = caseSearchQuery.shape;

const dateOrder = <T extends { from?: string | undefined; to?: string | undefined }>(query: T) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const dateOrderIssue = {
  message: '`from` must not be after `to`',
  path: ['from'],
  params: { rule: 'date-range' },
};

/** `GET /stats`: see `StatsParams`. */
export const statsQuery = z
  .object({
    ...filters,
    dimension: z.enum(STATS_DIMENSION_NAMES).optional(),
    period: z.enum(STATS_PERIODS).optional(),
    top: z.coerce.number().int().min(1).max(STATS_MAX_BUCKETS).optional(),
  })
  .strict()
  .refine(dateOrder, dateOrderIssue);

/** `GET /stats/quality`: see `QualityParams`. */
export const qualityQuery = z.object(filters).strict().refine(dateOrder, dateOrderIssue);

export function statsRouter(stats: StatsService): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.stats, validate({ query: statsQuery }), async function statistics(ctx) {
    ctx.body = await stats.stats(ctx.state.input.query satisfies StatsParams);
  });

  router.get(API_ROUTES.statsQuality, validate({ query: qualityQuery }), async function dataQuality(ctx) {
    ctx.body = await stats.quality(ctx.state.input.query satisfies QualityParams);
  });

  return router;
}
