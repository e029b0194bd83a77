/**
 * `GET /cases/:id/contribution`: whether and when a case reached each WCO node this node
 * contributes to (`CaseContribution`: contributed, pending, withdrawn, refused, not contributed),
 * for anyone who may read the case. Empty without a contribution agreement (and on a WCO node).
 */
import { Router } from '@koa/router';
import { API_ROUTES, type CaseContributionResponse } from '../../../protocol/api.ts';
import { parseCaseId } from '../../../protocol/ids.ts';
import type { ContributionService } from '../../contribute/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export function contributionRouter({
  store,
  contributions,
}: {
  store: Pick<RecordStoreApi, 'getCase'>;
  contributions?: Pick<ContributionService, 'caseContribution'> | undefined;
}): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.caseContribution, validate({ query: noQuery }), async function caseContribution(ctx) {
    const id = parseCaseId(ctx.params.id);
    const record = await store.getCase(id);
    if (!record) throw new NotFoundError('case', id);
    ctx.body = {
      caseId: id,
      items: contributions ? await contributions.caseContribution(record) : [],
    } satisfies CaseContributionResponse;
  });

  return router;
}
