/**
 * `/api/v1/stats` (analysts): statistics of the cases the search filters find, by a dimension
 * and by month or year with trends, and the data-quality view.
 *
 * @example
 *   const answer = await getStats({ dimension: 'commodity', period: 'month', from: '2026-01-01' });
 *   const quality = await getQuality({ from: '2026-01-01' });
 */
import {
  apiPaths,
  type QualityParams,
  type QualityResponse,
  type StatsParams,
  type StatsResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { QualityParams, QualityResponse, StatsParams, StatsResponse };

export const getStats = (params: StatsParams, signal?: AbortSignal) =>
  apiRequest<StatsResponse>(
    'GET',
    `${apiPaths.stats}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const getQuality = (params: QualityParams, signal?: AbortSignal) =>
  apiRequest<QualityResponse>(
    'GET',
    `${apiPaths.statsQuality}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );
