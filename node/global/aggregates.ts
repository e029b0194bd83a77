/**
 * The WCO node's side of `aggregates` contributions (docs/decisions/0007, "Later"): the monthly
 * figures an aggregates-only member sends instead of case records (`MonthAggregate`,
 * policies/anonymise.ts), received over `/cen/contribute/1.0.0` as `aggregate` entries of the
 * same signed manifest, settled by the same receipt, stored per member and month in
 * `global-aggregates` (key `<member node id> \0 <YYYY-MM>`), the newest version replacing the one
 * held, and added into the global statistics and the ITR tables (statistics.ts, itr.ts) in the
 * cells of the dimensions they carry.
 *
 * Checks: only an `aggregates` agreement accepts them (a case-level one refuses each
 * `out-of-scope`, as an aggregates agreement refuses case records through `decide()`); each one
 * must be exactly the profile's shape (`checkAggregate`: codes and figures, no other field). A
 * refusal deletes the copy held (fail closed) and is `denied` in the evidence log.
 *
 * @example
 *   const received = await receiveAggregates({ self, member, states, now, key, kv }, manifest, manifestJws, records);
 *   for await (const held of globalAggregates(kv)) console.log(held.member.country, held.month, held.figures.all.total.cases);
 */
import type { KeyObject } from 'node:crypto';
import {
  AGGREGATE_DIMENSIONS,
  agreementFor,
  checkAggregate,
  sha256Hex,
  type AgreementState,
  type AggregateBreakdown,
  type AggregateDimension,
  type AggregateFigures,
  type MonthAggregate,
} from '../../policies/index.ts';
import type {
  StatsBucket,
  StatsDimension,
  StatsFigures,
  StatsParams,
  StatsResponse,
  StatsSeries,
} from '../../protocol/api.ts';
import type { Manifest, Receipt, ReceiptOutcome } from '../../protocol/exchange.ts';
import { ExchangeProtocolError } from '../exchange/errors.ts';
import type { EvidenceInput, EvidenceRecordRef } from '../exchange/evidence.ts';
import { settleBatch } from '../exchange/receive.ts';
import { dayNumber, periodLabel, periodOf, periodsBetween } from '../stats/periods.ts';
import { compareUnits, trendOf, windowOf, type StatsFilters } from '../stats/query.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';

export const GLOBAL_AGGREGATES_NS = 'global-aggregates';

const SEP = '\x00';
export const globalAggregateKey = (member: string, month: string) => `${member}${SEP}${month}`;
/** Every key of `member`'s aggregates. */
export const memberAggregatesRange = (member: string) => ({
  gte: `${member}${SEP}`,
  lt: `${member}${SEP}\xff`,
});

/** A member's month as stored: its figures and where they came from. */
export interface GlobalAggregate {
  member: { nodeId: string; country: string; name?: string };
  month: string;
  version: number;
  sha256: string;
  figures: MonthAggregate;
  agreementId: string;
  manifestId: string;
  receivedAt: string;
}

export interface AggregateReceiveContext {
  self: string;
  member: string;
  states: readonly AgreementState[];
  now: Date;
  key: KeyObject;
  kv: KvStore;
}

export interface ReceivedAggregates {
  ops: BatchOp[];
  evidence: EvidenceInput[];
  receipt: Receipt;
  receiptJws: string;
  counts: Record<ReceiptOutcome, number>;
  /** Months this member holds after the batch, less before it. */
  monthsDelta: number;
}

