/** `/api/v1/businesses`: business records, shared across cases, and the cases they appear in. */
import type { Router } from '@koa/router';
import { API_ROUTES } from '../../../protocol/api.ts';
import { parseBusinessId, type BusinessId } from '../../../protocol/ids.ts';
import type { Business } from '../../../protocol/records.ts';
import { NotFoundError } from '../../errors.ts';
import type { AuditLog } from '../../audit/index.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { businessSearchQuery, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { auditRecord, auditSearch, recordRouter } from './records.ts';

export function businessesRouter(store: RecordStoreApi, audit: AuditLog): Router<ApiState> {
  const router = recordRouter<BusinessId, Business>({
    type: 'business',
    paths: {
      collection: API_ROUTES.businesses,
      item: API_ROUTES.business,
      revisions: API_ROUTES.businessRevisions,
    },
    bodyKey: 'business',
    parseId: parseBusinessId,
    create: (input, actor) => store.createBusiness(input, actor),
    get: (id) => store.getBusiness(id),
    update: (id, input, version, actor) => store.updateBusiness(id, input, version, actor),
    remove: (id, version, actor) => store.deleteBusiness(id, version, actor),
    revisions: (id) => store.revisions('business', id),
    audit,
    nominal: true,
  });

  router.get(API_ROUTES.businessCases, validate({ query: noQuery }), async function casesOfBusiness(ctx) {
    const id = parseBusinessId(ctx.params.id);
    if (!(await store.getBusiness(id))) throw new NotFoundError('business', id);
    await auditRecord(audit, ctx, 'nominal-read', id, { type: 'business', view: 'cases' });
    ctx.body = { items: await store.casesOfBusiness(id) };
  });

  /**
   * Alphabetical; follow `nextCursor` for the next page. The query names someone, so the audit
   * entry records only that a search ran and which records it showed.
   */
  router.get(
    API_ROUTES.businesses,
    validate({ query: businessSearchQuery }),
    async function searchBusinesses(ctx) {
      const page = await store.searchBusinesses(ctx.state.input.query);
      await auditSearch(audit, ctx, 'business', page.items);
      ctx.body = page;
    },
  );

  return router;
}
