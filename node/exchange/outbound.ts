/**
 * The owner's side: what a partner may receive, decided record by record with `decide()` before
 * anything leaves, packed into chunks under one signed manifest; and the bookkeeping once the
 * partner's signed receipt comes back (which partner holds which version of which record, so
 * later deletions, scope changes and recalls reach exactly those who hold a copy).
 *
 * A chunk is remembered as outstanding before it is sent and settled when its receipt arrives,
 * on the same stream or, if the stream broke first, from the `recent_receipts` of the partner's
 * next sync request. Settling is idempotent.
 */
import type { KeyObject } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import {
  decide,
  jwsSha256,
  openStatement,
  sha256Hex,
  signStatement,
  type AgreementState,
} from '../../policies/index.ts';
import {
  MANIFEST_JWS_TYPE,
  PURGE_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  purgeNoticeSchema,
  receiptSchema,
  type ExchangeRecordType,
  type Manifest,
  type ManifestEntry,
  type PurgeNotice,
  type Receipt,
} from '../../protocol/exchange.ts';
import type { CaseShare } from '../../protocol/api.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import type { BusinessId, CaseId, PersonId } from '../../protocol/ids.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { RecordStore } from '../store/records.ts';
import { ExchangeProtocolError, TransferDeniedError } from './errors.ts';
import type { EvidenceInput, EvidenceRecordRef, EvidenceWriter } from './evidence.ts';
import {
  EXCHANGE_NS,
  outstandingKey,
  outstandingPrefix,
  prefixEnd,
  recallKey,
  recallPrefix,
  shareKey,
  sharePrefix,
} from './keys.ts';
import { projectParty } from './projection.ts';

/** Who holds what: one partner's copy of one record, as its receipt confirmed. */
export interface Share {
  type: ExchangeRecordType;
  id: string;
  peer: string;
  version: number;
  sha256: string;
  mode: 'sync' | 'on-demand';
  agreementId: string;
  sentAt: string;
  recall?: CaseShare['recall'];
}

/** The records of a purge notice, as the evidence log lists them. */
export function purgedRecords(notice: PurgeNotice): EvidenceRecordRef[] {
  return notice.entries.map((e) => ({ type: e.type, id: e.id, version: e.version, reason: e.reason }));
}

/** A recall waiting to go out with the next chunk to its peer. */
interface PendingRecall {
  type: ExchangeRecordType;
  id: string;
  version: number;
  reason: string;
}

/** A chunk sent and not yet receipted. */
export interface Outstanding {
  peer: string;
  manifestId: string;
  manifestJws: string;
  entries: ManifestEntry[];
  mode: 'sync' | 'on-demand';
  agreementId: string;
  agreementVersion: number;
  cursorFrom?: number;
  /** Records `decide()` refused while making the chunk: they never left. */
  denied: EvidenceRecordRef[];
}

/** What a receipt said, once checked and recorded. */
export interface Settled {
  counts: Record<string, number>;
  outcomes: Receipt['outcomes'];
}

export interface Chunk {
  manifest: Manifest;
  manifestJws: string;
  records: Uint8Array[];
  outstanding: Outstanding;
}

export interface OutboundDeps {
  kv: KvStore;
  store: RecordStore;
  evidence: EvidenceWriter;
  self: string;
  key: KeyObject;
  clock: () => Date;
}

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(canonicalJson(value));

export class Outbound {
  readonly #deps: OutboundDeps;

  constructor(deps: OutboundDeps) {
    this.#deps = deps;
  }

