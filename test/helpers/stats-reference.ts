/**
 * Statistics and data-quality figures computed the slow, obvious way, from every case the store
 * holds (`store.iterateCases()`), written from the API's documentation rather than from the
 * node's code, and a comparison of the node's answers with them. The statistics tests hold every
 * answer to these.
 *
 * @example
 *   const cases = await allCases(store);
 *   expectStatsMatch(await service.stats(query), referenceStats(cases, query, today));
 */
import { expect } from 'chai';
import type {
  QualityParams,
  QualityResponse,
  StatsFigures,
  StatsParams,
  StatsResponse,
  StatsSeries,
  StatsTrend,
} from '../../protocol/api.ts';
import type { Case, Item } from '../../protocol/records.ts';

const DAY_MS = 86_400_000;

export interface ReferenceFigures {
  cases: number;
  quantities: Map<string, number>;
  valueUsd: number;
}

export interface ReferenceSeries {
  /** One per period of `periods`. */
  cells: ReferenceFigures[];
  /** The period before the first. */
  before: ReferenceFigures;
  /** The span before `from` (only with `from`). */
  span: ReferenceFigures | undefined;
}

export interface ReferenceStats {
  periods: string[];
  previousSpan: { from: string; to: string } | null;
  total: ReferenceSeries;
  buckets: Map<string | null, ReferenceSeries>;
}

const figures = (): ReferenceFigures => ({ cases: 0, quantities: new Map(), valueUsd: 0 });

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

