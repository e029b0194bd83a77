/**
 * The inbox: records partners sent this node, each with its provenance, in the KV namespace
 * `inbox` beside an index for the newest-first list and the retention purge. Partner records
 * never enter the node's own case store or change log, so nothing received is ever synced
 * onward: onward transfer would have to be a deliberate act the agreement allows.
 *
 * Writes are batch ops the exchange service commits together with the sync cursor and the
 * evidence entry of the same chunk, so a crash leaves either all of a chunk or none of it.
 */
import type {
  InboxItemResponse,
  InboxItemSummary,
  InboxListResponse,
  InboxProvenance,
} from '../../protocol/api.ts';
import type { ExchangeRecordType } from '../../protocol/exchange.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import { ValidationError } from '../errors.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import {
  EXCHANGE_NS,
  INBOX_PURGE_PREFIX,
  INBOX_TIME_PREFIX,
  inboxKey,
  inboxPurgeKey,
  inboxTimeKey,
  prefixEnd,
} from './keys.ts';

/** One received record as stored. */
export interface InboxEntry {
  type: ExchangeRecordType;
  id: string;
  version: number;
  /** The sha256 of the bytes as they arrived (what the manifest listed). */
  sha256: string;
  record: Record<string, unknown>;
  provenance: InboxProvenance;
}

export const INBOX_LIST_LIMIT = { default: 50, max: 500 } as const;

export interface InboxQuery {
  owner?: string;
  mode?: 'sync' | 'on-demand';
  cursor?: string;
  limit?: number;
}

const asStrings = (values: unknown[]) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string')),
];

export function summaryOf(entry: InboxEntry): InboxItemSummary {
  const record = entry.record as Partial<Case>;
  const items = Array.isArray(record.items) ? record.items : [];
  return {
    id: entry.id,
    version: entry.version,
    ...(typeof record.kind === 'string' ? { kind: record.kind } : {}),
    ...(typeof record.seizureDate === 'string' ? { seizureDate: record.seizureDate } : {}),
    ...(typeof record.reportingCountry === 'string' ? { reportingCountry: record.reportingCountry } : {}),
    itrAreas: asStrings(items.map((i) => (i as { itrArea?: unknown }).itrArea)),
    commodities: asStrings(items.map((i) => (i as { commodity?: unknown }).commodity)),
    ...entry.provenance,
  };
}

export class InboxStore {
  readonly #kv: KvStore;

  constructor(kv: KvStore) {
    this.#kv = kv;
  }

  get(owner: string, type: ExchangeRecordType, id: string): Promise<InboxEntry | undefined> {
    return this.#kv.get(EXCHANGE_NS.inbox, inboxKey(owner, type, id)) as Promise<InboxEntry | undefined>;
  }