  async #shares(peer: string, refs: readonly { type: ExchangeRecordType; id: string }[]) {
    const values = await this.#deps.kv.getMany(
      EXCHANGE_NS.shares,
      refs.map((r) => shareKey(r.type, r.id, peer)),
    );
    const map = new Map<string, Share>();
    refs.forEach((r, i) => {
      if (values[i] !== undefined) map.set(`${r.type}:${r.id}`, values[i] as Share);
    });
    return map;
  }

  /** The linked persons and businesses of a projection that carries them, as upsert candidates. */
  async #parties(
    projection: Partial<Case>,
  ): Promise<{ type: 'person' | 'business'; record: Person | Business }[]> {
    const out: { type: 'person' | 'business'; record: Person | Business }[] = [];
    if (!projection.persons?.length && !projection.businesses?.length) return out;
    for (const link of projection.persons ?? []) {
      const person = await this.#deps.store.getPerson(link.id);
      if (person && !person.deletedAt) out.push({ type: 'person', record: person });
    }
    for (const link of projection.businesses ?? []) {
      const business = await this.#deps.store.getBusiness(link.id);
      if (business && !business.deletedAt) out.push({ type: 'business', record: business });
    }
    return out;
  }

  /**
   * The next sync chunk for `peer` after `cursor` under `state`: pending recalls first, then the
   * changes in log order, each case decided before anything of it is packed.
   */
  async buildChunk(
    peer: string,
    state: AgreementState,
    states: readonly AgreementState[],
    cursor: number,
    maxEntries: number,
    /** Recalls already on their way in a chunk not yet receipted (`type:id`). */
    recallsInFlight: ReadonlySet<string> = new Set(),
  ): Promise<Chunk> {
    const { store, self, clock } = this.#deps;
    const now = clock();
    const head = store.lastSeq();
    const entries: ManifestEntry[] = [];
    const records: Uint8Array[] = [];
    const denied: EvidenceRecordRef[] = [];
    let bytes = 0;

    const recalls: PendingRecall[] = [];
    let pendingRecalls = 0;
    for await (const [, value] of this.#deps.kv.iterate(EXCHANGE_NS.state, {
      gte: recallPrefix(peer),
      lt: prefixEnd(recallPrefix(peer)),
      limit: maxEntries,
    })) {
      const recall = value as PendingRecall;
      pendingRecalls++;
      if (!recallsInFlight.has(`${recall.type}:${recall.id}`)) recalls.push(recall);
    }
    for (const r of recalls)
      entries.push({ type: r.type, id: r.id, version: r.version, op: 'recall', reason: r.reason });
    const allRecallsIn = pendingRecalls < maxEntries;

    const changes = entries.length < maxEntries ? await store.changesSince(cursor, maxEntries) : [];
    const caseIds = [...new Set(changes.filter((c) => c.type === 'case').map((c) => c.id as CaseId))];
    const loaded = await store.getCases(caseIds);
    const cases = new Map(caseIds.map((id, i) => [id as string, loaded[i]]));
    const shares = await this.#shares(
      peer,
      changes.map((c) => ({ type: c.type, id: c.id })),
    );
    const scope = state.agreement.scope[self];
    const listed = new Set(entries.map((e) => `${e.type}:${e.id}`));
    const add = (entry: ManifestEntry, record?: Uint8Array) => {
      listed.add(`${entry.type}:${entry.id}`);
      entries.push(entry);
      if (record) {
        records.push(record);
        bytes += record.length;
      }
    };
    let to = cursor;
    for (const change of changes) {
      if (entries.length >= maxEntries || bytes >= PROTOCOLS.exchange.chunkTargetBytes) break;
      to = change.seq;
      const ref = `${change.type}:${change.id}`;
      if (listed.has(ref)) continue;
      const share = shares.get(ref);
      // A recalled record stays recalled: sync never sends it again (an officer may, on demand).
      if (share?.recall) continue;
      if (change.type === 'case') {
        const record = cases.get(change.id);
        if (!record) continue;
        if (record.deletedAt) {
          if (share)
            add({ type: 'case', id: record.id, version: record.version, op: 'withdraw', reason: 'deleted' });
          continue;
        }
        const decision = decide(
          states,
          { direction: 'outbound', mode: 'sync', localNodeId: self, peerNodeId: peer, record },
          now,
        );
        if (!decision.allow) {
          denied.push({
            type: 'case',
            id: record.id,
            version: record.version,
            outcome: 'denied',
            reason: decision.reason,
          });
          if (share)
            add({
              type: 'case',
              id: record.id,
              version: record.version,
              op: 'withdraw',
              reason: decision.reason,
            });
          continue;
        }
        const body = bytesOf(decision.projection);
        const sha256 = sha256Hex(body);
        if (share?.sha256 !== sha256 || share.version !== record.version) {
          add({ type: 'case', id: record.id, version: record.version, op: 'upsert', sha256 }, body);
        }
        const parties = await this.#parties(decision.projection);
        if (parties.length === 0) continue;
        const partyShares = await this.#shares(
          peer,
          parties.map((p) => ({ type: p.type, id: p.record.id })),
        );
        for (const party of parties) {
          const partyRef = `${party.type}:${party.record.id}`;
          if (listed.has(partyRef)) continue;
          const partyBody = bytesOf(projectParty(party.type, party.record));
          const partySha = sha256Hex(partyBody);
          const held = partyShares.get(partyRef);
          if (held?.sha256 === partySha && held.version === party.record.version) continue;
          add(
            {
              type: party.type,
              id: party.record.id,
              version: party.record.version,
              op: 'upsert',
              sha256: partySha,
            },
            partyBody,
          );
        }
        continue;
      }
      // A person or business: only partners that hold it hear of its changes.
      if (!share) continue;
      const party =
        change.type === 'person'
          ? await store.getPerson(change.id as PersonId)
          : await store.getBusiness(change.id as BusinessId);
      if (!party || party.deletedAt || scope?.nominal !== true) {
        add({
          type: change.type,
          id: change.id,
          version: party?.version ?? share.version,
          op: 'withdraw',
          reason: party ? 'nominal-not-allowed' : 'deleted',
        });
        continue;
      }
      const body = bytesOf(projectParty(change.type, party));
      const sha256 = sha256Hex(body);
      if (share.sha256 !== sha256)
        add({ type: change.type, id: party.id, version: party.version, op: 'upsert', sha256 }, body);
    }
    const consumedAll = changes.length === 0 || to === changes.at(-1)!.seq;
    const complete = allRecallsIn && consumedAll && to >= head;
    const manifest: Manifest = {
      id: uuidv7(),
      from: self,
      to: peer,
      agreementId: state.agreement.id,
      agreementVersion: state.agreement.version,
      mode: 'sync',
      cursor: { from: cursor, to: Math.max(to, cursor) },
      head,
      complete,
      entries,
      at: now.toISOString(),
    };
    const manifestJws = await signStatement(MANIFEST_JWS_TYPE, manifest, this.#deps.key);
    const outstanding: Outstanding = {
      peer,
      manifestId: manifest.id,
      manifestJws,
      entries,
      mode: 'sync',
      agreementId: manifest.agreementId,
      agreementVersion: manifest.agreementVersion,
      cursorFrom: cursor,
      denied,
    };
    return { manifest, manifestJws, records, outstanding };
  }

  /** Remembers a chunk before it is sent, so a receipt that arrives late still settles it. */
  async remember(outstanding: Outstanding): Promise<void> {
    await this.#deps.kv.batch([
      {
        type: 'put',
        ns: EXCHANGE_NS.state,
        key: outstandingKey(outstanding.peer, outstanding.manifestId),
        value: outstanding,
      },
    ]);
  }

  /**
   * Forgets chunks the peer never stored (its cursor is still at or before where they began):
   * they will be made again from the log.
   */
  async forgetUnstored(peer: string, cursor: number): Promise<void> {
    const ops: BatchOp[] = [];
    for await (const [key, value] of this.#deps.kv.iterate(EXCHANGE_NS.state, {
      gte: outstandingPrefix(peer),
      lt: prefixEnd(outstandingPrefix(peer)),
    })) {
      const o = value as Outstanding;
      if (o.mode === 'sync' && (o.cursorFrom ?? 0) >= cursor)
        ops.push({ type: 'del', ns: EXCHANGE_NS.state, key });
    }
    if (ops.length > 0) await this.#deps.kv.batch(ops);
  }

  /** Settles a receipt for a chunk remembered earlier; false when there is no such chunk (already settled). */
  async settleLate(peer: string, receiptJws: string): Promise<boolean> {
    const opened = await openStatement(receiptJws, RECEIPT_JWS_TYPE, receiptSchema, { signer: peer });
    if (!opened.ok) throw new ExchangeProtocolError('bad-receipt', `${opened.reason}: ${opened.detail}`);
    const outstanding = (await this.#deps.kv.get(
      EXCHANGE_NS.state,
      outstandingKey(peer, opened.statement.manifestId),
    )) as Outstanding | undefined;
    if (!outstanding) return false;
    await this.settle(outstanding, receiptJws);
    return true;
  }

  /**
   * Checks the peer's receipt against the chunk and records the outcome: who now holds what,
   * acknowledged recalls, and the evidence (manifest, receipt, denials) in one batch.
   */
  async settle(outstanding: Outstanding, receiptJws: string): Promise<Settled> {
    const { self, clock } = this.#deps;
    const peer = outstanding.peer;
    const opened = await openStatement(receiptJws, RECEIPT_JWS_TYPE, receiptSchema, { signer: peer });
    if (!opened.ok) throw new ExchangeProtocolError('bad-receipt', `${opened.reason}: ${opened.detail}`);
    const receipt = opened.statement;
    if (
      receipt.to !== self ||
      receipt.manifestId !== outstanding.manifestId ||
      receipt.manifestSha256 !== jwsSha256(outstanding.manifestJws) ||
      receipt.outcomes.length !== outstanding.entries.length
    ) {
      throw new ExchangeProtocolError(
        'bad-receipt',
        'the receipt is for another chunk or does not account for every entry',
      );
    }
    const now = clock().toISOString();
    const existing = await this.#shares(peer, outstanding.entries);
    const ops: BatchOp[] = [
      { type: 'del', ns: EXCHANGE_NS.state, key: outstandingKey(peer, outstanding.manifestId) },
    ];
    const refs: EvidenceRecordRef[] = [];
    const recallAcks: EvidenceRecordRef[] = [];
    const counts: Record<string, number> = { stored: 0, unchanged: 0, purged: 0, denied: 0 };
    outstanding.entries.forEach((entry, i) => {
      const { id, outcome, reason } = receipt.outcomes[i]!;
      const expected = entry.op === 'upsert' ? ['stored', 'unchanged', 'denied'] : ['purged'];
      if (id !== entry.id || !expected.includes(outcome)) {
        throw new ExchangeProtocolError(
          'bad-receipt',
          `entry ${i} (${entry.id}) is accounted for as ${outcome} of ${id}`,
        );
      }
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      refs.push({ type: entry.type, id, version: entry.version, outcome, ...(reason ? { reason } : {}) });
      const key = shareKey(entry.type, entry.id, peer);
      const held = existing.get(`${entry.type}:${entry.id}`);
      if (entry.op === 'upsert' && outcome !== 'denied') {
        const share: Share = {
          type: entry.type,
          id: entry.id,
          peer,
          version: entry.version,
          sha256: entry.sha256!,
          mode: outstanding.mode,
          agreementId: outstanding.agreementId,
          sentAt: now,
        };
        ops.push({ type: 'put', ns: EXCHANGE_NS.shares, key, value: share });
      } else if (entry.op === 'recall') {
        if (held?.recall) {
          ops.push({
            type: 'put',
            ns: EXCHANGE_NS.shares,
            key,
            value: { ...held, recall: { ...held.recall, status: 'acknowledged', acknowledgedAt: now } },
          });
        }
        ops.push({ type: 'del', ns: EXCHANGE_NS.state, key: recallKey(peer, entry.type, entry.id) });
        recallAcks.push({ type: entry.type, id, version: entry.version, outcome: 'purged' });
      } else {
        ops.push({ type: 'del', ns: EXCHANGE_NS.shares, key });
      }
    });
    const common = {
      peer,
      direction: 'outbound' as const,
      agreementId: outstanding.agreementId,
      agreementVersion: outstanding.agreementVersion,
      mode: outstanding.mode,
    };
    const evidence: EvidenceInput[] = [];
    // An empty chunk (nothing new) leaves no evidence: it would fill the log with every poll.
    if (outstanding.entries.length > 0)
      evidence.push({
        kind: 'sent',
        ...common,
        records: refs,
        manifest: outstanding.manifestJws,
        receipt: receiptJws,
        actor: 'system:exchange',
        details: { manifestId: outstanding.manifestId, ...counts },
      });
    if (outstanding.denied.length > 0) {
      evidence.push({
        kind: 'denied',
        ...common,
        records: outstanding.denied,
        actor: 'system:exchange',
        details: { manifestId: outstanding.manifestId },
      });
    }
    if (recallAcks.length > 0) {
      evidence.push({ kind: 'recall-acknowledged', ...common, records: recallAcks, actor: `peer:${peer}` });
    }
    for (const input of evidence) ops.push(...this.#deps.evidence.entryOps(input));
    await this.#deps.evidence.commit(ops);
    return { counts, outcomes: receipt.outcomes };
  }

  /**
   * A delivery of one case on demand: decided now (mode `on-demand`), with the persons and
   * businesses it links when the agreement allows nominal data. Throws TransferDeniedError (and
   * records the denial) when the agreement does not allow it.
   */
  async buildDelivery(
    peer: string,
    states: readonly AgreementState[],
    caseId: CaseId,
    message: string,
    sentBy: string,
  ): Promise<Chunk | undefined> {
    const { store, self, clock } = this.#deps;
    const now = clock();
    const record = await store.getCase(caseId);
    if (!record || record.deletedAt) return undefined;
    const decision = decide(
      states,
      { direction: 'outbound', mode: 'on-demand', localNodeId: self, peerNodeId: peer, record },
      now,
    );
    if (!decision.allow) {
      await this.#deps.evidence.commit(
        this.#deps.evidence.entryOps({
          kind: 'denied',
          peer,
          direction: 'outbound',
          mode: 'on-demand',
          records: [
            {
              type: 'case',
              id: record.id,
              version: record.version,
              outcome: 'denied',
              reason: decision.reason,
            },
          ],
          actor: sentBy,
          details: { detail: decision.detail.slice(0, 200) },
        }),
      );
      throw new TransferDeniedError(decision.reason, decision.detail);
    }
    const entries: ManifestEntry[] = [];
    const records: Uint8Array[] = [];
    const body = bytesOf(decision.projection);
    entries.push({
      type: 'case',
      id: record.id,
      version: record.version,
      op: 'upsert',
      sha256: sha256Hex(body),
    });
    records.push(body);
    for (const party of await this.#parties(decision.projection)) {
      const partyBody = bytesOf(projectParty(party.type, party.record));
      entries.push({
        type: party.type,
        id: party.record.id,
        version: party.record.version,
        op: 'upsert',
        sha256: sha256Hex(partyBody),
      });
      records.push(partyBody);
    }
    const manifest: Manifest = {
      id: uuidv7(),
      from: self,
      to: peer,
      agreementId: decision.agreementId,
      agreementVersion: decision.agreementVersion,
      mode: 'on-demand',
      entries,
      message,
      sentBy,
      at: now.toISOString(),
    };
    const manifestJws = await signStatement(MANIFEST_JWS_TYPE, manifest, this.#deps.key);
    return {
      manifest,
      manifestJws,
      records,
      outstanding: {
        peer,
        manifestId: manifest.id,
        manifestJws,
        entries,
        mode: 'on-demand',
        agreementId: manifest.agreementId,
        agreementVersion: manifest.agreementVersion,
        denied: [],
      },
    };
  }

  /** Every partner that holds (or held, until a recall was acknowledged) a copy of the record. */
  async sharesOf(type: ExchangeRecordType, id: string): Promise<Share[]> {
    const out: Share[] = [];
    for await (const [, value] of this.#deps.kv.iterate(EXCHANGE_NS.shares, {
      gte: sharePrefix(type, id),
      lt: prefixEnd(sharePrefix(type, id)),
    })) {
      out.push(value as Share);
    }
    return out;
  }

  /**
   * Recalls a case (and nothing else: the persons it links stay with their other cases) from
   * `peers` (default: every partner holding it). Returns the peers the recall goes to.
   */
  async recall(id: CaseId, reason: string, by: string, peers?: readonly string[]): Promise<string[]> {
    const shares = (await this.sharesOf('case', id)).filter(
      (s) => !s.recall && (peers === undefined || peers.includes(s.peer)),
    );
    if (shares.length === 0) return [];
    const at = this.#deps.clock().toISOString();
    const ops: BatchOp[] = [];
    for (const share of shares) {
      const recall = { at, by, reason, status: 'pending' as const };
      ops.push({
        type: 'put',
        ns: EXCHANGE_NS.shares,
        key: shareKey('case', id, share.peer),
        value: { ...share, recall },
      });
      const pending: PendingRecall = { type: 'case', id, version: share.version, reason };
      ops.push({
        type: 'put',
        ns: EXCHANGE_NS.state,
        key: recallKey(share.peer, 'case', id),
        value: pending,
      });
      ops.push(
        ...this.#deps.evidence.entryOps({
          kind: 'recalled',
          peer: share.peer,
          direction: 'outbound',
          agreementId: share.agreementId,
          records: [{ type: 'case', id, version: share.version, reason }],
          actor: by,
        }),
      );
    }
    await this.#deps.evidence.commit(ops);
    return shares.map((s) => s.peer);
  }

  /** A partner's purge notice: it deleted records it held; they are no longer shared with it. */
  async acceptPurgeNotice(peer: string, jws: string): Promise<number> {
    const opened = await openStatement(jws, PURGE_JWS_TYPE, purgeNoticeSchema, { signer: peer });
    if (!opened.ok) throw new ExchangeProtocolError('bad-purge-notice', `${opened.reason}: ${opened.detail}`);
    const notice = opened.statement;
    if (notice.to !== this.#deps.self)
      throw new ExchangeProtocolError('bad-purge-notice', 'addressed to another node');
    const ops: BatchOp[] = notice.entries.map((e) => ({
      type: 'del' as const,
      ns: EXCHANGE_NS.shares,
      key: shareKey(e.type, e.id, peer),
    }));
    ops.push(
      ...this.#deps.evidence.entryOps({
        kind: 'purge-acknowledged',
        peer,
        direction: 'inbound',
        agreementId: notice.agreementId,
        records: purgedRecords(notice),
        purgeNotice: jws,
        actor: `peer:${peer}`,
        details: { noticeId: notice.id },
      }),
    );
    await this.#deps.evidence.commit(ops);
    return notice.entries.length;
  }
}
