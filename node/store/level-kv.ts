/**
 * The on-disk `KvStore`: one LevelDB database (`level`) with one sublevel per namespace, JSON
 * values, and every batch written with `sync: true` so that an acknowledged write survives a
 * power cut. A batch spanning several namespaces is still one LevelDB batch, hence atomic.
 *
 * @example
 *   const kv = await LevelKv.open('/var/lib/cen/store');
 *   await kv.batch([{ type: 'put', ns: 'cases', key: id, value: record }]);
 *   await kv.close();
 */
import { Level } from 'level';
import { StoreClosedError, StoreUnavailableError } from '../errors.ts';
import type { BatchOp, KvIterator, KvStore, Namespace, Range } from './kv.ts';

type Database = Level<string, unknown>;

function openSublevel(db: Database, ns: Namespace) {
  return db.sublevel<string, unknown>(ns, { keyEncoding: 'utf8', valueEncoding: 'json' });
}
type Sublevel = ReturnType<typeof openSublevel>;

function openIterator(sublevel: Sublevel, range: Range) {
  return sublevel.iterator(levelRange(range));
}
type LevelIterator = ReturnType<typeof openIterator>;

/** Errors raised before anything reaches the disk: the caller's mistake, not a broken store. */
const CALLER_ERRORS = new Set(['LEVEL_INVALID_KEY', 'LEVEL_INVALID_VALUE', 'LEVEL_ENCODING_NOT_SUPPORTED']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function levelRange(range: Range): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const name of ['gt', 'gte', 'lt', 'lte', 'reverse', 'limit'] as const) {
    if (range[name] !== undefined) options[name] = range[name];
  }
  return options;
}

class LevelKvIterator implements KvIterator {
  readonly #iterator: LevelIterator;

  constructor(iterator: LevelIterator) {
    this.#iterator = iterator;
  }

  async next(): Promise<[string, unknown] | undefined> {
    try {
      const entry = await this.#iterator.next();
      return entry ? [entry[0], entry[1]] : undefined;
    } catch (error) {
      if (errorCode(error) === 'LEVEL_ITERATOR_NOT_OPEN' || errorCode(error) === 'LEVEL_DATABASE_NOT_OPEN') {
        throw new StoreClosedError();
      }
      throw error;
    }
  }

  seek(key: string): void {
    this.#iterator.seek(key);
  }

  close(): Promise<void> {
    return this.#iterator.close();
  }
}

export class LevelKv implements KvStore {
  readonly #db: Database;
  readonly #sublevels = new Map<Namespace, Sublevel>();
  /**
   * Set by the first failed write. LevelDB keeps a write error (disk full, I/O error) attached to
   * the open database even after the cause is gone, so every later write is refused with
   * `StoreUnavailableError` until the store is closed and reopened, which recovers cleanly
   * (see FIELD-NOTES "Disk full"). Reads keep working meanwhile.
   */
  #writeFailure: string | undefined;
  #closed = false;

  private constructor(db: Database) {
    this.#db = db;
  }

  static async open(path: string): Promise<LevelKv> {
    const db = new Level<string, unknown>(path, { keyEncoding: 'utf8', valueEncoding: 'json' });
    await db.open();
    return new LevelKv(db);
  }

  /** Why writes are refused, or undefined while the store accepts them. */
  get writeFailure(): string | undefined {
    return this.#writeFailure;
  }

  #sublevel(ns: Namespace): Sublevel {
    let sublevel = this.#sublevels.get(ns);
    if (!sublevel) {
      sublevel = openSublevel(this.#db, ns);
      this.#sublevels.set(ns, sublevel);
    }
    return sublevel;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreClosedError();
  }

  async get(ns: Namespace, key: string): Promise<unknown> {
    this.#assertOpen();
    return await this.#sublevel(ns).get(key);
  }

  async getMany(ns: Namespace, keys: readonly string[]): Promise<unknown[]> {
    this.#assertOpen();
    if (keys.length === 0) return [];
    return await this.#sublevel(ns).getMany([...keys]);
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    this.#assertOpen();
    if (this.#writeFailure !== undefined) throw new StoreUnavailableError(this.#writeFailure);
    if (ops.length === 0) return;
    const levelOps = ops.map((op) =>
      op.type === 'put'
        ? { type: 'put' as const, sublevel: this.#sublevel(op.ns), key: op.key, value: op.value }
        : { type: 'del' as const, sublevel: this.#sublevel(op.ns), key: op.key },
    );
    try {
      await this.#db.batch(levelOps, { sync: true });
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
    return new LevelKvIterator(openIterator(this.#sublevel(ns), range));
  }

  async *iterate(ns: Namespace, range: Range = {}): AsyncIterable<[string, unknown]> {
    const iterator = this.iterator(ns, range);
    try {
      for (let entry = await iterator.next(); entry; entry = await iterator.next()) yield entry;
    } finally {
      await iterator.close();
    }
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
