/**
 * The global CEN's search index: a derived SQLite table (`node:sqlite`) beside the WCO node's
 * LevelDB, which stays the only source of truth (docs/decisions/0007). One row per contributed
 * case (member, id, seizure date, the words `q` matches) and one facet row per value of each
 * national search filter (`FILTERS` of node/store/keys.ts: the same filters, the same values), so
 * that `GET /global/cases` answers the national filters without reading every case.
 *
 * It records the store's write counter with every update; when it opens behind (a crash between
 * the LevelDB batch and the index update, a deleted file, a new schema) the store rebuilds it.
 *
 * @example
 *   const index = GlobalSearchIndex.open(join(dataDir, 'global.sqlite'));
 *   index.apply([{ member, entry }], [], 42);
 *   const { keys, more } = index.search({ commodity: 'cocaine', from: '2026-01-01' }, 50);
 */
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Case } from '../../protocol/records.ts';
import { vocabularies, type VocabularyName } from '../../protocol/vocabulary/index.ts';
import { FILTER_NAMES, filterValues, queryTerms } from '../store/keys.ts';
import type { CaseQuery } from '../store/types.ts';

const SCHEMA_VERSION = '1';

/** A contributed case as the index needs it. */
export interface IndexedCase {
  member: string;
  record: Partial<Case>;
}

/** A position in newest-first order: seizure date, then case id, then member, all descending. */
export interface GlobalPosition {
  date: string;
  id: string;
  member: string;
}

/** The coded fields whose codes and English labels `q` matches. */
const CODED: readonly [(c: Partial<Case>) => unknown[], VocabularyName][] = [
  [(c) => [c.kind], 'caseKind'],
  [(c) => c.offenceTypes ?? [], 'offenceType'],
  [(c) => [c.reportingCountry], 'country'],
  [(c) => [c.direction], 'direction'],
  [(c) => [c.location?.type], 'locationType'],
  [(c) => [c.detection?.method], 'detectionMethod'],
  [(c) => [c.conveyance?.mode], 'conveyanceMode'],
  [(c) => [c.concealment?.method], 'concealmentMethod'],
  [
    (c) => [c.route?.origin, c.route?.departure, ...(c.route?.transit ?? []), c.route?.destination],
    'country',
  ],
  [(c) => (c.items ?? []).map((i) => i.itrArea), 'itrArea'],
  [(c) => (c.items ?? []).map((i) => i.commodity), 'commodity'],
  [(c) => (c.items ?? []).map((i) => i.unit), 'unit'],
  [(c) => (c.offenders ?? []).map((o) => o.nationality), 'country'],
  [(c) => (c.offenders ?? []).map((o) => o.role), 'offenderRole'],
];

/** The words `q` finds a contributed case by: its codes, their English labels and its identifiers. */
export function termsOf(c: Partial<Case>): string {
  const words = new Set<string>();
  for (const [values, name] of CODED) {
    for (const value of values(c)) {
      if (typeof value !== 'string') continue;
      words.add(value);
      const term = vocabularies[name].get(value);
      if (term) words.add(term.labels.en);
    }
  }
  for (const value of [
    c.location?.code,
    c.conveyance?.containerNumber,
    c.conveyance?.imo,
    ...(c.items ?? []).map((i) => i.hsCode),
  ]) {
    if (typeof value === 'string') words.add(value);
  }
  return [...words].join('\n').toLocaleLowerCase('und');
}

export class GlobalSearchIndex {
  readonly #db: DatabaseSync;
  readonly #findRow;
  readonly #deleteCase;
  readonly #deleteFacets;
  readonly #insertCase;
  readonly #insertFacet;
  readonly #setMeta;
  readonly #getMeta;

  private constructor(db: DatabaseSync) {
    this.#db = db;
    this.#findRow = db.prepare('SELECT row FROM cases WHERE member = ? AND id = ?');
    this.#deleteCase = db.prepare('DELETE FROM cases WHERE row = ?');
    this.#deleteFacets = db.prepare('DELETE FROM facets WHERE row = ?');
    this.#insertCase = db.prepare('INSERT INTO cases (member, id, seizure_date, terms) VALUES (?, ?, ?, ?)');
    this.#insertFacet = db.prepare('INSERT OR IGNORE INTO facets (name, value, row) VALUES (?, ?, ?)');
    this.#setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.#getMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
  }