  getMany(
    owner: string,
    refs: readonly { type: ExchangeRecordType; id: string }[],
  ): Promise<(InboxEntry | undefined)[]> {
    return this.#kv.getMany(
      EXCHANGE_NS.inbox,
      refs.map((r) => inboxKey(owner, r.type, r.id)),
    ) as Promise<(InboxEntry | undefined)[]>;
  }

  /** Ops that store `entry`, replacing `previous` (its index entries go). */
  putOps(entry: InboxEntry, previous: InboxEntry | undefined): BatchOp[] {
    const owner = entry.provenance.owner.nodeId;
    const ops: BatchOp[] = previous ? this.#indexDeletes(previous) : [];
    ops.push({
      type: 'put',
      ns: EXCHANGE_NS.inbox,
      key: inboxKey(owner, entry.type, entry.id),
      value: entry,
    });
    if (entry.type === 'case') {
      ops.push({
        type: 'put',
        ns: EXCHANGE_NS.inboxIndex,
        key: inboxTimeKey(entry.provenance.receivedAt, owner, entry.id),
        value: null,
      });
    }
    ops.push({
      type: 'put',
      ns: EXCHANGE_NS.inboxIndex,
      key: inboxPurgeKey(entry.provenance.purgeAt, owner, entry.type, entry.id),
      value: null,
    });
    return ops;
  }

  /** Ops that delete `entry` and its index entries. */
  deleteOps(entry: InboxEntry): BatchOp[] {
    return [
      ...this.#indexDeletes(entry),
      {
        type: 'del',
        ns: EXCHANGE_NS.inbox,
        key: inboxKey(entry.provenance.owner.nodeId, entry.type, entry.id),
      },
    ];
  }

  #indexDeletes(entry: InboxEntry): BatchOp[] {
    const owner = entry.provenance.owner.nodeId;
    const ops: BatchOp[] = [
      {
        type: 'del',
        ns: EXCHANGE_NS.inboxIndex,
        key: inboxPurgeKey(entry.provenance.purgeAt, owner, entry.type, entry.id),
      },
    ];
    if (entry.type === 'case') {
      ops.push({
        type: 'del',
        ns: EXCHANGE_NS.inboxIndex,
        key: inboxTimeKey(entry.provenance.receivedAt, owner, entry.id),
      });
    }
    return ops;
  }

  /** Received records whose retention ends at or before `now`, oldest first, at most `limit`. */
  async due(now: Date, limit: number): Promise<InboxEntry[]> {
    const refs: { owner: string; type: ExchangeRecordType; id: string }[] = [];
    const until = `${INBOX_PURGE_PREFIX}${now.toISOString()}\xff`;
    for await (const [key] of this.#kv.iterate(EXCHANGE_NS.inboxIndex, {
      gte: INBOX_PURGE_PREFIX,
      lt: until,
      limit,
    })) {
      const [, , owner, type, id] = key.split('\x00');
      refs.push({ owner: owner!, type: type as ExchangeRecordType, id: id! });
    }
    const entries = await this.#kv.getMany(
      EXCHANGE_NS.inbox,
      refs.map((r) => inboxKey(r.owner, r.type, r.id)),
    );
    return entries.filter((e): e is InboxEntry => e !== undefined);
  }

  /** Every received record (for the purge of an ended agreement and for checks). */
  async *all(): AsyncIterable<InboxEntry> {
    for await (const [, value] of this.#kv.iterate(EXCHANGE_NS.inbox)) yield value as InboxEntry;
  }

  /** One page of received cases, newest first. */
  async list(query: InboxQuery = {}): Promise<InboxListResponse> {
    const limit = query.limit ?? INBOX_LIST_LIMIT.default;
    if (!Number.isInteger(limit) || limit < 1 || limit > INBOX_LIST_LIMIT.max) {
      throw new ValidationError([
        {
          path: 'limit',
          rule: 'range',
          message: `limit is a whole number from 1 to ${INBOX_LIST_LIMIT.max}`,
        },
      ]);
    }
    let before = prefixEnd(INBOX_TIME_PREFIX);
    if (query.cursor !== undefined) {
      const decoded = Buffer.from(query.cursor, 'base64url').toString('utf8');
      if (!decoded.startsWith(INBOX_TIME_PREFIX)) {
        throw new ValidationError([
          { path: 'cursor', rule: 'cursor', message: 'cursor comes from a previous page of results' },
        ]);
      }
      before = decoded;
    }
    const items: InboxItemSummary[] = [];
    let lastKey: string | undefined;
    const iterator = this.#kv.iterate(EXCHANGE_NS.inboxIndex, {
      gte: INBOX_TIME_PREFIX,
      lt: before,
      reverse: true,
    });
    for await (const [key] of iterator) {
      const [, , owner, id] = key.split('\x00');
      if (query.owner !== undefined && owner !== query.owner) continue;
      const entry = await this.get(owner!, 'case', id!);
      if (!entry) continue;
      if (query.mode !== undefined && entry.provenance.mode !== query.mode) continue;
      items.push(summaryOf(entry));
      lastKey = key;
      if (items.length === limit) break;
    }
    return items.length === limit && lastKey !== undefined
      ? { items, nextCursor: Buffer.from(lastKey, 'utf8').toString('base64url') }
      : { items };
  }

  /** A received case with the person and business records it links (those that arrived). */
  async item(owner: string, id: string): Promise<InboxItemResponse | undefined> {
    const entry = await this.get(owner, 'case', id);
    if (!entry) return undefined;
    const record = entry.record as Partial<Case>;
    const personIds = (record.persons ?? []).map((p) => p.id);
    const businessIds = (record.businesses ?? []).map((b) => b.id);
    const persons = await this.getMany(
      owner,
      personIds.map((pid) => ({ type: 'person' as const, id: pid })),
    );
    const businesses = await this.getMany(
      owner,
      businessIds.map((bid) => ({ type: 'business' as const, id: bid })),
    );
    return {
      ...summaryOf(entry),
      case: { ...record, id: entry.id, version: entry.version } as Partial<Case>,
      persons: persons
        .filter((p) => p !== undefined)
        .map((p) => ({ ...p.record, id: p.id, version: p.version }) as Partial<Person>),
      businesses: businesses
        .filter((b) => b !== undefined)
        .map((b) => ({ ...b.record, id: b.id, version: b.version }) as Partial<Business>),
    };
  }
}
