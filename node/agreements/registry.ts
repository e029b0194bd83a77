/**
 * The agreements this node has installed, and the revocations it holds, in the node's KvStore
 * (namespaces `agreements` and `revocations`). Nothing is read before it is verified: a sealed
 * agreement is opened with `openAgreement` on the way in and again when it is loaded, and a
 * revocation with `openRevocation` against the agreement it names.
 *
 * Invariants:
 * - an installed agreement names this node as a party and carries both parties' signatures;
 * - per agreement id only the highest version is kept; an older one is refused, the same one
 *   again changes nothing (idempotent), another document under the same id and version is refused;
 * - revocations are only ever added; one ends the versions up to the one it names, whenever it
 *   arrives (fail closed), so a revoked agreement stays revoked even if it is installed again;
 * - every install, revocation and refusal is in the audit log, written in the same batch as the
 *   change it records.
 */
import type { KeyObject } from 'node:crypto';
import {
  agreementStatus,
  openAgreement,
  openRevocation,
  revoke,
  revokes,
  type AgreementState,
  type SealedAgreement,
} from '../../policies/index.ts';
import type { Agreement, Revocation } from '../../protocol/agreement.ts';
import type {
  AgreementDetail,
  AgreementRevocationEntry,
  AgreementStatusName,
  AgreementSummary,
} from '../../protocol/api.ts';
import { isUuidV7, type NodeId } from '../../protocol/ids.ts';
import type { AuditLog } from '../audit/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import {
  AgreementConflictError,
  AgreementRefusedError,
  AgreementSignatureError,
  AlreadyRevokedError,
  NotAPartyError,
  NotCountersignedError,
  OlderVersionError,
  RevocationInvalidError,
  RevokedAgreementError,
  UnknownAgreementError,
} from './errors.ts';

export const AGREEMENTS_NAMESPACE = 'agreements';
export const REVOCATIONS_NAMESPACE = 'revocations';

/** A revocation reason when the operator gives none (the schema needs one). */
export const DEFAULT_REVOCATION_REASON = 'revoked by the exchange administrator';

interface StoredAgreement {
  id: string;
  version: number;
  /** Exactly as received, so it can be handed on and verified anywhere. */
  sealed: SealedAgreement;
  installedAt: string;
  installedBy: string;
}

interface StoredRevocation {
  jws: string;
  receivedAt: string;
  receivedBy: string;
}

/** An installed agreement after its signatures and revocations verified. */
interface LoadedAgreement {
  stored: StoredAgreement;
  agreement: Agreement;
  signedBy: NodeId[];
  revocations: { revocation: Revocation; stored: StoredRevocation }[];
}

export interface AgreementRegistryOptions {
  kv: KvStore;
  audit: AuditLog;
  /** This node: it must be a party to everything it installs. */
  nodeId: NodeId;
  clock?: () => Date;
}

export interface InstallResult {
  /** False when this very version was installed already (nothing changed). */
  installed: boolean;
  agreement: AgreementDetail;
}

export interface RevocationResult {
  /** False when this revocation was held already (nothing changed). */
  added: boolean;
  agreement: AgreementSummary;
  revocation: AgreementRevocationEntry;
}

/** Keys sort by agreement, then version, then signer, so one range read finds an agreement's. */
const revocationKey = (r: Revocation) =>
  `${r.agreementId}/${String(r.agreementVersion).padStart(10, '0')}/${r.by}`;

