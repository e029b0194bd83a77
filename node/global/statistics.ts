/**
 * Statistics of the global CEN, released through disclosure control (docs/decisions/0010): the
 * national statistics engine (node/stats: `factsOf`, `StatsTable`, `statsOf`) run over the
 * members' anonymised cases, then every figure that counts 1..minCell-1 cases, or would give
 * such a figure away through the totals, replaced by null (policies/disclosure.ts).
 *
 * The table is buckets × periods with the bucket totals, the period totals and the total as its
 * margins. Trends are released only when both sides are: a cell's trend compares it with the
 * period before (the cell to its left, or the period before the range, which is checked as a
 * one-way table of its own), a bucket's range trend with the previous span (likewise).
 *
 * The statistics table is built from LevelDB on first use and kept per store until the members'
 * figures change (every stored batch changes its member's `lastReceivedAt`).
 *
 * @example
 *   const answer = await globalStatistics(store, { dimension: 'commodity', period: 'year' }, { minCell: 3 });
 *   answer.buckets[0]!.cases; // null when hidden
 */
import { DEFAULT_MIN_CELL, suppress, suppressList } from '../../policies/disclosure.ts';
import {
  STATS_DEFAULT_BUCKETS,
  type GlobalStatsParams,
  type GlobalStatsResponse,
  type ReleasedBucket,
  type ReleasedCell,
  type ReleasedFigures,
  type ReleasedSeries,
  type StatsFigures,
  type StatsResponse,
  type StatsSeries,
  type StatsTrend,
} from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { statsQuery } from '../api/routes/stats.ts';
import { parseOrThrow } from '../api/validate.ts';
import { factsOf, statsOf, StatsTable } from '../stats/index.ts';
import { compareUnits } from '../stats/query.ts';
import { MAX_LIMIT } from '../store/records.ts';
import {
  aggregatesOf,
  attachAggregates,
  globalAggregates,
  withAggregates,
  type GlobalAggregate,
} from './aggregates.ts';
import { GLOBAL_NS } from './keys.ts';
import type { GlobalEntry, GlobalStore, MemberState } from './store.ts';

/** `GET /global/stats` query string: exactly `GET /stats`'s (see `GlobalStatsParams`). */
export const globalStatsQuery = statsQuery;

export interface GlobalStatsOptions {
  /** Smallest released count (default 3). */
  minCell?: number;
  /** Today at the node (YYYY-MM-DD), where a range without `to` ends. */
  today?: string;
}

/** A global case's key in the statistics table: two members may hold the same case id. */
export const globalStatsId = (member: string, id: string) => `${member}\x00${id}`;

/** A projected case as the statistics engine reads it (lists it may lack made empty). */
export function statsCaseOf(entry: GlobalEntry): Case {
  const record = entry.record as Partial<Case>;
  return {
    offenceTypes: [],
    items: [],
    offenders: [],
    ...record,
    createdAt: record.createdAt ?? entry.provenance.receivedAt,
    seizureDate: record.seizureDate ?? '',
  } as Case;
}

/** Adds one global case to a statistics table. */
export function putGlobalCase(table: StatsTable, entry: GlobalEntry): void {
  const facts = factsOf(statsCaseOf(entry));
  table.put({ ...facts, row: { ...facts.row, id: globalStatsId(entry.provenance.owner.nodeId, entry.id) } });
}

/**
 * Builds the statistics table of every global case (one pass over LevelDB), with the members'
 * monthly aggregates attached (`aggregatesOf(table)`), which the answers add in (aggregates.ts).
 */
export async function buildGlobalTable(store: GlobalStore): Promise<StatsTable> {
  const table = new StatsTable();
  // A member counts by what its profile sends now: cases, or months (never both, when it changed).
  const aggregatesOnly = new Set<string>();
  for await (const [, value] of store.kv.iterate(GLOBAL_NS.members)) {
    const member = value as MemberState;
    if (member.level === 'aggregates') aggregatesOnly.add(member.nodeId);
  }
  for await (const entry of store.all())
    if (!aggregatesOnly.has(entry.provenance.owner.nodeId)) putGlobalCase(table, entry);
  const aggregates: GlobalAggregate[] = [];
  for await (const held of globalAggregates(store.kv))
    if (aggregatesOnly.has(held.member.nodeId)) aggregates.push(held);
  attachAggregates(table, aggregates);
  return table;
}

