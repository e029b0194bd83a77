/**
 * The exchange service: the `/cen/exchange/1.0.0` protocol on both sides, its schedule, and
 * what the API asks of it (the inbox, sending a case, shares and recalls, syncing now).
 *
 * - **Pull sync.** Each node pulls from every partner whose agreement lets that partner send it
 *   records by `sync`: on connect, every `syncIntervalMs`, and when the partner nudges. One pull
 *   per partner at a time; the cursor (the partner's change-log seq) is stored with each chunk's
 *   records and evidence in one batch, so a pull killed at any point resumes where the last
 *   stored chunk ended and stores nothing twice.
 * - **Flow control.** The owner sends the next chunk only after the receipt of the previous one.
 * - **Deadlines.** Every frame read and write has one; a partner that stalls loses the stream,
 *   not the node.
 * - **Retention.** `sweep()` purges received records whose retention ended or whose agreement
 *   was revoked, records it in the evidence log and queues a signed purge notice for the owner,
 *   delivered with the next sync request to that owner.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import { agreementFor, revokes, signStatement, type AgreementState } from '../../policies/index.ts';
import type {
  CaseShare,
  PartnerSummary,
  PeerSyncState,
  SendCaseResponse,
  SyncNowResponse,
} from '../../protocol/api.ts';
import { PURGE_JWS_TYPE, type PurgeNotice, type PurgeReason } from '../../protocol/exchange.ts';
import { cen } from '../../protocol/gen/exchange.js';
import type { CaseId } from '../../protocol/ids.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, PeerRefusedError, type FramedStream, type PeerHost } from '../p2p/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { RecordStore } from '../store/records.ts';
import { ExchangeProtocolError, NotSharedError, PeerUnavailableError } from './errors.ts';
import type { EvidenceInput, EvidenceWriter } from './evidence.ts';
import { InboxStore, type InboxEntry } from './inbox.ts';
import { cursorKey, EXCHANGE_NS, prefixEnd, purgeNoticeKey, purgeNoticePrefix } from './keys.ts';
import { Outbound, purgedRecords, type Chunk, type Settled } from './outbound.ts';
import { receiveManifest, type Received } from './receive.ts';

const Frame = cen.exchange.v1.ExchangeFrame;
type Frames = FramedStream<cen.exchange.v1.ExchangeFrame, cen.exchange.v1.IExchangeFrame>;

/** Entries per chunk unless the puller asks for fewer (chunkTargetBytes stops a chunk of large cases sooner). */
export const DEFAULT_CHUNK_ENTRIES = 1000;
export const MAX_CHUNK_ENTRIES = 1000;
/** How often each partner is pulled when nothing else prompts it. */
export const DEFAULT_SYNC_INTERVAL_MS = 5_000;
/** How often received records are checked for the end of their retention. */
export const DEFAULT_SWEEP_INTERVAL_MS = 60 * 60_000;
/** Waiting for a chunk (the owner reads and decides up to a chunk of records) or a receipt. */
export const CHUNK_TIMEOUT_MS = 60_000;
/**
 * Chunks a sync keeps in flight before it waits for a receipt. Two overlap the owner's reading
 * with the partner's writing; with PROTOCOLS.exchange.chunkTargetBytes they stay well inside the
 * stream's read buffer (MAX_STREAM_READ_BUFFER) on the partner's side.
 */
export const SYNC_WINDOW = 2;
/** Streams of the exchange protocol one partner may have open at once. */
export const EXCHANGE_MAX_STREAMS = 8;
/** Purge notices sent with one sync request: well inside one frame. */
const MAX_NOTICES_PER_REQUEST = 20;

export interface ExchangeDeps {
  kv: KvStore;
  store: RecordStore;
  agreements: AgreementRegistry;
  evidence: EvidenceWriter;
  peerHost: PeerHost;
  self: string;
  key: KeyObject;
  log: Logger;
  clock?: () => Date;
}

export interface ExchangeOptions {
  syncIntervalMs?: number;
  /** Pull from a partner as soon as a connection with it opens (default true). */
  pullOnConnect?: boolean;
  sweepIntervalMs?: number;
  chunkEntries?: number;
  /** Deadline for each chunk, receipt or request frame (default CHUNK_TIMEOUT_MS; short in tests). */
  chunkTimeoutMs?: number;
}

interface CursorState {
  cursor: number;
  /** The receipts of the last SYNC_WINDOW chunks stored, newest last. */
  recentReceipts?: string[];
  updatedAt: string;
}

