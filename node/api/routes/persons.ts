/** `/api/v1/persons`: nominal person records, shared across cases, and the cases they appear in. */
import type { Router } from '@koa/router';
import { API_ROUTES } from '../../../protocol/api.ts';
import { parsePersonId, type PersonId } from '../../../protocol/ids.ts';
import type { Person } from '../../../protocol/records.ts';
import { NotFoundError } from '../../errors.ts';
import type { AuditLog } from '../../audit/index.ts';
import type { RecordStoreApi } from '../../store/types.ts';
import { personSearchQuery, noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { auditRecord, auditSearch, recordRouter } from './records.ts';

export function personsRouter(store: RecordStoreApi, audit: AuditLog): Router<ApiState> {
  const router = recordRouter<PersonId, Person>({
    type: 'person',
    paths: { collection: API_ROUTES.persons, item: API_ROUTES.person, revisions: API_ROUTES.personRevisions },
    bodyKey: 'person',
    parseId: parsePersonId,
    create: (input, actor) => store.createPerson(input, actor),
    get: (id) => store.getPerson(id),
    update: (id, input, version, actor) => store.updatePerson(id, input, version, actor),
    remove: (id, version, actor) => store.deletePerson(id, version, actor),
    revisions: (id) => store.revisions('person', id),
    audit,
    nominal: true,
  });

  router.get(API_ROUTES.personCases, validate({ query: noQuery }), async function casesOfPerson(ctx) {
    const id = parsePersonId(ctx.params.id);
    if (!(await store.getPerson(id))) throw new NotFoundError('person', id);
    await auditRecord(audit, ctx, 'nominal-read', id, { type: 'person', view: 'cases' });
    ctx.body = { items: await store.casesOfPerson(id) };
  });

  /**
   * Alphabetical; follow `nextCursor` for the next page. The query names someone, so the audit
   * entry records only that a search ran and which records it showed.
   */
  router.get(API_ROUTES.persons, validate({ query: personSearchQuery }), async function searchPersons(ctx) {
    const page = await store.searchPersons(ctx.state.input.query);
    await auditSearch(audit, ctx, 'person', page.items);
    ctx.body = page;
  });

  return router;
}
