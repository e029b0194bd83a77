/**
 * Agreement proposals, and the messages about agreements that wait to reach a partner, in the
 * node's KvStore: namespace `agreement-proposals` (key: agreement id) and
 * `agreement-deliveries` (key: a UUIDv7, so they sort in the order they were queued). The
 * network side (`protocol.ts`) carries the messages; this class decides what each one means.
 *
 * Invariants:
 * - nothing is stored before it verified: a proposal carries the proposer's valid signature and
 *   only it, names this node as the other party, and is still valid; a countersigned agreement
 *   is installed only when it is the very document this node proposed;
 * - one proposal per agreement id: the same document again changes nothing (idempotent), a newer
 *   version replaces the older proposal whatever its state, an older version or another document
 *   under the same version is refused;
 * - a change, its audit entry and the message that announces it to the partner are one batch,
 *   so a crash never loses a message; messages to one partner are sent in the order they were
 *   queued, and each stays pending until the partner acknowledges or refuses it;
 * - what this class cannot write in the same batch as the registry (an install, a revocation) it
 *   repairs in `reconcile()`, which the protocol service runs at start.
 */
import type { KeyObject } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import {
  countersign as countersignAgreement,
  openAgreement,
  type OpenedAgreement,
  type OpenFailure,
  type SealedAgreement,
} from '../../policies/index.ts';
import type { Agreement, DirectionScope } from '../../protocol/agreement.ts';
import type {
  AgreementDetail,
  ProposalDelivery,
  ProposalDetail,
  ProposalDirection,
  ProposalDirectionScope,
  ProposalState,
  ProposalSummary,
} from '../../protocol/api.ts';
import { isUuidV7, type NodeId } from '../../protocol/ids.ts';
import type { AuditLog } from '../audit/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import {
  AgreementRefusedError,
  AgreementSignatureError,
  NotAPartyError,
  ProposalConflictError,
  ProposalExpiredError,
  ProposalNotSignedError,
  ProposalStateError,
  RevocationInvalidError,
  UnknownAgreementError,
  UnknownProposalError,
} from './errors.ts';
import type { AgreementRegistry, RevocationResult } from './registry.ts';

export const PROPOSALS_NAMESPACE = 'agreement-proposals';
export const DELIVERIES_NAMESPACE = 'agreement-deliveries';

/** A covering note is a few sentences for a colleague, not a document. */
export const MAX_NOTE_LENGTH = 2000;
export const MAX_REASON_LENGTH = 500;
/**
 * How long proposing, countersigning or declining waits for the partner's acknowledgement before
 * it answers with the delivery still pending (the delivery goes on, and is retried).
 */
export const DELIVERY_WAIT_MS = 5_000;

