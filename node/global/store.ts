/**
 * The WCO node's global store: every member's contributed cases in the node's KvStore (namespaces
 * in keys.ts), keyed by member and case id, each with its provenance (member node id, country and
 * name, agreement, manifest, time received), and per member how many cases it holds and how far
 * its contributions have arrived. LevelDB is the only source of truth; the search index
 * (search-index.ts) is derived and rebuilt whenever it is found behind.
 *
 * Invariant: every write goes through `write()`, one at a time, and ends in one batch that holds
 * the cases, the member's figures, the write counter and the evidence entries together; the
 * index is updated after the batch is durable.
 *
 * @example
 *   const global = await GlobalStore.open({ kv, indexPath: join(dataDir, 'global.sqlite') });
 *   const page = await global.search({ itrArea: 'drugs', country: 'KE', limit: 50 });
 *   await global.close();
 */
import { unlink } from 'node:fs/promises';
import type { ContributionLevel } from '../../protocol/agreement.ts';
import type { GlobalCase, GlobalCasePage, GlobalMember } from '../../protocol/api.ts';
import type { ExchangeRecordType } from '../../protocol/exchange.ts';
import { ValidationError } from '../errors.ts';
import type { InboxEntry } from '../exchange/inbox.ts';
import type { Logger } from '../log.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/records.ts';
import type { CaseQuery } from '../store/types.ts';
import { GLOBAL_NS, globalCaseKey, WRITE_COUNT_KEY } from './keys.ts';
import { GlobalSearchIndex, type GlobalPosition, type IndexedCase } from './search-index.ts';

/** A contributed case as stored: the received record and its provenance (the inbox's shape). */
export type GlobalEntry = InboxEntry;

/** What the WCO node keeps about each member. */
export interface MemberState {
  nodeId: string;
  country: string;
  name?: string;
  cases: number;
  /** Months of figures an `aggregates` member holds here (aggregates.ts). */
  aggregateMonths?: number;
  /** The profile level of its last batch: an `aggregates` member's cases held from before do not count. */
  level?: ContributionLevel;
  lastReceivedAt?: string;
  agreementId?: string;
  /** The member's change log as its last batch described it. */
  cursor?: number;
  head?: number;
  complete?: boolean;
}

export interface GlobalStoreOptions {
  kv: KvStore;
  /** The derived search index's file. */
  indexPath: string;
  log?: Logger;
}

const CURSOR = /^[A-Za-z0-9_-]+$/;

function encodePosition(p: GlobalPosition): string {
  return Buffer.from(JSON.stringify([p.date, p.id, p.member]), 'utf8').toString('base64url');
}

function decodePosition(cursor: string): GlobalPosition | undefined {
  if (!CURSOR.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === 'string'))
      return undefined;
    const [date, id, member] = value as [string, string, string];
    return { date, id, member };
  } catch {
    return undefined;
  }
}

export class GlobalStore implements AsyncDisposable {
  readonly #kv: KvStore;
  readonly #index: GlobalSearchIndex;
  readonly #log: Logger | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #writes = 0;
  /** Set when an index update failed: the next search rebuilds it first. */
  #indexBehind = false;

  private constructor(kv: KvStore, index: GlobalSearchIndex, log: Logger | undefined) {
    this.#kv = kv;
    this.#index = index;
    this.#log = log;
  }

