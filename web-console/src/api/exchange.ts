/**
 * A case's exchange with partners: send it now to one partner under an agreement that allows
 * on-demand sending (with a covering message), list the partners that hold it, recall it; and the
 * partners one may send to.
 *
 * @example
 *   await sendCase(caseId, { peer: '12D3KooW…', message: 'Container seen in your port last week.' });
 *   const { items } = await recallCase(caseId, { reason: 'entered in error' });
 */
import {
  apiPaths,
  type CaseShare,
  type CaseSharesResponse,
  type PartnerListResponse,
  type RecallCaseRequest,
  type RecallCaseResponse,
  type SendCaseRequest,
  type SendCaseResponse,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { CaseShare, SendCaseResponse };

export const sendCase = (id: string, request: SendCaseRequest) =>
  apiRequest<SendCaseResponse>('POST', apiPaths.caseSend(id), request);

export const caseShares = (id: string, signal?: AbortSignal) =>
  apiRequest<CaseSharesResponse>('GET', apiPaths.caseShares(id), undefined, signal ? { signal } : {});

export const recallCase = (id: string, request: RecallCaseRequest) =>
  apiRequest<RecallCaseResponse>('POST', apiPaths.caseRecall(id), request);

/** The partners with an agreement in force (officers may read this; agreements are the administrator's). */
export const listPartners = (signal?: AbortSignal) =>
  apiRequest<PartnerListResponse>('GET', apiPaths.partners, undefined, signal ? { signal } : {});
