/**
 * The audit log in the KV namespace `audit` (key: zero-padded seq), with the latest entry's
 * seq, hash and time in `audit-head`. Append-only: nothing in the node updates or deletes an
 * entry, and `verify` finds any change, removal or insertion made behind its back, including a
 * log cut short at its end (which the chain alone could not show; the head, written in the same
 * batch as each entry, can).
 *
 * Invariant: entries are numbered 1, 2, 3 … without gaps, each `prev` is its predecessor's hash.
 * It holds because every write goes through one in-process queue (`commit`), which reads the head,
 * numbers and chains the new entries and writes them with the new head in one atomic batch.
 * Hence: one `AuditLog` per KvStore (the composition root makes it), and only it writes these
 * namespaces. LevelDB admits one process, so there is no other writer to coordinate with.
 */
import canonicalize from 'canonicalize';
import { ValidationError } from '../errors.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import type { Page } from '../store/types.ts';
import { isAuditAction, type AuditAction, type AuditOutcome } from './actions.ts';
import {
  AuditChainChecker,
  auditKey,
  chainEntry,
  checkAuditInput,
  type AuditEntry,
  type AuditEntryInput,
  type AuditHead,
  type AuditVerifyReport,
} from './chain.ts';
import { ForeignAuditWriteError } from './errors.ts';

export const AUDIT_NAMESPACE = 'audit';
export const AUDIT_HEAD_NAMESPACE = 'audit-head';
const HEAD_KEY = 'head';

export const AUDIT_LIST_LIMIT = { default: 100, max: 1000 } as const;

export interface AuditQuery {
  /** Entries at or after this time (ISO 8601; a date means from its start). */
  from?: string;
  /** Entries at or before this time (ISO 8601; a date means to its end). */
  to?: string;
  action?: string;
  actor?: string;
  target?: string;
  outcome?: string;
  /** From a previous page's `nextCursor`. */
  cursor?: string;
  limit?: number;
  /** Newest first unless told otherwise: auditors mostly look at what just happened. */
  order?: 'newest-first' | 'oldest-first';
}

const CURSOR = /^[1-9]\d{0,15}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A bound as entries store times (`toISOString`), or a plain date, which compares as a prefix. */
function timeBound(value: string | undefined): string | undefined {
  if (value === undefined || DATE.test(value)) return value;
  return new Date(value).toISOString();
}

function queryIssues(query: AuditQuery) {
  const issues: { path: string; rule: string; message: string }[] = [];
  const { limit, cursor, action, from, to, order } = query;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIST_LIMIT.max)) {
    issues.push({
      path: 'limit',
      rule: 'range',
      message: `limit is a whole number from 1 to ${AUDIT_LIST_LIMIT.max}`,
    });
  }
  if (cursor !== undefined && !CURSOR.test(cursor)) {
    issues.push({ path: 'cursor', rule: 'cursor', message: 'cursor comes from a previous page of results' });
  }
  if (action !== undefined && !isAuditAction(action)) {
    issues.push({
      path: 'action',
      rule: 'vocabulary',
      message: `${JSON.stringify(action)} is not an audit action`,
    });
  }
  for (const [path, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (
      value !== undefined &&
      !((DATE.test(value) || TIME.test(value)) && !Number.isNaN(Date.parse(value)))
    ) {
      issues.push({
        path,
        rule: 'date',
        message: `${path} is a date (YYYY-MM-DD) or an ISO 8601 time with its zone`,
      });
    }
  }
  if (order !== undefined && order !== 'newest-first' && order !== 'oldest-first') {
    issues.push({ path: 'order', rule: 'vocabulary', message: 'order is newest-first or oldest-first' });
  }
  return issues;
}

