/**
 * A derived full-text index of case text (SQLite FTS5 through `node:sqlite`), kept in a file next
 * to the store. LevelDB stays the only source of truth: this file can be deleted at any time and
 * is rebuilt from the store (`rebuild`) or brought up to date from the change log (`catchUp`,
 * which resumes from the sequence number it recorded with its last update).
 *
 * @example
 *   const fts = await FullTextIndex.open(join(dataDir, 'fulltext.sqlite'));
 *   await fts.catchUp(store);
 *   const { ids, nextCursor } = fts.search('cocaine suitcase', 50);
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { CaseId } from '../../protocol/ids.ts';
import type { Case } from '../../protocol/records.ts';
import { caseText, decodeCursor, encodeCursor, queryTerms, SEP } from './keys.ts';
import type { Change } from './types.ts';

/** What the index needs from a store: the change log, and the cases themselves. */
export interface FullTextSource {
  lastSeq(): number;
  changesSince(seq: number, limit: number): Promise<Change[]>;
  getCases(ids: readonly CaseId[]): Promise<(Case | undefined)[]>;
  iterateCases(): AsyncIterable<Case>;
}

export interface FullTextPage {
  ids: CaseId[];
  nextCursor?: string;
}

const SCHEMA_VERSION = '1';
/** Past this many changes behind, reading every case once is cheaper than replaying the log. */
const REBUILD_THRESHOLD = 20_000;
const CHUNK = 1_000;

/** An FTS5 query that needs every word of `q` (each as a prefix), or undefined if `q` has no words. */
export function ftsQuery(q: string): string | undefined {
  const terms = queryTerms(q)
    .map((term) => term.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .flatMap((term) => term.split(' '))
    .filter((term) => term !== '');
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' ');
}

