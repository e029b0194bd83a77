/**
 * The receiving side of a chunk or delivery: verify the owner's manifest, check every record's
 * bytes against it, run `decide()` on each case as it arrived (the second check of the two every
 * transfer gets), and turn the result into one set of batch ops (inbox changes), the evidence
 * entries and the signed receipt. Nothing here writes: the caller commits the ops with the
 * evidence and its cursor in one batch, then sends the receipt.
 */
import type { KeyObject } from 'node:crypto';
import {
  agreementFor,
  decide,
  openStatement,
  sha256Hex,
  jwsSha256,
  signStatement,
} from '../../policies/index.ts';
import type { AgreementState } from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import {
  MANIFEST_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  manifestSchema,
  type Manifest,
  type Receipt,
  type ReceiptOutcome,
} from '../../protocol/exchange.ts';
import type { BatchOp } from '../store/kv.ts';
import { ExchangeProtocolError } from './errors.ts';
import type { EvidenceInput, EvidenceRecordRef } from './evidence.ts';
import type { InboxEntry, InboxStore } from './inbox.ts';
import { PARTY_EXCHANGE_FIELDS } from './projection.ts';

/**
 * Where received records go: the inbox, or any store with the same three operations (the WCO
 * node's global store keeps members' contributions with the same provenance).
 */
export type ReceivedRecordStore = Pick<InboxStore, 'getMany' | 'putOps' | 'deleteOps'>;

export interface ReceiveContext {
  self: string;
  peer: string;
  peerName?: string;
  states: readonly AgreementState[];
  now: Date;
  key: KeyObject;
  inbox: ReceivedRecordStore;
}

export interface Received {
  manifest: Manifest;
  ops: BatchOp[];
  evidence: EvidenceInput[];
  receipt: Receipt;
  receiptJws: string;
  counts: Record<ReceiptOutcome, number>;
}

const DAY_MS = 86_400_000;

function parseRecord(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    );
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Verifies and applies one manifest with its records; throws ExchangeProtocolError when it does not fit. */
export async function receiveManifest(
  context: ReceiveContext,
  manifestJws: string,
  records: readonly Uint8Array[],
  mode: 'sync' | 'on-demand',
): Promise<Received> {
  const { self, peer, now } = context;
  const opened = await openStatement(manifestJws, MANIFEST_JWS_TYPE, manifestSchema, { signer: peer });
  if (!opened.ok) throw new ExchangeProtocolError('bad-manifest', `${opened.reason}: ${opened.detail}`);
  const manifest = opened.statement;
  if (manifest.to !== self) throw new ExchangeProtocolError('bad-manifest', 'addressed to another node');
  if (manifest.mode !== mode) throw new ExchangeProtocolError('bad-manifest', `expected a ${mode} manifest`);
  const state = agreementFor(context.states, self, peer, now);
  if (!state) throw new ExchangeProtocolError('no-agreement', 'no active agreement with this node');
  const agreement = state.agreement;
  if (manifest.agreementId !== agreement.id || manifest.agreementVersion !== agreement.version) {
    throw new ExchangeProtocolError(
      'agreement-mismatch',
      `the manifest names ${manifest.agreementId} v${manifest.agreementVersion}; the agreement in force is ${agreement.id} v${agreement.version}`,
    );
  }
  const upserts = manifest.entries.filter((e) => e.op === 'upsert');
  if (upserts.length !== records.length) {
    throw new ExchangeProtocolError(
      'bad-manifest',
      `${upserts.length} records listed, ${records.length} sent`,
    );
  }
  const seen = new Set<string>();
  for (const entry of manifest.entries) {
    const ref = `${entry.type}:${entry.id}`;
    if (seen.has(ref)) throw new ExchangeProtocolError('bad-manifest', `${ref} is listed twice`);
    seen.add(ref);
  }
  const bytesOf = new Map<string, Uint8Array>();
  upserts.forEach((entry, i) => {
    const bytes = records[i]!;
    if (sha256Hex(bytes) !== entry.sha256) {
      throw new ExchangeProtocolError(
        'bad-record',
        `${entry.type} ${entry.id} does not match its manifest entry`,
      );
    }
    bytesOf.set(`${entry.type}:${entry.id}`, bytes);
  });

  const existing = await context.inbox.getMany(peer, manifest.entries);
  const party = agreement.parties.find((p) => p.nodeId === peer);
  const nominalAllowed = agreement.scope[peer]?.nominal === true;
  const provenance = {
    owner: {
      nodeId: peer,
      country: party?.administration ?? '',
      ...(context.peerName ? { name: context.peerName } : {}),
    },
    agreementId: agreement.id,
    agreementVersion: agreement.version,
    mode,
    manifestId: manifest.id,
    receivedAt: now.toISOString(),
    purgeAt: new Date(now.getTime() + agreement.handling.retentionDays * DAY_MS).toISOString(),
    ...(manifest.message ? { message: manifest.message } : {}),
    ...(manifest.sentBy ? { sentBy: manifest.sentBy } : {}),
  };

  const ops: BatchOp[] = [];
  const outcomes: Receipt['outcomes'] = [];
  const refs: EvidenceRecordRef[] = [];
  const denied: EvidenceRecordRef[] = [];
  const purged: EvidenceRecordRef[] = [];
  const counts: Record<ReceiptOutcome, number> = { stored: 0, unchanged: 0, purged: 0, denied: 0 };
  manifest.entries.forEach((entry, i) => {
    const held = existing[i];
    const base = { type: entry.type, id: entry.id, version: entry.version };
    const settle = (outcome: ReceiptOutcome, reason?: string) => {
      outcomes.push({ id: entry.id, outcome, ...(reason ? { reason } : {}) });
      const ref = { ...base, outcome, ...(reason ? { reason } : {}) };
      refs.push(ref);
      if (outcome === 'denied') denied.push(ref);
      if (outcome === 'purged') purged.push({ ...ref, reason: reason ?? entry.op });
      counts[outcome]++;
    };
    if (entry.op !== 'upsert') {
      if (held) ops.push(...context.inbox.deleteOps(held));
      settle(
        'purged',
        entry.op === 'recall' ? `recalled: ${entry.reason ?? 'no reason given'}` : 'withdrawn',
      );
      return;
    }
    const record = parseRecord(bytesOf.get(`${entry.type}:${entry.id}`)!);
    let refusal: string | undefined;
    if (!record) refusal = 'unknown-field';
    else if (entry.type === 'case') {
      const decision = decide(
        context.states,
        { direction: 'inbound', mode, localNodeId: self, peerNodeId: peer, record },
        now,
      );
      if (!decision.allow) refusal = decision.reason;
    } else if (entry.type === 'aggregate') {
      // A contribution's monthly figures (node/global/aggregates.ts receives them), never exchanged.
      refusal = 'out-of-scope';
    } else if (!nominalAllowed) refusal = 'nominal-not-allowed';
    else if (
      Object.keys(record).some(
        (k) => !(PARTY_EXCHANGE_FIELDS[entry.type as 'person' | 'business'] as readonly string[]).includes(k),
      )
    ) {
      refusal = 'unknown-field';
    }
    if (refusal !== undefined) {
      // Fail closed: a copy that is no longer allowed does not stay either.
      if (held) ops.push(...context.inbox.deleteOps(held));
      settle('denied', refusal);
      return;
    }
    if (held && held.sha256 === entry.sha256 && held.version === entry.version) {
      // Sent on demand what sync delivered already: the record is the same, but the officers
      // must still get the covering message.
      if (mode === 'on-demand') ops.push(...context.inbox.putOps({ ...held, provenance }, held));
      settle('unchanged');
      return;
    }
    const stored: InboxEntry = { ...base, sha256: entry.sha256!, record: record!, provenance };
    ops.push(...context.inbox.putOps(stored, held));
    settle('stored');
  });

  const { receipt, receiptJws, evidence, common } = await settleBatch({
    kind: 'received',
    deniedBy: 'system:exchange',
    self,
    peer,
    agreement,
    mode,
    manifest,
    manifestJws,
    outcomes,
    refs,
    denied,
    counts,
    key: context.key,
    now,
  });
  if (purged.length > 0) {
    evidence.push({
      kind: 'purged',
      ...common,
      records: purged,
      actor: `peer:${peer}`,
      details: { manifestId: manifest.id },
    });
  }
  return { manifest, ops, evidence, receipt, receiptJws, counts };
}

