/**
 * An in-memory `KvStore` for tests and tools: the same ordering, ranges, seeks and atomic
 * batches as `LevelKv`, without a disk. Values are kept as JSON text, so a caller can never
 * mutate what is stored (or what another caller read) by mutating an object it holds.
 */
import { StoreClosedError } from '../errors.ts';
import { jsonTextOf } from './json-text.ts';
import type { BatchOp, KvIterator, KvStore, Namespace, Range } from './kv.ts';

interface NamespaceData {
  values: Map<string, string>;
  /** Sorted keys; may hold deleted keys or miss added ones until `sortedKeys()` tidies it. */
  keys: string[];
  added: string[];
  removedSome: boolean;
}

function newNamespace(): NamespaceData {
  return { values: new Map(), keys: [], added: [], removedSome: false };
}

/** Keys sorted by UTF-16 code unit, which is also LevelDB's byte order for the ASCII keys the store builds. */
function sortedKeys(data: NamespaceData): string[] {
  if (data.removedSome) {
    data.keys = data.keys.filter((key) => data.values.has(key));
    data.removedSome = false;
  }
  if (data.added.length > 0) {
    // Appending and re-sorting an almost sorted array is close to linear with TimSort, which keeps
    // bulk loads fast; a key deleted and re-added may appear twice, hence the dedupe.
    const merged = data.keys.concat(data.added.filter((key) => data.values.has(key)));
    merged.sort();
    data.keys = merged.filter((key, i) => i === 0 || merged[i - 1] !== key);
    data.added = [];
  }
  return data.keys;
}

/** Index of the first key >= target (or > target when `exclusive`). */
function lowerBound(keys: readonly string[], target: string, exclusive: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const key = keys[mid]!;
    if (key < target || (exclusive && key === target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function serialise(op: BatchOp & { type: 'put' }): string {
  const text = jsonTextOf(op.value);
  if (text === undefined) throw new TypeError(`value for ${op.ns}/${op.key} is not JSON-serialisable`);
  return text;
}

function inRange(key: string, range: Range): boolean {
  if (range.gte !== undefined ? key < range.gte : range.gt !== undefined && key <= range.gt) return false;
  if (range.lte !== undefined ? key > range.lte : range.lt !== undefined && key >= range.lt) return false;
  return true;
}

class MemoryIterator implements KvIterator {
  readonly #data: NamespaceData;
  readonly #range: Range;
  readonly #isClosed: () => boolean;
  /** Where the next entry starts: at or past `key` in the iterator's direction. */
  #from: { key: string; inclusive: boolean } | undefined;
  #ended = false;
  #count = 0;
  #closed = false;

  constructor(data: NamespaceData, range: Range, isClosed: () => boolean) {
    this.#data = data;
    this.#range = range;
    this.#isClosed = isClosed;
  }

  next(): Promise<[string, unknown] | undefined> {
    if (this.#closed || this.#isClosed()) return Promise.reject(new StoreClosedError());
    return Promise.resolve(this.#nextSync());
  }

  #nextSync(): [string, unknown] | undefined {
    const limit = this.#range.limit ?? -1;
    if (this.#ended || (limit >= 0 && this.#count >= limit)) return undefined;
    const keys = sortedKeys(this.#data);
    const key = this.#range.reverse ? this.#previousKey(keys) : this.#nextKey(keys);
    if (key === undefined || !inRange(key, this.#range)) {
      this.#ended = true;
      return undefined;
    }
    this.#from = { key, inclusive: false };
    this.#count++;
    return [key, JSON.parse(this.#data.values.get(key)!) as unknown];
  }

  #nextKey(keys: readonly string[]): string | undefined {
    const from = this.#from ?? {
      key: this.#range.gte ?? this.#range.gt ?? '',
      inclusive: this.#range.gte !== undefined || this.#range.gt === undefined,
    };
    return keys[lowerBound(keys, from.key, !from.inclusive)];
  }

  #previousKey(keys: readonly string[]): string | undefined {
    const from = this.#from ?? {
      key: this.#range.lte ?? this.#range.lt,
      inclusive: this.#range.lte !== undefined,
    };
    if (from.key === undefined) return keys[keys.length - 1];
    // The last key <= from (or < from): one before the first key > from (or >= from).
    const index = lowerBound(keys, from.key, from.inclusive) - 1;
    return index >= 0 ? keys[index] : undefined;
  }

  seek(key: string): void {
    // As in LevelDB: a target outside the range ends the iterator; one inside revives it.
    this.#ended = !inRange(key, this.#range);
    this.#from = { key, inclusive: true };
  }

  close(): Promise<void> {
    this.#closed = true;
    return Promise.resolve();
  }
}

export class MemoryKv implements KvStore {
  readonly #namespaces = new Map<Namespace, NamespaceData>();
  #closed = false;

  #namespace(ns: Namespace): NamespaceData {
    let data = this.#namespaces.get(ns);
    if (!data) {
      data = newNamespace();
      this.#namespaces.set(ns, data);
    }
    return data;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }

  async get(ns: Namespace, key: string): Promise<unknown> {
    await Promise.resolve();
    this.#assertOpen();
    const text = this.#namespaces.get(ns)?.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }

  async getMany(ns: Namespace, keys: readonly string[]): Promise<unknown[]> {
    await Promise.resolve();
    this.#assertOpen();
    const values = this.#namespaces.get(ns)?.values;
    return keys.map((key) => {
      const text = values?.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    });
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    await Promise.resolve();
    this.#assertOpen();
    // Serialise everything before touching the maps, so a bad value leaves nothing half-applied.
    const prepared = ops.map((op) =>
      op.type === 'put' ? { op, text: serialise(op) } : { op, text: undefined },
    );
    for (const { op, text } of prepared) {
      const data = this.#namespace(op.ns);
      if (text !== undefined) {
        if (!data.values.has(op.key)) data.added.push(op.key);
        data.values.set(op.key, text);
      } else if (data.values.delete(op.key)) {
        data.removedSome = true;
      }
    }
  }

  iterator(ns: Namespace, range: Range = {}): KvIterator {
    this.#assertOpen();
    return new MemoryIterator(this.#namespace(ns), { ...range }, () => this.#closed);
  }

  async *iterate(ns: Namespace, range: Range = {}): AsyncIterable<[string, unknown]> {
    const iterator = this.iterator(ns, range);
    try {
      for (let entry = await iterator.next(); entry; entry = await iterator.next()) yield entry;
    } finally {
      await iterator.close();
    }
  }

  close(): Promise<void> {
    this.#closed = true;
    return Promise.resolve();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
