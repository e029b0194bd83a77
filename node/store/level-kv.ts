/**
 * The on-disk `KvStore`: one LevelDB database (`level`), every batch written with `sync: true` so
 * that an acknowledged write survives a power cut. A batch spanning several namespaces is still
 * one LevelDB batch, hence atomic.
 *
 * The layout is that of `level` sublevels (key `!<namespace>!<key>`, value JSON text), but the
 * prefixes and JSON are handled here, on the root database with UTF-8 keys and values: batches go
 * through a chained batch, and iterators fetch entries a growing chunk at a time after each seek.
 * The sublevel layers cost more than the LevelDB write itself for the small index entries a case
 * has a dozen of (see docs/decisions/0003).
 *
 * @example
 *   const kv = await LevelKv.open('/var/lib/cen/store');
 *   await kv.batch([{ type: 'put', ns: 'cases', key: id, value: record }]);
 *   await kv.close();
 */
import { Level } from 'level';
import { StoreClosedError, StoreCorruptedError, StoreUnavailableError } from '../errors.ts';
import { jsonTextOf } from './json-text.ts';
import type { BatchOp, KvIterator, KvStore, Namespace, Range } from './kv.ts';

type Database = Level<string, string>;
type RootIterator = ReturnType<Database['iterator']>;

/** Errors raised before anything reaches the disk: the caller's mistake, not a broken store. */
const CALLER_ERRORS = new Set(['LEVEL_INVALID_KEY', 'LEVEL_INVALID_VALUE', 'LEVEL_ENCODING_NOT_SUPPORTED']);

/**
 * Entries an iterator fetches from LevelDB at a time: a few dozen at first and after each seek
 * (every fetch is a round trip to the thread pool, and index entries are small), then twice as
 * many each time up to classic-level's own refill size.
 */
const FIRST_CHUNK = 32;
const MAX_CHUNK = 1000;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** LevelDB's "Corruption" status, thrown directly or as the cause of "Database failed to open". */
function corruptionOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if (errorCode(e) === 'LEVEL_CORRUPTION') return (e as Error).message;
  }
  return undefined;
}

function closedOr(error: unknown, location: string): unknown {
  const corruption = corruptionOf(error);
  if (corruption !== undefined) return new StoreCorruptedError(location, corruption);
  const code = errorCode(error);
  return code === 'LEVEL_ITERATOR_NOT_OPEN' || code === 'LEVEL_DATABASE_NOT_OPEN'
    ? new StoreClosedError()
    : error;
}

/**
 * A stored value that no longer parses: LevelDB checks no block checksums on reads (classic-level
 * offers no `verify_checksums`), so a flipped byte inside a compressed block can come back as text.
 */
function parseStored(text: string, location: string, key: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoreCorruptedError(location, `the value of ${JSON.stringify(key)} is not JSON`);
  }
}

/** A namespace's key prefix, and the smallest key above all of its keys. */
interface Prefix {
  prefix: string;
  upper: string;
}

/**
 * Sublevel names must be printable ASCII above '"' and below DEL, so that '"' (one above the '!'
 * separator) bounds the prefix range, as in abstract-level.
 */
function namespacePrefix(ns: Namespace): Prefix {
  if (ns === '' || ![...ns].every((c) => c.charCodeAt(0) > 0x22 && c.charCodeAt(0) < 0x7f)) {
    throw new TypeError(`namespace ${JSON.stringify(ns)} must be printable ASCII above '"' without '!'`);
  }
  if (ns.includes('!')) throw new TypeError(`namespace ${JSON.stringify(ns)} must not contain '!'`);
  return { prefix: `!${ns}!`, upper: `!${ns}"` };
}

function assertKey(key: unknown): asserts key is string {
  if (typeof key !== 'string') {
    throw Object.assign(new TypeError('a key must be a string'), { code: 'LEVEL_INVALID_KEY' });
  }
}

function parse(text: string | undefined, location: string, key: string): unknown {
  return text === undefined ? undefined : parseStored(text, location, key);
}

/**
 * Entries come from the native iterator in chunks (see `FIRST_CHUNK`). A seek to a key inside the
 * chunk already fetched moves within it instead of going back to LevelDB.
 */
class LevelKvIterator implements KvIterator {
  readonly #iterator: RootIterator;
  readonly #location: string;
  readonly #prefix: Prefix;
  readonly #reverse: boolean;
  /**
   * Entries still to return under the range's `limit`. Counted here, not by LevelDB, which counts
   * what it reads ahead; as in abstract-level, a seek does not reset it.
   */
  #left: number;
  #chunk: [string, string][] = [];
  #position = 0;
  #size = FIRST_CHUNK;

  constructor(iterator: RootIterator, location: string, prefix: Prefix, reverse: boolean, limit: number) {
    this.#iterator = iterator;
    this.#location = location;
    this.#prefix = prefix;
    this.#reverse = reverse;
    this.#left = limit;
  }

