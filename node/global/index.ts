/**
 * The WCO node's global CEN: the anonymised cases members contribute over
 * `/cen/contribute/1.0.0` (service.ts: every batch verified and every record re-checked by
 * `decide()` against the member's contribution agreement, refusals in the evidence log), kept per
 * member and case id with their provenance (store.ts), searchable with the national filters
 * through a derived SQLite index (search-index.ts, docs/decisions/0007). The member's side is
 * node/contribute.
 *
 * @example
 *   const global = await GlobalStore.open({ kv, indexPath: join(dataDir, GLOBAL_INDEX_FILE), log });
 *   const service = new GlobalService({ global, agreements, evidence, peerHost, self, key, log });
 *   await service.start();
 *   (await global.search({ commodity: 'cocaine', country: 'KE' })).items;
 *   await global.members(); // [{ nodeId, country: 'KE', cases: 2841, upToDate: true }]
 */
export {
  GlobalStore,
  globalCaseOf,
  type GlobalEntry,
  type GlobalStoreOptions,
  type MemberState,
} from './store.ts';
export {
  BATCH_TIMEOUT_MS as GLOBAL_BATCH_TIMEOUT_MS,
  CONTRIBUTE_MAX_STREAMS,
  GlobalService,
  type BatchOutcome,
  type GlobalServiceDeps,
} from './service.ts';
export { GlobalSearchIndex, termsOf } from './search-index.ts';
export { GLOBAL_NS } from './keys.ts';

/** The derived search index's file in the WCO node's data directory. */
export const GLOBAL_INDEX_FILE = 'global.sqlite';