const emptyCounts = () => ({ stored: 0, unchanged: 0, purged: 0, denied: 0 });

export class ExchangeService {
  readonly inbox: InboxStore;
  readonly #deps: ExchangeDeps;
  readonly #options: ExchangeOptions;
  readonly #outbound: Outbound;
  readonly #clock: () => Date;
  readonly #log: Logger;
  readonly #pulls = new Map<string, Promise<SyncNowResponse>>();
  readonly #sync = new Map<string, PeerSyncState>();
  readonly #timers: NodeJS.Timeout[] = [];
  #unsubscribe: (() => void) | undefined;
  #stopped = false;
  readonly #receivedListeners = new Set<(entries: InboxEntry[]) => void>();
  readonly #chunkTimeoutMs: number;

  constructor(deps: ExchangeDeps, options: ExchangeOptions = {}) {
    this.#deps = deps;
    this.#options = options;
    this.#chunkTimeoutMs = options.chunkTimeoutMs ?? CHUNK_TIMEOUT_MS;
    this.#clock = deps.clock ?? (() => new Date());
    this.#log = deps.log;
    this.inbox = new InboxStore(deps.kv);
    this.#outbound = new Outbound({
      kv: deps.kv,
      store: deps.store,
      evidence: deps.evidence,
      self: deps.self,
      key: deps.key,
      clock: this.#clock,
    });
  }

  async start(): Promise<void> {
    await this.#deps.peerHost.handle('exchange', (stream, _connection, peer) => this.#serve(stream, peer), {
      maxStreams: EXCHANGE_MAX_STREAMS,
    });
    if (this.#options.pullOnConnect !== false) {
      this.#unsubscribe = this.#deps.peerHost.onConnected((peer) => this.#pullSoon(peer));
    }
    const every = (ms: number, task: () => Promise<unknown>, what: string) => {
      const timer = setInterval(() => {
        task().catch((err: unknown) => this.#log.warn({ err }, `exchange ${what} failed`));
      }, ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(this.#options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS, () => this.pullAll(), 'sync');
    every(this.#options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS, () => this.sweep(), 'retention sweep');
    this.sweep().catch((err: unknown) => this.#log.warn({ err }, 'exchange retention sweep failed'));
  }

  /** Stops the schedule and waits for pulls in progress (they end at their next frame at worst). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    await Promise.allSettled([...this.#pulls.values()]);
  }

  /** Records held from partners, and copies of own records partners hold (for checks and metrics). */
  async counts(): Promise<{ inbox: number; shares: number }> {
    const count = async (ns: string) => {
      let n = 0;
      for await (const _ of this.#deps.kv.iterate(ns)) n++;
      return n;
    };
    return { inbox: await count(EXCHANGE_NS.inbox), shares: await count(EXCHANGE_NS.shares) };
  }

  /** The pull state of `peer` for the peers list. */
  syncState(peer: string): PeerSyncState | undefined {
    return this.#sync.get(peer);
  }

  async #states() {
    return this.#deps.agreements.states();
  }

  /** The agreement under which `peer` sends this node records by sync, if there is one now. */
  #pullAgreement(states: readonly AgreementState[], peer: string): AgreementState | undefined {
    const state = agreementFor(states, this.#deps.self, peer, this.#clock());
    // Contributions to the WCO travel by the contribute protocol (node/contribute), never here.
    if (
      !state ||
      state.agreement.type !== 'bilateral' ||
      !state.agreement.modes.includes('sync') ||
      !Object.hasOwn(state.agreement.scope, peer)
    )
      return undefined;
    return state;
  }

  /** Pulls from every connected partner that syncs to this node. */
  async pullAll(): Promise<void> {
    if (this.#stopped) return;
    const states = await this.#states();
    const peers = this.#deps.peerHost.connectedPeers().filter((peer) => this.#pullAgreement(states, peer));
    await Promise.allSettled(peers.map((peer) => this.pull(peer)));
  }

  #pullSoon(peer: string): void {
    setImmediate(() => {
      if (this.#stopped) return;
      this.pull(peer).catch(() => undefined);
    });
  }

  /** Pulls everything `peer` has for this node now; joins a pull already running. */
  pull(peer: string): Promise<SyncNowResponse> {
    const running = this.#pulls.get(peer);
    if (running) return running;
    const pull = this.#pull(peer).finally(() => this.#pulls.delete(peer));
    this.#pulls.set(peer, pull);
    return pull;
  }

  async #pull(peer: string): Promise<SyncNowResponse> {
    const totals = emptyCounts();
    const state = this.#sync.get(peer) ?? { received: 0 };
    this.#sync.set(peer, state);
    try {
      const states = await this.#states();
      const agreement = this.#pullAgreement(states, peer);
      if (!agreement) return { peer, ...totals, lag: 0 };
      const { id, version } = agreement.agreement;
      const key = cursorKey(peer, id, version);
      const stored = (await this.#deps.kv.get(EXCHANGE_NS.state, key)) as CursorState | undefined;
      let cursor = stored?.cursor ?? 0;
      let recent = stored?.recentReceipts ?? [];
      const notices = await this.#pendingNotices(peer);
      const { stream, frames } = await this.#open(peer);
      let lag = 0;
      try {
        await frames.write({
          syncRequest: {
            agreementId: id,
            agreementVersion: version,
            cursor,
            maxEntries: this.#options.chunkEntries ?? DEFAULT_CHUNK_ENTRIES,
            purgeNotices: notices.map((n) => n.jws),
            recentReceipts: stored?.recentReceipts ?? [],
          },
        });
        let first = true;
        for (;;) {
          const frame = await frames.read(this.#chunkTimeoutMs);
          const body = bodyOf(frame, ['chunk', 'refusal']);
          if (body === 'refusal') throw new PeerRefusedError(frame.refusal!.code, frame.refusal!.message);
          if (first && notices.length > 0) {
            // The owner reads the notices before it answers: they reached it.
            await this.#deps.kv.batch(
              notices.map((n) => ({ type: 'del' as const, ns: EXCHANGE_NS.state, key: n.key })),
            );
          }
          first = false;
          const chunk = frame.chunk!;
          const received = await this.#receive(peer, states, chunk.manifest, chunk.records, 'sync');
          const range = received.manifest.cursor!;
          if (range.from !== cursor) {
            throw new ExchangeProtocolError(
              'cursor-mismatch',
              `the chunk starts at ${range.from}, not ${cursor}`,
            );
          }
          recent = [...recent, received.receiptJws].slice(-SYNC_WINDOW);
          const next: CursorState = {
            cursor: range.to,
            recentReceipts: recent,
            updatedAt: this.#clock().toISOString(),
          };
          await this.#commit(received, [{ type: 'put', ns: EXCHANGE_NS.state, key, value: next }]);
          await frames.write({ receipt: { receipt: received.receiptJws } });
          for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += received.counts[k];
          state.received += received.counts.stored;
          cursor = range.to;
          lag = Math.max(0, (received.manifest.head ?? cursor) - cursor);
          state.lag = lag;
          if (received.manifest.complete) break;
        }
        await frames.close();
      } catch (err) {
        stream.abort(err instanceof Error ? err : new Error(String(err)));
        throw err;
      }
      state.lastCompleteAt = this.#clock().toISOString();
      delete state.lastError;
      delete state.lastErrorAt;
      if (totals.stored + totals.purged + totals.denied > 0) {
        this.#log.info({ peer, ...totals, lag }, 'exchange pulled records');
      }
      return { peer, ...totals, lag };
    } catch (err) {
      state.lastError = err instanceof Error ? err.message : String(err);
      state.lastErrorAt = this.#clock().toISOString();
      this.#log.warn({ err, peer }, 'exchange pull failed');
      throw err;
    }
  }

  async #receive(
    peer: string,
    states: readonly AgreementState[],
    manifest: string,
    records: readonly Uint8Array[],
    mode: 'sync' | 'on-demand',
  ): Promise<Received> {
    const name = this.#deps.peerHost.status(peer).name;
    const received = await receiveManifest(
      {
        self: this.#deps.self,
        peer,
        ...(name ? { peerName: name } : {}),
        states,
        now: this.#clock(),
        key: this.#deps.key,
        inbox: this.inbox,
      },
      manifest,
      records,
      mode,
    );
    // An empty chunk (nothing new) leaves no evidence: it would fill the log with every poll.
    if (received.manifest.entries.length === 0) received.evidence = [];
    return received;
  }

  async #commit(received: Received, extra: BatchOp[]): Promise<void> {
    const ops = [...received.ops, ...extra];
    for (const input of received.evidence) ops.push(...this.#deps.evidence.entryOps(input));
    await this.#deps.evidence.commit(ops);
    const stored = received.ops
      .filter((op) => op.type === 'put' && op.ns === EXCHANGE_NS.inbox)
      .map((op) => (op as { value: unknown }).value as InboxEntry);
    if (stored.length > 0) {
      for (const listener of this.#receivedListeners) {
        try {
          listener(stored);
        } catch (err) {
          this.#log.warn({ err }, 'exchange: a listener of received records failed');
        }
      }
    }
  }

  /**
   * Calls `listener` with the inbox entries each chunk or delivery stored, once they are committed
   * (the watch lists evaluate what arrived). Returns the unsubscribe function.
   */
  onReceived(listener: (entries: InboxEntry[]) => void): () => void {
    this.#receivedListeners.add(listener);
    return () => this.#receivedListeners.delete(listener);
  }

  /** An inbound exchange stream: a sync request (serve it), a delivery (store it) or a nudge. */
  async #serve(stream: Stream, peer: string): Promise<void> {
    const frames: Frames = framedStream(stream, PROTOCOLS.exchange, Frame);
    const frame = await frames.read();
    const body = bodyOf(frame, ['syncRequest', 'delivery', 'nudge']);
    if (body === 'nudge') {
      this.#pullSoon(peer);
      await frames.close();
      return;
    }
    try {
      if (body === 'delivery') await this.#acceptDelivery(frames, peer, frame.delivery!);
      else await this.#serveSync(frames, peer, frame.syncRequest!);
    } catch (err) {
      if (err instanceof ExchangeProtocolError) {
        // Tell the partner why before the stream goes; the host logs and aborts it.
        await frames
          .write({ refusal: { code: err.code, message: err.message.slice(0, 300) } }, 5_000)
          .catch(() => undefined);
      }
      throw err;
    }
  }

  async #serveSync(frames: Frames, peer: string, request: cen.exchange.v1.SyncRequest): Promise<void> {
    for (const jws of request.purgeNotices.slice(0, MAX_NOTICES_PER_REQUEST)) {
      await this.#outbound.acceptPurgeNotice(peer, jws);
    }
    for (const receipt of request.recentReceipts.slice(0, SYNC_WINDOW)) {
      await this.#outbound.settleLate(peer, receipt);
    }
    let states = await this.#states();
    let state = agreementFor(states, this.#deps.self, peer, this.#clock());
    const agreed = () =>
      state !== undefined &&
      state.agreement.type === 'bilateral' &&
      state.agreement.id === request.agreementId &&
      state.agreement.version === request.agreementVersion &&
      state.agreement.modes.includes('sync') &&
      Object.hasOwn(state.agreement.scope, this.#deps.self);
    if (!agreed()) {
      throw new ExchangeProtocolError(
        'agreement-mismatch',
        state
          ? `the agreement in force is ${state.agreement.id} v${state.agreement.version}, and sync from this node must be agreed`
          : 'no active agreement with this node',
      );
    }
    let cursor = Number(request.cursor);
    if (!Number.isSafeInteger(cursor) || cursor < 0)
      throw new ExchangeProtocolError('bad-request', 'bad cursor');
    await this.#outbound.forgetUnstored(peer, cursor);
    const max = Math.min(Math.max(request.maxEntries || DEFAULT_CHUNK_ENTRIES, 1), MAX_CHUNK_ENTRIES);
    // Up to SYNC_WINDOW chunks in flight: the next one is read and decided here while the partner
    // stores the last; receipts come back, and are settled, in order.
    const inFlight: Chunk[] = [];
    let sentComplete = false;
    while (!sentComplete || inFlight.length > 0) {
      while (!sentComplete && inFlight.length < SYNC_WINDOW) {
        const recallsInFlight = new Set(
          inFlight.flatMap((c) =>
            c.manifest.entries.filter((e) => e.op === 'recall').map((e) => `${e.type}:${e.id}`),
          ),
        );
        const chunk = await this.#outbound.buildChunk(peer, state!, states, cursor, max, recallsInFlight);
        await this.#outbound.remember(chunk.outstanding);
        await frames.write({ chunk: { manifest: chunk.manifestJws, records: chunk.records } });
        inFlight.push(chunk);
        sentComplete = chunk.manifest.complete === true;
        cursor = chunk.manifest.cursor!.to;
      }
      const reply = await frames.read(this.#chunkTimeoutMs);
      const body = bodyOf(reply, ['receipt', 'refusal']);
      if (body === 'refusal') throw new PeerRefusedError(reply.refusal!.code, reply.refusal!.message);
      await this.#outbound.settle(inFlight.shift()!.outstanding, reply.receipt!.receipt);
      if (sentComplete) continue;
      // An agreement revoked or replaced mid-sync stops it at the next chunk.
      states = await this.#states();
      state = agreementFor(states, this.#deps.self, peer, this.#clock());
      if (!agreed())
        throw new ExchangeProtocolError('agreement-mismatch', 'the agreement changed during the sync');
    }
    await frames.close();
  }

  async #acceptDelivery(frames: Frames, peer: string, delivery: cen.exchange.v1.Delivery): Promise<void> {
    const received = await this.#receive(
      peer,
      await this.#states(),
      delivery.manifest,
      delivery.records,
      'on-demand',
    );
    await this.#commit(received, []);
    await frames.write({ receipt: { receipt: received.receiptJws } });
    await frames.close();
    this.#log.info(
      { peer, manifestId: received.manifest.id, ...received.counts },
      'exchange received a case on demand',
    );
  }

  /** Sends one case to `peer` now, with a covering message; see SendCaseResponse for the outcomes. */
  async send(
    caseId: CaseId,
    peer: string,
    message: string,
    actor: string,
  ): Promise<SendCaseResponse | undefined> {
    const states = await this.#states();
    const chunk = await this.#outbound.buildDelivery(peer, states, caseId, message, actor);
    if (!chunk) return undefined;
    const { stream, frames } = await this.#open(peer);
    let settled: Settled;
    try {
      await this.#outbound.remember(chunk.outstanding);
      await frames.write({ delivery: { manifest: chunk.manifestJws, records: chunk.records } });
      const reply = await frames.read(this.#chunkTimeoutMs);
      const body = bodyOf(reply, ['receipt', 'refusal']);
      if (body === 'refusal') throw new PeerRefusedError(reply.refusal!.code, reply.refusal!.message);
      settled = await this.#outbound.settle(chunk.outstanding, reply.receipt!.receipt);
      await frames.close();
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      if (err instanceof PeerRefusedError || err instanceof ExchangeProtocolError) throw err;
      throw new PeerUnavailableError(peer, err);
    }
    const outcome = settled.outcomes[0]!;
    if (outcome.outcome !== 'stored' && outcome.outcome !== 'unchanged') {
      throw new PeerRefusedError(
        outcome.reason ?? 'denied',
        'the partner’s agreement check refused the case',
      );
    }
    return {
      peer,
      manifestId: chunk.manifest.id,
      agreementId: chunk.manifest.agreementId,
      outcome: outcome.outcome,
    };
  }

  /** The partners with an agreement in force, what it allows, and whether each is connected. */
  async partners(): Promise<PartnerSummary[]> {
    const self = this.#deps.self;
    const states = await this.#states();
    const now = this.#clock();
    const peers = new Set(
      states.flatMap((s) => s.agreement.parties.map((p) => p.nodeId)).filter((id) => id !== self),
    );
    const partners: PartnerSummary[] = [];
    for (const peer of peers) {
      // The agreement decide() would apply with this peer now, if any is in force.
      const chosen = agreementFor(states, self, peer, now)?.agreement;
      const party = chosen?.parties.find((p) => p.nodeId === peer);
      if (!chosen || !party) continue;
      partners.push({
        nodeId: peer,
        administration: party.administration,
        name: party.name,
        modes: [...chosen.modes],
        connected: this.#deps.peerHost.status(peer).connected,
      });
    }
    return partners.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The partners a case went to, with their names and recall state. */
  async shares(caseId: CaseId): Promise<CaseShare[]> {
    return (await this.#outbound.sharesOf('case', caseId)).map((share) => {
      const name = this.#deps.peerHost.status(share.peer).name;
      return {
        peer: share.peer,
        ...(name ? { peerName: name } : {}),
        version: share.version,
        mode: share.mode,
        agreementId: share.agreementId,
        sentAt: share.sentAt,
        ...(share.recall ? { recall: share.recall } : {}),
      };
    });
  }

  /** Recalls a case from the partners that hold it and nudges them to pull the recall now. */
  async recall(
    caseId: CaseId,
    reason: string,
    actor: string,
    peers?: readonly string[],
  ): Promise<CaseShare[]> {
    const recalled = await this.#outbound.recall(caseId, reason, actor, peers);
    if (recalled.length === 0 && (await this.#outbound.sharesOf('case', caseId)).length === 0) {
      throw new NotSharedError(caseId);
    }
    for (const peer of recalled) this.#nudge(peer);
    return this.shares(caseId);
  }

  /** A new exchange stream to `peer`, framed; PeerUnavailableError when it cannot be opened. */
  async #open(peer: string): Promise<{ stream: Stream; frames: Frames }> {
    let stream: Stream;
    try {
      stream = await this.#deps.peerHost.openStream(peer, 'exchange');
    } catch (err) {
      throw new PeerUnavailableError(peer, err);
    }
    return { stream, frames: framedStream(stream, PROTOCOLS.exchange, Frame) };
  }

  #nudge(peer: string): void {
    (async () => {
      const { frames } = await this.#open(peer);
      await frames.write({ nudge: {} }, 5_000);
      await frames.close(5_000);
    })().catch((err: unknown) =>
      this.#log.debug({ err, peer }, 'exchange nudge failed; the partner pulls on its schedule'),
    );
  }

  async #pendingNotices(peer: string): Promise<{ key: string; jws: string }[]> {
    const out: { key: string; jws: string }[] = [];
    for await (const [key, value] of this.#deps.kv.iterate(EXCHANGE_NS.state, {
      gte: purgeNoticePrefix(peer),
      lt: prefixEnd(purgeNoticePrefix(peer)),
      limit: MAX_NOTICES_PER_REQUEST,
    })) {
      out.push({ key, jws: value as string });
    }
    return out;
  }

  /**
   * Purges received records whose retention ended, and every record received under an agreement
   * that has since been revoked; each purge is in the evidence log with the signed notice that
   * tells the owner. Returns how many records went.
   */
  async sweep(): Promise<number> {
    const now = this.#clock();
    const states = await this.#states();
    const revoked = new Set(
      states
        .filter((s) => (s.revocations ?? []).some((r) => revokes(r, s.agreement)))
        .map((s) => s.agreement.id),
    );
    const purges: { entry: InboxEntry; reason: PurgeReason }[] = [];
    for (const entry of await this.inbox.due(now, 2000)) purges.push({ entry, reason: 'retention-ended' });
    if (revoked.size > 0) {
      const listed = new Set(
        purges.map((p) => `${p.entry.provenance.owner.nodeId}:${p.entry.type}:${p.entry.id}`),
      );
      for await (const entry of this.inbox.all()) {
        if (purges.length >= 2000) break;
        if (!revoked.has(entry.provenance.agreementId)) continue;
        if (listed.has(`${entry.provenance.owner.nodeId}:${entry.type}:${entry.id}`)) continue;
        purges.push({ entry, reason: 'agreement-ended' });
      }
    }
    if (purges.length === 0) return 0;
    const groups = new Map<string, { entry: InboxEntry; reason: PurgeReason }[]>();
    for (const purge of purges) {
      const group = `${purge.entry.provenance.owner.nodeId}\x00${purge.entry.provenance.agreementId}`;
      groups.set(group, [...(groups.get(group) ?? []), purge]);
    }
    const ops: BatchOp[] = [];
    for (const [group, members] of groups) {
      const [owner, agreementId] = group.split('\x00') as [string, string];
      const notice: PurgeNotice = {
        id: uuidv7(),
        from: this.#deps.self,
        to: owner,
        agreementId,
        entries: members.map(({ entry, reason }) => ({
          type: entry.type,
          id: entry.id,
          version: entry.version,
          reason,
        })),
        at: now.toISOString(),
      };
      const jws = await signStatement(PURGE_JWS_TYPE, notice, this.#deps.key);
      for (const { entry } of members) ops.push(...this.inbox.deleteOps(entry));
      ops.push({ type: 'put', ns: EXCHANGE_NS.state, key: purgeNoticeKey(owner, notice.id), value: jws });
      const evidence: EvidenceInput = {
        kind: 'purged',
        peer: owner,
        direction: 'inbound',
        agreementId,
        records: purgedRecords(notice),
        purgeNotice: jws,
        actor: 'system:retention',
        details: { noticeId: notice.id },
      };
      ops.push(...this.#deps.evidence.entryOps(evidence));
    }
    await this.#deps.evidence.commit(ops);
    this.#log.info({ purged: purges.length }, 'exchange purged received records');
    return purges.length;
  }
}
