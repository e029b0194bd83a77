/**
 * A hash-chained, append-only log in a `KvStore`: what the audit log (`node/audit`) and the
 * evidence log (`node/evidence`) share. Each log says what its entries hold; this module numbers,
 * dates, chains, writes, checks, pages and exports them.
 *
 * Each entry commits to its own content (`hash`: sha256 over the RFC 8785 canonical JSON of the
 * entry without `hash`) and to its predecessor (`prev`). Entries live in their namespace under
 * the zero-padded seq, with the latest entry's seq, hash and time in a head namespace written in
 * the same batch, so a log cut short at its end shows too (the chain alone could not show it).
 *
 * Invariant: entries are numbered 1, 2, 3 … without gaps, each `prev` is its predecessor's hash.
 * It holds because every write goes through one in-process queue (`commit`), which reads the
 * head, numbers and chains the new entries and writes them with the new head in one atomic batch.
 * Hence one log object per namespace and KvStore (the composition root makes it), and only it
 * writes these namespaces. LevelDB admits one process, so there is no other writer.
 *
 * @example
 *   class NoteLog extends HashChainLog<NoteInput, NoteEntry> {
 *     constructor(kv: KvStore) {
 *       super(kv, { namespace: 'notes', headNamespace: 'notes-head', names: { entry: 'a note', log: 'the note log' },
 *         prepare: (input) => ({ text: input.text }), foreignWrite: (detail) => new Error(detail) });
 *     }
 *   }
 *   const report = await new NoteLog(kv).verify(); // { ok: false, checked: 4, firstBad: { seq: 5, reason: … } }
 */
import { createHash } from 'node:crypto';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ValidationError } from '../errors.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import type { BatchOp, KvStore } from './kv.ts';
import type { Page } from './types.ts';

/** What the chain adds to every entry. */
export interface ChainLink {
  /** 1, 2, 3 … without gaps. */
  seq: number;
  /** ISO 8601; never earlier than the previous entry's. */
  at: string;
  /** `hash` of entry seq - 1, or null for entry 1. */
  prev: string | null;
  hash: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
  at: string;
}

/** A head noted earlier: the log must reach it, with this hash. */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

export interface ChainVerifyReport {
  ok: boolean;
  /** Entries that verified before the first bad one (all of them when ok). */
  checked: number;
  firstBad?: { seq: number; reason: string };
}

/** How reasons name things: `{ entry: 'an audit entry', log: 'the audit log' }`. */
export interface ChainNames {
  entry: string;
  log: string;
}

/**
 * A check of one entry's content beyond the chain (the evidence log opens its signed documents
 * here): a reason naming the entry when it is wrong, undefined when it is right.
 */
export type EntryInspector<E> = (entry: E) => Promise<string | undefined>;

const SEQ_DIGITS = 16;

/** The KV key of an entry: zero-padded so key order is seq order. */
export function chainKey(seq: number): string {
  return String(seq).padStart(SEQ_DIGITS, '0');
}

