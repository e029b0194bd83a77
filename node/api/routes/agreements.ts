/**
 * `/api/v1/agreements`: the agreements this node holds, for exchange administrators. List
 * (`GET /agreements`), read one with its document, sealed JSON and revocations
 * (`GET /agreements/:id`), install a sealed agreement both parties signed (`POST /agreements`,
 * the body is the sealed JSON), revoke one with this node's key (`POST /agreements/:id/revoke`,
 * answering the revocation, which the node also delivers to the partner) and install the
 * partner's revocation by hand (`POST /agreements/:id/revocations`). The registry verifies and
 * audits every change.
 *
 * Proposals travel over the `agreements` peer protocol: propose a document this node signed
 * (`POST /agreements/proposals`, 202 with the delivery state), list and read them
 * (`GET /agreements/proposals[/:id]`), and answer an incoming one
 * (`POST /agreements/proposals/:id/countersign`, `…/decline`). The proposal routes come first:
 * `/agreements/proposals` would otherwise be taken for an agreement id.
 */
import type { KeyObject } from 'node:crypto';
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  apiPaths,
  type AddRevocationResponse,
  type AgreementDetail,
  type AgreementListResponse,
  type CountersignProposalResponse,
  type DeclineProposalResponse,
  type ProposalDetail,
  type ProposalListResponse,
  type ProposeAgreementResponse,
  type RevokeAgreementResponse,
} from '../../../protocol/api.ts';
import {
  DEFAULT_REVOCATION_REASON,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  ProposalsUnavailableError,
  UnknownAgreementError,
  UnknownProposalError,
  type AgreementProposals,
  type AgreementRegistry,
} from '../../agreements/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const idParams = z.object({ id: z.uuidv7({ message: 'not an agreement id' }) });
const revokeBody = z.object({ reason: z.string().trim().min(1).max(500).optional() }).strict();
const revocationBody = z.object({ revocation: z.string().min(1).max(10_000) }).strict();
const proposeBody = z
  .object({
    // The sealed JSON is checked by opening it (signatures first), like an install's body.
    sealed: z.unknown().refine((value) => value !== undefined, { message: 'required' }),
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
  })
  .strict();
const version = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const countersignBody = z.object({ version: version.optional() }).strict();
const declineBody = z
  .object({ reason: z.string().trim().max(MAX_REASON_LENGTH).optional(), version: version.optional() })
  .strict();

export interface AgreementsRouterDeps {
  agreements: AgreementRegistry;
  /** This node's signing key (from its identity), for the revocations it makes. */
  signingKey: KeyObject;
  /** Proposals to and from partners; without them the proposal routes answer 503. */
  proposals?: AgreementProposals;
}

export function agreementsRouter({
  agreements,
  signingKey,
  proposals,
}: AgreementsRouterDeps): Router<ApiState> {
  const router = new Router<ApiState>();
  const proposalsOrThrow = (): AgreementProposals => {
    if (!proposals) throw new ProposalsUnavailableError();
    return proposals;
  };

  router.get(API_ROUTES.agreementProposals, validate({ query: noQuery }), async function listProposals(ctx) {
    ctx.body = { items: await proposalsOrThrow().list() } satisfies ProposalListResponse;
  });

  router.post(
    API_ROUTES.agreementProposals,
    validate({ query: noQuery }),
    async function proposeAgreement(ctx) {
      const { sealed, note } = parseOrThrow(proposeBody, ctx.request.body ?? {});
      const actor = sessionOf(ctx.state).username;
      const { proposal } = await proposalsOrThrow().propose(sealed, note, actor);
      // Accepted: the partner's exchange administrator answers it on their node, later.
      ctx.status = 202;
      ctx.set('Location', apiPaths.agreementProposal(proposal.id));
      ctx.body = proposal satisfies ProposeAgreementResponse;
    },
  );

  router.get(
    API_ROUTES.agreementProposal,
    validate({ query: noQuery, params: idParams }),
    async function getProposal(ctx) {
      const { id } = ctx.state.input.params;
      const detail = await proposalsOrThrow().get(id);
      if (!detail) throw new UnknownProposalError(id);
      ctx.body = detail satisfies ProposalDetail;
    },
  );

  router.post(
    API_ROUTES.agreementProposalCountersign,
    validate({ query: noQuery, params: idParams }),
    async function countersignProposal(ctx) {
      const body = parseOrThrow(countersignBody, ctx.request.body ?? {});
      const actor = sessionOf(ctx.state).username;
      const result = await proposalsOrThrow().countersign(ctx.state.input.params.id, actor, body.version);
      ctx.body = result satisfies CountersignProposalResponse;
    },
  );

  router.post(
    API_ROUTES.agreementProposalDecline,
    validate({ query: noQuery, params: idParams }),
    async function declineProposal(ctx) {
      const body = parseOrThrow(declineBody, ctx.request.body ?? {});
      const actor = sessionOf(ctx.state).username;
      const proposal = await proposalsOrThrow().decline(
        ctx.state.input.params.id,
        body.reason,
        actor,
        body.version,
      );
      ctx.body = proposal satisfies DeclineProposalResponse;
    },
  );

  router.get(API_ROUTES.agreements, validate({ query: noQuery }), async function listAgreements(ctx) {
    ctx.body = { items: await agreements.list() } satisfies AgreementListResponse;
  });

  router.post(API_ROUTES.agreements, validate({ query: noQuery }), async function installAgreement(ctx) {
    const actor = sessionOf(ctx.state).username;
    const result = await agreements.install(ctx.request.body, actor);
    ctx.status = result.installed ? 201 : 200;
    ctx.set('Location', apiPaths.agreement(result.agreement.id));
    ctx.body = result.agreement satisfies AgreementDetail;
  });

  router.get(
    API_ROUTES.agreement,
    validate({ query: noQuery, params: idParams }),
    async function getAgreement(ctx) {
      const { id } = ctx.state.input.params;
      const detail = await agreements.get(id);
      if (!detail) throw new UnknownAgreementError(id);
      ctx.body = detail satisfies AgreementDetail;
    },
  );

  router.post(
    API_ROUTES.agreementRevoke,
    validate({ query: noQuery, params: idParams }),
    async function revokeAgreement(ctx) {
      const { reason } = parseOrThrow(revokeBody, ctx.request.body ?? {});
      const actor = sessionOf(ctx.state).username;
      const result = await agreements.revoke(
        ctx.state.input.params.id,
        reason ?? DEFAULT_REVOCATION_REASON,
        signingKey,
        actor,
      );
      ctx.body = {
        agreement: result.agreement,
        revocation: result.revocation,
      } satisfies RevokeAgreementResponse;
    },
  );

  router.post(
    API_ROUTES.agreementRevocations,
    validate({ query: noQuery, params: idParams }),
    async function addRevocation(ctx) {
      const { revocation } = parseOrThrow(revocationBody, ctx.request.body ?? {});
      const actor = sessionOf(ctx.state).username;
      const result = await agreements.addRevocation(revocation, actor, ctx.state.input.params.id);
      ctx.status = result.added ? 201 : 200;
      ctx.body = {
        agreement: result.agreement,
        revocation: result.revocation,
      } satisfies AddRevocationResponse;
    },
  );

  return router;
}
