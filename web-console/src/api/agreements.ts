/**
 * `/api/v1/agreements`: the agreements this node holds: list, read one (its verified document,
 * sealed JSON and revocations), install a sealed file both parties signed, and revoke with this
 * node's key (the answer carries the revocation the partner needs).
 *
 * @example
 *   const detail = await installAgreement(JSON.parse(await file.text()));
 *   await revokeAgreement(detail.id, 'the memorandum ended');
 */
import {
  apiPaths,
  type AgreementDetail,
  type AgreementListResponse,
  type AgreementSummary,
  type RevokeAgreementRequest,
  type RevokeAgreementResponse,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { AgreementDetail, AgreementSummary, RevokeAgreementResponse };

export const listAgreements = (signal?: AbortSignal) =>
  apiRequest<AgreementListResponse>('GET', apiPaths.agreements, undefined, signal ? { signal } : {});

export const getAgreement = (id: string, signal?: AbortSignal) =>
  apiRequest<AgreementDetail>('GET', apiPaths.agreement(id), undefined, signal ? { signal } : {});

/** The body is the sealed JSON as read from the file: the node verifies it. */
export const installAgreement = (sealed: unknown) =>
  apiRequest<AgreementDetail>('POST', apiPaths.agreements, sealed);

export const revokeAgreement = (id: string, reason: string) =>
  apiRequest<RevokeAgreementResponse>('POST', apiPaths.agreementRevoke(id), {
    reason,
  } satisfies RevokeAgreementRequest);