const cache = new WeakMap<GlobalStore, { signature: string; table: Promise<StatsTable> }>();

/** The store's statistics table, rebuilt when a member's figures changed since the last one. */
export async function globalTableOf(store: GlobalStore): Promise<StatsTable> {
  const signature = JSON.stringify(await store.members());
  const held = cache.get(store);
  if (held && held.signature === signature) return held.table;
  const table = buildGlobalTable(store);
  cache.set(store, { signature, table });
  table.catch(() => cache.delete(store));
  return table;
}

/** The ids (statistics-table keys) of the global cases the free text finds. */
async function textMatchesOf(
  store: GlobalStore,
  q: string,
  dates: { from?: string | undefined; to?: string | undefined },
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.search({
      q,
      ...(dates.from === undefined ? {} : { from: dates.from }),
      ...(dates.to === undefined ? {} : { to: dates.to }),
      limit: MAX_LIMIT,
      ...(cursor ? { cursor } : {}),
    });
    for (const item of page.items) ids.push(globalStatsId(item.member.nodeId, item.case.id!));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

const HIDDEN: ReleasedFigures = { cases: null, quantities: null, valueUsd: null, suppressed: true };

/** Figures as released: themselves, or nothing at all when hidden. */
export function releasedFigures(figures: StatsFigures, hidden: boolean): ReleasedFigures {
  return hidden
    ? { ...HIDDEN }
    : {
        cases: figures.cases,
        quantities: { ...figures.quantities },
        valueUsd: figures.valueUsd,
        suppressed: false,
      };
}

const trendIf = (trend: StatsTrend | undefined, shown: boolean): StatsTrend | null =>
  shown && trend !== undefined ? trend : null;

/**
 * Releases a `statsOf` answer (computed with every bucket) through disclosure control and cuts
 * it to `top` buckets. Pure.
 */
export function releaseStats(answer: StatsResponse, minCell: number, top: number): GlobalStatsResponse {
  const rows: StatsSeries[] = answer.dimension === null ? [answer.total] : answer.buckets;
  const periods = answer.periods.length;
  let suppressed = 0;
  let cells: boolean[][] = rows.map(() => new Array<boolean>(periods).fill(false));
  let rowTotals = rows.map(() => false);
  let columnTotals = new Array<boolean>(periods).fill(false);
  let grandTotal = false;
  if (rows.length > 0 && periods > 0) {
    const pattern = suppress(
      {
        cells: rows.map((row) => row.series.map((cell) => cell.cases)),
        rowTotals: rows.map((row) => row.cases),
        columnTotals: answer.total.series.map((cell) => cell.cases),
        grandTotal: answer.total.cases,
      },
      { minCell },
    );
    ({ cells, rowTotals, columnTotals, grandTotal } = pattern);
    suppressed = pattern.primary + pattern.secondary;
    // Without a dimension the one row is the total itself: count its figures once.
    if (answer.dimension === null) suppressed = cells[0]!.filter(Boolean).length + (grandTotal ? 1 : 0);
  } else if (answer.total.cases > 0 && answer.total.cases < minCell) {
    grandTotal = true;
    suppressed = 1;
  }
  // What the trends compare with lies outside the table: two one-way tables of their own.
  const beforeOf = (row: StatsSeries) => row.series[0]?.trend.previous.cases ?? 0;
  const before = suppressList(rows.map(beforeOf), { minCell, total: beforeOf(answer.total) });
  const spanOf = (row: StatsSeries) => row.trend?.previous.cases ?? 0;
  const span = suppressList(rows.map(spanOf), { minCell, total: spanOf(answer.total) });

  const seriesOf = (
    row: StatsSeries,
    hiddenCells: readonly boolean[],
    hiddenTotal: boolean,
    beforeHidden: boolean,
    spanHidden: boolean,
  ): ReleasedSeries => {
    const series: ReleasedCell[] = row.series.map((cell, p) => {
      const hidden = hiddenCells[p] ?? false;
      const previousHidden = p === 0 ? beforeHidden : (hiddenCells[p - 1] ?? false);
      return { ...releasedFigures(cell, hidden), trend: trendIf(cell.trend, !hidden && !previousHidden) };
    });
    return {
      ...releasedFigures(row, hiddenTotal),
      ...(row.trend === undefined ? {} : { trend: trendIf(row.trend, !hiddenTotal && !spanHidden) }),
      series,
    };
  };

  const total =
    answer.dimension === null
      ? seriesOf(answer.total, cells[0] ?? [], grandTotal, before.total, span.total)
      : seriesOf(answer.total, columnTotals, grandTotal, before.total, span.total);
  const buckets: ReleasedBucket[] =
    answer.dimension === null
      ? []
      : answer.buckets.map((bucket, r) => ({
          key: bucket.key,
          ...seriesOf(bucket, cells[r]!, rowTotals[r]!, before.counts[r]!, span.counts[r]!),
        }));
  // Shown buckets by cases (as statsOf sorted them), hidden ones after them by code.
  const byKey = (a: ReleasedBucket, b: ReleasedBucket) =>
    a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1;
  const ordered = [
    ...buckets.filter((b) => !b.suppressed),
    ...buckets.filter((b) => b.suppressed).sort(byKey),
  ];
  const shown = ordered.slice(0, top);
  const units = new Set<string>();
  const collect = (figures: ReleasedFigures | StatsFigures | null | undefined) => {
    for (const unit of Object.keys(figures?.quantities ?? {})) units.add(unit);
  };
  for (const series of [total, ...shown]) {
    collect(series);
    collect(series.trend?.previous);
    for (const cell of series.series) {
      collect(cell);
      collect(cell.trend?.previous);
    }
  }
  return {
    dimension: answer.dimension,
    period: answer.period,
    from: answer.from,
    to: answer.to,
    previousSpan: answer.previousSpan,
    periods: answer.periods,
    total,
    buckets: shown,
    bucketsOmitted: ordered.length - shown.length,
    units: [...units].sort(compareUnits),
    minCell,
    suppressed,
  };
}

/**
 * `GET /global/stats`: the national statistics' answer over the global CEN, released through
 * disclosure control with `minCell`.
 */
export async function globalStatistics(
  store: GlobalStore,
  params: GlobalStatsParams,
  options: GlobalStatsOptions = {},
): Promise<GlobalStatsResponse> {
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  const { q, top, ...rest } = params;
  const textMatches = q === undefined ? undefined : await textMatchesOf(store, q, rest);
  const table = await globalTableOf(store);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Every bucket takes part in suppression; `top` cuts the released answer.
  const all = { ...rest, top: Number.MAX_SAFE_INTEGER };
  const cases = statsOf(table, all, { today, textMatches });
  // Aggregates-only members' figures add up in the same cells (free text finds none of them).
  const answer = q === undefined ? withAggregates(cases, aggregatesOf(table), all, today) : cases;
  return releaseStats(answer, minCell, top ?? STATS_DEFAULT_BUCKETS);
}

/**
 * The function the `global` protocol and `GET /global/stats` call on the WCO node
 * (`LocalGlobalSourceDeps.statistics`): a raw query string checked with `globalStatsQuery`
 * (a `ValidationError` naming the parameter when it is not one), then `globalStatistics`.
 */
export function globalStatisticsOf(
  store: GlobalStore,
  options: GlobalStatsOptions & { clock?: () => Date } = {},
): (query: Readonly<Record<string, unknown>>) => Promise<GlobalStatsResponse> {
  return (query) => {
    const params = parseOrThrow(globalStatsQuery, query, 'query') satisfies GlobalStatsParams;
    const today = options.today ?? options.clock?.().toISOString().slice(0, 10);
    return globalStatistics(store, params, {
      ...(options.minCell === undefined ? {} : { minCell: options.minCell }),
      ...(today === undefined ? {} : { today }),
    });
  };
}
