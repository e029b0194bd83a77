/**
 * The audit entry, its hash and the chain check. Kept apart from the store so the same check
 * runs over the live log (`AuditLog.verify`) and over an exported JSON Lines file
 * (`verifyAuditLines`), on any machine.
 *
 * Each entry commits to its own content (`hash`, sha256 over the RFC 8785 canonical JSON of the
 * entry without `hash`) and to its predecessor (`prev`). Changing, removing or inserting an entry
 * therefore breaks the chain at a place the check names.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
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

/** What is stored: the input plus its place in the chain. */
export interface AuditEntry extends AuditEntryInput {
  /** 1, 2, 3 … without gaps. */
  seq: number;
  /** ISO 8601; never earlier than the previous entry's. */
  at: string;
  /** `hash` of entry seq - 1, or null for entry 1. */
  prev: string | null;
  hash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
  at: string;
}

export interface AuditVerifyReport {
  ok: boolean;
  /** Entries that verified before the first bad one (all of them when ok). */
  checked: number;
  firstBad?: { seq: number; reason: string };
}

const SEQ_DIGITS = 16;

/** The KV key of an entry: zero-padded so key order is seq order. */
export function auditKey(seq: number): string {
  return String(seq).padStart(SEQ_DIGITS, '0');
}

export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { hash: _ignored, ...content } = entry as AuditEntry;
  const text = canonicalize(content);
  if (text === undefined) throw new TypeError('audit entry has no canonical JSON form');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

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

/** Builds the stored entry that follows `head` (undefined for the first entry). */
export function chainEntry(input: AuditEntryInput, head: AuditHead | undefined, now: Date): AuditEntry {
  const seq = (head?.seq ?? 0) + 1;
  const nowIso = now.toISOString();
  // A clock stepped back must not make the log look out of order; the entry keeps the later time.
  const at = head && head.at > nowIso ? head.at : nowIso;
  const content: Omit<AuditEntry, 'hash'> = {
    seq,
    at,
    action: input.action,
    actor: input.actor,
    ...(input.target !== undefined && { target: input.target }),
    outcome: input.outcome,
    ...(input.details !== undefined && { details: input.details }),
    ...(input.ip !== undefined && { ip: input.ip }),
    prev: head?.hash ?? null,
  };
  return { ...content, hash: hashAuditEntry(content) };
}

function looksLikeEntry(value: unknown): value is AuditEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(entry.seq) &&
    typeof entry.at === 'string' &&
    typeof entry.hash === 'string' &&
    (entry.prev === null || typeof entry.prev === 'string')
  );
}

/**
 * Checks entries one at a time, in key order, and remembers the first that is wrong. `key` is
 * the KV key the entry was found under (omit it for entries read from an export). With an
 * `anchor` (a head noted earlier), the entry at `anchor.seq` must exist and have its hash, which
 * catches a log cut short or rewritten from some entry on.
 */
export class AuditChainChecker {
  readonly #anchor: { seq: number; hash: string } | undefined;
  #expectedSeq = 1;
  #prev: string | null = null;
  #lastAt = '';
  #checked = 0;
  #firstBad: { seq: number; reason: string } | undefined;

  constructor(options: { anchor?: { seq: number; hash: string } } = {}) {
    this.#anchor = options.anchor;
  }

  get failed(): boolean {
    return this.#firstBad !== undefined;
  }

  /** The last entry that verified. */
  get last(): { seq: number; hash: string | null } {
    return { seq: this.#expectedSeq - 1, hash: this.#prev };
  }

  /** Returns false once a bad entry has been found (the caller can stop reading). */
  push(value: unknown, key?: string): boolean {
    if (this.#firstBad) return false;
    const seq = this.#expectedSeq;
    if (!looksLikeEntry(value)) {
      const where = key === undefined ? '' : ` (key ${JSON.stringify(key)})`;
      return this.fail(seq, `entry ${seq} is not an audit entry${where}`);
    }
    if (value.seq > seq)
      return this.fail(seq, `entry ${seq} is missing (the next one found is ${value.seq})`);
    if (value.seq < seq)
      return this.fail(value.seq, `entry ${value.seq} appears again after entry ${seq - 1}`);
    if (key !== undefined && key !== auditKey(seq))
      return this.fail(seq, `entry ${seq} is filed under key ${key}`);
    if (hashAuditEntry(value) !== value.hash) {
      return this.fail(seq, `entry ${seq} does not match its hash: it was changed`);
    }
    if (value.prev !== this.#prev) {
      return this.fail(
        seq,
        `entry ${seq} does not link to entry ${seq - 1}: one of the two was changed or replaced`,
      );
    }
    if (value.at < this.#lastAt) return this.fail(seq, `entry ${seq} is dated before entry ${seq - 1}`);
    if (this.#anchor && seq === this.#anchor.seq && value.hash !== this.#anchor.hash) {
      return this.fail(
        seq,
        `entry ${seq} differs from the one recorded as the log's head: the log was rewritten`,
      );
    }
    this.#prev = value.hash;
    this.#lastAt = value.at;
    this.#expectedSeq++;
    this.#checked++;
    return true;
  }

  fail(seq: number, reason: string): false {
    this.#firstBad ??= { seq, reason };
    return false;
  }

  /** The verdict, once every entry has been pushed. */
  finish(): AuditVerifyReport {
    const anchor = this.#anchor;
    if (!this.#firstBad && anchor && this.last.seq < anchor.seq) {
      const missing = this.last.seq + 1;
      this.fail(
        missing,
        `entry ${missing} is missing: the log ends before entry ${anchor.seq}, its recorded head`,
      );
    }
    return this.#firstBad
      ? { ok: false, checked: this.#checked, firstBad: this.#firstBad }
      : { ok: true, checked: this.#checked };
  }
}

/**
 * Verifies an exported log (one JSON entry per line, as `AuditLog.exportJsonLines` writes it).
 * An export proves nothing about entries after its last line: pass the `anchor` (a head noted
 * earlier, e.g. printed by `cen-node audit verify`) to check that the export reaches it.
 */
export async function verifyAuditLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { anchor?: { seq: number; hash: string } } = {},
): Promise<AuditVerifyReport> {
  const checker = new AuditChainChecker(options);
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      checker.fail(checker.last.seq + 1, `line ${lineNumber} is not JSON`);
      break;
    }
    if (!checker.push(value)) break;
  }
  return checker.finish();
}
