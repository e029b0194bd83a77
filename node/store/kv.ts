/**
 * The storage contract: a tiny ordered key-value interface with atomic batches across
 * namespaces. The domain (cases, revisions, indexes, change log) lives a layer above it, in
 * `records.ts`, and the same compliance suite runs against every implementation
 * (`memory-kv.ts` for tests, `level-kv.ts` on disk).
 *
 * Keys are strings ordered by UTF-16 code unit (LevelDB's byte order for the ASCII keys we
 * build); values are JSON-serialisable.
 *
 * @example
 *   await kv.batch([{ type: 'put', ns: 'cases', key: id, value: record }]);
 *   for await (const [key, value] of kv.iterate('changes', { gt: cursor, limit: 100 })) …
 */
export type Namespace = string;

export type BatchOp =
  { type: 'put'; ns: Namespace; key: string; value: unknown } | { type: 'del'; ns: Namespace; key: string };

export interface Range {
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
  reverse?: boolean;
  limit?: number;
}

/** An ordered cursor over one namespace that can jump forward (in its direction) to a key. */
export interface KvIterator {
  /** The next entry, or undefined at the end of the range. */
  next(): Promise<[key: string, value: unknown] | undefined>;
  /** Position so that the next entry is the first at or after `key` in the iterator's direction. */
  seek(key: string): void;
  close(): Promise<void>;
}

export interface KvStore {
  get(ns: Namespace, key: string): Promise<unknown>;
  getMany(ns: Namespace, keys: readonly string[]): Promise<unknown[]>;
  /** All operations are applied together or not at all, and are durable when the promise resolves. */
  batch(ops: readonly BatchOp[]): Promise<void>;
  iterator(ns: Namespace, range?: Range): KvIterator;
  iterate(ns: Namespace, range?: Range): AsyncIterable<[key: string, value: unknown]>;
  close(): Promise<void>;
}
