/**
 * `GET /stats` over the statistics table: one pass over the matching cases that adds each into
 * the cells of its buckets, then the cells assembled into periods, buckets and trends.
 *
 * The pass reads the range and what its trends compare with at once: a case before `from` counts
 * for the trend of the first period when it lies in the period before it, and for the range's
 * trend when it lies in the span as long as the range just before `from`.
 *
 * @example
 *   const answer = statsOf(table, { dimension: 'commodity', period: 'year', from: '2025-01-01' }, { today: '2026-11-28' });
 */
import {
  STATS_DEFAULT_BUCKETS,
  type StatsBucket,
  type StatsCell,
  type StatsChange,
  type StatsFigures,
  type StatsParams,
  type StatsPeriod,
  type StatsResponse,
  type StatsSeries,
  type StatsTrend,
} from '../../protocol/api.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import {
  addDays,
  dateOfDay,
  dayNumber,
  daysInRange,
  periodLabel,
  periodOf,
  periodStart,
  previousPeriod,
} from './periods.ts';
import { placeOf, type CaseColumn } from './rows.ts';
import { NONE, VALUE_DIMENSION, type StatsTable } from './table.ts';

/** The case search filters of a statistics query, without the free text (resolved beforehand). */
export type StatsFilters = Omit<StatsParams, 'q' | 'dimension' | 'period' | 'top'>;

export interface QueryContext {
  /** Today at the node (YYYY-MM-DD): where the range ends when `to` is not given. */
  today: string;
  /** With `q`: the ids of the cases its words find; only they count. */
  textMatches?: readonly string[] | undefined;
}

const CASE_COLUMN_FILTERS = [
  'country',
  'status',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
] as const satisfies readonly CaseColumn[];

/** The filters as codes of the table, ready for the pass. */
export interface Matcher {
  /** A filter names a code no case holds: nothing matches. */
  impossible: boolean;
  columns: [Int32Array, number][];
  routeCountry: number;
  itrArea: number;
  commodity: number;
  /** 1 at the slots of the cases the free text found. */
  text: Uint8Array | undefined;
}

export function matcherOf(
  table: StatsTable,
  filters: StatsFilters,
  textMatches?: readonly string[],
): Matcher {
  let impossible = false;
  const codeOf = (value: string | undefined): number => {
    if (value === undefined) return NONE;
    const code = table.find(value);
    if (code < 0) impossible = true;
    return code;
  };
  const columns: [Int32Array, number][] = [];
  for (const name of CASE_COLUMN_FILTERS) {
    if (filters[name] !== undefined) columns.push([table.columns[name], codeOf(filters[name])]);
  }
  let text: Uint8Array | undefined;
  if (textMatches !== undefined) {
    text = new Uint8Array(table.slots);
    for (const id of textMatches) {
      const slot = table.slotOf.get(id);
      if (slot !== undefined) text[slot] = 1;
    }
  }
  return {
    columns,
    routeCountry: codeOf(filters.routeCountry),
    itrArea: codeOf(filters.itrArea),
    commodity: codeOf(filters.commodity),
    text,
    impossible,
  };
}

/** Whether the item at `i` counts under the item filters. */
export function itemQualifies(table: StatsTable, matcher: Matcher, i: number): boolean {
  return (
    (matcher.itrArea === NONE || table.itemArea[i] === matcher.itrArea) &&
    (matcher.commodity === NONE || table.itemCommodity[i] === matcher.commodity)
  );
}

