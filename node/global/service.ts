/**
 * The WCO node's side of `/cen/contribute/1.0.0`: a member's node opens a stream and sends one
 * batch; this node checks it and answers with its signed receipt (or a refusal), then both close.
 *
 * Checks, in order: the peer holds a contribution agreement in force with this node as the WCO
 * party (else `no-agreement`); the manifest is the member's, addressed here, under that agreement,
 * and lists exactly the records sent, each matching its sha256 and naming its own case id and
 * version (else the batch is refused and nothing of it is kept); then every record is decided
 * inbound with the contribution agreement (`decide()`: the anonymised projection and nothing
 * more, a validated case the member reported itself) — the receiving half of node/exchange does
 * this part, with this store in place of the inbox. A record refused is not stored (and a copy
 * held from before is deleted: fail closed); the receipt says why, the evidence log keeps the
 * member's manifest with the receipt (`contribution-received`) and the refusals (`denied`), and
 * the log says which case ids were refused and the reason codes, never what they held.
 *
 * De-duplication: a case is stored once per member and id; a batch sent again (its receipt was
 * lost) finds the same version and bytes and is `unchanged`.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { memberAgreementInForce, sha256Hex } from '../../policies/index.ts';
import { cen } from '../../protocol/gen/contribute.js';
import { MANIFEST_JWS_TYPE, manifestSchema, type Manifest } from '../../protocol/exchange.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { openStatement } from '../../policies/statements.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import { ExchangeProtocolError } from '../exchange/errors.ts';
import type { EvidenceWriter } from '../exchange/evidence.ts';
import { receiveManifest, type Received } from '../exchange/receive.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, type FramedStream, type PeerHost } from '../p2p/index.ts';
import type { BatchOp } from '../store/kv.ts';
import { deleteMemberAggregatesOps, receiveAggregates, type ReceivedAggregates } from './aggregates.ts';
import type { GlobalStore, MemberState } from './store.ts';

const Frame = cen.contribute.v1.ContributeFrame;
type Frames = FramedStream<cen.contribute.v1.ContributeFrame, cen.contribute.v1.IContributeFrame>;

/** Contribute streams one member may have open at once: it sends one batch at a time. */
export const CONTRIBUTE_MAX_STREAMS = 4;
/** Reading a batch (up to `maxFrameBytes`) and writing the receipt. */
export const BATCH_TIMEOUT_MS = 60_000;

export interface GlobalServiceDeps {
  global: GlobalStore;
  agreements: AgreementRegistry;
  evidence: EvidenceWriter;
  peerHost: PeerHost;
  self: string;
  key: KeyObject;
  log: Logger;
  clock?: () => Date;
  /** True while the member's contributions are being purged (purge.ts): its batches wait. */
  purging?: (member: string) => Promise<boolean>;
}

export interface BatchOutcome {
  member: string;
  manifestId: string;
  counts: Received['counts'];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class GlobalService {
  readonly #deps: GlobalServiceDeps;
  readonly #clock: () => Date;
  #stopped = false;

  constructor(deps: GlobalServiceDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  get store(): GlobalStore {
    return this.#deps.global;
  }

  async start(): Promise<void> {
    await this.#deps.peerHost.handle('contribute', (stream, _connection, peer) => this.#serve(stream, peer), {
      maxStreams: CONTRIBUTE_MAX_STREAMS,
    });
  }