export class AuditLog {
  readonly #kv: KvStore;
  readonly #clock: () => Date;
  /** Ops made by `entryOps` and not yet committed, with the input each stands for. */
  readonly #pending = new WeakMap<BatchOp, AuditEntryInput>();
  #pendingCount = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(kv: KvStore, options: { clock?: () => Date } = {}) {
    this.#kv = kv;
    this.#clock = options.clock ?? (() => new Date());
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Appends one entry and returns it as stored. */
  async append(input: AuditEntryInput): Promise<AuditEntry> {
    const [entry] = await this.commit(this.entryOps(input));
    return entry!;
  }

  /**
   * Placeholder ops for an entry, to put in a batch of the caller's own, so that the change and
   * its audit entry are written together or not at all:
   *
   *   const ops = [...roleChangeOps, ...audit.entryOps({ action: 'role-changed', … })];
   *   await audit.commit(ops); // not kv.batch(ops)
   *
   * The seq, time and chain links cannot be known until the entry's turn in the queue, so the
   * placeholders only become entries inside `commit`, which then writes the whole batch. The
   * input is checked (and copied) now, so a bad entry fails before the caller does any work.
   */
  entryOps(input: AuditEntryInput): BatchOp[] {
    checkAuditInput(input);
    const snapshot = structuredClone(input);
    this.#pendingCount++;
    const op: BatchOp = {
      type: 'put',
      ns: AUDIT_NAMESPACE,
      key: `pending:${this.#pendingCount}`,
      value: snapshot,
    };
    this.#pending.set(op, snapshot);
    return [op];
  }

  /**
   * Writes `ops` as one atomic batch, after turning every placeholder from `entryOps` into the
   * next entry of the chain (in the order they appear). Returns the entries written. Refuses any
   * other write to the audit namespaces.
   */
  commit(ops: readonly BatchOp[]): Promise<AuditEntry[]> {
    for (const op of ops) {
      if ((op.ns === AUDIT_NAMESPACE || op.ns === AUDIT_HEAD_NAMESPACE) && !this.#pending.has(op)) {
        return Promise.reject(
          new ForeignAuditWriteError(
            `${op.type} of ${op.ns}/${op.key} did not come from entryOps (or was copied, or already committed)`,
          ),
        );
      }
    }
    return this.#serialised(async () => {
      let head = await this.head();
      const now = this.#clock();
      const entries: AuditEntry[] = [];
      const batch = ops.map((op): BatchOp => {
        const input = this.#pending.get(op);
        if (!input) {
          // Checked again here: the same placeholders given to two commits pass the first check.
          if (op.ns === AUDIT_NAMESPACE || op.ns === AUDIT_HEAD_NAMESPACE) {
            throw new ForeignAuditWriteError(`${op.type} of ${op.ns}/${op.key} was already committed`);
          }
          return op;
        }
        const entry = chainEntry(input, head, now);
        head = { seq: entry.seq, hash: entry.hash, at: entry.at };
        entries.push(entry);
        return { type: 'put', ns: AUDIT_NAMESPACE, key: auditKey(entry.seq), value: entry };
      });
      if (head && entries.length > 0)
        batch.push({ type: 'put', ns: AUDIT_HEAD_NAMESPACE, key: HEAD_KEY, value: head });
      await this.#kv.batch(batch);
      // Only now: a batch that failed can be committed again.
      for (const op of ops) this.#pending.delete(op);
      return entries;
    });
  }

  /** The latest entry's seq, hash and time; undefined while the log is empty. */
  async head(): Promise<AuditHead | undefined> {
    return (await this.#kv.get(AUDIT_HEAD_NAMESPACE, HEAD_KEY)) as AuditHead | undefined;
  }

  async get(seq: number): Promise<AuditEntry | undefined> {
    return (await this.#kv.get(AUDIT_NAMESPACE, auditKey(seq))) as AuditEntry | undefined;
  }

  /**
   * Checks every entry's hash, link and number, and that the log reaches its recorded head.
   * Runs beside appends (it does not hold the queue): entries appended while it runs are checked
   * too when the iteration sees them, and are not mistaken for tampering.
   */
  async verify(): Promise<AuditVerifyReport> {
    const before = await this.head();
    const checker = new AuditChainChecker(before ? { anchor: { seq: before.seq, hash: before.hash } } : {});
    for await (const [key, value] of this.#kv.iterate(AUDIT_NAMESPACE)) {
      if (!checker.push(value, key)) break;
    }
    if (!checker.failed) {
      const after = (await this.head())?.seq ?? 0;
      if (checker.last.seq > after) {
        checker.fail(
          after + 1,
          `entry ${after + 1} was not written by the audit log: its recorded head is entry ${after}`,
        );
      }
    }
    return checker.finish();
  }

  /**
   * `verify()`, recorded in the log as `audit-verified` by `actor`. Not recorded when the bad
   * entry lies past the recorded head: the new entry would take its key and erase the evidence.
   */
  async verifyAndRecord(actor: string, ip?: string): Promise<AuditVerifyReport> {
    const report = await this.verify();
    const head = await this.head();
    if (report.firstBad && report.firstBad.seq > (head?.seq ?? 0)) return report;
    await this.append({
      action: 'audit-verified',
      actor,
      outcome: 'ok',
      details: {
        ok: report.ok,
        checked: report.checked,
        ...(report.firstBad ? { firstBadSeq: report.firstBad.seq } : {}),
      },
      ...(ip ? { ip: ip.slice(0, 64) } : {}),
    });
    return report;
  }

  /** One page of entries matching every given filter. */
  async list(query: AuditQuery = {}): Promise<Page<AuditEntry>> {
    const issues = queryIssues(query);
    if (issues.length > 0) throw new ValidationError(issues);
    const limit = query.limit ?? AUDIT_LIST_LIMIT.default;
    const newestFirst = (query.order ?? 'newest-first') === 'newest-first';
    const from = timeBound(query.from);
    const to = timeBound(query.to);
    const before = (entry: AuditEntry) => from !== undefined && entry.at < from;
    // A date as `to` takes in its whole day: compare only the date part of the entry's time.
    const after = (entry: AuditEntry) => to !== undefined && entry.at.slice(0, to.length) > to;
    const cursorKey = query.cursor === undefined ? undefined : auditKey(Number(query.cursor));
    const range = newestFirst
      ? { reverse: true, ...(cursorKey !== undefined && { lt: cursorKey }) }
      : { ...(cursorKey !== undefined && { gt: cursorKey }) };

    const items: AuditEntry[] = [];
    for await (const [, value] of this.#kv.iterate(AUDIT_NAMESPACE, range)) {
      const entry = value as AuditEntry;
      // Times never go backwards along the log, so once past the period there is nothing more.
      if (newestFirst ? before(entry) : after(entry)) break;
      if (newestFirst ? after(entry) : before(entry)) continue;
      if (query.action !== undefined && entry.action !== query.action) continue;
      if (query.actor !== undefined && entry.actor !== query.actor) continue;
      if (query.target !== undefined && entry.target !== query.target) continue;
      if (query.outcome !== undefined && entry.outcome !== query.outcome) continue;
      items.push(entry);
      if (items.length === limit) break;
    }
    const last = items.at(-1);
    return items.length === limit && last ? { items, nextCursor: String(last.seq) } : { items };
  }

  /**
   * The whole log as JSON Lines (each line canonical JSON and ending in a newline), oldest
   * first, ready for `Readable.from(…)` or a file; `verifyAuditLines` checks such a file.
   */
  async *exportJsonLines(): AsyncIterable<string> {
    for await (const [, value] of this.#kv.iterate(AUDIT_NAMESPACE))
      yield `${canonicalize(value) ?? 'null'}\n`;
  }

  /** Waits for pending appends; the KvStore belongs to the caller and stays open. */
  async close(): Promise<void> {
    await this.#queue;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

export type { AuditAction, AuditOutcome };