function parse(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Checks and turns into ops one batch of `aggregate` entries (`manifest`: opened and verified as
 * the member's); nothing here writes. Throws ExchangeProtocolError when the batch does not fit.
 */
export async function receiveAggregates(
  context: AggregateReceiveContext,
  manifest: Manifest,
  manifestJws: string,
  records: readonly Uint8Array[],
): Promise<ReceivedAggregates> {
  const { self, member, now, kv } = context;
  if (manifest.to !== self) throw new ExchangeProtocolError('bad-manifest', 'addressed to another node');
  if (manifest.mode !== 'sync') throw new ExchangeProtocolError('bad-manifest', 'expected a sync manifest');
  if (manifest.entries.some((e) => e.type !== 'aggregate'))
    throw new ExchangeProtocolError('bad-manifest', 'a batch holds aggregates or records, not both');
  const state = agreementFor(context.states, self, member, now);
  if (!state) throw new ExchangeProtocolError('no-agreement', 'no active agreement with this node');
  const { agreement } = state;
  if (manifest.agreementId !== agreement.id || manifest.agreementVersion !== agreement.version) {
    throw new ExchangeProtocolError(
      'agreement-mismatch',
      `the manifest names ${manifest.agreementId} v${manifest.agreementVersion}; the agreement in force is ${agreement.id} v${agreement.version}`,
    );
  }
  const upserts = manifest.entries.filter((e) => e.op === 'upsert');
  if (upserts.length !== records.length)
    throw new ExchangeProtocolError(
      'bad-manifest',
      `${upserts.length} records listed, ${records.length} sent`,
    );
  if (new Set(manifest.entries.map((e) => e.id)).size !== manifest.entries.length)
    throw new ExchangeProtocolError('bad-manifest', 'a month is listed twice');
  const bytesOf = new Map<string, Uint8Array>();
  upserts.forEach((entry, i) => {
    if (sha256Hex(records[i]!) !== entry.sha256)
      throw new ExchangeProtocolError(
        'bad-record',
        `aggregate ${entry.id} does not match its manifest entry`,
      );
    bytesOf.set(entry.id, records[i]!);
  });

  const party = agreement.parties.find((p) => p.nodeId === member);
  const profile = agreement.profile;
  // Withdrawals name the month only by its id: find the held months by id.
  const heldById = new Map<string, GlobalAggregate>();
  for await (const [, value] of kv.iterate(GLOBAL_AGGREGATES_NS, memberAggregatesRange(member))) {
    const held = value as GlobalAggregate;
    heldById.set(held.figures.id, held);
  }
  const ops: BatchOp[] = [];
  const outcomes: Receipt['outcomes'] = [];
  const refs: EvidenceRecordRef[] = [];
  const denied: EvidenceRecordRef[] = [];
  const counts: Record<ReceiptOutcome, number> = { stored: 0, unchanged: 0, purged: 0, denied: 0 };
  let monthsDelta = 0;
  const remove = (held: GlobalAggregate | undefined) => {
    if (!held) return;
    ops.push({ type: 'del', ns: GLOBAL_AGGREGATES_NS, key: globalAggregateKey(member, held.month) });
    monthsDelta--;
  };
  for (const entry of manifest.entries) {
    const held = heldById.get(entry.id);
    const settle = (outcome: ReceiptOutcome, reason?: string) => {
      outcomes.push({ id: entry.id, outcome, ...(reason ? { reason } : {}) });
      const ref: EvidenceRecordRef = {
        type: 'aggregate',
        id: entry.id,
        version: entry.version,
        outcome,
        ...(reason ? { reason } : {}),
      };
      refs.push(ref);
      if (outcome === 'denied') denied.push(ref);
      counts[outcome]++;
    };
    if (entry.op !== 'upsert') {
      remove(held);
      settle('purged', 'withdrawn');
      continue;
    }
    const checked =
      profile?.level === 'aggregates'
        ? checkAggregate(parse(bytesOf.get(entry.id)!), profile)
        : ({ ok: false, reason: 'out-of-scope' } as const);
    if (!checked.ok || checked.record.version !== entry.version) {
      remove(held); // fail closed
      settle('denied', checked.ok ? 'not-an-aggregate' : checked.reason);
      continue;
    }
    if (held && held.version === entry.version && held.sha256 === entry.sha256) {
      settle('unchanged');
      continue;
    }
    const stored: GlobalAggregate = {
      member: {
        nodeId: member,
        country: party?.administration ?? '',
        ...(party?.name ? { name: party.name } : {}),
      },
      month: checked.record.month,
      version: entry.version,
      sha256: entry.sha256!,
      figures: checked.record,
      agreementId: agreement.id,
      manifestId: manifest.id,
      receivedAt: now.toISOString(),
    };
    ops.push({
      type: 'put',
      ns: GLOBAL_AGGREGATES_NS,
      key: globalAggregateKey(member, stored.month),
      value: stored,
    });
    if (!held) monthsDelta++;
    settle('stored');
  }

  const { receipt, receiptJws, evidence } = await settleBatch({
    kind: 'contribution-received',
    deniedBy: 'system:contribute',
    self,
    peer: member,
    agreement,
    mode: 'sync',
    manifest,
    manifestJws,
    outcomes,
    refs,
    denied,
    counts,
    key: context.key,
    now,
  });
  return { ops, evidence, receipt, receiptJws, counts, monthsDelta };
}

/** Every member's months held, in key order (member, then month). */
export async function* globalAggregates(kv: KvStore): AsyncIterable<GlobalAggregate> {
  for await (const [, value] of kv.iterate(GLOBAL_AGGREGATES_NS)) yield value as GlobalAggregate;
}

/** Ops that delete every month `member` holds, and how many. */
export async function deleteMemberAggregatesOps(kv: KvStore, member: string): Promise<BatchOp[]> {
  const ops: BatchOp[] = [];
  for await (const [key] of kv.iterate(GLOBAL_AGGREGATES_NS, memberAggregatesRange(member)))
    ops.push({ type: 'del', ns: GLOBAL_AGGREGATES_NS, key });
  return ops;
}

// --- in the global statistics

/** The case search filters an aggregate can be asked with (the dimensions it carries one at a time). */
const ONE_AT_A_TIME = [
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'status',
] as const satisfies readonly (keyof StatsFilters)[];

/** What one member's month adds to a statistics answer: the total and each bucket of the dimension. */
export interface AggregateShare {
  total: StatsFigures;
  buckets: Map<string | null, StatsFigures>;
}

const copy = (f: AggregateFigures): StatsFigures => ({
  cases: f.cases,
  quantities: { ...f.quantities },
  valueUsd: f.valueUsd,
});

/**
 * What `held` adds to the statistics of `filters` by `dimension` (free text and dates aside):
 * exact when the filters and the dimension name at most one carried dimension besides the ITR
 * area and the reporting country (the aggregate crosses only the area with each); a dimension it
 * does not carry, or does not cross with the filter, takes its cases as "not recorded".
 * `undefined` when it adds nothing: none of its cases match, or the filters combine two
 * dimensions it cannot cross (it is left out of such an answer).
 */
export function aggregateShare(
  held: GlobalAggregate,
  filters: StatsFilters,
  dimension: StatsDimension | undefined,
): AggregateShare | undefined {
  if (filters.country !== undefined && filters.country !== held.member.country) return undefined;
  const { all, areas } = held.figures;
  const area = filters.itrArea;
  const base = area === undefined ? all : areas[area];
  if (!base) return undefined;
  const others = ONE_AT_A_TIME.filter((name) => filters[name] !== undefined);
  if (others.length > 1) return undefined;
  const filter = others[0];
  const cellOf = (breakdown: AggregateBreakdown): AggregateFigures | undefined =>
    filter === undefined ? breakdown.total : breakdown.by[filter]?.find((c) => c.key === filters[filter]);
  const total = cellOf(base);
  if (!total || total.cases === 0) return undefined;
  const buckets = new Map<string | null, StatsFigures>();
  if (dimension === undefined) return { total: copy(total), buckets };
  if (dimension === 'country') buckets.set(held.member.country, copy(total));
  else if (dimension === 'itrArea' && area !== undefined) buckets.set(area, copy(total));
  else if (dimension === 'itrArea' && filter !== undefined) {
    for (const [code, breakdown] of Object.entries(areas)) {
      const cell = cellOf(breakdown);
      if (cell && cell.cases > 0) buckets.set(code, copy(cell));
    }
  } else if (dimension === filter) buckets.set(filters[filter]!, copy(total));
  else if (filter === undefined && (AGGREGATE_DIMENSIONS as readonly string[]).includes(dimension)) {
    for (const cell of base.by[dimension as AggregateDimension] ?? []) buckets.set(cell.key, copy(cell));
  } else buckets.set(null, copy(total));
  return { total: copy(total), buckets };
}

const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;
const zero = (): StatsFigures => ({ cases: 0, quantities: {}, valueUsd: 0 });

function add(into: StatsFigures, more: StatsFigures | undefined): StatsFigures {
  if (!more) return into;
  const quantities: Record<string, number> = { ...into.quantities };
  for (const [unit, quantity] of Object.entries(more.quantities))
    quantities[unit] = tidy((quantities[unit] ?? 0) + quantity);
  const sorted = Object.keys(quantities).sort(compareUnits);
  return {
    cases: into.cases + more.cases,
    quantities: Object.fromEntries(sorted.map((unit) => [unit, quantities[unit]!])),
    valueUsd: tidy(into.valueUsd + more.valueUsd),
  };
}

/** One row of the answer being merged: figures per period label, before the range and over the previous span. */
interface Row {
  cells: Map<string, StatsFigures>;
  before: StatsFigures;
  span: StatsFigures;
}

const TOTAL = '\u0000total';

/**
 * `answer` (`statsOf` over the case-level members' cases, with every bucket) with the figures of
 * the members' monthly aggregates added into the same cells, periods and trends. A month counts
 * where its first day falls (in the range, the period before it, the previous span). Aggregates
 * take no part when the query has free text (they hold no words).
 */
export function withAggregates(
  answer: StatsResponse,
  aggregates: readonly GlobalAggregate[],
  query: StatsParams,
  today: string,
): StatsResponse {
  if (aggregates.length === 0 || query.q !== undefined) return answer;
  const period = answer.period;
  const window = windowOf(query, period, today);
  const rows = new Map<string | null, Row>();
  const rowOf = (key: string | null): Row => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { cells: new Map(), before: zero(), span: zero() }));
    return row;
  };
  const addTo = (
    row: Row,
    figures: StatsFigures,
    label: string | undefined,
    before: boolean,
    span: boolean,
  ) => {
    if (label !== undefined) row.cells.set(label, add(row.cells.get(label) ?? zero(), figures));
    if (before) row.before = add(row.before, figures);
    if (span) row.span = add(row.span, figures);
  };
  // The answer's own figures first.
  const fromAnswer = (key: string | null, series: StatsSeries) => {
    const row = rowOf(key);
    series.series.forEach((cell, i) => {
      const { trend: _trend, ...figures } = cell;
      row.cells.set(answer.periods[i]!, figures);
    });
    if (answer.from !== null && series.series[0]) row.before = { ...series.series[0].trend.previous };
    if (series.trend) row.span = { ...series.trend.previous };
  };
  fromAnswer(TOTAL, answer.total);
  for (const bucket of answer.buckets) fromAnswer(bucket.key, bucket);

  let firstLabel: number | undefined;
  for (const held of aggregates) {
    const day = dayNumber(`${held.month}-01`);
    const value = periodOf(day, period);
    const inRange = day >= window.from && day <= window.to;
    const before = !inRange && value === window.before;
    const span = day >= window.spanFrom && day <= window.spanTo;
    if (!inRange && !before && !span) continue;
    const share = aggregateShare(held, query, query.dimension);
    if (!share) continue;
    const label = inRange ? periodLabel(value, period) : undefined;
    if (inRange && (firstLabel === undefined || value < firstLabel)) firstLabel = value;
    addTo(rowOf(TOTAL), share.total, label, before, span);
    for (const [key, figures] of share.buckets) addTo(rowOf(key), figures, label, before, span);
  }
  // Without `from` there is no period before nor previous span: nothing of them to add.
  if (firstLabel === undefined && answer.from === null) return answer;

  // The periods: the answer's, or without `from` from the first period that holds a case.
  let periods = answer.periods;
  if (answer.from === null && firstLabel !== undefined) {
    const last = periodOf(window.to, period);
    const own = answer.periods[0];
    const ownFirst = own === undefined ? Infinity : Number(own.replace('-', ''));
    periods = periodsBetween(Math.min(firstLabel, ownFirst), last, period).map((v) => periodLabel(v, period));
  }
  const withSpan = answer.from !== null;
  const seriesOf = (row: Row): StatsSeries => {
    let previous = row.before;
    let sum = zero();
    const series = periods.map((label) => {
      const figures = row.cells.get(label) ?? zero();
      const cell = { ...figures, trend: trendOf(figures, previous) };
      previous = figures;
      sum = add(sum, figures);
      return cell;
    });
    return { ...sum, ...(withSpan ? { trend: trendOf(sum, row.span) } : {}), series };
  };
  const total = seriesOf(rows.get(TOTAL)!);
  const buckets: StatsBucket[] = [];
  if (answer.dimension !== null) {
    for (const [key, row] of rows) {
      if (key === TOTAL) continue;
      const series = seriesOf(row);
      if (series.cases > 0) buckets.push({ key, ...series });
    }
  }
  buckets.sort(
    (a, b) =>
      b.cases - a.cases ||
      (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const units = new Set<string>();
  for (const series of [total, ...buckets]) {
    const figures = [series, ...series.series, ...series.series.map((c) => c.trend.previous)];
    if (series.trend) figures.push(series.trend.previous);
    for (const f of figures) for (const unit of Object.keys(f.quantities)) units.add(unit);
  }
  return {
    ...answer,
    periods,
    total,
    buckets,
    bucketsOmitted: 0,
    units: [...units].sort(compareUnits),
  };
}

/** The aggregates a statistics table of the global cases was built with (statistics.ts, itr.ts). */
const tableAggregates = new WeakMap<object, readonly GlobalAggregate[]>();

export function attachAggregates(table: object, aggregates: readonly GlobalAggregate[]): void {
  tableAggregates.set(table, aggregates);
}

export function aggregatesOf(table: object): readonly GlobalAggregate[] {
  return tableAggregates.get(table) ?? [];
}