  /** Refuses batches from now on; the one being stored finishes first. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#deps.global.settled();
  }

  async #serve(stream: Stream, peer: string): Promise<void> {
    if (this.#stopped) throw new ExchangeProtocolError('stopping', 'the WCO node is stopping');
    const frames: Frames = framedStream(stream, PROTOCOLS.contribute, Frame);
    const frame = await frames.read(BATCH_TIMEOUT_MS);
    bodyOf(frame, ['batch']);
    const batch = frame.batch!;
    let receiptJws: string;
    try {
      ({ receiptJws } = await this.accept(peer, batch.manifest, batch.records));
    } catch (err) {
      if (err instanceof ExchangeProtocolError) {
        this.#deps.log.warn({ member: peer, code: err.code }, 'contribute: batch refused');
        await frames
          .write({ refusal: { code: err.code, message: err.message.slice(0, 300) } }, 5_000)
          .catch(() => undefined);
        await frames.close(5_000).catch(() => undefined);
        return;
      }
      throw err;
    }
    await frames.write({ receipt: { receipt: receiptJws } }, BATCH_TIMEOUT_MS);
    await frames.close();
  }

  /**
   * Checks and stores one batch from `member`; returns what became of it and the signed receipt.
   * Throws ExchangeProtocolError (nothing kept) when the batch itself does not fit.
   */
  async accept(
    member: string,
    manifestJws: string,
    records: readonly Uint8Array[],
  ): Promise<{ outcome: BatchOutcome; receiptJws: string }> {
    const { global, self } = this.#deps;
    const opened = await this.#checkRecords(member, manifestJws, records);
    return global.write(
      async () => {
        const now = this.#clock();
        const states = await this.#deps.agreements.states();
        const state = memberAgreementInForce(states, self, member, now);
        if (!state) {
          throw new ExchangeProtocolError(
            'no-agreement',
            'no contribution agreement with this node is in force',
          );
        }
        const { agreement } = state;
        if (await this.#deps.purging?.(member)) {
          throw new ExchangeProtocolError(
            'purging',
            'the contributions of an ended agreement are being deleted; send again later',
          );
        }
        const party = agreement.parties.find((p) => p.nodeId === member)!;
        if (opened.entries.some((e) => e.type === 'aggregate')) {
          const aggregates = await receiveAggregates(
            { self, member, states, now, key: this.#deps.key, kv: global.kv },
            opened,
            manifestJws,
            records,
          );
          return this.#settled(
            'aggregates',
            member,
            party,
            agreement,
            { ...aggregates, manifest: opened },
            [],
            now,
            (before) => ({
              aggregateMonths: Math.max(0, (before.aggregateMonths ?? 0) + aggregates.monthsDelta),
            }),
          );
        }
        const received = await receiveManifest(
          { self, peer: member, peerName: party.name, states, now, key: this.#deps.key, inbox: global },
          manifestJws,
          records,
          'sync',
        );
        const { manifest } = received;
        if (manifest.entries.length === 0) received.evidence = [];
        for (const entry of received.evidence) {
          if (entry.kind === 'received') entry.kind = 'contribution-received';
        }
        const level = agreement.profile?.level;
        // A member now case-level, once aggregates-only: its months would count its cases twice.
        const months = level === 'case-level' ? await deleteMemberAggregatesOps(global.kv, member) : [];
        const casesDelta = await global.casesDelta(received.ops);
        return this.#settled('records', member, party, agreement, received, months, now, (before) => ({
          cases: Math.max(0, before.cases + casesDelta),
          ...(months.length > 0 ? { aggregateMonths: 0 } : {}),
        }));
      },
      async (ops) => {
        await this.#deps.evidence.commit(ops);
      },
    );
  }

  /**
   * What a settled batch writes besides its own ops: its evidence, `extra` ops, and the member's new
   * state (the figures `figures` derives from the state before, and how far its log has arrived);
   * refusals and arrivals are logged by id and reason, never by content.
   */
  async #settled(
    what: 'records' | 'aggregates',
    member: string,
    party: { administration: string; name: string },
    agreement: Pick<Agreement, 'id' | 'profile'>,
    received: Pick<ReceivedAggregates, 'ops' | 'evidence' | 'receipt' | 'receiptJws' | 'counts'> & {
      manifest: Manifest;
    },
    extra: readonly BatchOp[],
    now: Date,
    figures: (before: MemberState) => Partial<MemberState>,
  ): Promise<{
    result: { outcome: BatchOutcome; receiptJws: string };
    ops: BatchOp[];
    member: MemberState;
  }> {
    const { global, log } = this.#deps;
    const { manifest } = received;
    const ops: BatchOp[] = [...received.ops, ...extra];
    for (const input of received.evidence) ops.push(...this.#deps.evidence.entryOps(input));
    const before = (await global.member(member)) ?? {
      nodeId: member,
      country: party.administration,
      cases: 0,
    };
    const after: MemberState = {
      ...before,
      country: party.administration,
      name: party.name,
      ...figures(before),
      ...(agreement.profile ? { level: agreement.profile.level } : {}),
      lastReceivedAt: now.toISOString(),
      agreementId: agreement.id,
      ...(manifest.cursor ? { cursor: manifest.cursor.to } : {}),
      ...(manifest.head !== undefined ? { head: manifest.head } : {}),
      complete: manifest.complete === true,
    };
    const refused = received.receipt.outcomes.filter((o) => o.outcome === 'denied');
    if (refused.length > 0) {
      log.warn(
        { member, manifestId: manifest.id, refused: refused.map((o) => ({ id: o.id, reason: o.reason })) },
        `contribute: ${what} refused by the agreement check`,
      );
    }
    if (manifest.entries.length > 0) {
      log.info({ member, manifestId: manifest.id, ...received.counts }, `contribute: ${what} received`);
    }
    return {
      result: {
        outcome: { member, manifestId: manifest.id, counts: received.counts },
        receiptJws: received.receiptJws,
      },
      ops,
      member: after,
    };
  }

  /**
   * The batch-level checks `receiveManifest` leaves out: each record names the id and version of
   * its manifest entry (a member's node never sends anything else). Returns the manifest.
   */
  async #checkRecords(
    member: string,
    manifestJws: string,
    records: readonly Uint8Array[],
  ): Promise<Manifest> {
    const opened = await openStatement(manifestJws, MANIFEST_JWS_TYPE, manifestSchema, { signer: member });
    if (!opened.ok) throw new ExchangeProtocolError('bad-manifest', `${opened.reason}: ${opened.detail}`);
    const upserts = opened.statement.entries.filter((e) => e.op === 'upsert');
    if (upserts.length !== records.length) return opened.statement; // refused later with the counts
    upserts.forEach((entry, i) => {
      const bytes = records[i]!;
      if (sha256Hex(bytes) !== entry.sha256) return;
      let record: unknown;
      try {
        record = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
      } catch {
        return; // decided (and refused) record by record
      }
      if (!isObject(record) || record.id !== entry.id || record.version !== entry.version) {
        throw new ExchangeProtocolError(
          'bad-record',
          `${entry.type} ${entry.id} does not name the id and version of its manifest entry`,
        );
      }
    });
    return opened.statement;
  }
}
