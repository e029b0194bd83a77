/**
 * The statistics database: a derived SQLite file (`stats.sqlite` beside the store) with one row per
 * live case, per item and per value of the multi-valued dimensions (see rows.ts; the countries of
 * a route are not repeated there, they derive from the route's columns and transits), and the same
 * rows as columns in memory (`StatsTable`), loaded from the file on the first query, which the
 * statistics and data-quality queries aggregate instead of reading case JSON. LevelDB stays the
 * only source of truth: the file can be deleted at any time and is rebuilt from the store
 * (`rebuild`) or brought up to date from the change log (`catchUp`, from the sequence number it
 * recorded with its last update), as the full-text index is.
 *
 * The store tells it of every write as soon as the write is durable (`written`, a
 * `DerivedCaseIndex`): the cases are in memory then, so keeping up costs a few row inserts per
 * case on the main thread and no read. Every change of the file runs in one transaction that also
 * records the change-log sequence it reaches, and the table changes with it; an update it cannot
 * apply (one that does not follow where it stands, a disk error) leaves it behind (`isBehind`)
 * until a catch-up repairs it.
 *
 * @example
 *   const stats = await StatsIndex.open(join(dataDir, STATS_FILE));
 *   const store = await openStore(dataDir, { country: 'KE', derived: [stats] });
 *   stats.table().size; // live cases
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { QUALITY_FIELDS } from '../../protocol/api.ts';
import type { CaseId } from '../../protocol/ids.ts';
import type { Case } from '../../protocol/records.ts';
import type { DerivedCaseIndex, FullTextSource } from '../store/index.ts';
import { CASE_COLUMN_NAMES, type MultiValueDimension } from './rows.ts';
import { factsOf, NONE, QUALITY_BIT, StatsTable, VALUE_DIMENSION, type CaseFacts } from './table.ts';

/** The statistics database's file name in the data directory. */
export const STATS_FILE = 'stats.sqlite';

/** The layout; queries read the table in memory, so only replacing a case and loading need indexes. */
const SCHEMA_VERSION = '3';
/** Past this many changes behind, reading every case once is cheaper than replaying the log. */
const REBUILD_THRESHOLD = 20_000;
const CHUNK = 1_000;

/** Thrown when the database cannot answer because it could not be brought up to date. */
export class StatsIndexError extends Error {
  override name = 'StatsIndexError';
}

type CaseState = Case | { id: string; deletedAt: string };

const SCHEMA = `
  CREATE TABLE cases (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    day INTEGER NOT NULL,
    month INTEGER NOT NULL,
    year INTEGER NOT NULL,
    delay INTEGER NOT NULL,
    ${CASE_COLUMN_NAMES.map((name) => `${name} TEXT`).join(',\n    ')},
    ${QUALITY_FIELDS.map((field) => `q_${field} INTEGER NOT NULL`).join(',\n    ')}
  );
  CREATE TABLE items (
    n INTEGER NOT NULL,
    itrArea TEXT,
    commodity TEXT,
    unit TEXT,
    quantity REAL,
    valueUsd REAL
  );
  CREATE INDEX items_n ON items (n);
  CREATE TABLE case_values (
    n INTEGER NOT NULL,
    dim TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (n, dim, value)
  ) WITHOUT ROWID;
`;