  async next(): Promise<[string, unknown] | undefined> {
    if (this.#left <= 0) return undefined;
    if (this.#position >= this.#chunk.length) {
      // A short chunk does not mean the end (LevelDB also stops at a byte budget); an empty one does.
      try {
        this.#chunk = (await this.#iterator.nextv(Math.min(this.#size, this.#left))) as [string, string][];
      } catch (error) {
        throw closedOr(error, this.#location);
      }
      this.#position = 0;
      this.#size = Math.min(this.#size * 2, MAX_CHUNK);
      if (this.#chunk.length === 0) return undefined;
    }
    const [key, value] = this.#chunk[this.#position++]!;
    this.#left--;
    return [key.slice(this.#prefix.prefix.length), parseStored(value, this.#location, key)];
  }

  seek(key: string): void {
    const target = this.#prefix.prefix + key;
    const chunk = this.#chunk;
    const last = chunk.at(-1);
    const current = chunk[this.#position];
    // Within what is fetched, ahead of the current entry: move there without asking LevelDB.
    if (current !== undefined && last !== undefined) {
      const ahead = this.#reverse
        ? target <= current[0] && target >= last[0]
        : target >= current[0] && target <= last[0];
      if (ahead) {
        let i = this.#position;
        while (this.#reverse ? chunk[i]![0] > target : chunk[i]![0] < target) i++;
        this.#position = i;
        return;
      }
    }
    this.#chunk = [];
    this.#position = 0;
    this.#size = FIRST_CHUNK;
    this.#iterator.seek(target);
  }

  close(): Promise<void> {
    return this.#iterator.close();
  }
}

export class LevelKv implements KvStore {
  readonly #db: Database;
  readonly #prefixes = new Map<Namespace, Prefix>();
  /**
   * Set by the first failed write. LevelDB keeps a write error (disk full, I/O error) attached to
   * the open database even after the cause is gone, so every later write is refused with
   * `StoreUnavailableError` until the store is closed and reopened, which recovers cleanly
   * (see FIELD-NOTES "Disk full"). Reads keep working meanwhile.
   */
  #writeFailure: string | undefined;
  #damage: string | undefined;
  #closed = false;

  private constructor(db: Database) {
    this.#db = db;
  }

  static async open(path: string): Promise<LevelKv> {
    const db = new Level<string, string>(path, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    try {
      await db.open();
    } catch (error) {
      const corruption = corruptionOf(error);
      throw corruption === undefined ? error : new StoreCorruptedError(path, corruption);
    }
    return new LevelKv(db);
  }

  /**
   * Rebuilds a damaged store's MANIFEST and CURRENT from its table and log files (LevelDB's
   * RepairDB). Entries in a damaged table block are dropped, not mended: run `checkStore` and
   * `verifyChains` afterwards, and restore a backup if anything is missing. The store must be closed.
   */
  static async repair(path: string): Promise<void> {
    const probe = new Level<string, string>(path, { createIfMissing: false });
    try {
      await probe.open();
      await probe.close();
    } catch (error) {
      // Damage is what repair is for; a lock held by a running node is not.
      if (corruptionOf(error) === undefined) throw error;
    }
    // classic-level has the static `repair`; the `level` typings leave it out.
    await (Level as unknown as { repair(location: string): Promise<void> }).repair(path);
  }

  /** Why writes are refused, or undefined while the store accepts them. */
  get writeFailure(): string | undefined {
    return this.#writeFailure;
  }

  /** What the last scrub found damaged, or undefined when it found nothing (or none ran). */
  get damage(): string | undefined {
    return this.#damage;
  }

  /**
   * Reads and parses every stored entry once, past LevelDB's cache, yielding to other work between
   * chunks: LevelDB opens a store with a damaged table block and reads the block only when asked,
   * so without this the damage shows the day an officer opens a record in it. Returns how many
   * entries it read; throws StoreCorruptedError (and keeps it as `damage`) at the first damage.
   */
  async scrub(): Promise<number> {
    this.#assertOpen();
    const iterator = this.#db.iterator({ fillCache: false });
    let entries = 0;
    try {
      for (;;) {
        const chunk = await iterator.nextv(MAX_CHUNK);
        if (chunk.length === 0) break;
        for (const [key, value] of chunk) parseStored(value, this.#db.location, key);
        entries += chunk.length;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      const failure = this.#corruptedOr(error);
      if (failure instanceof StoreCorruptedError) this.#damage = failure.message;
      throw closedOr(failure, this.#db.location);
    } finally {
      await iterator.close().catch(() => undefined);
    }
    this.#damage = undefined;
    return entries;
  }

  #prefix(ns: Namespace): Prefix {
    let prefix = this.#prefixes.get(ns);
    if (!prefix) {
      prefix = namespacePrefix(ns);
      this.#prefixes.set(ns, prefix);
    }
    return prefix;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }

  async get(ns: Namespace, key: string): Promise<unknown> {
    this.#assertOpen();
    assertKey(key);
    const full = this.#prefix(ns).prefix + key;
    let text: string | undefined;
    try {
      text = await this.#db.get(full);
    } catch (error) {
      throw this.#corruptedOr(error);
    }
    return parse(text, this.#db.location, full);
  }

  async getMany(ns: Namespace, keys: readonly string[]): Promise<unknown[]> {
    this.#assertOpen();
    if (keys.length === 0) return [];
    const { prefix } = this.#prefix(ns);
    let texts: (string | undefined)[];
    try {
      texts = await this.#db.getMany(
        keys.map((key) => {
          assertKey(key);
          return prefix + key;
        }),
      );
    } catch (error) {
      throw this.#corruptedOr(error);
    }
    return texts.map((text, i) => parse(text, this.#db.location, prefix + keys[i]));
  }

  #corruptedOr(error: unknown): unknown {
    const corruption = corruptionOf(error);
    return corruption === undefined ? error : new StoreCorruptedError(this.#db.location, corruption);
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    this.#assertOpen();
    if (this.#writeFailure !== undefined) throw new StoreUnavailableError(this.#writeFailure);
    if (ops.length === 0) return;
    // Serialise everything before the batch exists, so that a bad value leaves nothing behind.
    const keys: string[] = new Array<string>(ops.length);
    const values: (string | undefined)[] = new Array<string | undefined>(ops.length);
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      assertKey(op.key);
      keys[i] = this.#prefix(op.ns).prefix + op.key;
      if (op.type === 'put') {
        const text = jsonTextOf(op.value);
        if (text === undefined) {
          throw Object.assign(new TypeError(`the value for ${op.ns}/${op.key} is not JSON`), {
            code: 'LEVEL_INVALID_VALUE',
          });
        }
        values[i] = text;
      }
    }
    try {
      const batch = this.#db.batch();
      for (let i = 0; i < keys.length; i++) {
        const value = values[i];
        if (value === undefined) batch.del(keys[i]!);
        else batch.put(keys[i]!, value);
      }
      await batch.write({ sync: true });
    } catch (error) {
      const code = errorCode(error);
      if (code !== undefined && CALLER_ERRORS.has(code)) throw error;
      if (this.#closed || code === 'LEVEL_DATABASE_NOT_OPEN') throw new StoreClosedError();
      this.#writeFailure = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(this.#writeFailure);
    }
  }

  iterator(ns: Namespace, range: Range = {}): KvIterator {
    this.#assertOpen();
    const prefix = this.#prefix(ns);
    const options: { gt?: string; gte?: string; lt?: string; lte?: string; reverse?: boolean } = {};
    // As in abstract-level: gte wins over gt, and lte over lt.
    if (range.gte !== undefined) options.gte = prefix.prefix + range.gte;
    else if (range.gt !== undefined) options.gt = prefix.prefix + range.gt;
    else options.gte = prefix.prefix;
    if (range.lte !== undefined) options.lte = prefix.prefix + range.lte;
    else if (range.lt !== undefined) options.lt = prefix.prefix + range.lt;
    else options.lt = prefix.upper;
    if (range.reverse !== undefined) options.reverse = range.reverse;
    const limit = range.limit !== undefined && range.limit >= 0 ? range.limit : Infinity;
    return new LevelKvIterator(
      this.#db.iterator(options),
      this.#db.location,
      prefix,
      range.reverse === true,
      limit,
    );
  }

  async *iterate(ns: Namespace, range: Range = {}): AsyncIterable<[string, unknown]> {
    const iterator = this.iterator(ns, range);
    try {
      for (let entry = await iterator.next(); entry; entry = await iterator.next()) yield entry;
    } finally {
      await iterator.close();
    }
  }

  /**
   * Every entry of the database, all namespaces, as the stored text (key `!<ns>!<key>`, JSON
   * value), read from ONE LevelDB snapshot taken by this call (not at the first `next()`): a
   * consistent copy while writes go on, for backups (node/backup). Close it by finishing the
   * loop or calling `return()`.
   */
  snapshotEntries(): AsyncGenerator<[key: string, value: string]> {
    this.#assertOpen();
    // classic-level takes the iterator's implicit snapshot when the iterator is created.
    const iterator = this.#db.iterator();
    const location = this.#db.location;
    return (async function* entries() {
      try {
        for (;;) {
          let chunk: [string, string][];
          try {
            chunk = await iterator.nextv(MAX_CHUNK);
          } catch (error) {
            throw closedOr(error, location);
          }
          if (chunk.length === 0) return;
          yield* chunk;
        }
      } finally {
        await iterator.close();
      }
    })();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
