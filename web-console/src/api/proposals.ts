/**
 * `/api/v1/agreements/proposals`: agreements a partner proposed to this node (or this node to a
 * partner) over the agreements protocol: list them, read one (the document, verified against the
 * proposer's signature, and the proposer's note), countersign and install one, or decline it with
 * a reason that reaches the proposer.
 *
 * @example
 *   const { items } = await listProposals();
 *   await countersignProposal(items[0]!.id, items[0]!.version);
 */
import {
  apiPaths,
  type CountersignProposalRequest,
  type CountersignProposalResponse,
  type DeclineProposalRequest,
  type DeclineProposalResponse,
  type ProposalDetail,
  type ProposalListResponse,
  type ProposalSummary,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { CountersignProposalResponse, ProposalDetail, ProposalSummary };

export const listProposals = (signal?: AbortSignal) =>
  apiRequest<ProposalListResponse>('GET', apiPaths.agreementProposals, undefined, signal ? { signal } : {});

export const getProposal = (id: string, signal?: AbortSignal) =>
  apiRequest<ProposalDetail>('GET', apiPaths.agreementProposal(id), undefined, signal ? { signal } : {});

/** `version` is the one reviewed: the node refuses if a newer one arrived meanwhile. */
export const countersignProposal = (id: string, version: number) =>
  apiRequest<CountersignProposalResponse>('POST', apiPaths.agreementProposalCountersign(id), {
    version,
  } satisfies CountersignProposalRequest);

export const declineProposal = (id: string, version: number, reason: string) =>
  apiRequest<DeclineProposalResponse>('POST', apiPaths.agreementProposalDecline(id), {
    version,
    reason,
  } satisfies DeclineProposalRequest);