/** Unverified: only to learn which agreement a revocation claims to be about. */
function claimedAgreementId(jws: unknown): string | undefined {
  if (typeof jws !== 'string') return undefined;
  const payload = jws.split('.')[1];
  if (!payload) return undefined;
  try {
    const id = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { agreementId?: unknown })
      .agreementId;
    return isUuidV7(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export class AgreementRegistry {
  readonly nodeId: NodeId;
  readonly #kv: KvStore;
  readonly #audit: AuditLog;
  readonly #clock: () => Date;
  /** Writes one at a time, so a version check and the write that follows it cannot interleave. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Verified agreements by id; this process is the store's only writer, so it stays true. */
  #cache: Map<string, LoadedAgreement> | undefined;
  /** Told after every install or revocation, so the peer host re-checks its connections at once. */
  readonly #listeners = new Set<() => void>();
  /** Told after this node revokes, so the revocation can be delivered to the partner. */
  readonly #revokedListeners = new Set<(revoked: RevocationResult) => void>();

  constructor(options: AgreementRegistryOptions) {
    this.#kv = options.kv;
    this.#audit = options.audit;
    this.nodeId = options.nodeId;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** Calls `listener` after each change to the agreements in force; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Calls `listener` after this node revokes an agreement (not when a partner's revocation is
   * added), with the stored revocation; returns the unsubscribe function.
   */
  onRevokedHere(listener: (revoked: RevocationResult) => void): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#listeners) {
      // A listener's failure must not undo or fail a change that is already stored.
      try {
        listener();
      } catch {
        /* the listener logs its own failures */
      }
    }
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Verifies and installs a sealed agreement (the JSON both parties signed). Throws
   * AgreementSignatureError, NotAPartyError, NotCountersignedError, OlderVersionError,
   * AgreementConflictError or RevokedAgreementError (this very version was revoked), each
   * recorded in the audit log as a denied install.
   */
  install(sealed: unknown, actor: string): Promise<InstallResult> {
    return this.#serialised(async () => {
      try {
        return await this.#install(sealed, actor);
      } catch (err) {
        if (err instanceof AgreementRefusedError) {
          const target = err.details?.agreementId;
          await this.#audit.append({
            action: 'agreement-installed',
            actor,
            outcome: 'denied',
            ...(typeof target === 'string' ? { target } : {}),
            details: { reason: err.code },
          });
        }
        throw err;
      }
    });
  }

  async #install(sealed: unknown, actor: string): Promise<InstallResult> {
    const now = this.#clock();
    const opened = await openAgreement(sealed, { now });
    if (!opened.ok) throw new AgreementSignatureError(opened.reason, opened.detail);
    const { agreement } = opened;
    if (!agreement.parties.some((p) => p.nodeId === this.nodeId))
      throw new NotAPartyError(agreement.id, this.nodeId);
    const missing = agreement.parties.find((p) => !opened.signedBy.includes(p.nodeId as NodeId));
    if (missing) throw new NotCountersignedError(agreement.id, missing.nodeId);

    const current = await this.#load(agreement.id);
    if (current) {
      if (agreement.version < current.agreement.version)
        throw new OlderVersionError(agreement.id, current.agreement.version, agreement.version);
      const pair = (a: Agreement) =>
        a.parties
          .map((p) => p.nodeId)
          .sort()
          .join(' ');
      if (pair(agreement) !== pair(current.agreement))
        throw new AgreementConflictError(agreement.id, 'it names other parties');
      if (agreement.version === current.agreement.version) {
        if (opened.sealed.payload !== current.stored.sealed.payload)
          throw new AgreementConflictError(agreement.id, 'another document with the same version');
        if (current.revocations.some((r) => revokes(r.revocation, current.agreement)))
          throw new RevokedAgreementError(agreement.id, agreement.version);
        return { installed: false, agreement: this.#detail(current, now) };
      }
    }
    const stored: StoredAgreement = {
      id: agreement.id,
      version: agreement.version,
      sealed: opened.sealed,
      installedAt: now.toISOString(),
      installedBy: actor,
    };
    await this.#audit.commit([
      { type: 'put', ns: AGREEMENTS_NAMESPACE, key: agreement.id, value: stored },
      ...this.#audit.entryOps({
        action: 'agreement-installed',
        actor,
        target: agreement.id,
        outcome: 'ok',
        details: { version: agreement.version, ...(current ? { replaced: current.agreement.version } : {}) },
      }),
    ]);
    const loaded: LoadedAgreement = {
      stored,
      agreement,
      signedBy: opened.signedBy,
      revocations: current?.revocations ?? (await this.#revocationsOf(agreement)),
    };
    this.#cache?.set(agreement.id, loaded);
    this.#changed();
    return { installed: true, agreement: this.#detail(loaded, now) };
  }

  /** Every installed agreement, newest `validity.from` first. */
  async list(now = this.#clock()): Promise<AgreementSummary[]> {
    const all = [...(await this.#all()).values()];
    return all
      .map((loaded) => this.#summary(loaded, now))
      .sort((a, b) => b.validity.from.localeCompare(a.validity.from) || a.id.localeCompare(b.id));
  }

  /** One installed agreement with its document, sealed JSON and revocations; undefined if unknown. */
  async get(id: string, now = this.#clock()): Promise<AgreementDetail | undefined> {
    const loaded = await this.#load(id);
    return loaded ? this.#detail(loaded, now) : undefined;
  }

  /**
   * This node revokes an installed agreement: signs the statement with its own key, stores it and
   * returns it (the partner installs it with `addRevocation`).
   */
  revoke(id: string, reason: string, signingKey: KeyObject, actor: string): Promise<RevocationResult> {
    return this.#serialised(async () => {
      const now = this.#clock();
      const loaded = await this.#load(id);
      if (!loaded) throw new UnknownAgreementError(id);
      if (loaded.revocations.some((r) => revokes(r.revocation, loaded.agreement)))
        throw new AlreadyRevokedError(id, loaded.agreement.version);
      const jws = await revoke(loaded.agreement, signingKey, { at: now, reason });
      const result = await this.#storeRevocation(loaded, jws, actor, now);
      for (const listener of this.#revokedListeners) {
        try {
          listener(result);
        } catch {
          /* the listener logs its own failures */
        }
      }
      return result;
    });
  }

  /**
   * Stores a revocation the partner signed (compact JWS, or general JWS JSON with one signature),
   * after `openRevocation` verified it. Throws UnknownAgreementError or RevocationInvalidError.
   */
  addRevocation(jws: unknown, actor: string, expectedId?: string): Promise<RevocationResult> {
    return this.#serialised(async () => {
      const now = this.#clock();
      const id = claimedAgreementId(typeof jws === 'string' ? jws.trim() : jws);
      if (id === undefined) {
        throw new RevocationInvalidError('malformed', 'expected a compact JWS naming an agreement');
      }
      if (expectedId !== undefined && id !== expectedId) {
        throw new RevocationInvalidError('other-agreement', `it revokes ${id}, not ${expectedId}`);
      }
      const loaded = await this.#load(id);
      if (!loaded) throw new UnknownAgreementError(id);
      return this.#storeRevocation(loaded, (jws as string).trim(), actor, now);
    });
  }

  async #storeRevocation(
    loaded: LoadedAgreement,
    jws: string,
    actor: string,
    now: Date,
  ): Promise<RevocationResult> {
    const opened = await openRevocation(jws, loaded.agreement);
    if (!opened.ok) {
      await this.#audit.append({
        action: 'agreement-revoked',
        actor,
        target: loaded.agreement.id,
        outcome: 'denied',
        details: { reason: opened.reason },
      });
      throw new RevocationInvalidError(opened.reason, opened.detail);
    }
    const { revocation } = opened;
    const key = revocationKey(revocation);
    const held = loaded.revocations.find((r) => revocationKey(r.revocation) === key);
    if (held) {
      return {
        added: false,
        agreement: this.#summary(loaded, now),
        revocation: this.#revocationEntry(held),
      };
    }
    const stored: StoredRevocation = { jws, receivedAt: now.toISOString(), receivedBy: actor };
    const ops: BatchOp[] = [
      { type: 'put', ns: REVOCATIONS_NAMESPACE, key, value: stored },
      ...this.#audit.entryOps({
        action: 'agreement-revoked',
        actor,
        target: loaded.agreement.id,
        outcome: 'ok',
        details: { by: revocation.by, version: revocation.agreementVersion },
      }),
    ];
    await this.#audit.commit(ops);
    const entry = { revocation, stored };
    loaded.revocations.push(entry);
    this.#changed();
    return { added: true, agreement: this.#summary(loaded, now), revocation: this.#revocationEntry(entry) };
  }

  /** Every installed agreement with its revocations, for `decide()` (which gives each denial its reason). */
  async states(): Promise<AgreementState[]> {
    return [...(await this.#all()).values()].map((l) => ({
      agreement: l.agreement,
      signedBy: l.signedBy,
      revocations: l.revocations.map((r) => r.revocation),
    }));
  }

  /** The agreements in force at `now`: both signatures, within validity, not revoked. */
  async active(now = this.#clock()): Promise<AgreementState[]> {
    return (await this.states()).filter((s) => agreementStatus(s, now, s.revocations).active);
  }

  /** The node ids this node has an active agreement with at `now`. */
  async activePeers(now = this.#clock()): Promise<Set<string>> {
    const peers = new Set<string>();
    for (const state of await this.active(now))
      for (const party of state.agreement.parties) if (party.nodeId !== this.nodeId) peers.add(party.nodeId);
    return peers;
  }

  async #all(): Promise<Map<string, LoadedAgreement>> {
    if (this.#cache) return this.#cache;
    const loaded = new Map<string, LoadedAgreement>();
    for await (const [key] of this.#kv.iterate(AGREEMENTS_NAMESPACE)) {
      const one = await this.#read(key);
      if (one) loaded.set(key, one);
    }
    this.#cache = loaded;
    return loaded;
  }

  async #load(id: string): Promise<LoadedAgreement | undefined> {
    if (!isUuidV7(id)) return undefined;
    return (await this.#all()).get(id);
  }

  /** Reads and re-verifies one stored agreement; one that no longer verifies is left out (fail closed). */
  async #read(id: string): Promise<LoadedAgreement | undefined> {
    const stored = (await this.#kv.get(AGREEMENTS_NAMESPACE, id)) as StoredAgreement | undefined;
    if (!stored) return undefined;
    const opened = await openAgreement(stored.sealed, { now: this.#clock() });
    if (!opened.ok || !opened.complete || opened.agreement.id !== id) return undefined;
    return {
      stored,
      agreement: opened.agreement,
      signedBy: opened.signedBy,
      revocations: await this.#revocationsOf(opened.agreement),
    };
  }

  async #revocationsOf(agreement: Agreement): Promise<LoadedAgreement['revocations']> {
    const found: LoadedAgreement['revocations'] = [];
    // Revocations of any version: one of an older version does not end this one, and is kept anyway.
    for await (const [, value] of this.#kv.iterate(REVOCATIONS_NAMESPACE, {
      gt: `${agreement.id}/`,
      lt: `${agreement.id}/~`,
    })) {
      const stored = value as StoredRevocation;
      // Checked as if against version 1: `openRevocation` refuses one of a version below the
      // agreement's, but a revocation of an older version still verifies and is kept; `revokes`
      // then decides that it does not end this version.
      const opened = await openRevocation(stored.jws, { ...agreement, version: 1 });
      if (opened.ok) found.push({ revocation: opened.revocation, stored });
    }
    return found;
  }

  #status(loaded: LoadedAgreement, now: Date): AgreementStatusName {
    const status = agreementStatus(
      loaded,
      now,
      loaded.revocations.map((r) => r.revocation),
    );
    if (status.active) return 'active';
    // Installed agreements carry both signatures, so `not-sealed` cannot occur; fail closed anyway.
    return status.reason === 'not-sealed' ? 'revoked' : status.reason;
  }

  #summary(loaded: LoadedAgreement, now: Date): AgreementSummary {
    const { agreement, stored } = loaded;
    const peer = agreement.parties.find((p) => p.nodeId !== this.nodeId) ?? agreement.parties[1];
    const revokedBy = loaded.revocations.find((r) => revokes(r.revocation, agreement));
    return {
      id: agreement.id,
      version: agreement.version,
      type: agreement.type,
      peer: { nodeId: peer.nodeId, administration: peer.administration, name: peer.name },
      modes: [...agreement.modes],
      validity: { ...agreement.validity },
      status: this.#status(loaded, now),
      installedAt: stored.installedAt,
      ...(revokedBy ? { revokedBy: revokedBy.revocation.by, revokedAt: revokedBy.stored.receivedAt } : {}),
    };
  }

  #revocationEntry({ revocation, stored }: LoadedAgreement['revocations'][number]): AgreementRevocationEntry {
    return { ...revocation, receivedAt: stored.receivedAt, jws: stored.jws };
  }

  #detail(loaded: LoadedAgreement, now: Date): AgreementDetail {
    return {
      ...this.#summary(loaded, now),
      agreement: loaded.agreement,
      sealed: loaded.stored.sealed,
      revocations: loaded.revocations.map((r) => this.#revocationEntry(r)),
    };
  }
}