export class StatsIndex implements DerivedCaseIndex, AsyncDisposable {
  readonly path: string;
  readonly #db: DatabaseSync;
  /** The rows in memory, once a query asked for them (see `table`). */
  #table: StatsTable | undefined;
  readonly #insertCase: StatementSync;
  readonly #insertItem: StatementSync;
  readonly #insertValue: StatementSync;
  readonly #findCase: StatementSync;
  readonly #deleteCase: StatementSync;
  readonly #deleteItems: StatementSync;
  readonly #deleteValues: StatementSync;
  readonly #setMeta: StatementSync;
  /** The change the database reflects durably (recorded with its last transaction). */
  #durableUpTo: number;
  /** The change it reflects, counting writes that held no case (nothing to store for them). */
  #upTo: number;
  /** Why an update was not applied; the database is behind until a catch-up. */
  #failure: string | undefined;
  /** Set while a rebuild refills the tables: queries must wait for it. */
  #rebuilding = false;
  #closed = false;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.#db = db;
    const columns = [
      'id',
      'day',
      'month',
      'year',
      'delay',
      ...CASE_COLUMN_NAMES,
      ...QUALITY_FIELDS.map((field) => `q_${field}`),
    ];
    this.#insertCase = db.prepare(
      `INSERT INTO cases (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    this.#insertItem = db.prepare(
      'INSERT INTO items (n, itrArea, commodity, unit, quantity, valueUsd) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#insertValue = db.prepare('INSERT OR IGNORE INTO case_values (n, dim, value) VALUES (?, ?, ?)');
    this.#findCase = db.prepare('SELECT n FROM cases WHERE id = ?');
    this.#deleteCase = db.prepare('DELETE FROM cases WHERE n = ?');
    this.#deleteItems = db.prepare('DELETE FROM items WHERE n = ?');
    this.#deleteValues = db.prepare('DELETE FROM case_values WHERE n = ?');
    this.#setMeta = db.prepare(
      'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
    );
    const row = db.prepare("SELECT value FROM meta WHERE name = 'indexedUpTo'").get() as
      { value: string } | undefined;
    this.#durableUpTo = row ? Number(row.value) : 0;
    this.#upTo = this.#durableUpTo;
  }

  static async open(path: string): Promise<StatsIndex> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const db = new DatabaseSync(path);
    try {
      // Derived data: losing the last transactions in a power cut costs a catch-up, not data.
      db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;
               PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;`);
      db.exec('CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
      const version = db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as
        { value: string } | undefined;
      if (version?.value !== SCHEMA_VERSION) {
        // Another layout is simply dropped: the first catch-up rebuilds it from the store.
        db.exec(`
          DROP TABLE IF EXISTS cases;
          DROP TABLE IF EXISTS items;
          DROP TABLE IF EXISTS case_values;
          DELETE FROM meta;
          ${SCHEMA}
          INSERT INTO meta (name, value) VALUES ('schema', '${SCHEMA_VERSION}'), ('indexedUpTo', '0');
        `);
      }
      return new StatsIndex(path, db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** The change-log sequence number the database durably reflects. */
  get indexedUpTo(): number {
    return this.#durableUpTo;
  }

  /** Whether the database lacks changes up to `seq`, is being rebuilt, or needs repairing. */
  isBehind(seq: number): boolean {
    return this.#rebuilding || this.#failure !== undefined || this.#upTo !== seq;
  }

  /** See `DerivedCaseIndex.written`: applies one durable write of the store, or notes it is behind. */
  written(cases: readonly Case[], fromSeq: number, upToSeq: number): void {
    if (this.#closed) return;
    if (this.#rebuilding || this.#failure !== undefined || fromSeq !== this.#upTo) {
      this.#failure ??= `an update from change ${fromSeq} does not follow change ${this.#upTo}`;
      return;
    }
    if (cases.length === 0) {
      // Persons and businesses: nothing to store; the sequence is recorded with the next write.
      this.#upTo = upToSeq;
      return;
    }
    try {
      // A case at version 1 was created by this very write: it cannot be in the database yet.
      this.#apply(
        cases,
        upToSeq,
        cases.every((c) => c.version === 1),
      );
    } catch (error) {
      this.#failure = (error as Error).message;
    }
  }

  #transaction(fn: () => void): void {
    this.#db.exec('BEGIN');
    try {
      fn();
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Stores the current state of some cases in one transaction that records `upToSeq`, then in
   * the table (after the commit: a transaction rolled back leaves the table as the file is).
   */
  #apply(cases: readonly CaseState[], upToSeq: number | undefined, fresh: boolean): void {
    const stored: CaseFacts[] = [];
    this.#transaction(() => {
      for (const c of cases) {
        if (!fresh) this.#remove(c.id);
        if (c.deletedAt) continue;
        const facts = factsOf(c as Case);
        this.#insert(facts);
        stored.push(facts);
      }
      if (upToSeq !== undefined) this.#setMeta.run('indexedUpTo', String(upToSeq));
    });
    if (this.#table !== undefined) {
      if (!fresh) for (const c of cases) this.#table.remove(c.id);
      for (const facts of stored) this.#table.put(facts);
    }
    if (upToSeq !== undefined) {
      this.#durableUpTo = upToSeq;
      this.#upTo = upToSeq;
    }
  }

  #remove(id: string): void {
    const row = this.#findCase.get(id) as { n: number } | undefined;
    if (!row) return;
    this.#deleteItems.run(row.n);
    this.#deleteValues.run(row.n);
    this.#deleteCase.run(row.n);
  }

  #insert({ row, items, values }: CaseFacts): void {
    const { lastInsertRowid } = this.#insertCase.run(
      row.id,
      row.day,
      row.month,
      row.year,
      row.delay,
      ...CASE_COLUMN_NAMES.map((name) => row.columns[name]),
      ...QUALITY_FIELDS.map((field) => row.quality[field]),
    );
    const n = Number(lastInsertRowid);
    for (const item of items)
      this.#insertItem.run(n, item.itrArea, item.commodity, item.unit, item.quantity, item.valueUsd);
    // Route countries are derived when the table is loaded (see `#load`), not stored twice.
    for (const { dimension, value } of values)
      if (dimension !== 'routeCountry') this.#insertValue.run(n, dimension, value);
  }

  /**
   * Brings the database up to the store's last change; returns how many changes it read. Run it
   * where no store write interleaves: when the store opens, or in `store.withWritesPaused`.
   */
  async catchUp(source: FullTextSource): Promise<number> {
    this.#check();
    // Start again from what is durable: whatever failed is read again from the store.
    this.#failure = undefined;
    this.#upTo = this.#durableUpTo;
    const target = source.lastSeq();
    // Ahead of the store: the store was restored or replaced under it. Far behind: reading
    // every case once is cheaper.
    if (this.#durableUpTo > target || target - this.#durableUpTo > REBUILD_THRESHOLD) {
      await this.rebuild(source);
      return target;
    }
    let read = 0;
    while (this.#upTo < target) {
      const changes = await source.changesSince(this.#upTo, CHUNK);
      if (changes.length === 0) break;
      const ids = [
        ...new Set(changes.filter((change) => change.type === 'case').map((change) => change.id as CaseId)),
      ];
      const cases = await source.getCases(ids);
      this.#check();
      const states = ids.map((id, i): CaseState => cases[i] ?? { id, deletedAt: 'missing' });
      this.#apply(states, changes.at(-1)!.seq, false);
      read += changes.length;
    }
    return read;
  }

  /**
   * Empties the database and fills it again from every live case; returns how many it holds.
   * Run it where no store write interleaves (`store.withWritesPaused`); queries wait meanwhile.
   */
  async rebuild(source: FullTextSource): Promise<number> {
    this.#check();
    const upTo = source.lastSeq();
    this.#rebuilding = true;
    try {
      this.#failure = undefined;
      // Recorded as empty first: a rebuild cut short by a crash starts again at the next catch-up.
      this.#transaction(() => {
        this.#db.exec('DELETE FROM items; DELETE FROM case_values; DELETE FROM cases;');
        this.#setMeta.run('indexedUpTo', '0');
      });
      this.#table?.clear();
      this.#durableUpTo = 0;
      this.#upTo = 0;
      let batch: Case[] = [];
      let stored = 0;
      for await (const c of source.iterateCases()) {
        if (c.deletedAt) continue;
        batch.push(c);
        if (batch.length >= CHUNK) {
          this.#check();
          this.#apply(batch, undefined, true);
          stored += batch.length;
          batch = [];
        }
      }
      this.#check();
      this.#apply(batch, upTo, true);
      return stored + batch.length;
    } finally {
      this.#rebuilding = false;
    }
  }

  #check(): void {
    if (this.#closed) throw new StatsIndexError('the statistics database is closed');
  }

  /**
   * The rows in memory, loaded from the file the first time (a second or so for 100,000 cases).
   * Ask when the database is caught up (`isBehind` false): it reflects what the file holds.
   */
  table(): StatsTable {
    this.#check();
    this.#table ??= this.#load();
    return this.#table;
  }

  /**
   * Fills a table from the file in three ordered passes (cases, then their items, then their
   * codes, each by row number), straight into its columns: at 100,000 cases, building an object
   * per case first cost as much again in garbage collection.
   */
  #load(): StatsTable {
    const table = new StatsTable();
    const slots = new Map<number, number>();
    const qualityColumns = QUALITY_FIELDS.map((field) => `q_${field}`);
    const cases = this.#db.prepare(
      `SELECT n, id, day, delay, ${[...CASE_COLUMN_NAMES, ...qualityColumns].join(', ')} FROM cases ORDER BY n`,
    );
    cases.setReturnArrays(true);
    const firstColumn = 4;
    const firstFlag = firstColumn + CASE_COLUMN_NAMES.length;
    for (const values of cases.all() as unknown as unknown[][]) {
      let quality = 0;
      QUALITY_FIELDS.forEach((field, i) => {
        if (values[firstFlag + i] === 1) quality |= QUALITY_BIT[field];
      });
      const slot = table.addCase(values[1] as string, values[2] as number, values[3] as number, quality);
      CASE_COLUMN_NAMES.forEach((name, i) => {
        table.columns[name][slot] = table.codeOf(values[firstColumn + i] as string | null);
      });
      slots.set(values[0] as number, slot);
    }
    const items = this.#db.prepare(
      'SELECT n, itrArea, commodity, unit, quantity, valueUsd FROM items ORDER BY n',
    );
    items.setReturnArrays(true);
    for (const [n, itrArea, commodity, unit, quantity, valueUsd] of items.all() as unknown as unknown[][]) {
      const slot = slots.get(n as number);
      if (slot === undefined) continue;
      table.appendItem(
        slot,
        itrArea as string | null,
        commodity as string | null,
        unit as string | null,
        quantity as number | null,
        valueUsd as number | null,
      );
    }
    // Codes by case, each case's routeCountry derived from its route as it goes (the file does
    // not repeat them): its codes must be appended together.
    const values = this.#db.prepare('SELECT n, dim, value FROM case_values ORDER BY n');
    values.setReturnArrays(true);
    const rows = values.all() as unknown as [number, string, string][];
    const route = VALUE_DIMENSION.routeCountry;
    const transit = VALUE_DIMENSION.routeTransit;
    let next = 0;
    for (const [n, slot] of slots) {
      const countries = new Set<number>();
      for (const column of [
        table.columns.routeOrigin,
        table.columns.routeDeparture,
        table.columns.routeDestination,
      ])
        if (column[slot] !== NONE) countries.add(column[slot]!);
      for (; next < rows.length && rows[next]![0] === n; next++) {
        const [, dimension, value] = rows[next]!;
        const code = VALUE_DIMENSION[dimension as MultiValueDimension];
        if (code === undefined || code === route) continue;
        table.appendValue(slot, code, value);
        if (code === transit) countries.add(table.codeOf(value));
      }
      for (const country of countries) table.appendValue(slot, route, table.nameOf(country)!);
    }
    return table;
  }

  /** Records where it stands and closes the file. */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    try {
      // Writes that held no case moved it on without a transaction: remember that too.
      if (this.#failure === undefined && !this.#rebuilding && this.#upTo > this.#durableUpTo)
        this.#setMeta.run('indexedUpTo', String(this.#upTo));
    } finally {
      this.#closed = true;
      this.#db.close();
    }
    return Promise.resolve();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
