/** `/api/v1/identifiers/:type/:value/cases`: every case that carries an identifier (container, document, …). */
import { Router } from '@koa/router';
import { API_ROUTES } from '../../../protocol/api.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { identifierParams, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';

export function identifiersRouter(store: RecordStoreApi): Router<ApiState> {
  const router = new Router<ApiState>();
  router.get(
    API_ROUTES.identifierCases,
    validate({ query: noQuery, params: identifierParams }),
    async function casesByIdentifier(ctx) {
      const { type, value } = ctx.state.input.params;
      ctx.body = { items: await store.casesByIdentifier(type, value) };
    },
  );
  return router;
}
