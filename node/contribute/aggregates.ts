/**
 * The member's side of an `aggregates` contribution (docs/decisions/0007, "Later"): instead of
 * case records, the figures of each calendar month of seizure (`MonthAggregate`,
 * policies/anonymise.ts), computed here from this node's own cases with the national statistics
 * engine (node/stats: `factsOf`, `statsOf`), so that they match the national statistics screen.
 *
 * Which cases count is exactly what a case-level agreement would contribute (`decide()` with the
 * agreement's profile read as `case-level`: validated or archived, reported here, in scope, not
 * above the handling limit), and only their anonymised projection is read: codes and figures,
 * never free text. A month is sent again, whole and with a higher version (the change-log
 * position it was computed at), when any case of it changed (a correction, a withdrawal, a
 * seizure date moved to another month); the WCO node keeps the newest per member and month.
 *
 * Same transport and invariants as the case records (service.ts): the manifest lists each month
 * as an `aggregate` entry, the WCO node's receipt settles it, and the cursor, the months' states
 * and the evidence move in one batch only once the receipt verifies; while the WCO node is away
 * nothing moves and the months are computed again when it answers.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  aggregateId,
  CONTRIBUTED_STATUSES,
  decide,
  jwsSha256,
  LATEST_CONTRIBUTION_PROFILE_VERSION,
  openStatement,
  sha256Hex,
  signStatement,
  AGGREGATE_DIMENSIONS,
  type AgreementState,
  type AggregateBreakdown,
  type AggregateCell,
  type MonthAggregate,
} from '../../policies/index.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import {
  MANIFEST_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  receiptSchema,
  type Manifest,
  type ManifestEntry,
  type ReceiptOutcome,
} from '../../protocol/exchange.ts';
import type { CaseId } from '../../protocol/ids.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { Case } from '../../protocol/records.ts';
import type { StatsFigures, StatsParams } from '../../protocol/api.ts';
import { ExchangeProtocolError } from '../exchange/errors.ts';
import type { EvidenceRecordRef, EvidenceWriter } from '../exchange/evidence.ts';
import type { Logger } from '../log.ts';
import { factsOf, statsOf, StatsTable } from '../stats/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { RecordStore } from '../store/records.ts';
import { prefixEnd } from './keys.ts';

/**
 * `contribute-aggregates`: per WCO node, agreement and month, what the WCO node acknowledged
 * (`AggregateState`); `contribute-case-months`: per WCO node and agreement, the month each case
 * was last counted in (so that a case moved to another month changes both); `contribute-state`
 * holds the aggregates' cursor beside the cases' one.
 */
export const AGGREGATE_NS = {
  months: 'contribute-aggregates',
  caseMonths: 'contribute-case-months',
  state: 'contribute-state',
} as const;

const SEP = '\x00';
const monthKey = (wco: string, agreementId: string, month: string) =>
  `${wco}${SEP}${agreementId}${SEP}${month}`;
const caseMonthKey = (wco: string, agreementId: string, caseId: string) =>
  `${wco}${SEP}${agreementId}${SEP}${caseId}`;
const aggregateCursorKey = (wco: string, agreementId: string, version: number) =>
  `aggregates${SEP}${wco}${SEP}${agreementId}${SEP}${String(version).padStart(6, '0')}`;

/** Where one month stands with one WCO node. */
export interface AggregateState {
  month: string;
  state: 'contributed' | 'withdrawn' | 'refused';
  version: number;
  /** The sha256 of the month's figures without its version: unchanged figures are not sent again. */
  figures: string;
  at: string;
  manifestId: string;
  reason?: string;
}

/** What `contributeAggregates` needs of the contribution service. */
export interface AggregateContext {
  kv: KvStore;
  store: Pick<RecordStore, 'changesSince' | 'lastSeq' | 'getCases' | 'searchCases'>;
  evidence: EvidenceWriter;
  self: string;
  key: Parameters<typeof signStatement>[2];
  log: Logger;
  now: () => Date;
  stopped: () => boolean;
  /** Sends one batch and returns the WCO node's receipt (not yet checked). */
  send: (manifestJws: string, records: readonly Uint8Array[]) => Promise<string>;
}

