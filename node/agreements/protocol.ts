/**
 * `/cen/agreements/1.0.0`: proposals, countersigned agreements, declines and revocations
 * travelling between the two parties of an agreement. The opener sends one AgreementFrame, the
 * other side answers Ack or Refusal, both close (see `protocol/proto/agreements.proto`).
 *
 * Invariants: every message this node owes a partner is in the KV (`AgreementProposals`) before
 * any attempt to send it, and stays pending until the partner acknowledges or refuses it: it is
 * sent when the partner connects, when it is queued, and periodically with back-off; messages to
 * one partner go one at a time, in the order they were queued. Every stream has a deadline; a
 * frame that does not decode aborts that stream only (the peer host's guard logs it). Each
 * message, sent or received, accepted or refused, is audited and put in the evidence log.
 *
 * @example
 *   const service = agreementsProtocol(
 *     { peerHost, proposals, agreements, peers, evidence, log },
 *     { retryIntervalMs: 10_000 },
 *   );
 *   await service.start(); // serves the protocol, delivers what is pending
 *   await service.stop();
 */
import type { Stream } from '@libp2p/interface';
import { cen } from '../../protocol/gen/agreements.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { AuditLog } from '../audit/index.ts';
import type { EvidenceLog } from '../evidence/index.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, MalformedFrameError, type PeerHost } from '../p2p/index.ts';
import type { PeerBook } from '../peers/index.ts';
import type { AgreementProposals, Receipt, StoredDelivery } from './proposals.ts';
import type { AgreementRegistry } from './registry.ts';

/** One frame each way; a sealed agreement verifies in well under a millisecond. */
export const AGREEMENT_FRAME_TIMEOUT_MS = 10_000;
/** Streams of this protocol one peer may have open at once: messages go one at a time anyway. */
export const AGREEMENT_MAX_STREAMS = 4;
/** How often pending messages are retried when nothing else (a connection) triggers them. */
export const DEFAULT_DELIVERY_RETRY_MS = 30_000;
/** Failed attempts back off by doubling up to this: an offline partner costs one dial in 10 min. */
export const MAX_DELIVERY_BACKOFF_MS = 10 * 60_000;
/** Dialling a partner for a delivery gives up after this (the next attempt comes later). */
export const DELIVERY_DIAL_TIMEOUT_MS = 10_000;
/** How long stopping waits for a delivery in flight to finish before the peer host is stopped. */
const STOP_GRACE_MS = 2_000;

const pb = cen.agreements.v1;
type Frame = cen.agreements.v1.AgreementFrame;
type FrameInput = cen.agreements.v1.AgreementFrame.$Properties;
const MESSAGE_BODIES = ['proposal', 'countersigned', 'revocation', 'decline', 'ack', 'refusal'] as const;

/** The part of the evidence log this service writes: one `agreement-delivered` entry per message sent or received. */
export type AgreementEvidence = Pick<EvidenceLog, 'append'>;

/** What the service needs from the peer host. */
export type AgreementsPeerHost = Pick<
  PeerHost,
  'handle' | 'openStream' | 'onConnected' | 'recheck' | 'connectedPeers' | 'libp2p'
>;

export interface AgreementsProtocolComponents {
  peerHost: AgreementsPeerHost;
  proposals: AgreementProposals;
  agreements: AgreementRegistry;
  peers: PeerBook;
  audit: AuditLog;
  /** The evidence log; without one (tests of this service alone) nothing is recorded there. */
  evidence?: AgreementEvidence;
  log: Logger;
}

export interface AgreementsProtocolInit {
  /** Default DEFAULT_DELIVERY_RETRY_MS; failed attempts double it up to MAX_DELIVERY_BACKOFF_MS. */
  retryIntervalMs?: number;
}

/**
 * The node ids the gater admits for agreement business only (`PeerHostComponents.pendingPeers`):
 * every peer the administrator added to the peer book without an active agreement, and every
 * node a message is still owed to (a revocation reaches a partner that is no longer active).
 */
export async function pendingPeersOf(
  peers: Pick<PeerBook, 'list'>,
  proposals: Pick<AgreementProposals, 'peersWithPendingDeliveries'>,
): Promise<Set<string>> {
  const pending = await proposals.peersWithPendingDeliveries();
  for (const peer of await peers.list()) if (!peer.activeAgreement) pending.add(peer.nodeId);
  return pending;
}

