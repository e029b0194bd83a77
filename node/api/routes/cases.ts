/** `/api/v1/cases`: search, CRUD, revisions and linked cases. */
import type { Router } from '@koa/router';
import { API_ROUTES } from '../../../protocol/api.ts';
import { parseCaseId, type CaseId } from '../../../protocol/ids.ts';
import type { Case } from '../../../protocol/records.ts';
import { NotFoundError } from '../../errors.ts';
import type { AuditLog } from '../../audit/index.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { caseSearchQuery, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { recordRouter } from './records.ts';

export function casesRouter(store: RecordStoreApi, audit: AuditLog): Router<ApiState> {
  const router = recordRouter<CaseId, Case>({
    type: 'case',
    paths: { collection: API_ROUTES.cases, item: API_ROUTES.case, revisions: API_ROUTES.caseRevisions },
    bodyKey: 'case',
    parseId: parseCaseId,
    create: (input, actor) => store.createCase(input, actor),
    get: (id) => store.getCase(id),
    update: (id, input, version, actor) => store.updateCase(id, input, version, actor),
    remove: (id, version, actor) => store.deleteCase(id, version, actor),
    revisions: (id) => store.revisions('case', id),
    audit,
    nominal: false,
  });

  /** Newest seizure first; follow `nextCursor` for the next page. Deleted cases never appear. */
  router.get(API_ROUTES.cases, validate({ query: caseSearchQuery }), async function searchCases(ctx) {
    ctx.body = await store.searchCases(ctx.state.input.query);
  });

  router.get(API_ROUTES.caseLinked, validate({ query: noQuery }), async function linkedCases(ctx) {
    const id = parseCaseId(ctx.params.id);
    if (!(await store.getCase(id))) throw new NotFoundError('case', id);
    ctx.body = { items: await store.linkedCases(id) };
  });

  return router;
}
