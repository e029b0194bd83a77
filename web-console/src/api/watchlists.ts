/**
 * `/api/v1/watchlists`: the watch-list rules the user owns and those partners shared with this
 * node; creating, changing (at the version read), deleting and running a rule over the cases held
 * now; and the rules a case or a received case matched.
 *
 * @example
 *   const rule = await createRule({ name: 'Known reefers', kind: 'list', list: { type: 'container', values } });
 *   const { items } = await caseMatches(caseId);
 */
import {
  apiPaths,
  type UpdateWatchlistRequest,
  type WatchlistListResponse,
  type WatchlistMatch,
  type WatchlistMatchesResponse,
  type WatchlistRecordRef,
  type WatchlistRule,
  type WatchlistRuleInput,
  type WatchlistRunResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { WatchlistMatch, WatchlistRecordRef, WatchlistRule, WatchlistRuleInput, WatchlistRunResponse };

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listRules = (signal?: AbortSignal) =>
  apiRequest<WatchlistListResponse>('GET', apiPaths.watchlists, undefined, withSignal(signal));

export const getRule = (id: string, signal?: AbortSignal) =>
  apiRequest<WatchlistRule>('GET', apiPaths.watchlist(id), undefined, withSignal(signal));

export const createRule = (rule: WatchlistRuleInput) =>
  apiRequest<WatchlistRule>('POST', apiPaths.watchlists, rule);

export const updateRule = (id: string, version: number, rule: WatchlistRuleInput) =>
  apiRequest<WatchlistRule>('PUT', apiPaths.watchlist(id), {
    version,
    rule,
  } satisfies UpdateWatchlistRequest);

export const deleteRule = (id: string, version: number) =>
  apiRequest<WatchlistRule>('DELETE', `${apiPaths.watchlist(id)}${queryString({ version })}`);

export const runRule = (id: string) =>
  apiRequest<WatchlistRunResponse>('POST', apiPaths.watchlistRun(id), {});

/** The rules a record matched that the user may see. */
export const matchesOf = (record: WatchlistRecordRef, signal?: AbortSignal) =>
  apiRequest<WatchlistMatchesResponse>(
    'GET',
    record.type === 'case'
      ? apiPaths.caseMatches(record.id)
      : apiPaths.inboxItemMatches(record.owner, record.id),
    undefined,
    withSignal(signal),
  );