export interface AggregateRun {
  batches: number;
  counts: Record<ReceiptOutcome, number>;
  cursor: number;
  head: number;
}

const CHANGES_PAGE = 1_000;
const SEARCH_PAGE = 500;
/** Months per batch: a month's figures are a few kilobytes. */
const MONTHS_PER_BATCH = 200;
const encoder = new TextEncoder();

const monthOf = (date: string | undefined): string | undefined =>
  typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 7) : undefined;

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** The states with this agreement's profile read as `case-level`: which cases count, and how projected. */
function asCaseLevel(states: readonly AgreementState[], agreementId: string): AgreementState[] {
  return states.map((s) =>
    s.agreement.id === agreementId && s.agreement.profile
      ? {
          ...s,
          agreement: {
            ...s.agreement,
            profile: {
              ...s.agreement.profile,
              level: 'case-level',
              version: LATEST_CONTRIBUTION_PROFILE_VERSION,
            },
          },
        }
      : s,
  );
}

const figuresOf = (f: StatsFigures) => ({
  cases: f.cases,
  quantities: { ...f.quantities },
  valueUsd: f.valueUsd,
});

/** The month's figures over `table` (the month's counted cases), within `itrArea` when given. */
function breakdownOf(table: StatsTable, month: string, itrArea: string | undefined): AggregateBreakdown {
  const base: StatsParams = {
    from: `${month}-01`,
    to: lastDayOf(month),
    period: 'month',
    top: Number.MAX_SAFE_INTEGER,
    ...(itrArea === undefined ? {} : { itrArea }),
  };
  const context = { today: base.to! };
  const by: AggregateBreakdown['by'] = {};
  for (const dimension of AGGREGATE_DIMENSIONS) {
    if (itrArea !== undefined && dimension === 'itrArea') continue;
    const answer = statsOf(table, { ...base, dimension }, context);
    by[dimension] = answer.buckets.map((b): AggregateCell => ({ key: b.key, ...figuresOf(b) }));
  }
  return { total: figuresOf(statsOf(table, base, context).total), by };
}

/**
 * The figures of `month` under the agreement (`caseLevel`: the states as `asCaseLevel` made
 * them), from the projections of the month's contributed cases; `undefined` when none counts.
 */
