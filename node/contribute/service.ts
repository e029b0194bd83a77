/**
 * The member's side of `/cen/contribute/1.0.0`: this node tails its own change log and pushes to
 * each WCO node it has a contribution agreement with the anonymised projection of every validated
 * case, each later correction and each withdrawal (the case deleted, or no longer contributed).
 *
 * Invariants:
 * - **Once.** A case is sent when its projection differs from the one the WCO node last
 *   acknowledged (per case: version and sha256 in `contributions`); the WCO node keeps one copy
 *   per member and case id, and a batch sent again after a lost receipt is `unchanged` there.
 * - **No loss.** The cursor (how far the change log was contributed, per WCO node and agreement
 *   version) moves only in the batch that records the WCO node's signed receipt, with the cases'
 *   new states and the evidence entry; a batch that fails leaves everything as it was, so while
 *   the WCO node is unreachable the changes wait in the log and go when it answers again.
 * - **Both gates.** Every case is decided here (`decide()` outbound: the agreement in force, the
 *   profile's projection) before anything leaves, and again by the WCO node; refusals on either
 *   side are in this node's evidence log (`denied`, or the receipt kept with `contributed`).
 * - **One push per WCO node at a time**; on a timer, when the connection with it opens, and on
 *   demand (`contribute()`).
 * - **Photo files follow their case.** The photos a receipted case's projection keeps (only those
 *   marked for the WCO) are queued in the receipt's batch (`contribute-photos`) and delivered
 *   after each push over `/cen/global/1.0.0`; the queue survives the WCO node's absence and this
 *   node's restarts like the change log does.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import {
  wcoAgreementsInForce,
  agreementStatus,
  CONTRIBUTED_STATUSES,
  decide,
  jwsSha256,
  openStatement,
  revokes,
  sha256Hex,
  signStatement,
  type AgreementState,
} from '../../policies/index.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import type { CaseContribution } from '../../protocol/api.ts';
import {
  MANIFEST_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  receiptSchema,
  type Manifest,
  type ManifestEntry,
  type ReceiptOutcome,
} from '../../protocol/exchange.ts';
import { cen } from '../../protocol/gen/contribute.js';
import type { CaseId } from '../../protocol/ids.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { Case } from '../../protocol/records.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import { ExchangeProtocolError, PeerUnavailableError } from '../exchange/errors.ts';
import type { EvidenceInput, EvidenceRecordRef, EvidenceWriter } from '../exchange/evidence.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, PeerRefusedError, type FramedStream, type PeerHost } from '../p2p/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { RecordStore } from '../store/records.ts';
import { GlobalRefusedError } from '../global/protocol.ts';
import { contributeAggregates, type AggregateContext } from './aggregates.ts';
import { deliverPhoto } from '../global/remote.ts';
import type { PhotoFiles } from '../photos/index.ts';
import {
  contributionKey,
  contributionPrefix,
  CONTRIBUTE_NS,
  cursorKey,
  photoQueueKey,
  photoQueuePrefix,
  prefixEnd,
} from './keys.ts';

const Frame = cen.contribute.v1.ContributeFrame;
type Frames = FramedStream<cen.contribute.v1.ContributeFrame, cen.contribute.v1.IContributeFrame>;

/** How often the change log is checked for something to contribute when nothing else prompts it. */
export const DEFAULT_CONTRIBUTE_INTERVAL_MS = 5_000;
/** Retries of the catch-up a connection starts (0.5 s, 1 s, 2 s, 4 s, 8 s after each failure). */
const CATCH_UP_RETRIES = 5;
const CATCH_UP_RETRY_MS = 500;
/** Cases per batch: anonymised cases are small, so a batch stays far below the frame limit. */
export const DEFAULT_BATCH_ENTRIES = 500;
/** Change-log entries read at a time while filling a batch. */
const CHANGES_PAGE = 1_000;
/** Changes one batch may pass over (persons, drafts, unchanged projections) before it is sent. */
const MAX_SCANNED_PER_BATCH = 20_000;
/** Sending a batch and waiting for the WCO node's receipt. */
export const BATCH_TIMEOUT_MS = 60_000;

