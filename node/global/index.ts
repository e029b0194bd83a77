/**
 * The WCO node's global CEN: the anonymised cases members contribute over
 * `/cen/contribute/1.0.0` (service.ts: every batch verified and every record re-checked by
 * `decide()` against the member's contribution agreement, refusals in the evidence log), kept per
 * member and case id with their provenance (store.ts), searchable with the national filters
 * through a derived SQLite index (search-index.ts, docs/decisions/0007). The member's side is
 * node/contribute. A member under the `aggregates` profile sends monthly figures instead, kept per
 * member and month (aggregates.ts) and added into the statistics. When a member's contribution
 * agreement ends, its cases and figures are purged (purge.ts).
 *
 * Members' officers read the global CEN through their own node over `/cen/global/1.0.0`: one
 * `GlobalSource` (source.ts) is the store itself here and the WCO node there (remote.ts, served by
 * serve.ts, wire in protocol.ts); the photo files members deliver are kept by photos.ts.
 *
 * What the WCO node releases from the store goes through disclosure control
 * (policies/disclosure.ts, docs/decisions/0010): statistics (statistics.ts, the national engine of
 * node/stats over the global cases), the Illicit-Trade-Report tables (itr.ts) and, for its own
 * staff, data quality per member (quality.ts).
 *
 * @example
 *   const global = await GlobalStore.open({ kv, indexPath: join(dataDir, GLOBAL_INDEX_FILE), log });
 *   const service = new GlobalService({ global, agreements, evidence, peerHost, self, key, log });
 *   await service.start();
 *   (await global.search({ commodity: 'cocaine', country: 'KE' })).items;
 *   await global.members(); // [{ nodeId, country: 'KE', cases: 2841, upToDate: true }]
 *   const purge = new GlobalPurge({ kv, global, agreements, evidence, self, log });
 *   purge.start(); // at start, after each agreement change, on a timer
 *   await purge.sweep(); // [{ member, country: 'KE', reason: 'agreement-revoked', cases: 2841 }]
 *   await globalStatistics(global, { dimension: 'country', period: 'year' }, { minCell: 3 });
 *   await writeItrFiles(itrTablesOf(await globalTableOf(global), { from: 2025, to: 2025 }), outDir);
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
export {
  DEFAULT_PURGE_BATCH_CASES,
  DEFAULT_PURGE_INTERVAL_MS,
  GLOBAL_PURGE_NS,
  GlobalPurge,
  type GlobalPurgeDeps,
  type GlobalPurgeMarker,
  type GlobalPurgeOptions,
  type GlobalPurgeReason,
  type MemberPurged,
} from './purge.ts';
export { checkGlobalStore, type GlobalCheckReport } from './check.ts';
export { GLOBAL_NS } from './keys.ts';
export {
  GLOBAL_PHOTO_REFS_NS,
  GLOBAL_PHOTOS_DIRECTORY,
  GlobalPhotoRefusedError,
  GlobalPhotos,
  type GlobalPhotosOptions,
} from './photos.ts';
export {
  LocalGlobalSource,
  type GlobalPhoto,
  type GlobalSource,
  type GlobalStatistics,
  type GlobalStatsAnswer,
  type GlobalUser,
  type LocalGlobalSourceDeps,
} from './source.ts';
export { GlobalProtocolServer, type GlobalProtocolServerDeps } from './serve.ts';
export {
  askGlobal,
  deliverPhoto,
  RemoteGlobalSource,
  wcoNodesOf,
  type AskOptions,
  type GlobalRequest,
  type RemoteGlobalSourceDeps,
} from './remote.ts';
export {
  GLOBAL_MAX_STREAMS,
  GLOBAL_OPS,
  GLOBAL_PHOTO_TIMEOUT_MS,
  GLOBAL_REQUEST_TIMEOUT_MS,
  GlobalRefusedError,
  GlobalUnavailableError,
  MAX_JSON_ANSWER_BYTES,
  NoGlobalCenError,
  type GlobalOp,
  type GlobalRefusalCode,
  type GlobalUserRef,
} from './protocol.ts';

// Released figures (docs/decisions/0010): statistics, ITR tables and data quality per member.
export {
  buildGlobalTable,
  globalStatistics,
  globalStatisticsOf,
  globalStatsQuery,
  globalTableOf,
  releaseStats,
  type GlobalStatsOptions,
} from './statistics.ts';
export { fixZipTimes, itrCsv, itrTablesOf, itrWorkbook, writeItrFiles, type ItrOptions } from './itr.ts';
export { globalQuality } from './quality.ts';

/** The derived search index's file in the WCO node's data directory. */
export const GLOBAL_INDEX_FILE = 'global.sqlite';
export { GLOBAL_AGGREGATES_NS, globalAggregates, type GlobalAggregate } from './aggregates.ts';