export function agreementsProtocol(
  components: AgreementsProtocolComponents,
  init: AgreementsProtocolInit = {},
): AgreementsProtocol {
  return new AgreementsProtocol(components, init);
}

export class AgreementsProtocol {
  readonly #c: AgreementsProtocolComponents;
  readonly #log: Logger;
  readonly #retryMs: number;
  /** A delivery run per peer in progress, and the one queued behind it (at most one). */
  readonly #running = new Map<string, Promise<void>>();
  readonly #waiting = new Map<string, Promise<void>>();
  readonly #backoff = new Map<string, { failures: number; nextAt: number }>();
  readonly #unsubscribe: (() => void)[] = [];
  #timer: NodeJS.Timeout | undefined;
  #started = false;

  constructor(components: AgreementsProtocolComponents, init: AgreementsProtocolInit) {
    this.#c = components;
    this.#log = components.log;
    this.#retryMs = init.retryIntervalMs ?? DEFAULT_DELIVERY_RETRY_MS;
  }

  /** Serves the protocol, repairs the queue after a crash and delivers whatever is pending. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const { peerHost, proposals, agreements, peers } = this.#c;
    await peerHost.handle('agreements', (stream, _connection, peer) => this.#answer(stream, peer), {
      maxStreams: AGREEMENT_MAX_STREAMS,
      pending: true,
    });
    proposals.attachDeliverer({ deliver: (peer) => this.deliverTo(peer) });
    this.#unsubscribe.push(
      peerHost.onConnected((peer) => void this.#deliverIfPending(peer)),
      agreements.onRevokedHere((revoked) => {
        proposals.enqueueRevocation(revoked).then(
          (peer) => (peer ? this.#queued(peer) : undefined),
          (err: unknown) => this.#log.error({ err }, 'agreements: queueing a revocation failed'),
        );
      }),
      // An address added for a peer that is owed a message: try it now.
      peers.onChange(() => void this.deliverPending()),
    );
    this.#timer = setInterval(() => void this.deliverPending({ respectBackoff: true }), this.#retryMs);
    this.#timer.unref();
    try {
      for (const peer of await proposals.reconcile()) this.#log.info({ peer }, 'agreements: repaired queue');
    } catch (err) {
      this.#log.error({ err }, 'agreements: repairing the queue failed');
    }
    await peerHost.recheck();
    void this.deliverPending();
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    clearInterval(this.#timer);
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    this.#c.proposals.attachDeliverer(undefined);
    // A run waiting on a dial ends when the peer host stops; it writes nothing once stopped.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([...this.#running.values(), ...this.#waiting.values()]),
      new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS))),
    ]);
    clearTimeout(timer);
  }

  /** Delivers to every peer a message is owed to (skipping those backing off, when asked). */
  async deliverPending(options: { respectBackoff?: boolean } = {}): Promise<void> {
    if (!this.#started) return;
    let peers: Set<string>;
    try {
      peers = await this.#c.proposals.peersWithPendingDeliveries();
    } catch (err) {
      this.#log.error({ err }, 'agreements: reading the delivery queue failed');
      return;
    }
    const now = Date.now();
    await Promise.all(
      [...peers]
        .filter((peer) => !options.respectBackoff || (this.#backoff.get(peer)?.nextAt ?? 0) <= now)
        .map((peer) => this.deliverTo(peer)),
    );
  }

  /**
   * Sends `peer` its pending messages, in order, until one fails. Runs for one peer never overlap;
   * a call while one runs is served by the next run (at most one waits). Never rejects.
   */
  deliverTo(peer: string): Promise<void> {
    const waiting = this.#waiting.get(peer);
    if (waiting) return waiting;
    const previous = this.#running.get(peer);
    const run = (async () => {
      await previous; // also lets `#waiting.set` below happen before the delete
      this.#waiting.delete(peer);
      const current = this.#run(peer);
      this.#running.set(peer, current);
      try {
        await current;
      } finally {
        if (this.#running.get(peer) === current) this.#running.delete(peer);
      }
    })();
    this.#waiting.set(peer, run);
    return run;
  }

  async #queued(peer: string): Promise<void> {
    // A partner that is only owed a message must be admitted by the gater before it is dialled.
    await this.#c.peerHost
      .recheck()
      .catch((err: unknown) => this.#log.warn({ err }, 'agreements: re-check failed'));
    await this.deliverTo(peer);
  }

  async #deliverIfPending(peer: string): Promise<void> {
    try {
      if ((await this.#c.proposals.pendingDeliveries(peer)).length > 0) await this.deliverTo(peer);
    } catch (err) {
      this.#log.error({ err, peer }, 'agreements: delivery on connect failed');
    }
  }

  async #run(peer: string): Promise<void> {
    if (!this.#started) return;
    const { proposals, agreements } = this.#c;
    let answered = 0;
    try {
      for (const delivery of await proposals.pendingDeliveries(peer)) {
        if (!this.#started) return;
        let answer: { refusal?: { code: string; message: string } };
        try {
          answer = await this.#send(peer, delivery);
        } catch (err) {
          if (!this.#started) return;
          const message = (err as Error).message || String(err);
          await proposals.deliveryFailed(delivery, message);
          this.#failed(peer);
          this.#log.info(
            { peer, kind: delivery.kind, agreementId: delivery.agreementId, error: message },
            'agreements: partner not reached; will retry',
          );
          return;
        }
        answered++;
        await proposals.deliveryAnswered(delivery, answer.refusal);
        await this.#evidence({
          peer,
          direction: 'outbound',
          kind: delivery.kind,
          agreementId: delivery.agreementId,
          version: delivery.version,
          outcome: answer.refusal ? 'refused' : 'acknowledged',
          ...(answer.refusal ? { code: answer.refusal.code } : {}),
        });
        if (answer.refusal) {
          this.#log.warn(
            { peer, kind: delivery.kind, agreementId: delivery.agreementId, code: answer.refusal.code },
            'agreements: the partner refused a message',
          );
        } else {
          this.#log.info(
            { peer, kind: delivery.kind, agreementId: delivery.agreementId },
            'agreements: message delivered',
          );
        }
      }
      this.#backoff.delete(peer);
      // A connection opened only to deliver (no active agreement) is not kept: once a revocation
      // has reached the partner, both sides are disconnected.
      if (answered > 0 && !(await agreements.activePeers()).has(peer)) await this.#hangUp(peer);
    } catch (err) {
      this.#failed(peer);
      this.#log.error({ err, peer }, 'agreements: delivery failed');
    }
  }

  #failed(peer: string): void {
    const failures = (this.#backoff.get(peer)?.failures ?? 0) + 1;
    const wait = Math.min(this.#retryMs * 2 ** (failures - 1), MAX_DELIVERY_BACKOFF_MS);
    this.#backoff.set(peer, { failures, nextAt: Date.now() + wait });
  }

  async #hangUp(peer: string): Promise<void> {
    for (const connection of this.#c.peerHost.libp2p.getConnections()) {
      if (connection.remotePeer.toString() !== peer) continue;
      await connection.close().catch((err: unknown) => {
        this.#log.warn({ err, peer }, 'agreements: closing the connection failed');
      });
    }
  }

  /** Sends one message and reads the answer; throws when the partner cannot be reached or says nothing usable. */
  async #send(
    peer: string,
    delivery: StoredDelivery,
  ): Promise<{ refusal?: { code: string; message: string } }> {
    const stream = await this.#c.peerHost.openStream(peer, 'agreements', DELIVERY_DIAL_TIMEOUT_MS);
    try {
      const frames = framedStream<Frame, FrameInput>(stream, PROTOCOLS.agreements, pb.AgreementFrame);
      await frames.write(frameOf(delivery), AGREEMENT_FRAME_TIMEOUT_MS);
      const answer = await frames.read(AGREEMENT_FRAME_TIMEOUT_MS);
      const body = bodyOf(answer, MESSAGE_BODIES);
      await frames.close(AGREEMENT_FRAME_TIMEOUT_MS).catch(() => undefined);
      if (body === 'ack') return {};
      if (body === 'refusal') {
        return { refusal: { code: answer.refusal!.code || 'unknown', message: answer.refusal!.message } };
      }
      throw new MalformedFrameError(`expected ack or refusal, got ${body}`);
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  /** The answering side: one frame in, Ack or Refusal out. A frame that does not decode throws (stream aborted). */
  async #answer(stream: Stream, peer: string): Promise<void> {
    const frames = framedStream<Frame, FrameInput>(stream, PROTOCOLS.agreements, pb.AgreementFrame);
    const frame = await frames.read(AGREEMENT_FRAME_TIMEOUT_MS);
    const body = bodyOf(frame, MESSAGE_BODIES);
    if (body === 'ack' || body === 'refusal')
      throw new MalformedFrameError(`a ${body} cannot open an agreements stream`);
    const receipt = await this.#receive(peer, frame, body);
    // Recorded before it is acknowledged: an acknowledged message is always in the evidence log.
    await this.#received(peer, body, receipt);
    await frames.write(
      receipt.ok ? { ack: {} } : { refusal: { code: receipt.code, message: receipt.message.slice(0, 500) } },
      AGREEMENT_FRAME_TIMEOUT_MS,
    );
    await frames.close(AGREEMENT_FRAME_TIMEOUT_MS);
  }

  #receive(
    peer: string,
    frame: Frame,
    body: 'proposal' | 'countersigned' | 'revocation' | 'decline',
  ): Promise<Receipt> {
    const { proposals } = this.#c;
    switch (body) {
      case 'proposal':
        return proposals.receiveProposal(peer, frame.proposal!.sealed, frame.proposal!.note);
      case 'countersigned':
        return proposals.receiveCountersigned(peer, frame.countersigned!.sealed);
      case 'revocation':
        return proposals.receiveRevocation(peer, frame.revocation!.jws);
      case 'decline':
        return proposals.receiveDecline(
          peer,
          frame.decline!.agreementId,
          frame.decline!.version,
          frame.decline!.reason,
        );
    }
  }

  /** Audits a refusal (an accepted message is audited with the change it made) and records the evidence. */
  async #received(peer: string, kind: string, receipt: Receipt): Promise<void> {
    if (receipt.ok) {
      this.#log.info(
        { peer, kind, agreementId: receipt.agreementId, outcome: receipt.outcome },
        'agreements: message received',
      );
    } else {
      this.#log.warn({ peer, kind, code: receipt.code }, 'agreements: message refused');
      await this.#c.audit
        .append({
          action: 'peer-refused',
          actor: `peer:${peer}`,
          target: peer,
          outcome: 'denied',
          details: {
            reason: receipt.code,
            kind,
            ...(receipt.agreementId ? { agreementId: receipt.agreementId } : {}),
          },
        })
        .catch((err: unknown) => this.#log.error({ err }, 'agreements: auditing a refusal failed'));
    }
    await this.#evidence({
      peer,
      direction: 'inbound',
      kind,
      ...(receipt.agreementId ? { agreementId: receipt.agreementId } : {}),
      ...(receipt.version ? { version: receipt.version } : {}),
      outcome: receipt.ok ? receipt.outcome : 'refused',
      ...(receipt.ok ? {} : { code: receipt.code }),
    });
  }

  async #evidence(entry: {
    peer: string;
    direction: 'outbound' | 'inbound';
    kind: string;
    agreementId?: string;
    version?: number;
    outcome: string;
    code?: string;
  }): Promise<void> {
    const evidence = this.#c.evidence;
    if (!evidence) return;
    try {
      await evidence.append({
        kind: 'agreement-delivered',
        peer: entry.peer,
        direction: entry.direction,
        ...(entry.agreementId ? { agreementId: entry.agreementId } : {}),
        ...(entry.version ? { agreementVersion: entry.version } : {}),
        actor: entry.direction === 'inbound' ? `peer:${entry.peer}` : 'system:agreements',
        details: { message: entry.kind, outcome: entry.outcome, ...(entry.code ? { code: entry.code } : {}) },
      });
    } catch (err) {
      this.#log.error({ err, peer: entry.peer }, 'agreements: recording evidence failed');
    }
  }
}

/** The frame that carries a queued message. */
function frameOf(delivery: StoredDelivery): FrameInput {
  switch (delivery.kind) {
    case 'proposal':
      return { proposal: { sealed: delivery.payload, note: delivery.note ?? '' } };
    case 'countersigned':
      return { countersigned: { sealed: delivery.payload } };
    case 'revocation':
      return { revocation: { jws: delivery.payload } };
    case 'decline':
      return {
        decline: { agreementId: delivery.agreementId, version: delivery.version, reason: delivery.payload },
      };
  }
}