/** Where one case stands with one WCO node, as this node recorded it. */
export interface ContributionRecord {
  wco: string;
  caseId: string;
  state: 'contributed' | 'withdrawn' | 'refused';
  version: number;
  /** Contributed: the sha256 of the projection the WCO node holds. */
  sha256?: string;
  reason?: string;
  refusedBy?: 'member' | 'wco';
  at: string;
  agreementId: string;
  manifestId?: string;
}

export interface ContributionDeps {
  kv: KvStore;
  store: Pick<RecordStore, 'changesSince' | 'lastSeq' | 'getCases' | 'getCase'> &
    Partial<Pick<RecordStore, 'searchCases'>>;
  agreements: Pick<AgreementRegistry, 'states'>;
  evidence: EvidenceWriter;
  peerHost: Pick<PeerHost, 'openStream' | 'onConnected' | 'status'>;
  self: string;
  key: KeyObject;
  log: Logger;
  clock?: () => Date;
  /**
   * This node's photo files: the photos a contributed case keeps for the WCO node are delivered
   * after the batch that holds the case is receipted (none without).
   */
  photos?: Pick<PhotoFiles, 'openFile'>;
}

export interface ContributionOptions {
  /** Default DEFAULT_CONTRIBUTE_INTERVAL_MS. */
  intervalMs?: number;
  /** Contribute as soon as a connection with the WCO node opens (default true). */
  onConnect?: boolean;
  /** Default DEFAULT_BATCH_ENTRIES (at most 2000, a manifest's limit). */
  batchEntries?: number;
}

/** What one push to one WCO node did. */
export interface ContributionRun {
  wco: string;
  /** Batches the WCO node receipted. */
  batches: number;
  counts: Record<ReceiptOutcome, number>;
  /** Cases this node's own agreement check refused. */
  refusedHere: number;
  /** How far the change log has been contributed, and its latest change. */
  cursor: number;
  head: number;
  /** Photo files delivered (`stored`), found there already (`held`), or dropped (refused, file gone). */
  photos: { stored: number; held: number; dropped: number };
}

/** A WCO node this node contributes to now, under the agreement in force with it. */
interface Target {
  wco: string;
  wcoName: string;
  state: AgreementState;
}

interface CursorState {
  cursor: number;
  updatedAt: string;
}

interface Built {
  manifest: Manifest;
  manifestJws: string;
  records: Uint8Array[];
  /** Ops to commit whatever the WCO node answers: this node's own refusals. */
  localOps: BatchOp[];
  refusedHere: EvidenceRecordRef[];
  /** The photo hashes each upserted case's projection keeps (to deliver once it is receipted). */
  photosOf: Map<string, string[]>;
}

const encoder = new TextEncoder();
const emptyCounts = (): Record<ReceiptOutcome, number> => ({ stored: 0, unchanged: 0, purged: 0, denied: 0 });

export class ContributionService {
  readonly #deps: ContributionDeps;
  readonly #options: ContributionOptions;
  readonly #clock: () => Date;
  readonly #log: Logger;
  readonly #runs = new Map<string, Promise<ContributionRun>>();
  /** The push that follows the running one (for changes made after it started). */
  readonly #next = new Map<string, Promise<ContributionRun>>();
  readonly #timers: NodeJS.Timeout[] = [];
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(deps: ContributionDeps, options: ContributionOptions = {}) {
    this.#deps = deps;
    this.#options = options;
    this.#clock = deps.clock ?? (() => new Date());
    this.#log = deps.log;
  }

