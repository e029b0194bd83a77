/**
 * A derived full-text index of case text (SQLite FTS5 through `node:sqlite`), kept in a file next
 * to the store. LevelDB stays the only source of truth: this file can be deleted at any time and
 * is rebuilt from the store (`rebuild`) or brought up to date from the change log (`catchUp`,
 * which resumes from the sequence number it recorded with its last update).
 *
 * Results come newest seizure first without sorting every match: a document's FTS rowid is
 * `day × 2^26 + tiebreak`, where `day` is the seizure date read as the number YYYYMMDD and
 * `tiebreak` a counter, so `ORDER BY rowid DESC LIMIT n` walks the index from the newest day and
 * stops. Only the cases of the last day a page reaches are sorted by id, which gives exactly the
 * store's order (seizureDate desc, then id desc). The `docs` table maps rowids to case ids and
 * back, for results, updates and deletes. The FTS table is contentless (the text is in LevelDB)
 * and keeps no positions (queries are words and word prefixes, never phrases), which makes writes
 * about twice as cheap.
 *
 * Writes go through a worker thread (fulltext-worker.ts) that owns the writing connection, so
 * that tokenising runs beside the main thread; searches use the main thread's own connection.
 *
 * @example
 *   const fts = await FullTextIndex.open(join(dataDir, 'fulltext.sqlite'));
 *   await fts.catchUp(store);
 *   const { ids, nextCursor } = fts.search('cocaine suitcase', 50);
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { CaseId } from '../../protocol/ids.ts';
import type { Case } from '../../protocol/records.ts';
import {
  caseText,
  decodeCursor,
  encodeCursor,
  FILTER_NAMES,
  type FilterName,
  filterValues,
  queryTerms,
  SEP,
} from './keys.ts';
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

const SCHEMA_VERSION = '3';
/** Past this many changes behind, reading every case once is cheaper than replaying the log. */
const REBUILD_THRESHOLD = 20_000;
const CHUNK = 1_000;
/** rowid = day × DAY + tiebreak; YYYYMMDD (< 10^8) × 2^26 stays below 2^53, a safe JS integer. */
const DAY = 2 ** 26;
/** Tiebreaks left when a catch-up renumbers everything with a rebuild instead. */
const TIEBREAK_RESERVE = 2 ** 20;

type CaseState = Case | { id: string; deletedAt: string };

/** An FTS query that needs every word of `q` (each as a prefix), or undefined if `q` has no words. */
export function ftsQuery(q: string): string | undefined {
  const terms = queryTerms(q)
    .map((term) => term.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .flatMap((term) => term.split(' '))
    .filter((term) => term !== '');
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' ');
}

/**
 * A filter value as a word of the indexed text, so that FTS5 intersects a query's words with its
 * filters itself (a common word with a rare filter would otherwise mean checking thousands of
 * matches one page at a time). The words are built from private-use characters, which the
 * tokenizer keeps in words but `ftsQuery` strips from what people type, so no query of words can
 * match them. A case text holding such characters could: every result is checked against the
 * query's filters anyway.
 */
export function facetWord(filter: FilterName, value: string): string {
  return `\uE000${filter}\uE000${value.replace(/[^\p{L}\p{N}]/gu, '\uE001')}`;
}

function caseFacets(c: Case): string {
  return FILTER_NAMES.flatMap((name) => filterValues(name, c).map((value) => facetWord(name, value))).join(
    ' ',
  );
}

/** Filters `search` can apply in the index: those of `CaseQuery`. */
export type FullTextFilters = Readonly<Partial<Record<FilterName, string>>>;

/** YYYY-MM-DD as the number YYYYMMDD, which orders like the text (the store only keeps dates of that form). */
function dayOf(date: string): number {
  const day = Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  return Number.isInteger(day) && day >= 0 ? day : 0;
}

