/**
 * The global CEN's released figures (docs/decisions/0010): statistics through the officer's own
 * node (`GET /global/stats`: on a member's node over the `global` protocol, on the WCO node from
 * its store), and on the WCO node the data quality per member and the ITR tables' workbook.
 * Hidden figures come as null with `suppressed: true`; screens show a mark, never a number.
 *
 * @example
 *   const answer = await getGlobalStats({ dimension: 'country', period: 'year' });
 *   const quality = await getGlobalQuality({ from: '2025-01-01' });
 *   html`<a href=${itrWorkbookUrl(2025)} download>…</a>`;
 */
import {
  apiPaths,
  type GlobalQualityParams,
  type GlobalQualityResponse,
  type GlobalStatsParams,
  type GlobalStatsResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { GlobalQualityParams, GlobalQualityResponse, GlobalStatsParams, GlobalStatsResponse };

export const getGlobalStats = (params: GlobalStatsParams, signal?: AbortSignal) =>
  apiRequest<GlobalStatsResponse>(
    'GET',
    `${apiPaths.globalStats}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const getGlobalQuality = (params: GlobalQualityParams, signal?: AbortSignal) =>
  apiRequest<GlobalQualityResponse>(
    'GET',
    `${apiPaths.globalQuality}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

/** The ITR tables of a year as one workbook (a plain link: the browser downloads it). */
export const itrWorkbookUrl = (year: number): string => `${apiPaths.globalItrXlsx}${queryString({ year })}`;