export async function monthAggregate(
  store: Pick<RecordStore, 'searchCases'>,
  caseLevel: readonly AgreementState[],
  request: { self: string; wco: string; month: string; version: number; now: Date },
): Promise<MonthAggregate | undefined> {
  const { self, wco, month, version, now } = request;
  const table = new StatsTable();
  for (const status of CONTRIBUTED_STATUSES) {
    let cursor: string | undefined;
    do {
      const page = await store.searchCases({
        from: `${month}-01`,
        to: lastDayOf(month),
        status,
        limit: SEARCH_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      for (const record of page.items) {
        const decision = decide(
          caseLevel,
          { direction: 'outbound', mode: 'sync', localNodeId: self, peerNodeId: wco, record },
          now,
        );
        if (!decision.allow) continue;
        const projected = { offenceTypes: [], items: [], offenders: [], ...decision.projection } as Case;
        table.put(factsOf(projected));
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }
  if (table.size === 0) return undefined;
  const all = breakdownOf(table, month, undefined);
  const areas: Record<string, AggregateBreakdown> = {};
  for (const cell of all.by.itrArea ?? [])
    if (cell.key !== null) areas[cell.key] = breakdownOf(table, month, cell.key);
  return { id: aggregateId(month), kind: 'aggregate', month, version, all, areas };
}

const emptyCounts = (): Record<ReceiptOutcome, number> => ({ stored: 0, unchanged: 0, purged: 0, denied: 0 });

/**
 * Pushes to the WCO node of `state`'s agreement the months whose figures changed since the
 * aggregates' cursor. Rejects (nothing recorded) when the WCO node cannot be reached or refuses.
 */
export async function contributeAggregates(
  context: AggregateContext,
  wco: string,
  state: AgreementState,
  states: readonly AgreementState[],
): Promise<AggregateRun> {
  const { kv, store, self } = context;
  const { id: agreementId, version: agreementVersion } = state.agreement;
  const cursorKey = aggregateCursorKey(wco, agreementId, agreementVersion);
  const cursor =
    ((await kv.get(AGGREGATE_NS.state, cursorKey)) as { cursor: number } | undefined)?.cursor ?? 0;
  const head = store.lastSeq();
  const run: AggregateRun = { batches: 0, counts: emptyCounts(), cursor, head };
  if (cursor >= head) return run;

  // Which months the changes since the cursor touch: each changed case's month now and before.
  const dirty = new Set<string>();
  const caseMonthOps: BatchOp[] = [];
  const seen = new Set<string>();
  for (let from = cursor; from < head;) {
    const changes = (await store.changesSince(from, CHANGES_PAGE)).filter((c) => c.seq <= head);
    if (changes.length === 0) break;
    from = changes.at(-1)!.seq;
    const ids = [...new Set(changes.filter((c) => c.type === 'case' && !seen.has(c.id)).map((c) => c.id))];
    for (const id of ids) seen.add(id);
    const [cases, before] = await Promise.all([
      store.getCases(ids as CaseId[]),
      kv.getMany(
        AGGREGATE_NS.caseMonths,
        ids.map((id) => caseMonthKey(wco, agreementId, id)),
      ),
    ]);
    ids.forEach((id, i) => {
      const record = cases[i];
      const was = before[i] as string | undefined;
      const now = record && record.deletedAt === undefined ? monthOf(record.seizureDate) : undefined;
      if (was !== undefined) dirty.add(was);
      if (now !== undefined) dirty.add(now);
      if (was === now) return;
      const key = caseMonthKey(wco, agreementId, id);
      caseMonthOps.push(
        now === undefined
          ? { type: 'del', ns: AGGREGATE_NS.caseMonths, key }
          : { type: 'put', ns: AGGREGATE_NS.caseMonths, key, value: now },
      );
    });
  }

  const now = context.now();
  const caseLevel = asCaseLevel(states, agreementId);
  const months = [...dirty].sort();
  const held = (await kv.getMany(
    AGGREGATE_NS.months,
    months.map((month) => monthKey(wco, agreementId, month)),
  )) as (AggregateState | undefined)[];
  const pending: { entry: ManifestEntry; body?: Uint8Array; figures: string; month: string }[] = [];
  for (const [i, month] of months.entries()) {
    if (context.stopped()) return run;
    const was = held[i];
    const aggregate = await monthAggregate(store, caseLevel, { self, wco, month, version: head, now });
    if (!aggregate) {
      if (was?.state === 'contributed')
        pending.push({
          entry: {
            type: 'aggregate',
            id: aggregateId(month),
            version: head,
            op: 'withdraw',
            reason: 'no-cases',
          },
          figures: '',
          month,
        });
      continue;
    }
    const { version: _version, ...figuresOnly } = aggregate;
    const figures = sha256Hex(encoder.encode(canonicalJson(figuresOnly)));
    if (was?.state === 'contributed' && was.figures === figures) continue;
    const body = encoder.encode(canonicalJson(aggregate));
    pending.push({
      entry: { type: 'aggregate', id: aggregate.id, version: head, op: 'upsert', sha256: sha256Hex(body) },
      body,
      figures,
      month,
    });
  }

  // Batches of months; the last one moves the cursor (and records which month each case is in).
  const batches: (typeof pending)[] = [];
  let current: typeof pending = [];
  let bytes = 0;
  for (const item of pending) {
    if (
      current.length >= MONTHS_PER_BATCH ||
      (current.length > 0 && bytes + (item.body?.length ?? 0) > PROTOCOLS.contribute.batchTargetBytes)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.body?.length ?? 0;
  }
  batches.push(current);
  for (const [b, batch] of batches.entries()) {
    if (context.stopped()) return run;
    const last = b === batches.length - 1;
    const manifest: Manifest = {
      id: uuidv7(),
      from: self,
      to: wco,
      agreementId,
      agreementVersion,
      mode: 'sync',
      cursor: { from: cursor, to: last ? head : cursor },
      head,
      complete: last,
      entries: batch.map((item) => item.entry),
      at: now.toISOString(),
    };
    const manifestJws = await signStatement(MANIFEST_JWS_TYPE, manifest, context.key);
    const receiptJws = await context.send(
      manifestJws,
      batch.flatMap((item) => (item.body ? [item.body] : [])),
    );
    const ops = await settle(
      context,
      { wco, agreementId, agreementVersion },
      manifest,
      manifestJws,
      receiptJws,
      batch,
      run,
    );
    if (last) {
      ops.push(...caseMonthOps, {
        type: 'put',
        ns: AGGREGATE_NS.state,
        key: cursorKey,
        value: { cursor: head, updatedAt: context.now().toISOString() },
      });
    }
    await context.evidence.commit(ops);
    run.batches++;
    if (last) run.cursor = head;
  }
  if (pending.length > 0) context.log.info({ wco, ...run.counts }, 'contribute: monthly aggregates sent');
  return run;
}

/** Checks the receipt against the batch; returns the ops that record each month's new state and the evidence. */
async function settle(
  context: AggregateContext,
  target: { wco: string; agreementId: string; agreementVersion: number },
  manifest: Manifest,
  manifestJws: string,
  receiptJws: string,
  batch: readonly { entry: ManifestEntry; figures: string; month: string }[],
  run: AggregateRun,
): Promise<BatchOp[]> {
  const { wco, agreementId, agreementVersion } = target;
  const opened = await openStatement(receiptJws, RECEIPT_JWS_TYPE, receiptSchema, { signer: wco });
  if (!opened.ok) throw new ExchangeProtocolError('bad-receipt', `${opened.reason}: ${opened.detail}`);
  const receipt = opened.statement;
  if (
    receipt.to !== context.self ||
    receipt.manifestId !== manifest.id ||
    receipt.manifestSha256 !== jwsSha256(manifestJws) ||
    receipt.outcomes.length !== batch.length
  ) {
    throw new ExchangeProtocolError('bad-receipt', 'the receipt is for another batch or leaves entries out');
  }
  const at = context.now().toISOString();
  const ops: BatchOp[] = [];
  const refs: EvidenceRecordRef[] = [];
  const counts = emptyCounts();
  batch.forEach(({ entry, figures, month }, i) => {
    const { id, outcome, reason } = receipt.outcomes[i]!;
    const expected = entry.op === 'upsert' ? ['stored', 'unchanged', 'denied'] : ['purged'];
    if (id !== entry.id || !expected.includes(outcome))
      throw new ExchangeProtocolError('bad-receipt', `entry ${i} (${month}) is accounted for as ${outcome}`);
    counts[outcome]++;
    run.counts[outcome]++;
    refs.push({ type: 'aggregate', id, version: entry.version, outcome, ...(reason ? { reason } : {}) });
    const value: AggregateState = {
      month,
      version: entry.version,
      figures,
      at,
      manifestId: manifest.id,
      state: entry.op === 'withdraw' ? 'withdrawn' : outcome === 'denied' ? 'refused' : 'contributed',
      ...(outcome === 'denied' ? { reason: reason ?? 'denied' } : {}),
    };
    ops.push({ type: 'put', ns: AGGREGATE_NS.months, key: monthKey(wco, agreementId, month), value });
  });
  if (batch.length > 0) {
    ops.push(
      ...context.evidence.entryOps({
        kind: 'contributed',
        peer: wco,
        direction: 'outbound',
        agreementId,
        agreementVersion,
        mode: 'sync',
        records: refs,
        manifest: manifestJws,
        receipt: receiptJws,
        actor: 'system:contribute',
        details: { manifestId: manifest.id, ...counts },
      }),
    );
  }
  return ops;
}

/** Every month this node holds as contributed to `wco` under `agreementId` (for checks and tests). */
export async function contributedMonths(
  kv: KvStore,
  wco: string,
  agreementId: string,
): Promise<AggregateState[]> {
  const prefix = `${wco}${SEP}${agreementId}${SEP}`;
  const out: AggregateState[] = [];
  for await (const [, value] of kv.iterate(AGGREGATE_NS.months, { gte: prefix, lt: prefixEnd(prefix) }))
    out.push(value as AggregateState);
  return out;
}
