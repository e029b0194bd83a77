/**
 * The operations' records in the node's KvStore (layout in `keys.ts`) and the per-operation lock
 * every change of an operation takes: the organiser numbers entries one at a time, and a member
 * stores a delivery, an answer or a receipt without racing another.
 *
 * @example
 *   const store = new OperationStore(kv);
 *   await store.exclusive(id, async () => store.batch([...]));
 *   const entries = await store.entries(id, after, head, 100);
 */
import type { BatchOp, KvStore } from '../store/kv.ts';
import { entryKey, memberKey, OPERATIONS_NS, prefixEnd, prefixOf, promotionKey } from './keys.ts';
import type { EntryRecord, MemberRecord, OperationRecord, OutboxRecord } from './model.ts';

/** Keys deleted per batch when an operation is purged. */
const PURGE_BATCH = 1_000;

export class OperationStore {
  readonly #kv: KvStore;
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(kv: KvStore) {
    this.#kv = kv;
  }

  /** All operations are applied together or not at all (the KvStore's batch). */
  batch(ops: readonly BatchOp[]): Promise<void> {
    return this.#kv.batch(ops);
  }

  /** Runs `task` alone among the tasks of `operationId`. */
  exclusive<T>(operationId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(operationId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    const tail = run.catch(() => undefined);
    this.#locks.set(operationId, tail);
    void tail.then(() => {
      if (this.#locks.get(operationId) === tail) this.#locks.delete(operationId);
    });
    return run;
  }

  async record(operationId: string): Promise<OperationRecord | undefined> {
    return (await this.#kv.get(OPERATIONS_NS.operations, operationId)) as OperationRecord | undefined;
  }

  async *records(): AsyncGenerator<[string, OperationRecord]> {
    for await (const [operationId, value] of this.#kv.iterate(OPERATIONS_NS.operations))
      yield [operationId, value as OperationRecord];
  }

  async member(operationId: string, nodeId: string): Promise<MemberRecord | undefined> {
    return (await this.#kv.get(OPERATIONS_NS.members, memberKey(operationId, nodeId))) as
      MemberRecord | undefined;
  }

  async members(operationId: string): Promise<MemberRecord[]> {
    return this.#prefixed<MemberRecord>(OPERATIONS_NS.members, operationId);
  }

  /** Entries after `after` up to and including `upTo`, at most `limit`, in sequence order. */
  async entries(operationId: string, after: number, upTo: number, limit: number): Promise<EntryRecord[]> {
    if (after >= upTo) return [];
    const entries: EntryRecord[] = [];
    for await (const [, value] of this.#kv.iterate(OPERATIONS_NS.thread, {
      gt: entryKey(operationId, after),
      lte: entryKey(operationId, upTo),
      limit,
    }))
      entries.push(value as EntryRecord);
    return entries;
  }

  /** A member's statements not yet acknowledged, in the order they were made (UUIDv7 keys). */
  async outbox(operationId: string): Promise<OutboxRecord[]> {
    return this.#prefixed<OutboxRecord>(OPERATIONS_NS.outbox, operationId);
  }

  /** The case this node made of one of its reports (`promote.ts`). */
  async promotion(operationId: string, messageId: string): Promise<string | undefined> {
    return (await this.#kv.get(OPERATIONS_NS.promotions, promotionKey(operationId, messageId))) as
      string | undefined;
  }

  /** Every report of the operation made into a case here: message id → case id. */
  async promotions(operationId: string): Promise<Record<string, string>> {
    const prefix = prefixOf(operationId);
    const found: Record<string, string> = {};
    for await (const [key, value] of this.#kv.iterate(OPERATIONS_NS.promotions, {
      gte: prefix,
      lt: prefixEnd(prefix),
    }))
      found[key.slice(prefix.length)] = value as string;
    return found;
  }

  async messageSeq(operationId: string, key: string): Promise<number | undefined> {
    return (await this.#kv.get(OPERATIONS_NS.messageIds, key)) as number | undefined;
  }

  /** Changes one member's record under the operation's lock (nothing when it is gone). */
  async updateMember(
    operationId: string,
    nodeId: string,
    update: (member: MemberRecord) => MemberRecord,
  ): Promise<void> {
    await this.exclusive(operationId, async () => {
      const member = await this.member(operationId, nodeId);
      if (member) {
        await this.#kv.batch([
          {
            type: 'put',
            ns: OPERATIONS_NS.members,
            key: memberKey(operationId, nodeId),
            value: update(member),
          },
        ]);
      }
    });
  }

  /**
   * Removes everything of the operation: its thread, members, message ids and outbox, then the
   * operation itself last, so that a purge a crash interrupted is found and finished again.
   */
  async purge(operationId: string): Promise<void> {
    await this.exclusive(operationId, async () => {
      const prefix = prefixOf(operationId);
      for (const ns of [
        OPERATIONS_NS.thread,
        OPERATIONS_NS.members,
        OPERATIONS_NS.messageIds,
        OPERATIONS_NS.outbox,
        OPERATIONS_NS.promotions,
      ]) {
        for (;;) {
          const keys: string[] = [];
          for await (const [key] of this.#kv.iterate(ns, {
            gte: prefix,
            lt: prefixEnd(prefix),
            limit: PURGE_BATCH,
          }))
            keys.push(key);
          if (keys.length === 0) break;
          await this.#kv.batch(keys.map((key): BatchOp => ({ type: 'del', ns, key })));
        }
      }
      await this.#kv.batch([{ type: 'del', ns: OPERATIONS_NS.operations, key: operationId }]);
    });
  }

  async #prefixed<T>(ns: string, operationId: string): Promise<T[]> {
    const prefix = prefixOf(operationId);
    const items: T[] = [];
    for await (const [, value] of this.#kv.iterate(ns, { gte: prefix, lt: prefixEnd(prefix) }))
      items.push(value as T);
    return items;
  }
}
