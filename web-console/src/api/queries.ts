/**
 * `/api/v1/queries`: hit/no-hit look-ups at every partner whose agreement allows queries (a
 * container, a document number, a ship, a company registration), and the log of queries this
 * node asked or that partners asked it.
 *
 * @example
 *   const { results } = await runQuery({ type: 'container', value: 'CSQU3054383' });
 *   const answered = await listQueryLog({ side: 'answered' });
 */
import {
  apiPaths,
  type QueryLogEntry,
  type QueryLogPage,
  type QueryLogParams,
  type QueryPeerResult,
  type QueryRequest,
  type QueryResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { QueryLogEntry, QueryPeerResult, QueryResponse };

export const runQuery = (request: QueryRequest) =>
  apiRequest<QueryResponse>('POST', apiPaths.queries, request);

export const listQueryLog = (params: QueryLogParams, signal?: AbortSignal) =>
  apiRequest<QueryLogPage>(
    'GET',
    `${apiPaths.queries}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );
