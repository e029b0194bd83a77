/**
 * `/api/v1/inbox`: the cases partners sent this node under an agreement, newest first, each with
 * its provenance; one received case with the persons and businesses that came with it.
 *
 * @example
 *   const page = await listInbox({ owner: '12D3KooW…', mode: 'on-demand' });
 *   const item = await getInboxItem(page.items[0]!.owner.nodeId, page.items[0]!.id);
 */
import {
  apiPaths,
  type InboxItemResponse,
  type InboxItemSummary,
  type InboxListResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { InboxItemResponse, InboxItemSummary };

export const INBOX_MODES = ['sync', 'on-demand'] as const;
export type InboxMode = (typeof INBOX_MODES)[number];

export interface InboxParams {
  owner?: string;
  mode?: InboxMode;
  cursor?: string;
  limit?: number;
}

export const listInbox = (params: InboxParams, signal?: AbortSignal) =>
  apiRequest<InboxListResponse>(
    'GET',
    `${apiPaths.inbox}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const getInboxItem = (owner: string, id: string, signal?: AbortSignal) =>
  apiRequest<InboxItemResponse>('GET', apiPaths.inboxItem(owner, id), undefined, signal ? { signal } : {});