  /** Opens the store over `kv` and its index, rebuilding the index when it is behind. */
  static async open(options: GlobalStoreOptions): Promise<GlobalStore> {
    let index: GlobalSearchIndex;
    try {
      index = GlobalSearchIndex.open(options.indexPath);
    } catch (err) {
      // A damaged derived file is thrown away and made again from LevelDB.
      options.log?.warn({ err }, 'global: the search index could not be opened; rebuilding it');
      await unlink(options.indexPath).catch(() => undefined);
      index = GlobalSearchIndex.open(options.indexPath);
    }
    const store = new GlobalStore(options.kv, index, options.log);
    store.#writes = ((await options.kv.get(GLOBAL_NS.state, WRITE_COUNT_KEY)) as number | undefined) ?? 0;
    if (index.appliedWrites() !== store.#writes) await store.rebuildIndex();
    return store;
  }

  /** The KvStore underneath: the members' monthly aggregates (aggregates.ts) live there too. */
  get kv(): KvStore {
    return this.#kv;
  }

  // --- what `receiveManifest` (node/exchange/receive.ts) needs of a store of received records

  getMany(
    owner: string,
    refs: readonly { type: ExchangeRecordType; id: string }[],
  ): Promise<(GlobalEntry | undefined)[]> {
    const keys = refs.map((r) => globalCaseKey(owner, r.id));
    return this.#kv
      .getMany(GLOBAL_NS.cases, keys)
      .then((values) =>
        values.map((v, i) => (refs[i]!.type === 'case' ? (v as GlobalEntry | undefined) : undefined)),
      );
  }

  /** Ops that store a contributed case (nothing else is ever stored here). */
  putOps(entry: GlobalEntry, _previous: GlobalEntry | undefined): BatchOp[] {
    if (entry.type !== 'case') return [];
    return [
      {
        type: 'put',
        ns: GLOBAL_NS.cases,
        key: globalCaseKey(entry.provenance.owner.nodeId, entry.id),
        value: entry,
      },
    ];
  }

  deleteOps(entry: GlobalEntry): BatchOp[] {
    return [
      { type: 'del', ns: GLOBAL_NS.cases, key: globalCaseKey(entry.provenance.owner.nodeId, entry.id) },
    ];
  }

  /**
   * How many cases `ops` (of one write, not yet committed) add: a put of a case not held adds one,
   * a delete removes one. Call it inside `write()`, where nothing else changes the store.
   */
  async casesDelta(ops: readonly BatchOp[]): Promise<number> {
    const mine = ops.filter((op) => op.ns === GLOBAL_NS.cases);
    const held = await this.#kv.getMany(
      GLOBAL_NS.cases,
      mine.map((op) => op.key),
    );
    let delta = 0;
    mine.forEach((op, i) => {
      if (op.type === 'put' && held[i] === undefined) delta++;
      if (op.type === 'del' && held[i] !== undefined) delta--;
    });
    return delta;
  }

  // --- writes