  start(): void {
    if (this.#options.onConnect !== false) {
      this.#unsubscribe = this.#deps.peerHost.onConnected((peer) => {
        setImmediate(() => this.#catchUp(peer, 0));
      });
    }
    // On the timer, only to WCO nodes connected now: the peer host redials the others, and the
    // connection opening starts their catch-up.
    const timer = setInterval(() => {
      this.#targets()
        .then((targets) =>
          Promise.allSettled(
            targets.filter((t) => this.#deps.peerHost.status(t.wco).connected).map((t) => this.#push(t.wco)),
          ),
        )
        .catch(() => undefined);
    }, this.#options.intervalMs ?? DEFAULT_CONTRIBUTE_INTERVAL_MS);
    timer.unref();
    this.#timers.push(timer);
  }

  /**
   * The push a connection opening starts. A WCO node that has just started may accept the
   * connection before it serves contributions, so a failed catch-up is tried again a few times,
   * sooner than the schedule would, while the connection lasts.
   */
  #catchUp(peer: string, attempt: number): void {
    if (this.#stopped) return;
    this.#targets()
      .then((targets) => (targets.some((t) => t.wco === peer) ? this.contribute(peer) : []))
      .catch(() => {
        if (this.#stopped || attempt >= CATCH_UP_RETRIES || !this.#deps.peerHost.status(peer).connected)
          return;
        const retry = setTimeout(() => this.#catchUp(peer, attempt + 1), CATCH_UP_RETRY_MS * 2 ** attempt);
        retry.unref();
      });
  }

  /** Stops the schedule and waits for the pushes in progress (each ends at its next frame at worst). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    await Promise.allSettled([...this.#runs.values(), ...this.#next.values()]);
  }

  /** The WCO nodes this node contributes to now (a contribution agreement in force with each). */
  async #targets(states?: readonly AgreementState[]): Promise<Target[]> {
    const all = states ?? (await this.#deps.agreements.states());
    const { self } = this.#deps;
    const now = this.#clock();
    return wcoAgreementsInForce(all, self, now)
      .filter(({ state }) => state.agreement.modes.includes('sync'))
      .map(({ wco, state }) => ({ wco: wco.nodeId, wcoName: wco.name, state }));
  }

  /**
   * Pushes everything not yet contributed to `wco` (default: every WCO node this node contributes
   * to) now, after any push already running. Rejects with PeerUnavailableError when a WCO node cannot
   * be reached (the changes stay queued), PeerRefusedError when it refuses a batch.
   */
  async contribute(wco?: string): Promise<ContributionRun[]> {
    if (this.#stopped) return [];
    const targets = (await this.#targets()).filter((t) => wco === undefined || t.wco === wco);
    const results = await Promise.allSettled(targets.map((t) => this.#push(t.wco)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed && wco !== undefined) throw failed.reason;
    return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  #push(wco: string): Promise<ContributionRun> {
    const running = this.#runs.get(wco);
    if (running) {
      // The running push may have read the log before the latest changes: one more follows it,
      // shared by everyone who asks meanwhile.
      let next = this.#next.get(wco);
      if (!next) {
        next = running
          .catch(() => undefined)
          .then(() => {
            this.#next.delete(wco);
            return this.#push(wco);
          });
        this.#next.set(wco, next);
      }
      return next;
    }
    const run = this.#run(wco).finally(() => this.#runs.delete(wco));
    this.#runs.set(wco, run);
    return run;
  }

  async #run(wco: string): Promise<ContributionRun> {
    const { kv, store } = this.#deps;
    const result: ContributionRun = {
      wco,
      batches: 0,
      counts: emptyCounts(),
      refusedHere: 0,
      cursor: 0,
      head: store.lastSeq(),
      photos: { stored: 0, held: 0, dropped: 0 },
    };
    const states = await this.#deps.agreements.states();
    const target = (await this.#targets(states)).find((t) => t.wco === wco);
    // An `aggregates` profile carries no case records: the months' figures go instead (aggregates.ts).
    if (target?.state.agreement.profile?.level === 'aggregates')
      return this.#runAggregates(target, states, result);
    if (target?.state.agreement.profile?.level !== 'case-level') return result;
    const { id, version } = target.state.agreement;
    const key = cursorKey(wco, id, version);
    let cursor = ((await kv.get(CONTRIBUTE_NS.state, key)) as CursorState | undefined)?.cursor ?? 0;
    result.cursor = cursor;
    try {
      while (!this.#stopped && cursor < store.lastSeq()) {
        const built = await this.#build(target, states, cursor);
        const range = built.manifest.cursor!;
        // Nothing to read although the log says otherwise: stop rather than spin.
        if (range.to === cursor && built.manifest.entries.length === 0) break;
        const cursorOp: BatchOp = {
          type: 'put',
          ns: CONTRIBUTE_NS.state,
          key,
          value: { cursor: range.to, updatedAt: this.#clock().toISOString() } satisfies CursorState,
        };
        const ops = [...built.localOps, cursorOp, ...this.#deniedEvidence(target, built.refusedHere)];
        // A stretch of changes with nothing to send is recorded here; the WCO node hears of the
        // last stretch too, so that it knows this node is up to date.
        if (built.manifest.entries.length > 0 || built.manifest.complete) {
          const receiptJws = await this.#send(wco, built.manifestJws, built.records);
          const settled = await this.#settle(target, built, receiptJws);
          ops.push(...settled.ops);
          for (const outcome of Object.keys(settled.counts) as ReceiptOutcome[])
            result.counts[outcome] += settled.counts[outcome];
          result.batches++;
        }
        await this.#deps.evidence.commit(ops);
        result.refusedHere += built.refusedHere.length;
        cursor = range.to;
        result.cursor = cursor;
        result.head = built.manifest.head ?? cursor;
        if (built.manifest.complete) break;
      }
    } catch (err) {
      this.#log.warn({ err, wco }, 'contribute: push failed; the changes stay queued');
      throw err;
    }
    if (this.#deps.photos && !this.#stopped) await this.#deliverPhotos(wco, this.#deps.photos, result);
    const { counts } = result;
    if (counts.stored + counts.purged + counts.denied + result.refusedHere > 0) {
      this.#log.info(
        { wco, ...counts, refusedHere: result.refusedHere, cursor, head: result.head },
        'contribute: cases contributed',
      );
    }
    if (counts.denied > 0) {
      this.#log.warn({ wco, refused: counts.denied }, 'contribute: the WCO node refused cases');
    }
    return result;
  }

  /**
   * The next batch for `target` after `cursor`: the changes in log order, each case decided once
   * (at its current version) and sent only if what the WCO node holds differs.
   */
  async #build(target: Target, states: readonly AgreementState[], cursor: number): Promise<Built> {
    const { kv, store, self } = this.#deps;
    const { wco, state } = target;
    const now = this.#clock();
    const head = store.lastSeq();
    const max = Math.min(Math.max(this.#options.batchEntries ?? DEFAULT_BATCH_ENTRIES, 1), 2000);
    const entries: ManifestEntry[] = [];
    const records: Uint8Array[] = [];
    const localOps: BatchOp[] = [];
    const refusedHere: EvidenceRecordRef[] = [];
    const photosOf = new Map<string, string[]>();
    const seen = new Set<string>();
    let bytes = 0;
    let to = cursor;
    let scanned = 0;
    fill: while (to < head && scanned < MAX_SCANNED_PER_BATCH) {
      const changes = await store.changesSince(to, CHANGES_PAGE);
      if (changes.length === 0) break;
      const ids = [
        ...new Set(changes.filter((c) => c.type === 'case' && !seen.has(c.id)).map((c) => c.id as CaseId)),
      ];
      const [cases, held] = await Promise.all([
        store.getCases(ids),
        kv.getMany(
          CONTRIBUTE_NS.cases,
          ids.map((id) => contributionKey(id, wco)),
        ),
      ]);
      const caseOf = new Map(ids.map((id, i) => [id as string, cases[i]]));
      const heldOf = new Map(ids.map((id, i) => [id as string, held[i] as ContributionRecord | undefined]));
      for (const change of changes) {
        if (entries.length >= max || bytes >= PROTOCOLS.contribute.batchTargetBytes) break fill;
        to = change.seq;
        scanned++;
        if (change.type !== 'case' || seen.has(change.id)) continue;
        seen.add(change.id);
        const record = caseOf.get(change.id);
        if (!record) continue;
        const was = heldOf.get(change.id);
        const withdraw = (reason: string) => {
          if (was?.state === 'contributed')
            entries.push({ type: 'case', id: record.id, version: record.version, op: 'withdraw', reason });
        };
        if (record.deletedAt !== undefined) {
          withdraw('deleted');
          continue;
        }
        if (!CONTRIBUTED_STATUSES.includes(record.status)) {
          withdraw('not-validated');
          continue;
        }
        const decision = decide(
          states,
          { direction: 'outbound', mode: 'sync', localNodeId: self, peerNodeId: wco, record },
          now,
        );
        if (!decision.allow) {
          refusedHere.push({
            type: 'case',
            id: record.id,
            version: record.version,
            outcome: 'denied',
            reason: decision.reason,
          });
          if (was?.state === 'contributed') withdraw(decision.reason);
          else {
            const refused: ContributionRecord = {
              wco,
              caseId: record.id,
              state: 'refused',
              refusedBy: 'member',
              reason: decision.reason,
              version: record.version,
              at: now.toISOString(),
              agreementId: state.agreement.id,
            };
            localOps.push({
              type: 'put',
              ns: CONTRIBUTE_NS.cases,
              key: contributionKey(record.id, wco),
              value: refused,
            });
          }
          continue;
        }
        const body = encoder.encode(canonicalJson(decision.projection));
        const sha256 = sha256Hex(body);
        // Held under another agreement: that one ended and the WCO node purged it (node/global/purge.ts).
        if (
          was?.state === 'contributed' &&
          was.sha256 === sha256 &&
          was.version === record.version &&
          was.agreementId === state.agreement.id
        )
          continue;
        entries.push({ type: 'case', id: record.id, version: record.version, op: 'upsert', sha256 });
        records.push(body);
        bytes += body.length;
        const photos = decision.projection.photos;
        if (Array.isArray(photos) && photos.length > 0)
          photosOf.set(
            record.id,
            photos.map((p) => p.hash),
          );
      }
    }
    const complete = to >= head;
    const manifest: Manifest = {
      id: uuidv7(),
      from: self,
      to: wco,
      agreementId: state.agreement.id,
      agreementVersion: state.agreement.version,
      mode: 'sync',
      cursor: { from: cursor, to },
      head,
      complete,
      entries,
      at: now.toISOString(),
    };
    const manifestJws = await signStatement(MANIFEST_JWS_TYPE, manifest, this.#deps.key);
    return { manifest, manifestJws, records, localOps, refusedHere, photosOf };
  }

  /**
   * Delivers the queued photo files to `wco` over `/cen/global/1.0.0`, one at a time. A file the
   * WCO node refuses (its case no longer keeps it, it does not check out) or that is gone here is
   * dropped from the queue with a log line; when the WCO node cannot be reached the rest waits
   * for the next push.
   */
  async #deliverPhotos(
    wco: string,
    files: Pick<PhotoFiles, 'openFile'>,
    result: ContributionRun,
  ): Promise<void> {
    const { kv, peerHost } = this.#deps;
    const prefix = photoQueuePrefix(wco);
    const queued: { key: string; caseId: string; hash: string }[] = [];
    for await (const [key] of kv.iterate(CONTRIBUTE_NS.photos, { gte: prefix, lt: prefixEnd(prefix) })) {
      const [, caseId, hash] = key.split('\x00') as [string, string, string];
      queued.push({ key, caseId, hash });
    }
    const drop = (key: string) => kv.batch([{ type: 'del', ns: CONTRIBUTE_NS.photos, key }]);
    for (const { key, caseId, hash } of queued) {
      if (this.#stopped) return;
      const file = await files.openFile(hash, 'full');
      if (!file) {
        this.#log.warn({ wco, caseId, hash }, 'contribute: a photo to deliver is gone; dropped');
        result.photos.dropped++;
        await drop(key);
        continue;
      }
      const parts: Buffer[] = [];
      for await (const part of file.stream) parts.push(part as Buffer);
      try {
        const state = await deliverPhoto(peerHost, wco, { caseId, hash, bytes: Buffer.concat(parts) });
        result.photos[state]++;
        await drop(key);
      } catch (err) {
        if (
          err instanceof GlobalRefusedError &&
          ['not-referenced', 'bad-photo', 'too-large', 'not-found'].includes(err.code)
        ) {
          this.#log.warn(
            { wco, caseId, hash, code: err.code },
            'contribute: the WCO node refused a photo; dropped',
          );
          result.photos.dropped++;
          await drop(key);
          continue;
        }
        this.#log.warn({ err, wco }, 'contribute: photo delivery stopped; the photos stay queued');
        return;
      }
    }
    if (result.photos.stored > 0) this.#log.info({ wco, ...result.photos }, 'contribute: photos delivered');
  }

  async #runAggregates(
    target: Target,
    states: readonly AgreementState[],
    result: ContributionRun,
  ): Promise<ContributionRun> {
    const { store } = this.#deps;
    if (!store.searchCases) {
      this.#log.warn(
        { wco: target.wco },
        'contribute: this store cannot list a month’s cases; no aggregates',
      );
      return result;
    }
    const run = await contributeAggregates(
      {
        ...this.#deps,
        store: store as AggregateContext['store'],
        now: this.#clock,
        stopped: () => this.#stopped,
        send: (manifestJws, records) => this.#send(target.wco, manifestJws, records),
      },
      target.wco,
      target.state,
      states,
    );
    return { ...result, batches: run.batches, counts: run.counts, cursor: run.cursor, head: run.head };
  }

  /** Sends one batch and returns the WCO node's receipt (a compact JWS, not yet checked). */
  async #send(wco: string, manifestJws: string, records: readonly Uint8Array[]): Promise<string> {
    let stream: Stream;
    try {
      stream = await this.#deps.peerHost.openStream(wco, 'contribute');
    } catch (err) {
      throw new PeerUnavailableError(wco, err);
    }
    const frames: Frames = framedStream(stream, PROTOCOLS.contribute, Frame);
    try {
      await frames.write({ batch: { manifest: manifestJws, records: [...records] } }, BATCH_TIMEOUT_MS);
      const reply = await frames.read(BATCH_TIMEOUT_MS);
      const body = bodyOf(reply, ['receipt', 'refusal']);
      if (body === 'refusal') throw new PeerRefusedError(reply.refusal!.code, reply.refusal!.message);
      await frames.close().catch(() => undefined);
      return reply.receipt!.receipt;
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      if (err instanceof PeerRefusedError) throw err;
      throw new PeerUnavailableError(wco, err);
    }
  }

  /** Checks the receipt against the batch; the ops record each case's new state and the evidence. */
  async #settle(
    target: Target,
    built: Built,
    receiptJws: string,
  ): Promise<{ ops: BatchOp[]; counts: Record<ReceiptOutcome, number> }> {
    const { wco, state } = target;
    const { manifest } = built;
    const opened = await openStatement(receiptJws, RECEIPT_JWS_TYPE, receiptSchema, { signer: wco });
    if (!opened.ok) throw new ExchangeProtocolError('bad-receipt', `${opened.reason}: ${opened.detail}`);
    const receipt = opened.statement;
    if (
      receipt.to !== this.#deps.self ||
      receipt.manifestId !== manifest.id ||
      receipt.manifestSha256 !== jwsSha256(built.manifestJws) ||
      receipt.outcomes.length !== manifest.entries.length
    ) {
      throw new ExchangeProtocolError(
        'bad-receipt',
        'the receipt is for another batch or leaves entries out',
      );
    }
    const at = this.#clock().toISOString();
    const counts = emptyCounts();
    const ops: BatchOp[] = [];
    const refs: EvidenceRecordRef[] = [];
    manifest.entries.forEach((entry, i) => {
      const { id, outcome, reason } = receipt.outcomes[i]!;
      const expected = entry.op === 'upsert' ? ['stored', 'unchanged', 'denied'] : ['purged'];
      if (id !== entry.id || !expected.includes(outcome)) {
        throw new ExchangeProtocolError(
          'bad-receipt',
          `entry ${i} (${entry.id}) is accounted for as ${outcome} of ${id}`,
        );
      }
      counts[outcome]++;
      refs.push({ type: 'case', id, version: entry.version, outcome, ...(reason ? { reason } : {}) });
      const common = {
        wco,
        caseId: id,
        version: entry.version,
        at,
        agreementId: state.agreement.id,
        manifestId: manifest.id,
      };
      const record: ContributionRecord =
        entry.op === 'withdraw'
          ? { ...common, state: 'withdrawn', ...(entry.reason ? { reason: entry.reason } : {}) }
          : outcome === 'denied'
            ? { ...common, state: 'refused', refusedBy: 'wco', reason: reason ?? 'denied' }
            : { ...common, state: 'contributed', sha256: entry.sha256! };
      ops.push({ type: 'put', ns: CONTRIBUTE_NS.cases, key: contributionKey(id, wco), value: record });
      // Its photo files follow once the WCO node holds the case that keeps them (queued here, so
      // that they wait like the cases while the WCO node is away).
      if (entry.op === 'upsert' && (outcome === 'stored' || outcome === 'unchanged')) {
        for (const hash of built.photosOf.get(id) ?? [])
          ops.push({
            type: 'put',
            ns: CONTRIBUTE_NS.photos,
            key: photoQueueKey(wco, id, hash),
            value: { at },
          });
      }
    });
    if (manifest.entries.length > 0) {
      const evidence: EvidenceInput = {
        kind: 'contributed',
        peer: wco,
        direction: 'outbound',
        agreementId: state.agreement.id,
        agreementVersion: state.agreement.version,
        mode: 'sync',
        records: refs,
        manifest: built.manifestJws,
        receipt: receiptJws,
        actor: 'system:contribute',
        details: { manifestId: manifest.id, ...counts },
      };
      ops.push(...this.#deps.evidence.entryOps(evidence));
    }
    return { ops, counts };
  }

  #deniedEvidence(target: Target, refused: readonly EvidenceRecordRef[]): BatchOp[] {
    if (refused.length === 0) return [];
    return this.#deps.evidence.entryOps({
      kind: 'denied',
      peer: target.wco,
      direction: 'outbound',
      agreementId: target.state.agreement.id,
      agreementVersion: target.state.agreement.version,
      mode: 'sync',
      records: [...refused],
      actor: 'system:contribute',
    });
  }

  /**
   * Where `record` stands with each WCO node this node contributes to: what the WCO node
   * acknowledged, or what the next batch will do (see `CaseContribution`).
   */
  async caseContribution(record: Case): Promise<CaseContribution[]> {
    const states = await this.#deps.agreements.states();
    const targets = await this.#targets(states);
    return [
      ...(await this.#currentContribution(record, states, targets)),
      ...(await this.#endedContribution(record, states, targets)),
    ];
  }

  /**
   * Where `record` stands with WCO nodes it was contributed to under an agreement that has ended
   * since: the WCO node deletes its copy then (node/global/purge.ts), so it is `withdrawn` for
   * `agreement-ended`, as of the end (the revocation's time or the end of validity).
   */
  async #endedContribution(
    record: Case,
    states: readonly AgreementState[],
    targets: readonly Target[],
  ): Promise<CaseContribution[]> {
    const now = this.#clock();
    const prefix = contributionPrefix(record.id);
    const out: CaseContribution[] = [];
    for await (const [, value] of this.#deps.kv.iterate(CONTRIBUTE_NS.cases, {
      gte: prefix,
      lt: prefixEnd(prefix),
    })) {
      const held = value as ContributionRecord;
      if (held.state !== 'contributed' || targets.some((t) => t.wco === held.wco)) continue;
      const ended = states
        .filter((s) => s.agreement.id === held.agreementId)
        .sort((a, b) => b.agreement.version - a.agreement.version)[0];
      if (!ended || agreementStatus(ended, now, ended.revocations ?? []).active) continue;
      const revocation = (ended.revocations ?? []).find((r) => revokes(r, ended.agreement));
      const at = revocation?.at ?? ended.agreement.validity.until;
      const wcoName = ended.agreement.parties.find((p) => p.nodeId === held.wco)?.name;
      out.push({
        wco: held.wco,
        ...(wcoName ? { wcoName } : {}),
        agreementId: held.agreementId,
        state: 'withdrawn',
        version: held.version,
        at: at < now.toISOString() ? at : now.toISOString(),
        reason: 'agreement-ended',
      });
    }
    return out;
  }

  async #currentContribution(
    record: Case,
    states: readonly AgreementState[],
    targets: readonly Target[],
  ): Promise<CaseContribution[]> {
    const { kv, self } = this.#deps;
    const held = (await kv.getMany(
      CONTRIBUTE_NS.cases,
      targets.map((t) => contributionKey(record.id, t.wco)),
    )) as (ContributionRecord | undefined)[];
    const now = this.#clock();
    return targets.map((target, i): CaseContribution => {
      const was = held[i];
      const base = {
        wco: target.wco,
        wcoName: target.wcoName,
        agreementId: target.state.agreement.id,
      };
      const as = (state: CaseContribution['state'], extra: Partial<CaseContribution> = {}) => ({
        ...base,
        state,
        ...extra,
      });
      const acknowledged = (r: ContributionRecord) => ({
        version: r.version,
        at: r.at,
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.refusedBy ? { refusedBy: r.refusedBy } : {}),
      });
      if (target.state.agreement.profile?.level !== 'case-level') {
        return as('not-contributed', { reason: 'aggregates-only' });
      }
      const contributable = record.deletedAt === undefined && CONTRIBUTED_STATUSES.includes(record.status);
      const decision = contributable
        ? decide(
            states,
            { direction: 'outbound', mode: 'sync', localNodeId: self, peerNodeId: target.wco, record },
            now,
          )
        : undefined;
      if (!decision?.allow) {
        if (was?.state === 'contributed') return as('pending', { version: was.version });
        if (was?.state === 'withdrawn') return as('withdrawn', acknowledged(was));
        if (decision && !decision.allow)
          return as('refused', { version: record.version, reason: decision.reason, refusedBy: 'member' });
        return as('not-contributed', {
          reason: record.deletedAt !== undefined ? 'deleted' : 'not-validated',
        });
      }
      const sha256 = sha256Hex(encoder.encode(canonicalJson(decision.projection)));
      if (
        was?.state === 'contributed' &&
        was.sha256 === sha256 &&
        was.version === record.version &&
        was.agreementId === target.state.agreement.id
      )
        return as('contributed', acknowledged(was));
      if (was?.state === 'refused' && was.refusedBy === 'wco' && was.version === record.version)
        return as('refused', acknowledged(was));
      return as('pending', was?.state === 'contributed' ? { version: was.version } : {});
    });
  }
}