/** Calls `visit` with the slot of every live case in [low, high] (days) that passes the filters. */
export function forEachMatch(
  table: StatsTable,
  matcher: Matcher,
  low: number,
  high: number,
  visit: (slot: number) => void,
): void {
  if (matcher.impossible) return;
  const route = VALUE_DIMENSION.routeCountry;
  const { live, day, itemStart, itemCount, valueStart, valueCount } = table;
  slots: for (let slot = 0; slot < table.slots; slot++) {
    if (live[slot] !== 1) continue;
    const d = day[slot]!;
    if (d < low || d > high) continue;
    if (matcher.text !== undefined && matcher.text[slot] !== 1) continue;
    for (const [column, code] of matcher.columns) if (column[slot] !== code) continue slots;
    if (matcher.routeCountry !== NONE) {
      let found = false;
      const end = valueStart[slot]! + valueCount[slot]!;
      for (let v = valueStart[slot]!; v < end && !found; v++)
        found = table.valueDimension[v] === route && table.valueCode[v] === matcher.routeCountry;
      if (!found) continue;
    }
    if (matcher.itrArea !== NONE || matcher.commodity !== NONE) {
      let area = matcher.itrArea === NONE;
      let commodity = matcher.commodity === NONE;
      const end = itemStart[slot]! + itemCount[slot]!;
      for (let i = itemStart[slot]!; i < end; i++) {
        area ||= table.itemArea[i] === matcher.itrArea;
        commodity ||= table.itemCommodity[i] === matcher.commodity;
      }
      if (!area || !commodity) continue;
    }
    visit(slot);
  }
}

/** Where cases are read and how they are sorted into the range and what it is compared with. */
export interface Window {
  period: StatsPeriod;
  /** First day of the range (0: from the first matching case). */
  from: number;
  to: number;
  /** Lowest day read: the period before the range's first, and the previous span. */
  low: number;
  /** The period before the range's first, whose figures its trend compares with (-1: none). */
  before: number;
  /** The span as long as the range just before it, or -1, -1. */
  spanFrom: number;
  spanTo: number;
}

/** Where a range without `to` ends: today, or `from` if that is later. */
export function rangeEnd(filters: { from?: string; to?: string }, today: string): string {
  return filters.to ?? (filters.from !== undefined && filters.from > today ? filters.from : today);
}

export function windowOf(filters: StatsFilters, period: StatsPeriod, today: string): Window {
  const to = rangeEnd(filters, today);
  if (filters.from === undefined)
    return { period, from: 0, to: dayNumber(to), low: 0, before: -1, spanFrom: -1, spanTo: -1 };
  const from = dayNumber(filters.from);
  const before = previousPeriod(periodOf(from, period), period);
  const spanFrom = dayNumber(addDays(filters.from, -daysInRange(filters.from, to)));
  const spanTo = dayNumber(addDays(filters.from, -1));
  return {
    period,
    from,
    to: dayNumber(to),
    low: Math.min(periodStart(before, period), spanFrom),
    before,
    spanFrom,
    spanTo,
  };
}

/** Sums of floating-point values depend on the order they are added in: keep 6 decimals. */
const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;