function periodOf(date: string, period: 'month' | 'year'): string {
  return period === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

function periodBefore(label: string, period: 'month' | 'year'): string {
  if (period === 'year') return String(Number(label) - 1).padStart(4, '0');
  const date = new Date(Date.UTC(Number(label.slice(0, 4)), Number(label.slice(5, 7)) - 2, 1));
  return date.toISOString().slice(0, 7);
}

function periodAfter(label: string, period: 'month' | 'year'): string {
  if (period === 'year') return String(Number(label) + 1).padStart(4, '0');
  const date = new Date(Date.UTC(Number(label.slice(0, 4)), Number(label.slice(5, 7)), 1));
  return date.toISOString().slice(0, 7);
}

const given = (value: string | undefined): value is string => typeof value === 'string' && value !== '';

function routeCountries(c: Case): string[] {
  return [c.route?.origin, c.route?.departure, ...(c.route?.transit ?? []), c.route?.destination].filter(
    given,
  );
}

/** Does the case match the search filters (`GET /cases` semantics), `q` given as the ids it found? */
export function matchesFilters(
  c: Case,
  query: StatsParams,
  textIds: ReadonlySet<string> | undefined,
): boolean {
  if (c.deletedAt) return false;
  if (textIds !== undefined && !textIds.has(c.id)) return false;
  if (query.country !== undefined && c.reportingCountry !== query.country) return false;
  if (query.status !== undefined && c.status !== query.status) return false;
  if (query.conveyanceMode !== undefined && c.conveyance?.mode !== query.conveyanceMode) return false;
  if (query.detectionMethod !== undefined && c.detection?.method !== query.detectionMethod) return false;
  if (query.locationType !== undefined && c.location?.type !== query.locationType) return false;
  if (query.routeCountry !== undefined && !routeCountries(c).includes(query.routeCountry)) return false;
  if (query.itrArea !== undefined && !c.items.some((item) => item.itrArea === query.itrArea)) return false;
  if (query.commodity !== undefined && !c.items.some((item) => item.commodity === query.commodity))
    return false;
  return true;
}

/** The items whose quantities and values count: those that pass the item filters. */
function countingItems(c: Case, query: StatsParams): Item[] {
  return c.items.filter(
    (item) =>
      (query.itrArea === undefined || item.itrArea === query.itrArea) &&
      (query.commodity === undefined || item.commodity === query.commodity),
  );
}

/** The buckets a case falls in, each with the items that count in it. */
function bucketsOf(c: Case, query: StatsParams): [string | null, Item[]][] {
  const items = countingItems(c, query);
  const many = (values: (string | undefined)[]): [string | null, Item[]][] => {
    const distinct = [...new Set(values.filter(given))];
    return distinct.length === 0 ? [[null, items]] : distinct.map((value) => [value, items]);
  };
  switch (query.dimension) {
    case undefined:
      return [];
    case 'itrArea':
    case 'commodity': {
      const field = query.dimension;
      const values = [...new Set(items.map((item) => item[field]))];
      if (values.length === 0) return [[null, []]];
      return values.map((value) => [value, items.filter((item) => item[field] === value)]);
    }
    case 'offenceType':
      return many(c.offenceTypes);
    case 'routeCountry':
      return many(routeCountries(c));
    case 'routeTransit':
      return many(c.route?.transit ?? []);
    case 'offenderNationality':
      return many(c.offenders.map((offender) => offender.nationality));
    case 'country':
      return many([c.reportingCountry]);
    case 'status':
      return many([c.status]);
    case 'kind':
      return many([c.kind]);
    case 'direction':
      return many([c.direction]);
    case 'conveyanceMode':
      return many([c.conveyance?.mode]);
    case 'detectionMethod':
      return many([c.detection?.method]);
    case 'locationType':
      return many([c.location?.type]);
    case 'concealmentMethod':
      return many([c.concealment?.method]);
    case 'routeOrigin':
      return many([c.route?.origin]);
    case 'routeDeparture':
      return many([c.route?.departure]);
    case 'routeDestination':
      return many([c.route?.destination]);
  }
}

function add(target: ReferenceFigures, items: readonly Item[]): void {
  target.cases++;
  for (const item of items) {
    if (typeof item.quantity === 'number' && given(item.unit))
      target.quantities.set(item.unit, (target.quantities.get(item.unit) ?? 0) + item.quantity);
    if (typeof item.valueUsd === 'number') target.valueUsd += item.valueUsd;
  }
}

/** The statistics of `GET /stats` for these cases, by brute force. */
export function referenceStats(
  cases: readonly Case[],
  query: StatsParams,
  today: string,
  textIds?: ReadonlySet<string>,
): ReferenceStats {
  const period = query.period ?? 'month';
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const matching = cases.filter((c) => matchesFilters(c, query, textIds) && c.seizureDate <= to);
  const inRange = matching.filter((c) => query.from === undefined || c.seizureDate >= query.from);
  let firstPeriod: string | undefined;
  if (query.from !== undefined) firstPeriod = periodOf(query.from, period);
  else if (inRange.length > 0) firstPeriod = periodOf(inRange.map((c) => c.seizureDate).sort()[0]!, period);
  const periods: string[] = [];
  if (firstPeriod !== undefined)
    for (let p = firstPeriod; p <= periodOf(to, period); p = periodAfter(p, period)) periods.push(p);
  const before = firstPeriod === undefined ? undefined : periodBefore(firstPeriod, period);
  let span: { from: string; to: string } | null = null;
  if (query.from !== undefined) {
    const length = Math.round((Date.parse(to) - Date.parse(query.from)) / DAY_MS) + 1;
    span = { from: addDays(query.from, -length), to: addDays(query.from, -1) };
  }
  const newSeries = (): ReferenceSeries => ({
    cells: periods.map(figures),
    before: figures(),
    span: span === null ? undefined : figures(),
  });
  const total = newSeries();
  const buckets = new Map<string | null, ReferenceSeries>();

  const place = (series: ReferenceSeries, c: Case, items: readonly Item[]) => {
    const date = c.seizureDate;
    const label = periodOf(date, period);
    if (query.from === undefined || date >= query.from) add(series.cells[periods.indexOf(label)]!, items);
    else if (label === before) add(series.before, items);
    if (span !== null && date >= span.from && date <= span.to) add(series.span!, items);
  };
  for (const c of matching) {
    place(total, c, countingItems(c, query));
    for (const [key, items] of bucketsOf(c, query)) {
      let series = buckets.get(key);
      if (series === undefined) buckets.set(key, (series = newSeries()));
      place(series, c, items);
    }
  }
  // A bucket is listed when it holds a case in the range.
  for (const [key, series] of buckets)
    if (series.cells.every((cell) => cell.cases === 0)) buckets.delete(key);
  return { periods, previousSpan: span, total, buckets };
}

const close = (actual: number, expected: number, what: string) =>
  expect(actual, what).to.be.closeTo(expected, Math.max(1e-6, Math.abs(expected) * 1e-9));

function expectFigures(actual: StatsFigures, expected: ReferenceFigures, what: string): void {
  expect(actual.cases, `${what}: cases`).to.equal(expected.cases);
  close(actual.valueUsd, expected.valueUsd, `${what}: valueUsd`);
  expect(Object.keys(actual.quantities).sort(), `${what}: units`).to.deep.equal(
    [...expected.quantities.keys()].sort(),
  );
  for (const [unit, quantity] of expected.quantities)
    close(actual.quantities[unit]!, quantity, `${what}: ${unit}`);
}

const percent = (current: number, previous: number): number | null =>
  previous === 0 ? null : ((current - previous) / previous) * 100;

function expectTrend(
  trend: StatsTrend,
  current: StatsFigures,
  previous: ReferenceFigures,
  what: string,
): void {
  expectFigures(trend.previous, previous, `${what} (previous)`);
  const expectPercent = (actual: number | null, expected: number | null, name: string) => {
    if (expected === null) expect(actual, `${what}: change of ${name}`).to.equal(null);
    else close(actual!, expected, `${what}: change of ${name}`);
  };
  expectPercent(trend.percent.cases, percent(current.cases, previous.cases), 'cases');
  expectPercent(trend.percent.valueUsd, percent(current.valueUsd, previous.valueUsd), 'valueUsd');
  const units = new Set([...Object.keys(current.quantities), ...previous.quantities.keys()]);
  expect(Object.keys(trend.percent.quantities).sort(), `${what}: units of the change`).to.deep.equal(
    [...units].sort(),
  );
  for (const unit of units)
    expectPercent(
      trend.percent.quantities[unit]!,
      percent(current.quantities[unit] ?? 0, previous.quantities.get(unit) ?? 0),
      unit,
    );
}

function sumOf(cells: readonly ReferenceFigures[]): ReferenceFigures {
  const total = figures();
  for (const cell of cells) {
    total.cases += cell.cases;
    total.valueUsd += cell.valueUsd;
    for (const [unit, quantity] of cell.quantities)
      total.quantities.set(unit, (total.quantities.get(unit) ?? 0) + quantity);
  }
  return total;
}

function expectSeries(actual: StatsSeries, expected: ReferenceSeries, what: string): void {
  expect(actual.series, `${what}: one cell per period`).to.have.length(expected.cells.length);
  expected.cells.forEach((cell, i) => {
    expectFigures(actual.series[i]!, cell, `${what}, period ${i}`);
    expectTrend(
      actual.series[i]!.trend,
      actual.series[i]!,
      i === 0 ? expected.before : expected.cells[i - 1]!,
      `${what}, period ${i}`,
    );
  });
  expectFigures(actual, sumOf(expected.cells), `${what}, whole range`);
  if (expected.span === undefined)
    expect(actual.trend, `${what}: no range trend without from`).to.equal(undefined);
  else expectTrend(actual.trend!, actual, expected.span, `${what}, range against the span before`);
}

/** Holds a `GET /stats` answer to the brute-force figures (all buckets: ask with a large `top`). */
export function expectStatsMatch(actual: StatsResponse, expected: ReferenceStats): void {
  expect(actual.periods).to.deep.equal(expected.periods);
  expect(actual.previousSpan).to.deep.equal(expected.previousSpan);
  expectSeries(actual.total, expected.total, 'total');
  expect(actual.buckets.map((bucket) => bucket.key).sort(), 'bucket keys').to.deep.equal(
    [...expected.buckets.keys()].sort(),
  );
  for (const bucket of actual.buckets)
    expectSeries(bucket, expected.buckets.get(bucket.key)!, `bucket ${bucket.key}`);
  const order = actual.buckets.map((bucket) => bucket.cases);
  expect(order, 'most cases first').to.deep.equal([...order].sort((a, b) => b - a));
  expect(actual.bucketsOmitted).to.equal(0);
}

/** The data-quality figures of `GET /stats/quality` for these cases, by brute force. */
export function referenceQuality(
  cases: readonly Case[],
  query: QualityParams,
  today: string,
  textIds?: ReadonlySet<string>,
): { months: string[]; total: ReferenceQualityFigures; byMonth: Map<string, ReferenceQualityFigures> } {
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const matching = cases.filter(
    (c) =>
      matchesFilters(c, query, textIds) &&
      c.seizureDate <= to &&
      (query.from === undefined || c.seizureDate >= query.from),
  );
  const first =
    query.from !== undefined
      ? query.from.slice(0, 7)
      : matching.length > 0
        ? matching
            .map((c) => c.seizureDate)
            .sort()[0]!
            .slice(0, 7)
        : undefined;
  const months: string[] = [];
  if (first !== undefined)
    for (let m = first; m <= to.slice(0, 7); m = periodAfter(m, 'month')) months.push(m);
  const byMonth = new Map(months.map((month) => [month, qualityFigures([])]));
  for (const month of months)
    byMonth.set(month, qualityFigures(matching.filter((c) => c.seizureDate.startsWith(month))));
  return { months, total: qualityFigures(matching), byMonth };
}

export interface ReferenceQualityFigures {
  cases: number;
  complete: Record<string, number>;
  delays: number[];
}

function qualityFigures(cases: readonly Case[]): ReferenceQualityFigures {
  const checks: Record<string, (c: Case) => boolean> = {
    location: (c) => given(c.location?.type),
    detectionMethod: (c) => given(c.detection?.method),
    conveyance: (c) => given(c.conveyance?.mode),
    concealment: (c) => given(c.concealment?.method),
    route: (c) => routeCountries(c).length > 0,
    quantity: (c) =>
      c.items.length > 0 && c.items.every((item) => typeof item.quantity === 'number' && given(item.unit)),
    value: (c) => c.items.length > 0 && c.items.every((item) => typeof item.valueUsd === 'number'),
    offenders: (c) => c.offenders.length > 0,
  };
  const complete: Record<string, number> = {};
  for (const [field, check] of Object.entries(checks)) complete[field] = cases.filter(check).length;
  const delays = cases
    .map((c) => Math.round((Date.parse(c.createdAt.slice(0, 10)) - Date.parse(c.seizureDate)) / DAY_MS))
    .sort((a, b) => a - b);
  return { cases: cases.length, complete, delays };
}

/** Nearest rank: the smallest value with at least p % of the values at or below it. */
function rank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

function expectQualityFigures(
  actual: QualityResponse['total'],
  expected: ReferenceQualityFigures,
  target: number,
  what: string,
): void {
  expect(actual.cases, `${what}: cases`).to.equal(expected.cases);
  expect(Object.keys(actual.completeness).sort(), `${what}: fields`).to.deep.equal(
    Object.keys(expected.complete).sort(),
  );
  for (const [field, complete] of Object.entries(expected.complete)) {
    expect(
      actual.completeness[field as keyof typeof actual.completeness].complete,
      `${what}: ${field}`,
    ).to.equal(complete);
    const share = actual.completeness[field as keyof typeof actual.completeness].share;
    if (expected.cases === 0) expect(share, `${what}: share of ${field}`).to.equal(null);
    else close(share!, complete / expected.cases, `${what}: share of ${field}`);
  }
  expect(actual.timeliness.medianDays, `${what}: median`).to.equal(rank(expected.delays, 50));
  expect(actual.timeliness.p90Days, `${what}: p90`).to.equal(rank(expected.delays, 90));
  const within = expected.delays.filter((delay) => delay <= target).length;
  expect(actual.timeliness.withinTarget, `${what}: within target`).to.equal(within);
  if (expected.cases === 0) expect(actual.timeliness.shareWithinTarget).to.equal(null);
  else close(actual.timeliness.shareWithinTarget!, within / expected.cases, `${what}: share within target`);
}

export function expectQualityMatch(
  actual: QualityResponse,
  expected: ReturnType<typeof referenceQuality>,
): void {
  expect(actual.months.map((month) => month.month)).to.deep.equal(expected.months);
  expectQualityFigures(actual.total, expected.total, actual.targetDays, 'total');
  for (const month of actual.months)
    expectQualityFigures(month, expected.byMonth.get(month.month)!, actual.targetDays, month.month);
}