  /**
   * Runs `work` alone (no other write interleaves), then commits the ops it returns with the
   * member's figures and the write counter through `commit` (the evidence log's, so that evidence
   * entries join the same batch), then updates the index.
   */
  write<T>(
    work: () => Promise<{ result: T; ops: BatchOp[]; member?: MemberState }>,
    commit: (ops: BatchOp[]) => Promise<void>,
  ): Promise<T> {
    const run = this.#queue.then(async () => {
      const { result, ops, member } = await work();
      const writes = this.#writes + 1;
      const all = [
        ...ops,
        { type: 'put' as const, ns: GLOBAL_NS.state, key: WRITE_COUNT_KEY, value: writes },
      ];
      if (member) all.push({ type: 'put', ns: GLOBAL_NS.members, key: member.nodeId, value: member });
      await commit(all);
      this.#writes = writes;
      this.#applyToIndex(ops, writes);
      return result;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the writes queued so far are done. */
  async settled(): Promise<void> {
    await this.#queue;
  }

  #applyToIndex(ops: readonly BatchOp[], writes: number): void {
    if (this.#indexBehind) return;
    const stored: IndexedCase[] = [];
    const removed: { member: string; id: string }[] = [];
    for (const op of ops) {
      if (op.ns !== GLOBAL_NS.cases) continue;
      if (op.type === 'put') {
        const entry = op.value as GlobalEntry;
        stored.push({ member: entry.provenance.owner.nodeId, record: entry.record });
      } else {
        const [member, id] = op.key.split('\x00') as [string, string];
        removed.push({ member, id });
      }
    }
    try {
      this.#index.apply(stored, removed, writes);
    } catch (err) {
      this.#indexBehind = true;
      this.#log?.warn({ err }, 'global: the search index fell behind; it is rebuilt before the next search');
    }
  }

  /** Rebuilds the search index from LevelDB (writes wait meanwhile). Returns how many cases it holds. */
  rebuildIndex(): Promise<number> {
    const run = this.#queue.then(async () => {
      const kv = this.#kv;
      async function* all(): AsyncIterable<IndexedCase> {
        for await (const [, value] of kv.iterate(GLOBAL_NS.cases)) {
          const entry = value as GlobalEntry;
          yield { member: entry.provenance.owner.nodeId, record: entry.record };
        }
      }
      const count = await this.#index.rebuild(all(), this.#writes);
      this.#indexBehind = false;
      this.#log?.info({ cases: count }, 'global: search index rebuilt');
      return count;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  // --- reads

  async member(nodeId: string): Promise<MemberState | undefined> {
    return (await this.#kv.get(GLOBAL_NS.members, nodeId)) as MemberState | undefined;
  }

  async members(): Promise<GlobalMember[]> {
    const out: GlobalMember[] = [];
    for await (const [, value] of this.#kv.iterate(GLOBAL_NS.members)) {
      const m = value as MemberState;
      out.push({
        nodeId: m.nodeId,
        country: m.country,
        ...(m.name ? { name: m.name } : {}),
        cases: m.cases,
        ...(m.aggregateMonths ? { aggregateMonths: m.aggregateMonths } : {}),
        ...(m.lastReceivedAt ? { lastReceivedAt: m.lastReceivedAt } : {}),
        upToDate: m.complete === true,
      });
    }
    return out.sort((a, b) => a.country.localeCompare(b.country) || a.nodeId.localeCompare(b.nodeId));
  }

  async get(member: string, id: string): Promise<GlobalEntry | undefined> {
    return (await this.#kv.get(GLOBAL_NS.cases, globalCaseKey(member, id))) as GlobalEntry | undefined;
  }

  /** Every contributed case, in key order (member, then id). */
  async *all(): AsyncIterable<GlobalEntry> {
    for await (const [, value] of this.#kv.iterate(GLOBAL_NS.cases)) yield value as GlobalEntry;
  }

  /**
   * One page of the global CEN, newest seizure first, with the national search filters
   * (`country` is the contributing member's reporting country).
   */
  async search(query: CaseQuery): Promise<GlobalCasePage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationError([{ path: 'limit', rule: 'max', message: `must be 1 to ${MAX_LIMIT}` }]);
    }
    const after = query.cursor === undefined ? undefined : decodePosition(query.cursor);
    if (query.cursor !== undefined && after === undefined) {
      throw new ValidationError([
        { path: 'cursor', rule: 'cursor', message: 'is not a cursor from a previous page' },
      ]);
    }
    if (this.#indexBehind) await this.rebuildIndex();
    const { cursor: _cursor, limit: _limit, ...filters } = query;
    const { positions, more } = this.#index.search(filters, limit, after);
    const entries = (await this.#kv.getMany(
      GLOBAL_NS.cases,
      positions.map((p) => globalCaseKey(p.member, p.id)),
    )) as (GlobalEntry | undefined)[];
    const items: GlobalCase[] = [];
    for (const entry of entries) if (entry) items.push(globalCaseOf(entry));
    const last = positions.at(-1);
    return more && last ? { items, nextCursor: encodePosition(last) } : { items };
  }

  /** Cases held, for checks and the demo. */
  async count(): Promise<number> {
    let n = 0;
    for await (const _ of this.#kv.iterate(GLOBAL_NS.cases)) n++;
    return n;
  }

  async close(): Promise<void> {
    await this.#queue;
    this.#index.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** The API's view of a stored contribution. */
export function globalCaseOf(entry: GlobalEntry): GlobalCase {
  const owner = entry.provenance.owner;
  return {
    member: { nodeId: owner.nodeId, country: owner.country, ...(owner.name ? { name: owner.name } : {}) },
    case: entry.record,
    version: entry.version,
    agreementId: entry.provenance.agreementId,
    manifestId: entry.provenance.manifestId,
    receivedAt: entry.provenance.receivedAt,
  };
}
