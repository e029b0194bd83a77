/**
 * The end of a member's contributions: when its contribution agreement with this WCO node is
 * revoked or expires, and no other contribution agreement with it is in force, this node deletes
 * the member's cases from the global store and its search index, takes the member off
 * `GET /global/members`, and records the purge in the evidence log (`purged`: the agreement, the
 * reason and how many cases, never what they held) and in its log.
 *
 * Invariants:
 * - **Crash-safe.** A purge is a marker first (`global-purges`, with the member's row removed in
 *   the same batch), then deletions of at most `batchCases` cases per batch (each batch moves the
 *   marker's count), then one last batch that removes the marker with the evidence entry. A purge
 *   interrupted anywhere is found by its marker and finished at the next `sweep()`, which runs at
 *   start; a batch is all or nothing, so no case is counted twice or left behind.
 * - **Same test as the gate.** A member is purged exactly when `GlobalService.accept` would
 *   refuse its batches (`memberAgreementInForce`); while its marker exists, its batches are refused
 *   (`purging`), so nothing it sends under a new agreement can be deleted with the old cases.
 * - **One writer.** Every batch goes through `GlobalStore.write`, the queue contributions use.
 *
 * Sweeps run at start, after every change to the agreements (a revocation received or made
 * here), and on a timer (an agreement that expires changes nothing in the registry). After a
 * sweep that purged something, `afterPurge` runs (the node sweeps the global photo files then,
 * so that files no case keeps any more go with the cases: node/global/photos.ts).
 */
import { agreementStatus, memberAgreementInForce, type AgreementState } from '../../policies/index.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import type { EvidenceWriter } from '../exchange/evidence.ts';
import type { Logger } from '../log.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { deleteMemberAggregatesOps } from './aggregates.ts';
import { GLOBAL_NS, globalCaseKey } from './keys.ts';
import type { GlobalStore, MemberState } from './store.ts';

/** Interrupted and running purges, one marker per member (key: the member's node id). */
export const GLOBAL_PURGE_NS = 'global-purges';
/** Cases deleted per batch: one LevelDB batch and one index transaction each. */
export const DEFAULT_PURGE_BATCH_CASES = 1_000;
/** How often members are checked for an agreement that expired. */
export const DEFAULT_PURGE_INTERVAL_MS = 60_000;

/** Why a member's contributions were purged (evidence `details.reason`). */
export type GlobalPurgeReason = 'agreement-revoked' | 'agreement-expired' | 'agreement-ended';

/** A purge begun and not yet finished, as stored. */
export interface GlobalPurgeMarker {
  member: string;
  country: string;
  name?: string;
  /** The agreement the member last contributed under. */
  agreementId?: string;
  reason: GlobalPurgeReason;
  startedAt: string;
  /** Cases deleted so far. */
  deleted: number;
}

/** One finished purge. */
export interface MemberPurged {
  member: string;
  country: string;
  agreementId?: string;
  reason: GlobalPurgeReason;
  cases: number;
}

export interface GlobalPurgeDeps {
  kv: KvStore;
  global: GlobalStore;
  agreements: Pick<AgreementRegistry, 'states' | 'onChange'>;
  evidence: EvidenceWriter;
  self: string;
  log: Logger;
  clock?: () => Date;
  /** Runs after a sweep that purged something: the photo files no case keeps any more go then. */
  afterPurge?: (purged: readonly MemberPurged[]) => Promise<unknown>;
}

export interface GlobalPurgeOptions {
  /** Default DEFAULT_PURGE_INTERVAL_MS. */
  intervalMs?: number;
  /** Default DEFAULT_PURGE_BATCH_CASES. */
  batchCases?: number;
}

/** Why the agreement `agreementId` no longer covers the member. */
function reasonOf(states: readonly AgreementState[], agreementId: string | undefined, now: Date) {
  const state = states
    .filter((s) => s.agreement.id === agreementId)
    .sort((a, b) => b.agreement.version - a.agreement.version)[0];
  if (!state) return 'agreement-ended';
  const status = agreementStatus(state, now, state.revocations ?? []);
  if (status.active) return 'agreement-ended';
  if (status.reason === 'revoked') return 'agreement-revoked';
  if (status.reason === 'expired') return 'agreement-expired';
  return 'agreement-ended';
}

