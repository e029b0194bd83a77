/**
 * `/api/v1/agreements`: the agreements this node holds, for exchange administrators. List
 * (`GET /agreements`), read one with its document, sealed JSON and revocations
 * (`GET /agreements/:id`), install a sealed agreement both parties signed (`POST /agreements`,
 * the body is the sealed JSON), revoke one with this node's key (`POST /agreements/:id/revoke`,
 * answering the revocation to send the partner) and install the partner's revocation
 * (`POST /agreements/:id/revocations`). The registry verifies and audits every change.
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
  type RevokeAgreementResponse,
} from '../../../protocol/api.ts';
import {
  DEFAULT_REVOCATION_REASON,
  UnknownAgreementError,
  type AgreementRegistry,
} from '../../agreements/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const idParams = z.object({ id: z.uuidv7({ message: 'not an agreement id' }) });
const revokeBody = z.object({ reason: z.string().trim().min(1).max(500).optional() }).strict();
const revocationBody = z.object({ revocation: z.string().min(1).max(10_000) }).strict();

export interface AgreementsRouterDeps {
  agreements: AgreementRegistry;
  /** This node's signing key (from its identity), for the revocations it makes. */
  signingKey: KeyObject;
}

export function agreementsRouter({ agreements, signingKey }: AgreementsRouterDeps): Router<ApiState> {
  const router = new Router<ApiState>();

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