export const DELIVERY_KINDS = ['proposal', 'countersigned', 'decline', 'revocation'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * Why a node refuses a message of the agreements protocol (the Refusal frame's `code`). A
 * refusal is final: the sender stops delivering that message and shows the code.
 */
export const REFUSAL_CODES = {
  invalid: 'not JSON, not a well-formed sealed agreement or revocation, or the wrong kind of document',
  'bad-signature': 'a signature does not verify (tampered, forged, or signed by a node that is no party)',
  'not-a-party': 'the receiving node is not a party to the agreement',
  'wrong-sender': 'the sending node is not the party that signed or proposed it',
  expired: 'the agreement’s validity has ended',
  conflict: 'another document under this id and version, an older version, or one installed already',
  'unknown-proposal': 'a countersignature or decline of nothing this node proposed',
  'unknown-agreement': 'a revocation of an agreement this node does not hold',
} as const;
export type RefusalCode = keyof typeof REFUSAL_CODES;

interface StoredProposal {
  id: string;
  version: number;
  direction: ProposalDirection;
  /** The other party's node id: the receiver of an outgoing proposal, the proposer of an incoming one. */
  partner: string;
  /** As proposed: signed by the proposer only. */
  sealed: SealedAgreement;
  note?: string;
  state: ProposalState;
  createdAt: string;
  /** A username, `cli:<user>`, or `peer:<nodeId>` for a received proposal. */
  createdBy: string;
  updatedAt: string;
  answer?: { kind: 'countersigned' | 'declined'; at: string; by: string; reason?: string };
  /** The delivery of the proposal (outgoing) or of the answer to it (incoming). */
  deliveryId?: string;
}

/** A message queued for a partner: one AgreementFrame's content, and how its delivery stands. */
export interface StoredDelivery {
  id: string;
  peer: string;
  kind: DeliveryKind;
  agreementId: string;
  version: number;
  /**
   * The sealed JSON as sent (proposal, countersigned), the compact JWS (revocation) or the
   * reason (decline).
   */
  payload: string;
  note?: string;
  state: ProposalDelivery['state'];
  createdAt: string;
  attempts: number;
  lastAttemptAt?: string;
  lastError?: string;
  doneAt?: string;
  refusal?: { code: string; message: string };
}

/** What a received message came to: stored (or held already), or refused with a code. */
export type Receipt =
  | { ok: true; outcome: 'stored' | 'unchanged'; agreementId: string; version: number }
  | { ok: false; code: RefusalCode; message: string; agreementId?: string; version?: number };

/** Delivers a partner's queued messages now (the protocol service, while the node runs). */
export interface ProposalDeliverer {
  deliver(peer: string): Promise<void>;
}

export interface AgreementProposalsOptions {
  kv: KvStore;
  audit: AuditLog;
  agreements: AgreementRegistry;
  nodeId: NodeId;
  /** This node's signing key, for countersigning. */
  signingKey: KeyObject;
  clock?: () => Date;
  /** Default DELIVERY_WAIT_MS. */
  deliveryWaitMs?: number;
}

export interface ProposeResult {
  /** False when this very proposal was held already. */
  created: boolean;
  proposal: ProposalDetail;
}

export interface CountersignResult {
  proposal: ProposalDetail;
  agreement: AgreementDetail;
}

const SIGNATURE_FAILURES: ReadonlySet<OpenFailure> = new Set([
  'bad-signature',
  'signer-not-party',
  'duplicate-signer',
  'key-mismatch',
]);
const refuse = (code: RefusalCode, message: string, about?: { id: string; version: number }): Receipt => ({
  ok: false,
  code,
  message,
  ...(about ? { agreementId: about.id, version: about.version } : {}),
});

/** The parsed JSON of a frame's sealed agreement, or undefined. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function scopeOf(scope: DirectionScope | undefined): ProposalDirectionScope | null {
  if (!scope) return null;
  return {
    recordKinds: [...scope.recordKinds],
    ...(scope.itrAreas ? { itrAreas: [...scope.itrAreas] } : {}),
    ...(scope.commodities ? { commodities: [...scope.commodities] } : {}),
    ...(scope.fields ? { fields: [...scope.fields] } : {}),
    ...(scope.redact ? { redact: [...scope.redact] } : {}),
    nominal: scope.nominal,
  };
}

function deliveryView(delivery: StoredDelivery): ProposalDelivery {
  return {
    state: delivery.state,
    attempts: delivery.attempts,
    ...(delivery.lastAttemptAt ? { lastAttemptAt: delivery.lastAttemptAt } : {}),
    ...(delivery.lastError ? { lastError: delivery.lastError } : {}),
    ...(delivery.doneAt ? { doneAt: delivery.doneAt } : {}),
    ...(delivery.refusal ? { refusal: { ...delivery.refusal } } : {}),
  };
}

export class AgreementProposals {
  readonly nodeId: NodeId;
  readonly #kv: KvStore;
  readonly #audit: AuditLog;
  readonly #agreements: AgreementRegistry;
  readonly #signingKey: KeyObject;
  readonly #clock: () => Date;
  readonly #waitMs: number;
  #deliverer: ProposalDeliverer | undefined;
  /** Writes one at a time, so a check and the write that follows it cannot interleave. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: AgreementProposalsOptions) {
    this.#kv = options.kv;
    this.#audit = options.audit;
    this.#agreements = options.agreements;
    this.nodeId = options.nodeId;
    this.#signingKey = options.signingKey;
    this.#clock = options.clock ?? (() => new Date());
    this.#waitMs = options.deliveryWaitMs ?? DELIVERY_WAIT_MS;
  }

  /** While the node runs, the protocol service delivers what is queued; without one it waits. */
  attachDeliverer(deliverer: ProposalDeliverer | undefined): void {
    this.#deliverer = deliverer;
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Lets the deliverer try now, for at most the delivery wait; the delivery goes on after it. */
  async #tryDelivering(peer: string): Promise<void> {
    const deliverer = this.#deliverer;
    if (!deliverer) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      deliverer.deliver(peer).catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.#waitMs);
      }),
    ]);
    clearTimeout(timer);
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  async #stored(id: string): Promise<StoredProposal | undefined> {
    if (!isUuidV7(id)) return undefined;
    return (await this.#kv.get(PROPOSALS_NAMESPACE, id)) as StoredProposal | undefined;
  }

  async #delivery(id: string | undefined): Promise<StoredDelivery | undefined> {
    if (id === undefined) return undefined;
    return (await this.#kv.get(DELIVERIES_NAMESPACE, id)) as StoredDelivery | undefined;
  }

  /** Re-verifies a stored proposal; one that no longer verifies is left out (fail closed). */
  async #agreementOf(proposal: StoredProposal): Promise<Agreement | undefined> {
    const opened = await openAgreement(proposal.sealed, { now: this.#clock() });
    if (!opened.ok || opened.agreement.id !== proposal.id) return undefined;
    return opened.agreement;
  }

  #summary(proposal: StoredProposal, agreement: Agreement, delivery?: StoredDelivery): ProposalSummary {
    const partner = agreement.parties.find((p) => p.nodeId === proposal.partner) ?? agreement.parties[1];
    return {
      id: proposal.id,
      version: proposal.version,
      type: agreement.type,
      direction: proposal.direction,
      state: proposal.state,
      partner: { nodeId: partner.nodeId, administration: partner.administration, name: partner.name },
      proposedBy: proposal.direction === 'outgoing' ? this.nodeId : proposal.partner,
      ...(proposal.note ? { note: proposal.note } : {}),
      modes: [...agreement.modes],
      validity: { ...agreement.validity },
      createdAt: proposal.createdAt,
      updatedAt: proposal.updatedAt,
      ...(proposal.answer ? { answer: { ...proposal.answer } } : {}),
      ...(delivery ? { delivery: deliveryView(delivery) } : {}),
    };
  }

  async #detail(proposal: StoredProposal): Promise<ProposalDetail | undefined> {
    const agreement = await this.#agreementOf(proposal);
    if (!agreement) return undefined;
    return {
      ...this.#summary(proposal, agreement, await this.#delivery(proposal.deliveryId)),
      agreement,
      sealed: proposal.sealed,
      allows: {
        toPartner: scopeOf(agreement.scope[this.nodeId]),
        fromPartner: scopeOf(agreement.scope[proposal.partner]),
      },
    };
  }

  /** Every proposal, incoming and outgoing, the most recently changed first. */
  async list(): Promise<ProposalSummary[]> {
    const summaries: ProposalSummary[] = [];
    for await (const [, value] of this.#kv.iterate(PROPOSALS_NAMESPACE)) {
      const proposal = value as StoredProposal;
      const agreement = await this.#agreementOf(proposal);
      if (agreement)
        summaries.push(this.#summary(proposal, agreement, await this.#delivery(proposal.deliveryId)));
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  }

  /** One proposal with its document and what it allows each way; undefined if unknown. */
  async get(id: string): Promise<ProposalDetail | undefined> {
    const proposal = await this.#stored(id);
    return proposal ? this.#detail(proposal) : undefined;
  }

  async #require(id: string): Promise<ProposalDetail> {
    const detail = await this.get(id);
    if (!detail) throw new UnknownProposalError(id);
    return detail;
  }

  // -------------------------------------------------------------------------------------------
  // This node's exchange administrator

  /**
   * Stores a proposal of a sealed agreement this node signed (and only it), queues it for the
   * partner and, while the node runs, waits a moment for the partner's acknowledgement. Throws
   * AgreementSignatureError, NotAPartyError, ProposalNotSignedError, ProposalExpiredError or
   * ProposalConflictError.
   */
  async propose(sealed: unknown, note: string | undefined, actor: string): Promise<ProposeResult> {
    const now = this.#clock();
    const opened = await openAgreement(sealed, { now });
    if (!opened.ok) throw new AgreementSignatureError(opened.reason, opened.detail);
    const { agreement } = opened;
    if (!agreement.parties.some((p) => p.nodeId === this.nodeId))
      throw new NotAPartyError(agreement.id, this.nodeId);
    if (opened.complete) {
      throw new ProposalNotSignedError(
        agreement.id,
        'both parties have signed it already: install it instead (cen-node agreement install, POST /agreements)',
      );
    }
    if (opened.signedBy[0] !== this.nodeId) {
      throw new ProposalNotSignedError(
        agreement.id,
        'only the partner has signed it: countersign it with this node’s key (cen-node agreement countersign) and install it',
      );
    }
    if (opened.validity === 'expired') throw new ProposalExpiredError(agreement.id, agreement.validity.until);
    const partner = agreement.parties.find((p) => p.nodeId !== this.nodeId)!.nodeId;
    const trimmedNote = note?.trim() || undefined;

    const created = await this.#serialised(async () => {
      await this.#checkNotInstalled(agreement, () => {
        throw new ProposalConflictError(agreement.id, 'this version is installed already');
      });
      const current = await this.#stored(agreement.id);
      if (current) {
        if (current.version > agreement.version) {
          throw new ProposalConflictError(agreement.id, `version ${current.version} is proposed already`, {
            current: current.version,
          });
        }
        if (current.version === agreement.version) {
          if (current.direction === 'outgoing' && current.sealed.payload === opened.sealed.payload)
            return false;
          throw new ProposalConflictError(
            agreement.id,
            'another document with the same version is proposed already: give this one a new version',
          );
        }
      }
      const delivery = this.#newDelivery(partner, 'proposal', agreement, JSON.stringify(opened.sealed), now, {
        ...(trimmedNote ? { note: trimmedNote } : {}),
      });
      const proposal: StoredProposal = {
        id: agreement.id,
        version: agreement.version,
        direction: 'outgoing',
        partner,
        sealed: opened.sealed,
        ...(trimmedNote ? { note: trimmedNote } : {}),
        state: 'pending-delivery',
        createdAt: now.toISOString(),
        createdBy: actor,
        updatedAt: now.toISOString(),
        deliveryId: delivery.id,
      };
      await this.#audit.commit([
        ...(await this.#supersedeOps(current, now)),
        { type: 'put', ns: PROPOSALS_NAMESPACE, key: proposal.id, value: proposal },
        { type: 'put', ns: DELIVERIES_NAMESPACE, key: delivery.id, value: delivery },
        ...this.#audit.entryOps({
          action: 'agreement-proposed',
          actor,
          target: agreement.id,
          outcome: 'ok',
          details: { version: agreement.version, peer: partner },
        }),
      ]);
      return true;
    });
    const stored = await this.#stored(agreement.id);
    if (stored?.state === 'pending-delivery') await this.#tryDelivering(partner);
    return { created, proposal: await this.#require(agreement.id) };
  }

  /**
   * Countersigns an incoming proposal with this node's key, installs the agreement and queues
   * it for the proposer. Throws UnknownProposalError, ProposalStateError, ProposalConflictError
   * (another version than `expectedVersion`), ProposalExpiredError or the registry's refusals.
   */
  async countersign(id: string, actor: string, expectedVersion?: number): Promise<CountersignResult> {
    const installed = await this.#serialised(async () => {
      const now = this.#clock();
      const proposal = await this.#openIncoming(id, expectedVersion, 'countersigned');
      const opened = await openAgreement(proposal.sealed, { now });
      if (!opened.ok) throw new AgreementSignatureError(opened.reason, opened.detail);
      if (opened.validity === 'expired') throw new ProposalExpiredError(id, opened.agreement.validity.until);
      let both: SealedAgreement;
      try {
        both = await countersignAgreement(opened.sealed, this.#signingKey);
      } catch (err) {
        throw new AgreementSignatureError('bad-signature', (err as Error).message);
      }
      const result = await this.#agreements.install(both, actor);
      const delivery = this.#newDelivery(
        proposal.partner,
        'countersigned',
        opened.agreement,
        JSON.stringify(both),
        now,
      );
      await this.#audit.commit([
        ...this.#answerOps(proposal, { kind: 'countersigned', at: now.toISOString(), by: actor }, delivery),
        ...this.#audit.entryOps({
          action: 'agreement-countersigned',
          actor,
          target: id,
          outcome: 'ok',
          details: { version: proposal.version, peer: proposal.partner },
        }),
      ]);
      return { partner: proposal.partner, agreement: result.agreement };
    });
    await this.#tryDelivering(installed.partner);
    const agreement = (await this.#agreements.get(id)) ?? installed.agreement;
    return { proposal: await this.#require(id), agreement };
  }

  /** Declines an incoming proposal; the reason reaches the proposer. */
  async decline(
    id: string,
    reason: string | undefined,
    actor: string,
    expectedVersion?: number,
  ): Promise<ProposalDetail> {
    const partner = await this.#serialised(async () => {
      const now = this.#clock();
      const proposal = await this.#openIncoming(id, expectedVersion, 'declined');
      const agreement = await this.#agreementOf(proposal);
      if (!agreement) throw new UnknownProposalError(id);
      const why = reason?.trim().slice(0, MAX_REASON_LENGTH) || 'declined by the exchange administrator';
      const delivery = this.#newDelivery(proposal.partner, 'decline', agreement, why, now);
      await this.#audit.commit([
        ...this.#answerOps(
          proposal,
          { kind: 'declined', at: now.toISOString(), by: actor, reason: why },
          delivery,
        ),
        ...this.#audit.entryOps({
          action: 'agreement-declined',
          actor,
          target: id,
          outcome: 'ok',
          details: { version: proposal.version, direction: 'incoming' },
        }),
      ]);
      return proposal.partner;
    });
    await this.#tryDelivering(partner);
    return this.#require(id);
  }

  async #openIncoming(
    id: string,
    expectedVersion: number | undefined,
    answer: 'countersigned' | 'declined',
  ): Promise<StoredProposal> {
    const proposal = await this.#stored(id);
    if (!proposal) throw new UnknownProposalError(id);
    if (proposal.direction === 'outgoing') {
      throw new ProposalStateError(
        id,
        'was made by this node: the partner’s exchange administrator answers it on their node',
        { direction: proposal.direction },
      );
    }
    if (expectedVersion !== undefined && expectedVersion !== proposal.version) {
      throw new ProposalConflictError(
        id,
        `the proposal is now at version ${proposal.version}, not ${expectedVersion}: review it again`,
        { current: proposal.version },
      );
    }
    if (proposal.state !== 'received') {
      throw new ProposalStateError(id, `is ${proposal.state} already and cannot be ${answer}`, {
        state: proposal.state,
      });
    }
    return proposal;
  }

  #answerOps(
    proposal: StoredProposal,
    answer: NonNullable<StoredProposal['answer']>,
    delivery: StoredDelivery,
  ): BatchOp[] {
    const updated: StoredProposal = {
      ...proposal,
      state: answer.kind,
      answer,
      updatedAt: answer.at,
      deliveryId: delivery.id,
    };
    return [
      { type: 'put', ns: PROPOSALS_NAMESPACE, key: proposal.id, value: updated },
      { type: 'put', ns: DELIVERIES_NAMESPACE, key: delivery.id, value: delivery },
    ];
  }

  /**
   * Queues this node's revocation for the partner (once: one already queued or delivered is
   * left as it is). Returns the partner's node id when something was queued.
   */
  enqueueRevocation(revoked: RevocationResult): Promise<string | undefined> {
    return this.#serialised(async () => {
      const { revocation, agreement } = revoked;
      if (revocation.by !== this.nodeId) return undefined;
      const held = await this.#findDelivery(
        (d) =>
          d.kind === 'revocation' && d.agreementId === revocation.agreementId && d.payload === revocation.jws,
      );
      if (held) return undefined;
      const delivery = this.#newDelivery(
        agreement.peer.nodeId,
        'revocation',
        { id: revocation.agreementId, version: revocation.agreementVersion },
        revocation.jws,
        this.#clock(),
      );
      await this.#kv.batch([{ type: 'put', ns: DELIVERIES_NAMESPACE, key: delivery.id, value: delivery }]);
      return delivery.peer;
    });
  }

  #newDelivery(
    peer: string,
    kind: DeliveryKind,
    about: { id: string; version: number },
    payload: string,
    now: Date,
    extra: { note?: string } = {},
  ): StoredDelivery {
    return {
      // The real time and uuid's in-process sequence, not the node's clock: keys must sort in
      // the order messages were queued even within one millisecond (or under a test clock).
      id: uuidv7(),
      peer,
      kind,
      agreementId: about.id,
      version: about.version,
      payload,
      ...extra,
      state: 'pending',
      createdAt: now.toISOString(),
      attempts: 0,
    };
  }

  /** A replaced proposal's own delivery, if still pending, is not sent any more. */
  async #supersedeOps(replaced: StoredProposal | undefined, now: Date): Promise<BatchOp[]> {
    if (!replaced || replaced.direction !== 'outgoing') return [];
    const delivery = await this.#delivery(replaced.deliveryId);
    if (delivery?.state !== 'pending') return [];
    const superseded: StoredDelivery = { ...delivery, state: 'superseded', doneAt: now.toISOString() };
    return [{ type: 'put', ns: DELIVERIES_NAMESPACE, key: delivery.id, value: superseded }];
  }

  /** Calls `conflict` when this version (or a newer one) of the agreement is installed here. */
  async #checkNotInstalled(agreement: Agreement, conflict: (installed: number) => void): Promise<void> {
    const installed = await this.#agreements.get(agreement.id);
    if (installed && installed.version >= agreement.version) conflict(installed.version);
  }

  // -------------------------------------------------------------------------------------------
  // What partners deliver (the protocol's handler); a refusal is a result, not an exception

  /** A partner's proposal, signed by the partner alone, naming this node as the other party. */
  receiveProposal(peer: string, sealedText: string, note: string): Promise<Receipt> {
    return this.#serialised(async () => {
      const now = this.#clock();
      const checked = await this.#openReceived(peer, sealedText, now);
      if ('refusal' in checked) return checked.refusal;
      const { agreement, opened } = checked;
      const about = { id: agreement.id, version: agreement.version };
      if (opened.complete)
        return refuse('invalid', 'both parties have signed it: that is not a proposal', about);
      if (opened.signedBy[0] !== peer)
        return refuse('wrong-sender', 'a proposal is signed by the node that sends it', about);
      if (note.length > MAX_NOTE_LENGTH)
        return refuse('invalid', `the note is longer than ${MAX_NOTE_LENGTH} characters`, about);
      let installedVersion: number | undefined;
      await this.#checkNotInstalled(agreement, (installed) => (installedVersion = installed));
      if (installedVersion !== undefined)
        return refuse('conflict', `version ${installedVersion} is installed already`, about);
      const current = await this.#stored(agreement.id);
      if (current && current.version > agreement.version)
        return refuse('conflict', `version ${current.version} is held already`, about);
      if (current && current.version === agreement.version) {
        if (current.direction === 'incoming' && current.sealed.payload === opened.sealed.payload) {
          await this.#audit.append({
            action: 'agreement-received',
            actor: `peer:${peer}`,
            target: agreement.id,
            outcome: 'ok',
            details: { kind: 'proposal', version: agreement.version, outcome: 'unchanged' },
          });
          return { ok: true, outcome: 'unchanged', agreementId: agreement.id, version: agreement.version };
        }
        return refuse('conflict', 'another document with the same id and version is held', about);
      }
      const trimmedNote = note.trim();
      const proposal: StoredProposal = {
        id: agreement.id,
        version: agreement.version,
        direction: 'incoming',
        partner: peer,
        sealed: opened.sealed,
        ...(trimmedNote ? { note: trimmedNote } : {}),
        state: 'received',
        createdAt: now.toISOString(),
        createdBy: `peer:${peer}`,
        updatedAt: now.toISOString(),
      };
      await this.#audit.commit([
        ...(await this.#supersedeOps(current, now)),
        { type: 'put', ns: PROPOSALS_NAMESPACE, key: proposal.id, value: proposal },
        ...this.#audit.entryOps({
          action: 'agreement-received',
          actor: `peer:${peer}`,
          target: agreement.id,
          outcome: 'ok',
          details: { kind: 'proposal', version: agreement.version, outcome: 'stored' },
        }),
      ]);
      return { ok: true, outcome: 'stored', agreementId: agreement.id, version: agreement.version };
    });
  }

  /** The agreement this node proposed, countersigned by the partner: installed here too. */
  receiveCountersigned(peer: string, sealedText: string): Promise<Receipt> {
    return this.#serialised(async () => {
      const now = this.#clock();
      const checked = await this.#openReceived(peer, sealedText, now);
      if ('refusal' in checked) return checked.refusal;
      const { agreement, opened } = checked;
      const about = { id: agreement.id, version: agreement.version };
      if (!opened.complete) return refuse('invalid', 'it lacks a party’s signature', about);
      const proposal = await this.#stored(agreement.id);
      if (
        proposal?.direction !== 'outgoing' ||
        proposal.version !== agreement.version ||
        proposal.sealed.payload !== opened.sealed.payload ||
        proposal.partner !== peer
      ) {
        return refuse('unknown-proposal', 'this node has not proposed this document', about);
      }
      if (proposal.state === 'declined')
        return refuse('conflict', 'the proposal was declined; propose it again', about);
      let installed: boolean;
      try {
        installed = (await this.#agreements.install(opened.sealed, `peer:${peer}`)).installed;
      } catch (err) {
        if (!(err instanceof AgreementRefusedError)) throw err;
        return refuse(
          err instanceof AgreementSignatureError ? 'bad-signature' : 'conflict',
          err.message,
          about,
        );
      }
      const answered =
        proposal.state === 'countersigned'
          ? []
          : [
              {
                type: 'put',
                ns: PROPOSALS_NAMESPACE,
                key: proposal.id,
                value: {
                  ...proposal,
                  state: 'countersigned',
                  answer: { kind: 'countersigned', at: now.toISOString(), by: `peer:${peer}` },
                  updatedAt: now.toISOString(),
                } satisfies StoredProposal,
              } satisfies BatchOp,
            ];
      await this.#audit.commit([
        ...answered,
        ...this.#audit.entryOps({
          action: 'agreement-received',
          actor: `peer:${peer}`,
          target: agreement.id,
          outcome: 'ok',
          details: {
            kind: 'countersigned',
            version: agreement.version,
            outcome: installed ? 'stored' : 'unchanged',
          },
        }),
      ]);
      return {
        ok: true,
        outcome: installed ? 'stored' : 'unchanged',
        agreementId: agreement.id,
        version: agreement.version,
      };
    });
  }

  /** The partner declined this node's proposal. */
  receiveDecline(peer: string, agreementId: string, version: number, reason: string): Promise<Receipt> {
    return this.#serialised(async () => {
      const now = this.#clock();
      const about = { id: agreementId, version };
      if (!isUuidV7(agreementId) || !Number.isInteger(version) || version < 1)
        return refuse('invalid', 'expected an agreement id and version');
      const proposal = await this.#stored(agreementId);
      if (proposal?.direction !== 'outgoing' || proposal.version !== version || proposal.partner !== peer)
        return refuse('unknown-proposal', 'this node has no such proposal to that node', about);
      if (proposal.state === 'countersigned')
        return refuse('conflict', 'it was countersigned and is installed', about);
      const unchanged = proposal.state === 'declined';
      const why = reason.trim().slice(0, MAX_REASON_LENGTH) || 'declined';
      const ops: BatchOp[] = unchanged
        ? []
        : [
            {
              type: 'put',
              ns: PROPOSALS_NAMESPACE,
              key: proposal.id,
              value: {
                ...proposal,
                state: 'declined',
                answer: { kind: 'declined', at: now.toISOString(), by: `peer:${peer}`, reason: why },
                updatedAt: now.toISOString(),
              } satisfies StoredProposal,
            },
          ];
      await this.#audit.commit([
        ...ops,
        ...this.#audit.entryOps({
          action: 'agreement-received',
          actor: `peer:${peer}`,
          target: agreementId,
          outcome: 'ok',
          details: { kind: 'decline', version, outcome: unchanged ? 'unchanged' : 'stored' },
        }),
        ...(unchanged
          ? []
          : this.#audit.entryOps({
              action: 'agreement-declined',
              actor: `peer:${peer}`,
              target: agreementId,
              outcome: 'ok',
              details: { version, direction: 'outgoing' },
            })),
      ]);
      return { ok: true, outcome: unchanged ? 'unchanged' : 'stored', agreementId, version };
    });
  }

  /** The partner revoked an agreement both hold: stored after it verified (the registry audits it). */
  async receiveRevocation(peer: string, jws: string): Promise<Receipt> {
    const claimed = claimedRevocation(jws);
    if (!claimed) return refuse('invalid', 'expected a compact JWS revocation');
    const held = await this.#agreements.get(claimed.agreementId);
    if (!held) return refuse('unknown-agreement', 'this node holds no such agreement', claimed.about);
    if (held.peer.nodeId !== peer)
      return refuse('wrong-sender', 'the sending node is not the other party', claimed.about);
    try {
      const result = await this.#agreements.addRevocation(jws, `peer:${peer}`, claimed.agreementId);
      // The registry audits the revocation itself; this records that it came over the network.
      await this.#audit.append({
        action: 'agreement-received',
        actor: `peer:${peer}`,
        target: claimed.agreementId,
        outcome: 'ok',
        details: {
          kind: 'revocation',
          version: result.revocation.agreementVersion,
          outcome: result.added ? 'stored' : 'unchanged',
        },
      });
      return {
        ok: true,
        outcome: result.added ? 'stored' : 'unchanged',
        agreementId: claimed.agreementId,
        version: result.revocation.agreementVersion,
      };
    } catch (err) {
      if (err instanceof UnknownAgreementError)
        return refuse('unknown-agreement', err.message, claimed.about);
      if (err instanceof RevocationInvalidError) {
        const code =
          err.reason === 'bad-signature' || err.reason === 'signer-not-party' ? 'bad-signature' : 'invalid';
        return refuse(code, err.message, claimed.about);
      }
      throw err;
    }
  }

  /** Verifies a received sealed agreement between this node and the sender. */
  async #openReceived(
    peer: string,
    sealedText: string,
    now: Date,
  ): Promise<{ refusal: Receipt } | { agreement: Agreement; opened: OpenedAgreement }> {
    const sealed = parseJson(sealedText);
    if (sealed === undefined) return { refusal: refuse('invalid', 'the sealed agreement is not JSON') };
    const opened = await openAgreement(sealed, { now });
    if (!opened.ok) {
      const code = SIGNATURE_FAILURES.has(opened.reason) ? 'bad-signature' : 'invalid';
      return { refusal: refuse(code, `${opened.reason}: ${opened.detail}`) };
    }
    const { agreement } = opened;
    const about = { id: agreement.id, version: agreement.version };
    if (!agreement.parties.some((p) => p.nodeId === this.nodeId))
      return { refusal: refuse('not-a-party', 'this node is not a party to the agreement', about) };
    if (!agreement.parties.some((p) => p.nodeId === peer))
      return { refusal: refuse('wrong-sender', 'the sending node is not a party to the agreement', about) };
    if (opened.validity === 'expired')
      return { refusal: refuse('expired', `its validity ended on ${agreement.validity.until}`, about) };
    return { agreement, opened };
  }

  // -------------------------------------------------------------------------------------------
  // Deliveries (the protocol service)

  async #findDelivery(match: (delivery: StoredDelivery) => boolean): Promise<StoredDelivery | undefined> {
    for await (const [, value] of this.#kv.iterate(DELIVERIES_NAMESPACE)) {
      const delivery = value as StoredDelivery;
      if (match(delivery)) return delivery;
    }
    return undefined;
  }

  /** The messages still to deliver, to one peer or to all, in the order they were queued. */
  async pendingDeliveries(peer?: string): Promise<StoredDelivery[]> {
    const pending: StoredDelivery[] = [];
    for await (const [, value] of this.#kv.iterate(DELIVERIES_NAMESPACE)) {
      const delivery = value as StoredDelivery;
      if (delivery.state === 'pending' && (peer === undefined || delivery.peer === peer))
        pending.push(delivery);
    }
    return pending;
  }

  /** Node ids with a message waiting: admitted by the gater so it can be delivered. */
  async peersWithPendingDeliveries(): Promise<Set<string>> {
    return new Set((await this.pendingDeliveries()).map((d) => d.peer));
  }

  /** Every message, delivered or not, in the order they were queued (newest last). */
  async deliveries(): Promise<StoredDelivery[]> {
    const all: StoredDelivery[] = [];
    for await (const [, value] of this.#kv.iterate(DELIVERIES_NAMESPACE)) all.push(value as StoredDelivery);
    return all;
  }

  /** Records a failed attempt (the partner unreachable, a deadline): it is tried again later. */
  deliveryFailed(delivery: StoredDelivery, error: string): Promise<void> {
    return this.#serialised(async () => {
      const current = await this.#delivery(delivery.id);
      if (current?.state !== 'pending') return;
      const updated: StoredDelivery = {
        ...current,
        attempts: current.attempts + 1,
        lastAttemptAt: this.#clock().toISOString(),
        lastError: error.slice(0, 300),
      };
      await this.#kv.batch([{ type: 'put', ns: DELIVERIES_NAMESPACE, key: current.id, value: updated }]);
    });
  }

  /**
   * The partner answered: Ack (`refusal` undefined) or a Refusal, which is final. Updates the
   * proposal the message was about and audits the outcome, in one batch.
   */
  deliveryAnswered(delivery: StoredDelivery, refusal?: { code: string; message: string }): Promise<void> {
    return this.#serialised(async () => {
      const current = await this.#delivery(delivery.id);
      if (current?.state !== 'pending') return;
      const at = this.#clock().toISOString();
      const done: StoredDelivery = {
        ...current,
        state: refusal ? 'refused' : 'delivered',
        attempts: current.attempts + 1,
        lastAttemptAt: at,
        doneAt: at,
        ...(refusal
          ? { refusal: { code: refusal.code.slice(0, 64), message: refusal.message.slice(0, 500) } }
          : {}),
      };
      const ops: BatchOp[] = [{ type: 'put', ns: DELIVERIES_NAMESPACE, key: done.id, value: done }];
      const proposal = await this.#stored(current.agreementId);
      if (
        current.kind === 'proposal' &&
        proposal?.deliveryId === current.id &&
        proposal.state === 'pending-delivery'
      ) {
        const state: ProposalState = refusal ? 'refused' : 'delivered';
        ops.push({
          type: 'put',
          ns: PROPOSALS_NAMESPACE,
          key: proposal.id,
          value: { ...proposal, state, updatedAt: at } satisfies StoredProposal,
        });
      }
      await this.#audit.commit([
        ...ops,
        ...this.#audit.entryOps({
          action: refusal ? 'agreement-delivery-refused' : 'agreement-delivered',
          actor: 'system:agreements',
          target: current.agreementId,
          outcome: refusal ? 'denied' : 'ok',
          details: {
            kind: current.kind,
            version: current.version,
            peer: current.peer,
            ...(refusal ? { code: refusal.code.slice(0, 64) } : {}),
          },
        }),
      ]);
    });
  }

  /**
   * Repairs what a crash between two batches can leave: this node's revocations not queued for
   * the partner, and proposals whose agreement is installed but whose state does not say so.
   */
  async reconcile(): Promise<string[]> {
    const peers = new Set<string>();
    for (const summary of await this.#agreements.list()) {
      const detail = await this.#agreements.get(summary.id);
      for (const revocation of detail?.revocations ?? []) {
        if (revocation.by !== this.nodeId) continue;
        const peer = await this.enqueueRevocation({ added: true, agreement: summary, revocation });
        if (peer) peers.add(peer);
      }
    }
    for await (const [, value] of this.#kv.iterate(PROPOSALS_NAMESPACE)) {
      const proposal = value as StoredProposal;
      if (proposal.state === 'countersigned' || proposal.state === 'declined') continue;
      const installed = await this.#agreements.get(proposal.id);
      if (installed?.version !== proposal.version || installed.sealed.payload !== proposal.sealed.payload)
        continue;
      await this.#serialised(async () => {
        const now = this.#clock();
        const fresh = await this.#stored(proposal.id);
        if (!fresh || fresh.state === 'countersigned' || fresh.state === 'declined') return;
        const answer = {
          kind: 'countersigned' as const,
          at: now.toISOString(),
          by: fresh.direction === 'incoming' ? 'system:agreements' : `peer:${fresh.partner}`,
        };
        if (fresh.direction === 'outgoing') {
          await this.#kv.batch([
            {
              type: 'put',
              ns: PROPOSALS_NAMESPACE,
              key: fresh.id,
              value: {
                ...fresh,
                state: 'countersigned',
                answer,
                updatedAt: answer.at,
              } satisfies StoredProposal,
            },
          ]);
          return;
        }
        // Countersigned and installed here, but the crash came before the answer was queued.
        const delivery = this.#newDelivery(
          fresh.partner,
          'countersigned',
          { id: fresh.id, version: fresh.version },
          JSON.stringify(installed.sealed),
          now,
        );
        await this.#kv.batch(this.#answerOps(fresh, answer, delivery));
        peers.add(fresh.partner);
      });
    }
    return [...peers];
  }
}

/** Unverified: only to learn which agreement a revocation names, before the registry verifies it. */
function claimedRevocation(
  jws: string,
): { agreementId: string; about: { id: string; version: number } } | undefined {
  const payload = jws.split('.')[1];
  if (!payload || jws.split('.').length !== 3) return undefined;
  try {
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      agreementId?: unknown;
      agreementVersion?: unknown;
    };
    if (!isUuidV7(claim.agreementId)) return undefined;
    const version = typeof claim.agreementVersion === 'number' ? claim.agreementVersion : 0;
    return { agreementId: claim.agreementId, about: { id: claim.agreementId, version } };
  } catch {
    return undefined;
  }
}