const markerKey = (member: string) => member;
const casesOf = (member: string) => ({ gte: globalCaseKey(member, ''), lt: globalCaseKey(member, '\uffff') });

export class GlobalPurge {
  readonly #deps: GlobalPurgeDeps;
  readonly #clock: () => Date;
  readonly #batchCases: number;
  readonly #intervalMs: number;
  #running: Promise<MemberPurged[]> | undefined;
  #again: Promise<MemberPurged[]> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(deps: GlobalPurgeDeps, options: GlobalPurgeOptions = {}) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
    this.#batchCases = Math.max(1, options.batchCases ?? DEFAULT_PURGE_BATCH_CASES);
    this.#intervalMs = options.intervalMs ?? DEFAULT_PURGE_INTERVAL_MS;
  }

  /** Sweeps now (finishing any purge a crash interrupted), after agreement changes, and on a timer. */
  start(): void {
    const sweepSoon = (why: string) => {
      this.sweep().catch((err: unknown) => this.#deps.log.warn({ err }, `global: purge ${why} failed`));
    };
    this.#unsubscribe = this.#deps.agreements.onChange(() => sweepSoon('after an agreement change'));
    this.#timer = setInterval(() => sweepSoon('sweep'), this.#intervalMs);
    this.#timer.unref();
    sweepSoon('at start');
  }

  /** Stops the schedule; a purge in progress stops after its current batch (its marker stays). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    clearInterval(this.#timer);
    await Promise.allSettled([this.#running, this.#again]);
  }

  /** True while a purge of `member` is begun and not finished: its batches are refused meanwhile. */
  async purging(member: string): Promise<boolean> {
    return (await this.#deps.kv.get(GLOBAL_PURGE_NS, markerKey(member))) !== undefined;
  }

  /**
   * Finishes interrupted purges and purges every member without a contribution agreement in
   * force; returns what was purged. A sweep asked for while one runs follows it (once).
   */
  sweep(): Promise<MemberPurged[]> {
    if (this.#stopped) return Promise.resolve([]);
    if (this.#running) {
      this.#again ??= this.#running
        .catch(() => undefined)
        .then(() => {
          this.#again = undefined;
          return this.sweep();
        });
      return this.#again;
    }
    const run = this.#sweep().finally(() => {
      this.#running = undefined;
    });
    this.#running = run;
    return run;
  }

  async #sweep(): Promise<MemberPurged[]> {
    const { kv } = this.#deps;
    const done: MemberPurged[] = [];
    const interrupted: GlobalPurgeMarker[] = [];
    for await (const [, value] of kv.iterate(GLOBAL_PURGE_NS)) interrupted.push(value as GlobalPurgeMarker);
    for (const marker of interrupted) {
      this.#deps.log.info(
        { member: marker.member, deleted: marker.deleted },
        'global: finishing an interrupted purge',
      );
      const finished = await this.#finish(marker);
      if (finished) done.push(finished);
    }
    const states = await this.#deps.agreements.states();
    const now = this.#clock();
    const ended: MemberState[] = [];
    for await (const [, value] of kv.iterate(GLOBAL_NS.members)) {
      const member = value as MemberState;
      if (!memberAgreementInForce(states, this.#deps.self, member.nodeId, now)) ended.push(member);
    }
    for (const member of ended) {
      if (this.#stopped) break;
      const marker = await this.#begin(member.nodeId);
      if (!marker) continue;
      const finished = await this.#finish(marker);
      if (finished) done.push(finished);
    }
    if (done.length > 0 && this.#deps.afterPurge) {
      await this.#deps.afterPurge(done).catch((err: unknown) => {
        this.#deps.log.warn({ err }, 'global: the clean-up after a purge failed; its timer retries');
      });
    }
    return done;
  }

  /** Writes the marker and takes the member off the members list, if its agreement is still ended. */
  async #begin(member: string): Promise<GlobalPurgeMarker | undefined> {
    const { global, kv, evidence, self, log } = this.#deps;
    const marker = await global.write(
      async () => {
        const now = this.#clock();
        const states = await this.#deps.agreements.states();
        const row = (await kv.get(GLOBAL_NS.members, member)) as MemberState | undefined;
        if (!row || memberAgreementInForce(states, self, member, now)) return { result: undefined, ops: [] };
        const marker: GlobalPurgeMarker = {
          member,
          country: row.country,
          ...(row.name ? { name: row.name } : {}),
          ...(row.agreementId ? { agreementId: row.agreementId } : {}),
          reason: reasonOf(states, row.agreementId, now),
          startedAt: now.toISOString(),
          deleted: 0,
        };
        const ops: BatchOp[] = [
          { type: 'put', ns: GLOBAL_PURGE_NS, key: markerKey(member), value: marker },
          { type: 'del', ns: GLOBAL_NS.members, key: member },
        ];
        return { result: marker, ops };
      },
      async (ops) => {
        await evidence.commit(ops);
      },
    );
    if (marker) {
      log.info(
        { member, country: marker.country, agreementId: marker.agreementId, reason: marker.reason },
        'global: purging a member’s contributions (its contribution agreement ended)',
      );
    }
    return marker;
  }

  /** Deletes the member's cases batch by batch; the last batch removes the marker with the evidence. */
  async #finish(start: GlobalPurgeMarker): Promise<MemberPurged | undefined> {
    const { global, kv, evidence, log } = this.#deps;
    let marker = start;
    for (;;) {
      if (this.#stopped) return undefined;
      const step = await global.write<{ marker: GlobalPurgeMarker; last: boolean }>(
        async () => {
          const keys: string[] = [];
          for await (const [key] of kv.iterate(GLOBAL_NS.cases, {
            ...casesOf(marker.member),
            limit: this.#batchCases,
          }))
            keys.push(key);
          const ops: BatchOp[] = keys.map((key) => ({ type: 'del', ns: GLOBAL_NS.cases, key }));
          const next: GlobalPurgeMarker = { ...marker, deleted: marker.deleted + keys.length };
          const last = keys.length < this.#batchCases;
          if (!last) {
            ops.push({ type: 'put', ns: GLOBAL_PURGE_NS, key: markerKey(marker.member), value: next });
            return { result: { marker: next, last }, ops };
          }
          ops.push({ type: 'del', ns: GLOBAL_PURGE_NS, key: markerKey(marker.member) });
          // An aggregates member's months (a few hundred at most) go with the last batch.
          const months = await deleteMemberAggregatesOps(kv, marker.member);
          ops.push(...months);
          // Nobody may have re-added the member meanwhile (its batches are refused), but a row
          // left by an older version of this code would otherwise outlive the purge.
          ops.push({ type: 'del', ns: GLOBAL_NS.members, key: marker.member });
          ops.push(
            ...evidence.entryOps({
              kind: 'purged',
              peer: marker.member,
              direction: 'inbound',
              ...(marker.agreementId ? { agreementId: marker.agreementId } : {}),
              actor: 'system:global-purge',
              details: {
                reason: marker.reason,
                cases: next.deleted,
                ...(months.length > 0 ? { aggregateMonths: months.length } : {}),
                country: marker.country,
                startedAt: marker.startedAt,
              },
            }),
          );
          return { result: { marker: next, last }, ops };
        },
        async (ops) => {
          await evidence.commit(ops);
        },
      );
      marker = step.marker;
      if (step.last) break;
    }
    const purged: MemberPurged = {
      member: marker.member,
      country: marker.country,
      ...(marker.agreementId ? { agreementId: marker.agreementId } : {}),
      reason: marker.reason,
      cases: marker.deleted,
    };
    log.info(purged, 'global: purged a member’s contributions');
    return purged;
  }
}
