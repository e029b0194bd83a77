/**
 * `GET /stats/quality` over the statistics table, following the WCO data-quality charter:
 * completeness (the share of cases that record each key field, from the flags kept per case)
 * and timeliness (the delay from seizure to entry: its median, 90th percentile and the share
 * entered within the target), overall and per month of seizure. Delays are whole days, so the
 * percentiles come from a histogram of delays rather than from a sorted list of every case.
 *
 * @example
 *   const answer = qualityOf(table, { from: '2026-01-01', itrArea: 'drugs' }, { today: '2026-11-28' });
 *   answer.total.completeness.route.share; // 0.82
 */
import {
  QUALITY_FIELDS,
  TIMELINESS_TARGET_DAYS,
  type QualityField,
  type QualityFigures,
  type QualityParams,
  type QualityResponse,
} from '../../protocol/api.ts';
import { dateOfDay, dayNumber, periodLabel, periodOf, periodsBetween } from './periods.ts';
import { forEachMatch, matcherOf, rangeEnd, type QueryContext } from './query.ts';
import { QUALITY_BIT, type StatsTable } from './table.ts';

/** The value at a percentile of a histogram of delays, by the nearest-rank method. */
export function nearestRank(histogram: ReadonlyMap<number, number>, p: number): number | null {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const delay of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(delay)!;
    if (seen >= rank) return delay;
  }
  return null;
}

class MonthFigures {
  cases = 0;
  readonly complete = Object.fromEntries(QUALITY_FIELDS.map((field) => [field, 0])) as Record<
    QualityField,
    number
  >;
  readonly delays = new Map<number, number>();

  add(quality: number, delay: number): void {
    this.cases++;
    for (const field of QUALITY_FIELDS) if ((quality & QUALITY_BIT[field]) !== 0) this.complete[field]++;
    this.delays.set(delay, (this.delays.get(delay) ?? 0) + 1);
  }

  addAll(other: MonthFigures): void {
    this.cases += other.cases;
    for (const field of QUALITY_FIELDS) this.complete[field] += other.complete[field];
    for (const [delay, count] of other.delays) this.delays.set(delay, (this.delays.get(delay) ?? 0) + count);
  }
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function figuresOf(month: MonthFigures): QualityFigures {
  let withinTarget = 0;
  for (const [delay, count] of month.delays) if (delay <= TIMELINESS_TARGET_DAYS) withinTarget += count;
  const completeness = {} as QualityFigures['completeness'];
  for (const field of QUALITY_FIELDS)
    completeness[field] = {
      complete: month.complete[field],
      share: share(month.complete[field], month.cases),
    };
  return {
    cases: month.cases,
    completeness,
    timeliness: {
      medianDays: nearestRank(month.delays, 50),
      p90Days: nearestRank(month.delays, 90),
      withinTarget,
      shareWithinTarget: share(withinTarget, month.cases),
    },
  };
}

/** The data-quality figures of the cases a query matches, from a table that is caught up. */
export function qualityOf(table: StatsTable, query: QualityParams, context: QueryContext): QualityResponse {
  const to = rangeEnd(query, context.today);
  const low = query.from === undefined ? 0 : dayNumber(query.from);
  const months = new Map<number, MonthFigures>();
  forEachMatch(table, matcherOf(table, query, context.textMatches), low, dayNumber(to), (slot) => {
    const month = table.month[slot]!;
    let figures = months.get(month);
    if (figures === undefined) months.set(month, (figures = new MonthFigures()));
    figures.add(table.quality[slot]!, table.delay[slot]!);
  });
  const total = new MonthFigures();
  for (const month of months.values()) total.addAll(month);
  const found = [...months.keys()];
  const first =
    query.from !== undefined ? periodOf(low, 'month') : found.length > 0 ? Math.min(...found) : undefined;
  const listed = first === undefined ? [] : periodsBetween(first, periodOf(dayNumber(to), 'month'), 'month');
  return {
    from: query.from === undefined ? null : dateOfDay(low),
    to,
    targetDays: TIMELINESS_TARGET_DAYS,
    total: figuresOf(total),
    months: listed.map((month) => ({
      month: periodLabel(month, 'month'),
      ...figuresOf(months.get(month) ?? new MonthFigures()),
    })),
  };
}
