/**
 * Statistics and data quality: counts, quantities (per unit) and values of cases by any
 * vocabulary dimension and by month or year, with trends against the previous period
 * (`GET /api/v1/stats`), and the completeness and timeliness of the data following the WCO
 * data-quality charter (`GET /api/v1/stats/quality`).
 *
 * The figures come from a derived SQLite database (`stats.sqlite`, stats-index.ts: one row per
 * case, per item and per multi-valued code) that the store keeps up to date with every write, as
 * it does the full-text index; it can be deleted at any time and is rebuilt from LevelDB by
 * `cen-node reindex` (`rebuildStatsIndex`). Queries aggregate the same rows held in memory as
 * columns (table.ts: query.ts and quality.ts, one pass each); service.ts makes sure they are
 * caught up and resolves free text through the full-text index first.
 *
 * @example
 *   const index = await StatsIndex.open(join(dataDir, STATS_FILE));
 *   const store = await openStore(dataDir, { country: 'KE', derived: [index] });
 *   const stats = new StatsService({ index, store });
 *   const byArea = await stats.stats({ dimension: 'itrArea', period: 'month', from: '2026-01-01' });
 *   const quality = await stats.quality({ from: '2026-01-01' });
 */
import type { RecordStore } from '../store/records.ts';
import type { StatsIndex } from './stats-index.ts';

export { nearestRank, qualityOf } from './quality.ts';
export { statsOf, trendOf, windowOf, type QueryContext, type StatsFilters } from './query.ts';
export { factsOf, StatsTable, type CaseFacts } from './table.ts';
export {
  caseRow,
  entryDelayDays,
  itemRows,
  multiValues,
  placeOf,
  QUALITY_CHECKS,
  type CaseRow,
  type ItemRow,
} from './rows.ts';
export { StatsService, type StatsServiceDeps, type StatsStore } from './service.ts';
export { STATS_FILE, StatsIndex, StatsIndexError } from './stats-index.ts';

/**
 * Rebuilds the statistics database from LevelDB with the store's writes paused meanwhile; for
 * `cen-node reindex`. Returns how many cases it holds.
 */
export async function rebuildStatsIndex(store: RecordStore, index: StatsIndex): Promise<{ cases: number }> {
  return { cases: await store.withWritesPaused(() => index.rebuild(store)) };
}
