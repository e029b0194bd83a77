/**
 * What an evidence entry holds, and the check every input passes before it is chained. The
 * kinds and the record reference are the API's (`protocol/api.ts`), so auditors' scripts, the
 * console and the node name them alike.
 *
 * The limits keep free text (and with it personal data) out of the log: records are named by
 * type, id and version, reasons are codes or the owner's short recall reason, and `details` are
 * flat ids, codes, counts and flags. The signed documents are kept verbatim, since they are the
 * proof; their size is bounded by the largest exchange frame.
 */
import { z } from 'zod';
import { nodeIdSchema } from '../../protocol/agreement.ts';
import {
  EVIDENCE_KINDS,
  type EvidenceEntryContent,
  type EvidenceKind,
  type EvidenceRecordRef,
  type EvidenceVerifyResponse,
} from '../../protocol/api.ts';
import { EXCHANGE_RECORD_TYPES, MAX_MANIFEST_ENTRIES } from '../../protocol/exchange.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { canonicalForm } from '../../protocol/canonical-json.ts';
import type { ChainLink, ChainNames } from '../store/hash-chain.ts';
import { InvalidEvidenceEntryError } from './errors.ts';

export { EVIDENCE_KINDS, type EvidenceKind, type EvidenceRecordRef };

/** What a caller records (the API's `EvidenceEntryContent`). */
export type EvidenceEntryInput = EvidenceEntryContent;

/** What is stored: the input plus its place in the chain (seq, at, prev, hash). */
export interface EvidenceEntry extends EvidenceEntryInput, ChainLink {}

export type EvidenceVerifyReport = Omit<EvidenceVerifyResponse, 'head'>;

/** How the evidence log's reasons name its entries. */
export const EVIDENCE_CHAIN_NAMES: ChainNames = { entry: 'an evidence entry', log: 'the evidence log' };

const LIMITS = { text: 200, reason: 500, detailKeys: 32 } as const;
const CODE = /^[a-z][a-z0-9-]{0,63}$/;
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const compactJws = z
  .string()
  .max(PROTOCOLS.exchange.maxFrameBytes, 'is longer than any exchange frame')
  .regex(COMPACT_JWS, 'is not a compact JWS');

const recordRefSchema = z.strictObject({
  type: z.enum(EXCHANGE_RECORD_TYPES),
  id: z.uuid(),
  version: z.number().int().min(1).optional(),
  outcome: z.string().regex(CODE, 'is a code such as stored or denied').optional(),
  // A recall's reason is the owner's short text (≤ 500 characters in the manifest).
  reason: z.string().min(1).max(LIMITS.reason).optional(),
});

const detailsSchema = z
  .record(
    z.string().regex(DETAIL_KEY, 'details keys are plain names'),
    z.union([z.string().max(LIMITS.text), z.number(), z.boolean(), z.null()]),
  )
  .refine((details) => Object.keys(details).length <= LIMITS.detailKeys, {
    message: `has more than ${LIMITS.detailKeys} keys`,
  });

const inputSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  peer: nodeIdSchema,
  direction: z.enum(['outbound', 'inbound']),
  agreementId: z.string().min(1).max(100).optional(),
  agreementVersion: z.number().int().min(1).optional(),
  mode: z.enum(['sync', 'on-demand', 'query']).optional(),
  records: z.array(recordRefSchema).max(MAX_MANIFEST_ENTRIES).optional(),
  manifest: compactJws.optional(),
  receipt: compactJws.optional(),
  purgeNotice: compactJws.optional(),
  actor: z.string().min(1).max(LIMITS.text).optional(),
  details: detailsSchema.optional(),
});

function problemsOf(value: unknown): string[] {
  const parsed = inputSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}

/**
 * Checks an input and returns the content an entry stores: a deep copy without undefined
 * fields, which the caller cannot change afterwards.
 */
export function prepareEvidence(input: EvidenceEntryInput): EvidenceEntryInput {
  const problems = problemsOf(input);
  if (problems.length > 0) throw new InvalidEvidenceEntryError(problems);
  return canonicalForm(input).value;
}

/** Why a stored entry's content is not what the log takes, or undefined when it is. */
export function contentProblem(entry: EvidenceEntry): string | undefined {
  const { seq: _seq, at: _at, prev: _prev, hash: _hash, ...content } = entry;
  const problems = problemsOf(content);
  return problems.length === 0
    ? undefined
    : `entry ${entry.seq} is not an evidence entry: ${problems.join('; ')}`;
}