/** sha256 (hex) over the canonical JSON of the entry without its `hash`. */
export function hashChainEntry(entry: object): string {
  const { hash: _ignored, ...content } = entry as { hash?: unknown };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** The stored entry that holds `content` and follows `head` (undefined for the first entry). */
export function linkEntry<C extends object>(
  content: C,
  head: ChainHead | undefined,
  now: Date,
): C & ChainLink {
  const nowIso = now.toISOString();
  // A clock stepped back must not make the log look out of order; the entry keeps the later time.
  const at = head && head.at > nowIso ? head.at : nowIso;
  const unhashed = { seq: (head?.seq ?? 0) + 1, at, ...content, prev: head?.hash ?? null };
  return { ...unhashed, hash: hashChainEntry(unhashed) };
}

function looksLikeEntry(value: unknown): value is ChainLink {
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
 * `anchor`, the entry at `anchor.seq` must exist and have its hash, which catches a log cut
 * short or rewritten from some entry on.
 */
export class ChainChecker {
  readonly #names: ChainNames;
  readonly #anchor: ChainAnchor | undefined;
  #expectedSeq = 1;
  #prev: string | null = null;
  #lastAt = '';
  #checked = 0;
  #firstBad: { seq: number; reason: string } | undefined;

  constructor(names: ChainNames, options: { anchor?: ChainAnchor } = {}) {
    this.#names = names;
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
    const problem = this.#linkProblem(value, key);
    if (problem) return this.fail(problem.seq, problem.reason);
    this.#accept(value as ChainLink);
    return true;
  }

  /** `push`, with `inspect` judging the entry's content before it counts as checked. */
  async pushInspected<E>(
    value: unknown,
    key: string | undefined,
    inspect: EntryInspector<E>,
  ): Promise<boolean> {
    if (this.#firstBad) return false;
    const problem = this.#linkProblem(value, key);
    if (problem) return this.fail(problem.seq, problem.reason);
    const entry = value as ChainLink;
    const reason = await inspect(value as E);
    if (reason !== undefined) return this.fail(entry.seq, reason);
    this.#accept(entry);
    return true;
  }

  #linkProblem(value: unknown, key: string | undefined): { seq: number; reason: string } | undefined {
    const seq = this.#expectedSeq;
    const at = (reason: string, where = seq) => ({ seq: where, reason });
    if (!looksLikeEntry(value)) {
      const where = key === undefined ? '' : ` (key ${JSON.stringify(key)})`;
      return at(`entry ${seq} is not ${this.#names.entry}${where}`);
    }
    if (value.seq > seq) return at(`entry ${seq} is missing (the next one found is ${value.seq})`);
    if (value.seq < seq) return at(`entry ${value.seq} appears again after entry ${seq - 1}`, value.seq);
    if (key !== undefined && key !== chainKey(seq)) return at(`entry ${seq} is filed under key ${key}`);
    if (hashChainEntry(value) !== value.hash)
      return at(`entry ${seq} does not match its hash: it was changed`);
    if (value.prev !== this.#prev) {
      return at(`entry ${seq} does not link to entry ${seq - 1}: one of the two was changed or replaced`);
    }
    if (value.at < this.#lastAt) return at(`entry ${seq} is dated before entry ${seq - 1}`);
    if (this.#anchor && seq === this.#anchor.seq && value.hash !== this.#anchor.hash) {
      return at(`entry ${seq} differs from the one recorded as the log's head: the log was rewritten`);
    }
    return undefined;
  }

  #accept(entry: ChainLink): void {
    this.#prev = entry.hash;
    this.#lastAt = entry.at;
    this.#expectedSeq++;
    this.#checked++;
  }

  fail(seq: number, reason: string): false {
    this.#firstBad ??= { seq, reason };
    return false;
  }

  /** The verdict, once every entry has been pushed. */
  finish(): ChainVerifyReport {
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
 * Verifies an exported log (one JSON entry per line, as `exportJsonLines` writes it) with
 * `checker`, and `inspect` for each entry's content when given. An export proves nothing about
 * entries after its last line: give the checker an anchor to check that the export reaches it.
 */
export async function verifyChainLines<E>(
  lines: AsyncIterable<string> | Iterable<string>,
  checker: ChainChecker,
  inspect?: EntryInspector<E>,
): Promise<ChainVerifyReport> {
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
    const good = inspect ? await checker.pushInspected(value, undefined, inspect) : checker.push(value);
    if (!good) break;
  }
  return checker.finish();
}

// ---------------------------------------------------------------------------------------------
// Listing

/** Page sizes of `list`. */
export const CHAIN_LIST_LIMIT = { default: 100, max: 1000 } as const;

/** What every log's `list` takes, beside its own filters. */
export interface ChainQuery {
  /** Entries at or after this time (ISO 8601; a date means from its start). */
  from?: string;
  /** Entries at or before this time (ISO 8601; a date means to its end). */
  to?: string;
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

/** What is wrong with the paging and time parameters, each naming its parameter. */
export function chainQueryIssues(query: ChainQuery): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { limit, cursor, from, to, order } = query;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > CHAIN_LIST_LIMIT.max)) {
    issues.push({
      path: 'limit',
      rule: 'range',
      message: `limit is a whole number from 1 to ${CHAIN_LIST_LIMIT.max}`,
    });
  }
  if (cursor !== undefined && !CURSOR.test(cursor)) {
    issues.push({ path: 'cursor', rule: 'cursor', message: 'cursor comes from a previous page of results' });
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

// ---------------------------------------------------------------------------------------------
// The log

export interface HashChainOptions<I, E extends ChainLink> {
  namespace: string;
  headNamespace: string;
  names: ChainNames;
  /**
   * Checks a caller's input (throwing the log's own error) and returns what the entry stores,
   * as a copy the caller cannot change afterwards.
   */
  prepare: (input: I) => Omit<E, keyof ChainLink>;
  /** The log's error for a write to its namespaces that did not come from `entryOps`. */
  foreignWrite: (detail: string) => Error;
  /** Judges each entry's content during `verify`, beyond the chain. */
  inspect?: EntryInspector<E>;
  clock?: () => Date;
}

const HEAD_KEY = 'head';

export class HashChainLog<I, E extends ChainLink> {
  readonly #kv: KvStore;
  readonly #options: HashChainOptions<I, E>;
  readonly #clock: () => Date;
  /** Ops made by `entryOps` and not yet committed, with the content each stands for. */
  readonly #pending = new WeakMap<BatchOp, Omit<E, keyof ChainLink>>();
  #pendingCount = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(kv: KvStore, options: HashChainOptions<I, E>) {
    this.#kv = kv;
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #ownsNamespace(op: BatchOp): boolean {
    return op.ns === this.#options.namespace || op.ns === this.#options.headNamespace;
  }

  /** Appends one entry and returns it as stored. */
  async append(input: I): Promise<E> {
    const [entry] = await this.commit(this.entryOps(input));
    return entry!;
  }

  /**
   * Placeholder ops for an entry, to put in a batch of the caller's own, so that the change and
   * its entry are written together or not at all:
   *
   *   const ops = [...changeOps, ...log.entryOps(input)];
   *   await log.commit(ops); // not kv.batch(ops)
   *
   * The seq, time and chain links cannot be known until the entry's turn in the queue, so the
   * placeholders only become entries inside `commit`, which then writes the whole batch. The
   * input is checked (and copied) now, so a bad entry fails before the caller does any work.
   */
  entryOps(input: I): BatchOp[] {
    const content = this.#options.prepare(input);
    this.#pendingCount++;
    const op: BatchOp = {
      type: 'put',
      ns: this.#options.namespace,
      key: `pending:${this.#pendingCount}`,
      value: content,
    };
    this.#pending.set(op, content);
    return [op];
  }

  /**
   * Writes `ops` as one atomic batch, after turning every placeholder from `entryOps` into the
   * next entry of the chain (in the order they appear). Returns the entries written. Refuses any
   * other write to the log's namespaces.
   */
  commit(ops: readonly BatchOp[]): Promise<E[]> {
    const { namespace, headNamespace, foreignWrite } = this.#options;
    for (const op of ops) {
      if (this.#ownsNamespace(op) && !this.#pending.has(op)) {
        return Promise.reject(
          foreignWrite(
            `${op.type} of ${op.ns}/${op.key} did not come from entryOps (or was copied, or already committed)`,
          ),
        );
      }
    }
    return this.#serialised(async () => {
      let head = await this.head();
      const now = this.#clock();
      const entries: E[] = [];
      const batch = ops.map((op): BatchOp => {
        const content = this.#pending.get(op);
        if (!content) {
          // Checked again here: the same placeholders given to two commits pass the first check.
          if (this.#ownsNamespace(op))
            throw foreignWrite(`${op.type} of ${op.ns}/${op.key} was already committed`);
          return op;
        }
        const entry = linkEntry(content, head, now) as E;
        head = { seq: entry.seq, hash: entry.hash, at: entry.at };
        entries.push(entry);
        return { type: 'put', ns: namespace, key: chainKey(entry.seq), value: entry };
      });
      if (head && entries.length > 0)
        batch.push({ type: 'put', ns: headNamespace, key: HEAD_KEY, value: head });
      await this.#kv.batch(batch);
      // Only now: a batch that failed can be committed again.
      for (const op of ops) this.#pending.delete(op);
      return entries;
    });
  }

  /** The latest entry's seq, hash and time; undefined while the log is empty. */
  async head(): Promise<ChainHead | undefined> {
    return (await this.#kv.get(this.#options.headNamespace, HEAD_KEY)) as ChainHead | undefined;
  }

  async get(seq: number): Promise<E | undefined> {
    return (await this.#kv.get(this.#options.namespace, chainKey(seq))) as E | undefined;
  }

  /**
   * Checks every entry's hash, link and number (and content, when the log inspects it), and that
   * the log reaches its recorded head. Runs beside appends (it does not hold the queue): entries
   * appended while it runs are checked too when the iteration sees them, and are not mistaken
   * for tampering.
   */
  async verify(): Promise<ChainVerifyReport> {
    const { names, inspect } = this.#options;
    const before = await this.head();
    const checker = new ChainChecker(names, before ? { anchor: { seq: before.seq, hash: before.hash } } : {});
    for await (const [key, value] of this.#kv.iterate(this.#options.namespace)) {
      const good = inspect ? await checker.pushInspected(value, key, inspect) : checker.push(value, key);
      if (!good) break;
    }
    if (!checker.failed) {
      const after = (await this.head())?.seq ?? 0;
      if (checker.last.seq > after) {
        checker.fail(
          after + 1,
          `entry ${after + 1} was not written by ${names.log}: its recorded head is entry ${after}`,
        );
      }
    }
    return checker.finish();
  }

  /**
   * One page of entries within the query's period that `match` accepts. `issues` are the log's
   * own complaints about its filters, reported with those about paging and time.
   */
  protected async listWhere(
    query: ChainQuery,
    match: (entry: E) => boolean,
    issues: readonly ValidationIssue[] = [],
  ): Promise<Page<E>> {
    const allIssues = [...chainQueryIssues(query), ...issues];
    if (allIssues.length > 0) throw new ValidationError(allIssues);
    const limit = query.limit ?? CHAIN_LIST_LIMIT.default;
    const newestFirst = (query.order ?? 'newest-first') === 'newest-first';
    const from = timeBound(query.from);
    const to = timeBound(query.to);
    const before = (entry: E) => from !== undefined && entry.at < from;
    // A date as `to` takes in its whole day: compare only the date part of the entry's time.
    const after = (entry: E) => to !== undefined && entry.at.slice(0, to.length) > to;
    const cursorKey = query.cursor === undefined ? undefined : chainKey(Number(query.cursor));
    const range = newestFirst
      ? { reverse: true, ...(cursorKey !== undefined && { lt: cursorKey }) }
      : { ...(cursorKey !== undefined && { gt: cursorKey }) };

    const items: E[] = [];
    for await (const [, value] of this.#kv.iterate(this.#options.namespace, range)) {
      const entry = value as E;
      // Times never go backwards along the log, so once past the period there is nothing more.
      if (newestFirst ? before(entry) : after(entry)) break;
      if (newestFirst ? after(entry) : before(entry)) continue;
      if (!match(entry)) continue;
      items.push(entry);
      if (items.length === limit) break;
    }
    const last = items.at(-1);
    return items.length === limit && last ? { items, nextCursor: String(last.seq) } : { items };
  }

  /**
   * The whole log as JSON Lines (each line canonical JSON and ending in a newline), oldest
   * first, ready for `Readable.from(…)` or a file; `verifyChainLines` checks such a file.
   */
  async *exportJsonLines(): AsyncIterable<string> {
    for await (const [, value] of this.#kv.iterate(this.#options.namespace))
      yield `${canonicalJson(value)}\n`;
  }

  /** Waits for pending appends; the KvStore belongs to the caller and stays open. */
  async close(): Promise<void> {
    await this.#queue;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