const UNIT_ORDER = new Map(vocabularies.unit.codes.map((code, i) => [code, i]));
/** Units in vocabulary order, unknown ones after them alphabetically. */
export function compareUnits(a: string, b: string): number {
  return (UNIT_ORDER.get(a) ?? Infinity) - (UNIT_ORDER.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

const percent = (current: number, previous: number): number | null =>
  previous === 0 ? null : ((current - previous) / previous) * 100;

/** The trend from `previous` to `current`. */
export function trendOf(current: StatsFigures, previous: StatsFigures): StatsTrend {
  const quantities: Record<string, number | null> = {};
  const units = new Set([...Object.keys(current.quantities), ...Object.keys(previous.quantities)]);
  for (const unit of [...units].sort(compareUnits))
    quantities[unit] = percent(current.quantities[unit] ?? 0, previous.quantities[unit] ?? 0);
  const change: StatsChange = {
    cases: percent(current.cases, previous.cases),
    valueUsd: percent(current.valueUsd, previous.valueUsd),
    quantities,
  };
  return { previous, percent: change };
}

/** Months as consecutive numbers (year × 12 + month − 1), years as themselves. */
const ordinal = (value: number, period: StatsPeriod): number =>
  period === 'year' ? value : Math.floor(value / 100) * 12 + (value % 100) - 1;

/**
 * Figures laid out as grids: one row per bucket (its code; the last row is the total), one column
 * per period of the range, then the period before it and the previous span. Quantities have one
 * grid per unit, made when the unit first turns up.
 */
class Grids {
  readonly width: number;
  readonly before: number;
  readonly span: number;
  readonly cases: Float64Array;
  readonly valueUsd: Float64Array;
  readonly quantities = new Map<number, Float64Array>();
  /** The same grids by unit code, for the pass (a Map lookup per item showed in profiles). */
  readonly #byUnit: (Float64Array | undefined)[] = [];
  readonly #size: number;

  constructor(rows: number, periods: number) {
    this.width = periods + 2;
    this.before = periods;
    this.span = periods + 1;
    this.#size = rows * this.width;
    this.cases = new Float64Array(this.#size);
    this.valueUsd = new Float64Array(this.#size);
  }

  quantitiesOf(unit: number): Float64Array {
    let grid = this.#byUnit[unit];
    if (grid === undefined) {
      grid = new Float64Array(this.#size);
      this.quantities.set(unit, grid);
      this.#byUnit[unit] = grid;
    }
    return grid;
  }

  /** The figures of a row over some columns, added up. */
  figures(table: StatsTable, row: number, columns: readonly number[]): StatsFigures {
    let cases = 0;
    let valueUsd = 0;
    const quantities: [string, number][] = [];
    for (const column of columns) {
      cases += this.cases[row * this.width + column]!;
      valueUsd += this.valueUsd[row * this.width + column]!;
    }
    // Quantities are above zero (validation), so a unit with a sum of 0 had no item here.
    for (const [unit, grid] of this.quantities) {
      let sum = 0;
      for (const column of columns) sum += grid[row * this.width + column]!;
      if (sum > 0) quantities.push([table.nameOf(unit)!, sum]);
    }
    quantities.sort(([a], [b]) => compareUnits(a, b));
    return {
      cases,
      quantities: Object.fromEntries(quantities.map(([unit, quantity]) => [unit, tidy(quantity)])),
      valueUsd: tidy(valueUsd),
    };
  }
}

function seriesOf(
  table: StatsTable,
  grids: Grids,
  row: number,
  periods: readonly number[],
  withSpan: boolean,
): StatsSeries {
  const series: StatsCell[] = [];
  let previous = grids.figures(table, row, [grids.before]);
  for (const column of periods) {
    const figures = grids.figures(table, row, [column]);
    series.push({ ...figures, trend: trendOf(figures, previous) });
    previous = figures;
  }
  const total = grids.figures(table, row, periods);
  return {
    ...total,
    ...(withSpan ? { trend: trendOf(total, grids.figures(table, row, [grids.span])) } : {}),
    series,
  };
}

/** The statistics a query asks for, from a table that holds every write acknowledged so far. */
export function statsOf(table: StatsTable, query: StatsParams, context: QueryContext): StatsResponse {
  const period = query.period ?? 'month';
  const window = windowOf(query, period, context.today);
  const matcher = matcherOf(table, query, context.textMatches);
  const periodColumn = period === 'month' ? table.month : table.year;
  const place = query.dimension === undefined ? undefined : placeOf(query.dimension);
  const itemKeys =
    place?.table !== 'items' ? undefined : place.column === 'itrArea' ? table.itemArea : table.itemCommodity;
  const valueDimension = place?.table === 'case_values' ? VALUE_DIMENSION[place.dimension] : -1;
  const caseKeys = place?.table === 'cases' ? table.columns[place.column] : undefined;

  // Columns: every period from the range's first (or the first case's) to its last.
  const firstDay = window.from !== 0 ? window.from : table.firstDay();
  const base = ordinal(periodOf(firstDay === 0 ? window.to : Math.min(firstDay, window.to), period), period);
  const last = ordinal(periodOf(window.to, period), period);
  const periodCount = Math.max(0, last - base + 1);
  const beforeOrdinal = window.before < 0 ? Number.NaN : ordinal(window.before, period);
  const total = table.codes;
  const grids = new Grids(total + 1, periodCount);
  const { width } = grids;
  const seen = new Uint8Array(total + 1);
  const keys: number[] = [];
  let cellColumn = -1;
  let spanColumn = -1;

  const addCase = (row: number): void => {
    seen[row] = 1;
    if (cellColumn >= 0) grids.cases[row * width + cellColumn]! += 1;
    if (spanColumn >= 0) grids.cases[row * width + spanColumn]! += 1;
  };
  // The hottest lines of an answer: no allocation per item.
  const addItem = (row: number, i: number): void => {
    const unit = table.itemUnit[i]!;
    const quantity = table.itemQuantity[i]!;
    const value = table.itemValue[i]!;
    const quantities = unit !== NONE && !Number.isNaN(quantity) ? grids.quantitiesOf(unit) : undefined;
    if (cellColumn >= 0) {
      const at = row * width + cellColumn;
      if (!Number.isNaN(value)) grids.valueUsd[at]! += value;
      if (quantities !== undefined) quantities[at]! += quantity;
    }
    if (spanColumn >= 0) {
      const at = row * width + spanColumn;
      if (!Number.isNaN(value)) grids.valueUsd[at]! += value;
      if (quantities !== undefined) quantities[at]! += quantity;
    }
  };
  /** The items of the case being added that pass the item filters. */
  const counted: number[] = [];

  forEachMatch(table, matcher, window.low, window.to, (slot) => {
    const d = table.day[slot]!;
    const p = ordinal(periodColumn[slot]!, period);
    cellColumn = d >= window.from ? p - base : p === beforeOrdinal ? grids.before : -1;
    spanColumn = d >= window.spanFrom && d <= window.spanTo ? grids.span : -1;
    if (cellColumn < 0 && spanColumn < 0) return;
    const itemFrom = table.itemStart[slot]!;
    const itemTo = itemFrom + table.itemCount[slot]!;
    counted.length = 0;
    for (let i = itemFrom; i < itemTo; i++) if (itemQualifies(table, matcher, i)) counted.push(i);
    addCase(total);
    for (const i of counted) addItem(total, i);
    if (place === undefined) return;
    keys.length = 0;
    if (itemKeys !== undefined) {
      for (const i of counted) {
        const key = itemKeys[i]!;
        if (!keys.includes(key)) {
          keys.push(key);
          addCase(key);
        }
        addItem(key, i);
      }
      if (keys.length === 0) addCase(NONE);
      return;
    }
    if (caseKeys !== undefined) keys.push(caseKeys[slot]!);
    else {
      const end = table.valueStart[slot]! + table.valueCount[slot]!;
      for (let v = table.valueStart[slot]!; v < end; v++)
        if (table.valueDimension[v] === valueDimension) keys.push(table.valueCode[v]!);
      if (keys.length === 0) keys.push(NONE);
    }
    for (const key of keys) {
      addCase(key);
      for (const i of counted) addItem(key, i);
    }
  });

  // Without `from`, the periods start with the first that holds a case.
  let first = 0;
  if (window.from === 0) {
    while (first < periodCount && grids.cases[total * width + first] === 0) first++;
  }
  const columns: number[] = [];
  for (let column = first; column < periodCount; column++) columns.push(column);
  const labels = columns.map((column) => {
    const value = base + column;
    return periodLabel(period === 'year' ? value : Math.floor(value / 12) * 100 + (value % 12) + 1, period);
  });
  const withSpan = window.from !== 0;

  const answered: StatsBucket[] = [];
  if (place !== undefined) {
    for (let key = 0; key < total; key++) {
      if (seen[key] !== 1) continue;
      const series = seriesOf(table, grids, key, columns, withSpan);
      if (series.cases > 0) answered.push({ key: table.nameOf(key), ...series });
    }
  }
  answered.sort(
    (a, b) =>
      b.cases - a.cases ||
      (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const shown = answered.slice(0, query.top ?? STATS_DEFAULT_BUCKETS);
  const totalSeries = seriesOf(table, grids, total, columns, withSpan);
  const units = new Set<string>();
  for (const series of [totalSeries, ...shown]) {
    const cells = [...series.series, ...series.series.map((cell) => cell.trend.previous)];
    for (const figures of [series, ...cells, ...(series.trend ? [series.trend.previous] : [])])
      for (const unit of Object.keys(figures.quantities)) units.add(unit);
  }
  return {
    dimension: query.dimension ?? null,
    period,
    from: window.from === 0 ? null : dateOfDay(window.from),
    to: dateOfDay(window.to),
    previousSpan: withSpan ? { from: dateOfDay(window.spanFrom), to: dateOfDay(window.spanTo) } : null,
    periods: labels,
    total: totalSeries,
    buckets: shown,
    bucketsOmitted: answered.length - shown.length,
    units: [...units].sort(compareUnits),
  };
}