export class FullTextIndex {
  readonly path: string;
  readonly #db: DatabaseSync;
  readonly #statements: {
    findRow: StatementSync;
    insertDoc: StatementSync;
    updateDoc: StatementSync;
    deleteDoc: StatementSync;
    insertText: StatementSync;
    deleteText: StatementSync;
    setMeta: StatementSync;
  };
  #indexedUpTo: number;
  #closed = false;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.#db = db;
    this.#statements = {
      findRow: db.prepare('SELECT rowid FROM docs WHERE id = ?'),
      insertDoc: db.prepare('INSERT INTO docs (id, seizure_date) VALUES (?, ?)'),
      updateDoc: db.prepare('UPDATE docs SET seizure_date = ? WHERE rowid = ?'),
      deleteDoc: db.prepare('DELETE FROM docs WHERE rowid = ?'),
      insertText: db.prepare('INSERT INTO docs_text (rowid, body) VALUES (?, ?)'),
      deleteText: db.prepare('DELETE FROM docs_text WHERE rowid = ?'),
      setMeta: db.prepare(
        'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
      ),
    };
    const row = db.prepare("SELECT value FROM meta WHERE name = 'indexedUpTo'").get() as
      { value: string } | undefined;
    this.#indexedUpTo = row ? Number(row.value) : 0;
  }

  static open(path: string): Promise<FullTextIndex> {
    const db = new DatabaseSync(path);
    try {
      // A derived index: losing the last transactions in a power cut costs a catch-up, not data.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
      db.exec('CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
      const version = db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as
        { value: string } | undefined;
      if (version?.value !== SCHEMA_VERSION) {
        db.exec(`
          DROP TABLE IF EXISTS docs;
          DROP TABLE IF EXISTS docs_text;
          DELETE FROM meta;
          CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, seizure_date TEXT NOT NULL);
          CREATE INDEX docs_newest ON docs (seizure_date, id);
          CREATE VIRTUAL TABLE docs_text USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
          INSERT INTO meta (name, value) VALUES ('schema', '${SCHEMA_VERSION}'), ('indexedUpTo', '0');
        `);
      }
      return Promise.resolve(new FullTextIndex(path, db));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** The change-log sequence number this index reflects. */
  get indexedUpTo(): number {
    return this.#indexedUpTo;
  }

  #transaction<T>(fn: () => T): T {
    this.#db.exec('BEGIN');
    try {
      const result = fn();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #remove(id: string): void {
    const row = this.#statements.findRow.get(id) as { rowid: number } | undefined;
    if (!row) return;
    this.#statements.deleteText.run(row.rowid);
    this.#statements.deleteDoc.run(row.rowid);
  }

  #put(c: Case, fresh: boolean): void {
    const row = fresh ? undefined : (this.#statements.findRow.get(c.id) as { rowid: number } | undefined);
    let rowid: number | bigint;
    if (row) {
      rowid = row.rowid;
      this.#statements.updateDoc.run(c.seizureDate, rowid);
      this.#statements.deleteText.run(rowid);
    } else {
      rowid = this.#statements.insertDoc.run(c.id, c.seizureDate).lastInsertRowid;
    }
    this.#statements.insertText.run(rowid, caseText(c));
  }

  /**
   * Applies the current state of some cases (live ones indexed, deleted ones removed) and records
   * that the index now reflects the change log up to `upToSeq`. `fresh`: the cases were just
   * created, so none is in the index yet (saves a lookup per case in bulk imports).
   */
  applyCases(
    cases: readonly (Case | { id: string; deletedAt: string })[],
    upToSeq: number,
    fresh = false,
  ): void {
    this.#transaction(() => {
      for (const c of cases) {
        if (c.deletedAt) this.#remove(c.id);
        else this.#put(c as Case, fresh);
      }
      this.#statements.setMeta.run('indexedUpTo', String(upToSeq));
    });
    this.#indexedUpTo = upToSeq;
  }

  /** Brings the index up to the store's last change; returns how many changes it read. */
  async catchUp(source: FullTextSource): Promise<number> {
    const target = source.lastSeq();
    if (this.#indexedUpTo > target) {
      // The index is ahead of the store: the store was restored or replaced under it.
      await this.rebuild(source);
      return target;
    }
    if (target - this.#indexedUpTo > REBUILD_THRESHOLD) {
      await this.rebuild(source);
      return target;
    }
    let read = 0;
    while (this.#indexedUpTo < target) {
      const changes = await source.changesSince(this.#indexedUpTo, CHUNK);
      if (changes.length === 0) break;
      const ids = [
        ...new Set(changes.filter((change) => change.type === 'case').map((change) => change.id as CaseId)),
      ];
      const cases = await source.getCases(ids);
      const states = ids.map((id, i) => cases[i] ?? { id, deletedAt: 'missing' });
      this.applyCases(states, changes.at(-1)!.seq);
      read += changes.length;
    }
    return read;
  }

  /** Empties the index and fills it again from every live case; returns how many it indexed. */
  async rebuild(source: FullTextSource): Promise<number> {
    const upTo = source.lastSeq();
    this.#transaction(() => {
      this.#db.exec('DELETE FROM docs; DELETE FROM docs_text;');
      this.#statements.setMeta.run('indexedUpTo', '0');
    });
    this.#indexedUpTo = 0;
    let batch: Case[] = [];
    let indexed = 0;
    for await (const c of source.iterateCases()) {
      if (c.deletedAt) continue;
      batch.push(c);
      if (batch.length >= CHUNK) {
        this.applyCases(batch, 0, true);
        indexed += batch.length;
        batch = [];
      }
    }
    this.applyCases(batch, upTo, true);
    return indexed + batch.length;
  }

  /**
   * Ids of live cases whose text holds every word of `q` (as word prefixes), newest seizure first,
   * a page at a time. `cursor` is the store's search cursor (the position of the last case seen).
   */
  search(
    q: string,
    limit: number,
    cursor?: string,
    dates: { from?: string; to?: string } = {},
  ): FullTextPage {
    const match = ftsQuery(q);
    if (match === undefined) return { ids: [] };
    const position = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && position === undefined) throw new RangeError('not a search cursor');
    const [beforeDate, beforeId] = position === undefined ? ['\x7f', ''] : position.split(SEP);
    const rows = this.#db
      .prepare(
        `SELECT d.id AS id, d.seizure_date AS date FROM docs_text JOIN docs d ON d.rowid = docs_text.rowid
         WHERE docs_text MATCH ? AND (d.seizure_date, d.id) < (?, ?) AND d.seizure_date >= ? AND d.seizure_date <= ?
         ORDER BY d.seizure_date DESC, d.id DESC LIMIT ?`,
      )
      .all(match, beforeDate!, beforeId!, dates.from ?? '', dates.to ?? '\x7f', limit + 1) as {
      id: string;
      date: string;
    }[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const ids = page.map((row) => row.id as CaseId);
    return rows.length > limit && last
      ? { ids, nextCursor: encodeCursor(`${last.date}${SEP}${last.id}`) }
      : { ids };
  }

  close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#db.close();
    }
    return Promise.resolve();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