/**
 * Settles a batch received: the receipt, signed, that accounts for every entry, and the evidence
 * the batch leaves — the batch with both statements (`kind`), and the entries refused (`denied`,
 * by `deniedBy`). Partners' exchanges and members' contributions settle the same way.
 */
export async function settleBatch(input: {
  kind: 'received' | 'contribution-received';
  deniedBy: string;
  self: string;
  peer: string;
  agreement: Pick<Agreement, 'id' | 'version'>;
  mode: EvidenceInput['mode'];
  manifest: Pick<Manifest, 'id'>;
  manifestJws: string;
  outcomes: Receipt['outcomes'];
  refs: EvidenceRecordRef[];
  denied: EvidenceRecordRef[];
  counts: Record<ReceiptOutcome, number>;
  key: KeyObject;
  now: Date;
}): Promise<{
  receipt: Receipt;
  receiptJws: string;
  evidence: EvidenceInput[];
  common: Pick<EvidenceInput, 'peer' | 'direction' | 'agreementId' | 'agreementVersion' | 'mode'>;
}> {
  const { manifest, agreement, peer } = input;
  const receipt: Receipt = {
    manifestId: manifest.id,
    manifestSha256: jwsSha256(input.manifestJws),
    from: input.self,
    to: peer,
    agreementId: agreement.id,
    outcomes: input.outcomes,
    at: input.now.toISOString(),
  };
  const receiptJws = await signStatement(RECEIPT_JWS_TYPE, receipt, input.key);
  const common = {
    peer,
    direction: 'inbound' as const,
    agreementId: agreement.id,
    agreementVersion: agreement.version,
    mode: input.mode,
  };
  const evidence: EvidenceInput[] = [
    {
      kind: input.kind,
      ...common,
      records: input.refs,
      manifest: input.manifestJws,
      receipt: receiptJws,
      actor: `peer:${peer}`,
      details: { manifestId: manifest.id, ...input.counts },
    },
  ];
  if (input.denied.length > 0) {
    evidence.push({
      kind: 'denied',
      ...common,
      records: input.denied,
      actor: input.deniedBy,
      details: { manifestId: manifest.id },
    });
  }
  return { receipt, receiptJws, evidence, common };
}