function dateOf(day: number): string {
  const text = String(day).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

interface Hit {
  rowid: number;
  id: string;
}

const dayOfRow = (hit: Hit): number => Math.floor(hit.rowid / DAY);

/** An update for the worker: cases to (re)index and ids to remove, taking the index from one change to another. */
export interface UpdateMessage {
  type: 'update';
  from: number;
  upTo: number;
  /** The cases were just created: none of them is in the index yet. */
  fresh: boolean;
  removes: string[];
  puts: { id: string; day: number; text: string }[];
}
export type ToWorker = UpdateMessage | { type: 'reset' } | { type: 'close' };
export type FromWorker =
  | { type: 'done'; indexedUpTo: number; nextTiebreak: number }
  | { type: 'failed'; indexedUpTo: number; nextTiebreak: number; message: string };

const WORKER = new URL('./fulltext-worker.ts', import.meta.url);

export class FullTextIndex {
  readonly path: string;
  /** The main thread's connection: searches only; every write goes through the worker. */
  readonly #db: DatabaseSync;
  readonly #search: StatementSync;
  #worker: Worker | undefined;
  /** Replies the worker owes, in the order of the messages posted. */
  readonly #waiting: ((reply: FromWorker | undefined) => void)[] = [];
  /** The last message's reply (undefined when the worker died first). */
  #settled: Promise<FromWorker | undefined> = Promise.resolve(undefined);
  /** What the worker has made durable. */
  #indexedUpTo: number;
  #nextTiebreak: number;
  /** Where the index stands once everything posted is applied. */
  #submittedUpTo: number;
  /** Why an update failed; updates stop until a catch-up repairs the index. */
  #failure: string | undefined;
  #closed = false;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.#db = db;
    this.#search = db.prepare(
      `SELECT d.rowid AS rowid, d.id AS id FROM docs_text JOIN docs d ON d.rowid = docs_text.rowid
       WHERE docs_text MATCH ? AND docs_text.rowid >= ? AND docs_text.rowid < ?
       ORDER BY docs_text.rowid DESC LIMIT ?`,
    );
    const meta = (name: string): number => {
      const row = db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as
        { value: string } | undefined;
      return row ? Number(row.value) : 0;
    };
    this.#indexedUpTo = meta('indexedUpTo');
    this.#nextTiebreak = meta('nextTiebreak');
    this.#submittedUpTo = this.#indexedUpTo;
  }

  static open(path: string): Promise<FullTextIndex> {
    const db = new DatabaseSync(path);
    try {
      // A derived index: losing the last transactions in a power cut costs a catch-up, not data.
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;');
      db.exec('CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
      const version = db.prepare("SELECT value FROM meta WHERE name = 'schema'").get() as
        { value: string } | undefined;
      if (version?.value !== SCHEMA_VERSION) {
        // An older layout is simply dropped: the index is rebuilt from the store on first catch-up.
        db.exec(`
          DROP TABLE IF EXISTS docs;
          DROP TABLE IF EXISTS docs_text;
          DELETE FROM meta;
          CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
          CREATE VIRTUAL TABLE docs_text USING fts5 (
            body, content = '', contentless_delete = 1, detail = none,
            tokenize = 'unicode61 remove_diacritics 2'
          );
          INSERT INTO meta (name, value) VALUES
            ('schema', '${SCHEMA_VERSION}'), ('indexedUpTo', '0'), ('nextTiebreak', '0');
        `);
      }
      return Promise.resolve(new FullTextIndex(path, db));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** The change-log sequence number this index durably reflects. */
  get indexedUpTo(): number {
    return this.#indexedUpTo;
  }

  #startWorker(): Worker {
    const worker = new Worker(WORKER, {
      workerData: { path: this.path },
      // The worker runs a file: options about how the main script was given do not apply to it.
      execArgv: process.execArgv.filter((arg) => !arg.startsWith('--input-type')),
    });
    // An idle worker does not keep the process alive (a store left open must not hang a script);
    // one that owes replies does, since someone is waiting for them.
    worker.unref();
    worker.on('message', (reply: FromWorker) => {
      this.#indexedUpTo = reply.indexedUpTo;
      this.#nextTiebreak = reply.nextTiebreak;
      if (reply.type === 'failed') this.#failure ??= reply.message;
      this.#waiting.shift()?.(reply);
      if (this.#waiting.length === 0) worker.unref();
    });
    const died = (reason: string) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#failure ??= reason;
      for (const resolve of this.#waiting.splice(0)) resolve(undefined);
    };
    worker.on('error', (error: Error) => died(error.message));
    worker.on('exit', () => died('the full-text worker stopped'));
    return worker;
  }

  /** Posts a message to the worker; resolves with its reply (never rejects). */
  #post(message: ToWorker): Promise<FromWorker | undefined> {
    if (this.#closed) return Promise.resolve(undefined);
    this.#worker ??= this.#startWorker();
    const reply = new Promise<FromWorker | undefined>((resolve) => this.#waiting.push(resolve));
    this.#worker.ref();
    this.#worker.postMessage(message);
    this.#settled = reply;
    return reply;
  }

  /** Resolves once every update posted so far is applied (or has failed). */
  async settled(): Promise<void> {
    await this.#settled;
  }

  /** Whether an update that starts at change `seq` can go straight to the index. */
  follows(seq: number): boolean {
    return this.#failure === undefined && this.#submittedUpTo === seq;
  }

  /** Whether the index lacks changes up to `seq`, or needs repairing. */
  isBehind(seq: number): boolean {
    return this.#failure !== undefined || this.#submittedUpTo !== seq;
  }

  /**
   * Applies the current state of some cases (live ones indexed, deleted ones removed), taking the
   * index from change `fromSeq` to `upToSeq`; resolves when the worker has made it durable. It
   * never rejects: a failure leaves the index behind (`isBehind`) until `catchUp` repairs it.
   * `fresh`: the cases were just created, so none is in the index yet.
   */
  update(cases: readonly CaseState[], fromSeq: number, upToSeq: number, fresh = false): Promise<void> {
    if (!this.follows(fromSeq)) {
      this.#failure ??= `an update from change ${fromSeq} does not follow change ${this.#submittedUpTo}`;
      return Promise.resolve();
    }
    const message: UpdateMessage = {
      type: 'update',
      from: fromSeq,
      upTo: upToSeq,
      fresh,
      removes: [],
      puts: [],
    };
    for (const c of cases) {
      if (c.deletedAt) message.removes.push(c.id);
      else {
        const live = c as Case;
        message.puts.push({
          id: c.id,
          day: dayOf(live.seizureDate),
          text: `${caseText(live)}\n${caseFacets(live)}`,
        });
      }
    }
    this.#submittedUpTo = upToSeq;
    return this.#post(message).then(() => undefined);
  }

  /** `update` from wherever the index stands; for catch-ups, rebuilds and tests. */
  applyCases(cases: readonly CaseState[], upToSeq: number, fresh = false): Promise<void> {
    return this.update(cases, this.#submittedUpTo, upToSeq, fresh);
  }

  #check(): void {
    if (this.#failure !== undefined)
      throw new Error(`the full-text index could not be updated: ${this.#failure}`);
  }

  /** Brings the index up to the store's last change; returns how many changes it read. */
  async catchUp(source: FullTextSource): Promise<number> {
    await this.settled();
    // Start again from what is durable: whatever failed is read again from the store.
    this.#failure = undefined;
    this.#submittedUpTo = this.#indexedUpTo;
    const target = source.lastSeq();
    // Ahead of the store: the store was restored or replaced under it. Far behind: reading every
    // case once is cheaper. Out of tiebreaks: a rebuild numbers them from 0 again.
    if (
      this.#indexedUpTo > target ||
      target - this.#indexedUpTo > REBUILD_THRESHOLD ||
      this.#nextTiebreak > DAY - TIEBREAK_RESERVE
    ) {
      await this.rebuild(source);
      return target;
    }
    let read = 0;
    while (this.#submittedUpTo < target) {
      const changes = await source.changesSince(this.#submittedUpTo, CHUNK);
      if (changes.length === 0) break;
      const ids = [
        ...new Set(changes.filter((change) => change.type === 'case').map((change) => change.id as CaseId)),
      ];
      const cases = await source.getCases(ids);
      const states = ids.map((id, i) => cases[i] ?? { id, deletedAt: 'missing' });
      await this.applyCases(states, changes.at(-1)!.seq);
      this.#check();
      read += changes.length;
    }
    return read;
  }

  /** Empties the index and fills it again from every live case; returns how many it indexed. */
  async rebuild(source: FullTextSource): Promise<number> {
    await this.settled();
    const upTo = source.lastSeq();
    this.#failure = undefined;
    await this.#post({ type: 'reset' });
    this.#check();
    this.#submittedUpTo = 0;
    let batch: Case[] = [];
    let indexed = 0;
    let applied: Promise<void> = Promise.resolve();
    for await (const c of source.iterateCases()) {
      if (c.deletedAt) continue;
      batch.push(c);
      if (batch.length >= CHUNK) {
        // Reading the next chunk overlaps indexing this one; one chunk in flight at a time.
        await applied;
        this.#check();
        applied = this.applyCases(batch, 0, true);
        indexed += batch.length;
        batch = [];
      }
    }
    await applied;
    await this.applyCases(batch, upTo, true);
    this.#check();
    return indexed + batch.length;
  }

  /** Matches of `match` with rowids in [low, high), newest first, at most `limit` (-1: all). */
  #hits(match: string, low: number, high: number, limit: number): Hit[] {
    return this.#search.all(match, low, high, limit) as unknown as Hit[];
  }

  /**
   * Ids of live cases whose text holds every word of `q` (as word prefixes) and that have the
   * filters' values, newest seizure first, a page at a time. `cursor` is the store's search cursor
   * (the position of the last case seen). It sees what the worker has applied: `await settled()`
   * first to see every update posted.
   */
  search(
    q: string,
    limit: number,
    cursor?: string,
    dates: { from?: string; to?: string } = {},
    filters: FullTextFilters = {},
  ): FullTextPage {
    const words = ftsQuery(q);
    if (words === undefined) return { ids: [] };
    let match = words;
    for (const name of FILTER_NAMES) {
      const value = filters[name];
      if (value !== undefined) match += ` "${facetWord(name, value)}"`;
    }
    const position = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && position === undefined) throw new RangeError('not a search cursor');
    const [beforeDate, beforeId] = position === undefined ? [] : position.split(SEP);
    const beforeDay = beforeDate === undefined ? undefined : dayOf(beforeDate);

    const low = dates.from === undefined ? 0 : dayOf(dates.from) * DAY;
    let high = Number.MAX_SAFE_INTEGER;
    if (dates.to !== undefined) high = Math.min(high, (dayOf(dates.to) + 1) * DAY);
    if (beforeDay !== undefined) high = Math.min(high, (beforeDay + 1) * DAY);

    // Walk down the rowids until a page and one more are found (or nothing is left), skipping the
    // cursor's day's cases that come before the cursor; then take the rest of the last day reached,
    // whose cases are ordered by id, not by rowid.
    const after = (hit: Hit) => beforeDay === undefined || dayOfRow(hit) !== beforeDay || hit.id < beforeId!;
    const found: Hit[] = [];
    const want = limit + 1;
    for (;;) {
      const need = want - found.length;
      const hits = this.#hits(match, low, high, need);
      for (const hit of hits) if (after(hit)) found.push(hit);
      if (hits.length < need) break;
      high = hits.at(-1)!.rowid;
      if (found.length >= want) {
        const last = found.at(-1)!;
        const rest = this.#hits(match, Math.max(low, dayOfRow(last) * DAY), last.rowid, -1);
        for (const hit of rest) if (after(hit)) found.push(hit);
        break;
      }
    }
    found.sort((a, b) => dayOfRow(b) - dayOfRow(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    const page = found.slice(0, limit);
    const ids = page.map((hit) => hit.id as CaseId);
    const end = page.at(-1);
    return found.length > limit && end !== undefined
      ? { ids, nextCursor: encodeCursor(`${dateOf(dayOfRow(end))}${SEP}${end.id}`) }
      : { ids };
  }

  /** Waits for the updates posted, stops the worker and closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.settled();
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.ref();
      worker.postMessage({ type: 'close' } satisfies ToWorker);
      await exited;
    }
    this.#db.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
