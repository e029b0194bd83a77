/**
 * The audit entry and its checks. The chain itself (hashing, linking, the checker) is the shared
 * `node/store/hash-chain.ts`; this file says what an audit entry holds and names things the
 * audit log's way, so the same check runs over the live log (`AuditLog.verify`) and over an
 * exported JSON Lines file (`verifyAuditLines`), on any machine.
 *
 * Each entry commits to its own content (`hash`, sha256 over the RFC 8785 canonical JSON of the
 * entry without `hash`) and to its predecessor (`prev`). Changing, removing or inserting an entry
 * therefore breaks the chain at a place the check names.
 */
import {
  ChainChecker,
  chainKey,
  hashChainEntry,
  verifyChainLines,
  type ChainAnchor,
  type ChainHead,
  type ChainLink,
  type ChainNames,
  type ChainVerifyReport,
} from '../store/hash-chain.ts';
import { AUDIT_OUTCOMES, isAuditAction, type AuditAction, type AuditOutcome } from './actions.ts';
import { InvalidAuditEntryError } from './errors.ts';

/** A value in `details`: ids, codes, counts and flags, or a short list of ids or codes. */
export type AuditDetailValue = string | number | boolean | null | readonly (string | number)[];

/** What a caller records. */
export interface AuditEntryInput {
  action: AuditAction;
  /** A username, `system:<job>` or `peer:<nodeId>`. */
  actor: string;
  /** What was acted on, by id. */
  target?: string;
  outcome: AuditOutcome;
  details?: Readonly<Record<string, AuditDetailValue>>;
  ip?: string;
}

/** What is stored: the input plus its place in the chain (seq, at, prev, hash). */
export interface AuditEntry extends AuditEntryInput, ChainLink {}

export type AuditHead = ChainHead;

export type AuditVerifyReport = ChainVerifyReport;

/** How the audit log's reasons name its entries. */
export const AUDIT_CHAIN_NAMES: ChainNames = { entry: 'an audit entry', log: 'the audit log' };

/** The KV key of an entry: zero-padded so key order is seq order. */
export const auditKey: (seq: number) => string = chainKey;

export const hashAuditEntry: (entry: Omit<AuditEntry, 'hash'>) => string = hashChainEntry;

const LIMITS = { text: 200, detailKeys: 32, listItems: 1000, ip: 64 } as const;
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function isShortText(value: unknown, max: number = LIMITS.text): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function detailProblem(key: string, value: unknown): string | undefined {
  if (!DETAIL_KEY.test(key)) return `details key ${JSON.stringify(key.slice(0, 40))} is not a plain name`;
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `details.${key} is not a finite number`;
  if (typeof value === 'string') {
    return value.length <= LIMITS.text
      ? undefined
      : `details.${key} is longer than ${LIMITS.text} characters`;
  }
  if (Array.isArray(value)) {
    if (value.length > LIMITS.listItems) return `details.${key} has more than ${LIMITS.listItems} items`;
    const ok = value.every(
      (item) =>
        (typeof item === 'string' && item.length <= LIMITS.text) ||
        (typeof item === 'number' && Number.isFinite(item)),
    );
    return ok ? undefined : `details.${key} holds something other than short ids, codes or numbers`;
  }
  return `details.${key} is not an id, a code, a number, a flag or a list of them`;
}

/**
 * Refuses an entry that is not what the log takes. The limits are there to keep free text (and
 * with it personal data) out of the log, not to save space.
 */
export function checkAuditInput(input: AuditEntryInput): void {
  const problems: string[] = [];
  const value = input as unknown as Record<string, unknown>;
  if (!isAuditAction(value.action))
    problems.push(`action ${JSON.stringify(value.action)} is not an audit action`);
  if (!isShortText(value.actor)) problems.push(`actor must be 1 to ${LIMITS.text} characters`);
  if (value.target !== undefined && !isShortText(value.target))
    problems.push(`target must be 1 to ${LIMITS.text} characters`);
  if (!(AUDIT_OUTCOMES as readonly unknown[]).includes(value.outcome)) {
    problems.push(`outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`);
  }
  if (value.ip !== undefined && !isShortText(value.ip, LIMITS.ip))
    problems.push(`ip must be 1 to ${LIMITS.ip} characters`);
  if (value.details !== undefined) {
    const details = value.details;
    if (typeof details !== 'object' || details === null || Array.isArray(details)) {
      problems.push('details must be an object');
    } else {
      const entries = Object.entries(details);
      if (entries.length > LIMITS.detailKeys)
        problems.push(`details has more than ${LIMITS.detailKeys} keys`);
      for (const [key, item] of entries) {
        const problem = detailProblem(key, item);
        if (problem) problems.push(problem);
      }
    }
  }
  const allowed = new Set(['action', 'actor', 'target', 'outcome', 'details', 'ip']);
  for (const key of Object.keys(value))
    if (!allowed.has(key)) problems.push(`unknown field ${JSON.stringify(key)}`);
  if (problems.length > 0) throw new InvalidAuditEntryError(problems);
}

/** What an entry stores of a checked input: its fields, in a copy the caller cannot change. */
export function auditContent(input: AuditEntryInput): AuditEntryInput {
  const copy = structuredClone(input);
  return {
    action: copy.action,
    actor: copy.actor,
    ...(copy.target !== undefined && { target: copy.target }),
    outcome: copy.outcome,
    ...(copy.details !== undefined && { details: copy.details }),
    ...(copy.ip !== undefined && { ip: copy.ip }),
  };
}

/** The chain check with the audit log's names (see `ChainChecker`). */
export class AuditChainChecker extends ChainChecker {
  constructor(options: { anchor?: ChainAnchor } = {}) {
    super(AUDIT_CHAIN_NAMES, options);
  }
}

/**
 * Verifies an exported log (one JSON entry per line, as `AuditLog.exportJsonLines` writes it).
 * An export proves nothing about entries after its last line: pass the `anchor` (a head noted
 * earlier, e.g. printed by `cen-node audit verify`) to check that the export reaches it.
 */
export function verifyAuditLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { anchor?: ChainAnchor } = {},
): Promise<AuditVerifyReport> {
  return verifyChainLines(lines, new AuditChainChecker(options));
}
