/**
 * The owner's side of a look-up: which of this node's cases hold an identifier. Containers,
 * ships, documents and registrations come from the store's identifier index (the same that
 * `GET /identifiers/:type/:value/cases` reads); a `company` is a business's registration number,
 * found through the business search, and then every live case that links one of them.
 */
import type { QueryIdentifierType } from '../../protocol/api.ts';
import type { BusinessId, Case } from '../../protocol/records.ts';
import type { RecordStoreApi } from '../store/types.ts';
import { MAX_BUSINESSES_PER_QUERY } from './constants.ts';

/** What a look-up reads from the record store. */
export type QueryStore = Pick<RecordStoreApi, 'casesByIdentifier' | 'searchBusinesses' | 'casesOfBusiness'>;

/** The live cases holding the identifier (`value` normalised), each once. */
export async function casesHolding(
  store: QueryStore,
  type: QueryIdentifierType,
  value: string,
): Promise<Case[]> {
  if (type !== 'company') return store.casesByIdentifier(type, value);
  const businessIds: BusinessId[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.searchBusinesses({
      registration: value,
      limit: 100,
      ...(cursor === undefined ? {} : { cursor }),
    });
    businessIds.push(...page.items.map((business) => business.id));
    cursor = page.nextCursor;
  } while (cursor !== undefined && businessIds.length < MAX_BUSINESSES_PER_QUERY);
  const cases = new Map<string, Case>();
  for (const id of businessIds.slice(0, MAX_BUSINESSES_PER_QUERY)) {
    for (const linked of await store.casesOfBusiness(id)) cases.set(linked.id, linked);
  }
  return [...cases.values()];
}
