/**
 * `/api/v1/global`: the WCO's global CEN as the officer's own node reaches it (on a member's node,
 * through the `global` protocol; on the WCO node, from its store): search with the national
 * filters (`country` is the reporting member), one case by its member and id, the photos the
 * members shared, and the search's cases as XLSX or CSV (plain links, like the national exports).
 *
 * `globalFailureOf` tells the screens why the global CEN did not answer: the WCO node is away
 * (503), or this node has no contribution agreement in force (404 `no_global_cen`, or the WCO
 * node's `no-agreement` refusal).
 *
 * @example
 *   const page = await searchGlobalCases({ itrArea: 'drugs', country: 'TZ' });
 *   const found = await getGlobalCase(page.items[0]!.member.nodeId, page.items[0]!.case.id!);
 *   html`<img src=${globalPhotoUrl(hash, true)} alt="">`;
 */
import {
  apiPaths,
  CASE_SEARCH_PARAMS,
  type CaseSearchParams,
  type ExportParams,
  type GlobalCase,
  type GlobalCasePage,
} from '../../../protocol/api.ts';
import { apiRequest, ApiRequestError, queryString } from './http.ts';

/** The global search takes the national search's parameters. */
export const GLOBAL_SEARCH_PARAMS = CASE_SEARCH_PARAMS;
export type GlobalSearchParams = CaseSearchParams;

export const searchGlobalCases = (params: GlobalSearchParams, signal?: AbortSignal) =>
  apiRequest<GlobalCasePage>(
    'GET',
    `${apiPaths.globalCases}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const getGlobalCase = (member: string, id: string, signal?: AbortSignal) =>
  apiRequest<GlobalCase>('GET', apiPaths.globalCase(member, id), undefined, signal ? { signal } : {});

/** A shared photo of a global case, or its thumbnail. */
export const globalPhotoUrl = (hash: string, thumb = false): string =>
  apiPaths.globalPhoto(hash, thumb ? 'thumb' : 'full');

/** The global search's cases as a download, with the reporting member's country in a column. */
export const globalExportUrl = (format: 'xlsx' | 'csv', params: ExportParams): string =>
  `${format === 'xlsx' ? apiPaths.globalExportXlsx : apiPaths.globalExportCsv}${queryString({ ...params })}`;

/**
 * Why the global CEN did not answer, when the reason is one the officer can act on or wait out:
 * `unreachable` (the WCO node is away: try again later), `no-agreement` (this node contributes to
 * no WCO node, so it reaches no global CEN: the exchange administrator's business), `not-found`
 * (no such global case, or no longer: withdrawn by its member).
 */
export type GlobalFailure = 'unreachable' | 'no-agreement' | 'not-found' | 'other';

export function globalFailureOf(err: unknown): GlobalFailure {
  if (!(err instanceof ApiRequestError)) return 'other';
  const details = err.details as { kind?: unknown; code?: unknown } | null | undefined;
  if (err.status === 503) return 'unreachable';
  if (err.code === 'no_global_cen' || (err.status === 502 && details?.code === 'no-agreement'))
    return 'no-agreement';
  if (err.status === 502 && details?.code === 'not-found') return 'not-found';
  if (err.status === 404) return 'not-found';
  return 'other';
}