  /** Opens (or creates) the index file; an index of another schema version is emptied. */
  static open(path: string): GlobalSearchIndex {
    const db = new DatabaseSync(path);
    try {
      // A derived file: losing the last updates in a power cut costs a rebuild, not data.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
        { value: string } | undefined;
      if (version?.value !== SCHEMA_VERSION) {
        db.exec('DROP TABLE IF EXISTS cases; DROP TABLE IF EXISTS facets; DELETE FROM meta;');
      }
      db.exec(`
        CREATE TABLE IF NOT EXISTS cases (
          row INTEGER PRIMARY KEY,
          member TEXT NOT NULL,
          id TEXT NOT NULL,
          seizure_date TEXT NOT NULL,
          terms TEXT NOT NULL,
          UNIQUE (member, id)
        );
        CREATE INDEX IF NOT EXISTS cases_newest ON cases (seizure_date, id, member);
        CREATE TABLE IF NOT EXISTS facets (
          name TEXT NOT NULL,
          value TEXT NOT NULL,
          row INTEGER NOT NULL,
          PRIMARY KEY (name, value, row)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS facets_row ON facets (row);
      `);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
      return new GlobalSearchIndex(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** The store's write counter this index has applied (0 for a new or emptied index). */
  appliedWrites(): number {
    const row = this.#getMeta.get('writes') as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  #remove(member: string, id: string): void {
    const row = this.#findRow.get(member, id) as { row: number } | undefined;
    if (!row) return;
    this.#deleteFacets.run(row.row);
    this.#deleteCase.run(row.row);
  }

  #insert({ member, record }: IndexedCase): void {
    if (typeof record.id !== 'string') return;
    const seizureDate = typeof record.seizureDate === 'string' ? record.seizureDate : '';
    const { lastInsertRowid } = this.#insertCase.run(member, record.id, seizureDate, termsOf(record));
    const asCase = { items: [], ...record } as Case;
    for (const name of FILTER_NAMES) {
      for (const value of filterValues(name, asCase)) this.#insertFacet.run(name, value, lastInsertRowid);
    }
  }

  /** Applies one committed write of the store (cases stored and removed) and records its counter. */
  apply(
    stored: readonly IndexedCase[],
    removed: readonly { member: string; id: string }[],
    writes: number,
  ): void {
    this.#transaction(() => {
      for (const { member, id } of removed) this.#remove(member, id);
      for (const entry of stored) {
        if (typeof entry.record.id === 'string') this.#remove(entry.member, entry.record.id);
        this.#insert(entry);
      }
      this.#setMeta.run('writes', String(writes));
    });
  }

  /** Replaces the whole index with `cases`, as of the store's write counter `writes`. */
  async rebuild(cases: AsyncIterable<IndexedCase>, writes: number): Promise<number> {
    this.#db.exec('BEGIN');
    let count = 0;
    try {
      this.#db.exec('DELETE FROM facets; DELETE FROM cases;');
      for await (const entry of cases) {
        this.#insert(entry);
        count++;
      }
      this.#setMeta.run('writes', String(writes));
      this.#db.exec('COMMIT');
    } catch (err) {
      this.#db.exec('ROLLBACK');
      throw err;
    }
    return count;
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (err) {
      this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  /**
   * The positions of the cases matching `query` (its filters, dates and words; not its cursor or
   * limit), newest first, strictly after `after`; `limit` of them, and whether there are more.
   */
  search(
    query: Omit<CaseQuery, 'cursor' | 'limit'>,
    limit: number,
    after?: GlobalPosition,
  ): { positions: GlobalPosition[]; more: boolean } {
    const where: string[] = [];
    const params: SQLInputValue[] = [];
    if (query.from !== undefined) {
      where.push('c.seizure_date >= ?');
      params.push(query.from);
    }
    if (query.to !== undefined) {
      where.push('c.seizure_date <= ?');
      params.push(query.to);
    }
    if (after) {
      where.push('(c.seizure_date, c.id, c.member) < (?, ?, ?)');
      params.push(after.date, after.id, after.member);
    }
    for (const name of FILTER_NAMES) {
      const value = query[name];
      if (value === undefined) continue;
      where.push('EXISTS (SELECT 1 FROM facets f WHERE f.name = ? AND f.value = ? AND f.row = c.row)');
      params.push(name, value);
    }
    for (const term of queryTerms(query.q)) {
      where.push('instr(c.terms, ?) > 0');
      params.push(term);
    }
    const sql = `SELECT c.member AS member, c.id AS id, c.seizure_date AS date FROM cases c
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.seizure_date DESC, c.id DESC, c.member DESC LIMIT ?`;
    params.push(limit + 1);
    const rows = this.#db.prepare(sql).all(...params) as unknown as GlobalPosition[];
    return { positions: rows.slice(0, limit), more: rows.length > limit };
  }

  /** Cases in the index (for checks and the rebuild's report). */
  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
