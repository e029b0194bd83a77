/**
 * What the `exchange` protocol signs (see `protocol/proto/exchange.proto` for the frames):
 *
 * - a **manifest** (`cen-manifest+json`), signed by the record owner: which records one chunk or
 *   delivery carries, each by id, version, operation and the sha256 of the exact bytes sent, under
 *   which agreement, and for a sync chunk the range of the owner's change log it covers;
 * - a **receipt** (`cen-receipt+json`), signed by the receiver: that every entry of one manifest
 *   arrived and what became of it (stored, unchanged, purged, or denied with a reason), so the
 *   owner can prove the chunk was complete and the partner can prove what it refused;
 * - a **purge notice** (`cen-purge+json`), signed by the receiver: records it deleted on its own
 *   initiative (retention ended, agreement ended), acknowledged to their owner.
 *
 * Each is a compact JWS (EdDSA, `kid` = the signer's node id) over the RFC 8785 canonical JSON of
 * the statement, so any JOSE library verifies it with the key the node id embeds, and the evidence
 * log keeps the JWS itself.
 */
import { z } from 'zod';
import { nodeIdSchema } from './agreement.ts';

export const MANIFEST_JWS_TYPE = 'cen-manifest+json';
export const RECEIPT_JWS_TYPE = 'cen-receipt+json';
export const PURGE_JWS_TYPE = 'cen-purge+json';

/**
 * The records an entry may stand for: a case, or (nominal agreements) a person or business it
 * links; `aggregate` only on `/cen/contribute/1.0.0` under an `aggregates` profile (a member's
 * figures of one month, policies/anonymise.ts), never in the exchange.
 */
export const EXCHANGE_RECORD_TYPES = ['case', 'person', 'business', 'aggregate'] as const;
export type ExchangeRecordType = (typeof EXCHANGE_RECORD_TYPES)[number];

/**
 * - `upsert`: the record's projection travels with the manifest (`sha256` of its bytes);
 * - `withdraw`: the record was shared before and may no longer be (deleted, or now out of scope):
 *   the receiver deletes its copy;
 * - `recall`: the owner recalls the record (`reason` says why): the receiver deletes its copy.
 */
export const MANIFEST_OPS = ['upsert', 'withdraw', 'recall'] as const;
export type ManifestOp = (typeof MANIFEST_OPS)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex');
const isoDateTime = z.iso.datetime({ offset: true });
/** Change-log sequence numbers: whole numbers well inside what JSON and protobuf carry exactly. */
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Entries one manifest may list, whatever its byte size. */
export const MAX_MANIFEST_ENTRIES = 2000;

export const manifestEntrySchema = z
  .strictObject({
    type: z.enum(EXCHANGE_RECORD_TYPES),
    id: z.uuidv7(),
    version: z.number().int().min(1),
    op: z.enum(MANIFEST_OPS),
    sha256: sha256Hex.optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine((entry) => (entry.op === 'upsert') === (entry.sha256 !== undefined), {
    message: 'an upsert carries the sha256 of its record, and only an upsert does',
  });
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z
  .strictObject({
    id: z.uuidv7(),
    /** The owner (signer) and the receiver. */
    from: nodeIdSchema,
    to: nodeIdSchema,
    agreementId: z.uuidv7(),
    agreementVersion: z.number().int().min(1),
    mode: z.enum(['sync', 'on-demand']),
    /** Sync: the owner's change log after `from` up to and including `to`. */
    cursor: z.strictObject({ from: seq, to: seq }).optional(),
    /** Sync: the owner's latest change when the chunk was made; `complete` when `cursor.to` reached it. */
    head: seq.optional(),
    complete: z.boolean().optional(),
    entries: z.array(manifestEntrySchema).max(MAX_MANIFEST_ENTRIES),
    /** On demand: the covering message for the partner's officers. */
    message: z.string().trim().min(1).max(4000).optional(),
    /** The owner's user who sent it on demand (a username on the owner's node). */
    sentBy: z.string().min(1).max(64).optional(),
    at: isoDateTime,
  })
  .refine((m) => (m.mode === 'sync') === (m.cursor !== undefined && m.head !== undefined), {
    message: 'a sync manifest has a cursor range and head, an on-demand one has neither',
  })
  .refine((m) => m.cursor === undefined || m.cursor.from <= m.cursor.to, {
    message: 'the cursor range runs backwards',
  })
  .refine((m) => m.from !== m.to, { message: 'a manifest goes from one node to another' });
export type Manifest = z.infer<typeof manifestSchema>;

export const RECEIPT_OUTCOMES = ['stored', 'unchanged', 'purged', 'denied'] as const;
export type ReceiptOutcome = (typeof RECEIPT_OUTCOMES)[number];

export const receiptSchema = z.strictObject({
  /** The manifest's id and the sha256 of its compact JWS, as received. */
  manifestId: z.uuidv7(),
  manifestSha256: sha256Hex,
  /** The receiver (signer) and the owner. */
  from: nodeIdSchema,
  to: nodeIdSchema,
  agreementId: z.uuidv7(),
  /** One outcome per manifest entry, in manifest order: the receipt accounts for all of them. */
  outcomes: z
    .array(
      z.strictObject({
        id: z.uuidv7(),
        outcome: z.enum(RECEIPT_OUTCOMES),
        /** For `denied`: the receiver's `decide()` reason. */
        reason: z.string().min(1).max(100).optional(),
      }),
    )
    .max(MAX_MANIFEST_ENTRIES),
  at: isoDateTime,
});
export type Receipt = z.infer<typeof receiptSchema>;

export const PURGE_REASONS = ['retention-ended', 'agreement-ended'] as const;
export type PurgeReason = (typeof PURGE_REASONS)[number];

export const purgeNoticeSchema = z.strictObject({
  id: z.uuidv7(),
  /** The receiver that purged (signer) and the records' owner. */
  from: nodeIdSchema,
  to: nodeIdSchema,
  agreementId: z.uuidv7(),
  entries: z
    .array(
      z.strictObject({
        type: z.enum(EXCHANGE_RECORD_TYPES),
        id: z.uuidv7(),
        version: z.number().int().min(1),
        reason: z.enum(PURGE_REASONS),
      }),
    )
    .min(1)
    .max(MAX_MANIFEST_ENTRIES),
  at: isoDateTime,
});
export type PurgeNotice = z.infer<typeof purgeNoticeSchema>;
