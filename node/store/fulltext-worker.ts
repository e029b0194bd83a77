/**
 * The writing half of the full-text index (see fulltext.ts), on a worker thread of its own:
 * tokenising case text into FTS5 costs about as much as everything else a case write does on the
 * main thread, so it runs beside it. It applies updates strictly in the order they come, each in
 * one transaction that also records the change-log sequence it reaches, and refuses an update
 * that does not start where the index stands (the main thread then catches up from the store).
 *
 * Started by `FullTextIndex.open` with `workerData: { path }`; it imports nothing from the
 * project, so that it starts quickly.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker, UpdateMessage } from './fulltext.ts';

/** rowid = day × DAY + tiebreak (see fulltext.ts). */
const DAY = 2 ** 26;

const port = parentPort!;
const db = new DatabaseSync((workerData as { path: string }).path);
db.exec('PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;');
const statements = {
  findRow: db.prepare('SELECT rowid FROM docs WHERE id = ?'),
  insertDoc: db.prepare('INSERT INTO docs (rowid, id) VALUES (?, ?)'),
  deleteDoc: db.prepare('DELETE FROM docs WHERE rowid = ?'),
  insertText: db.prepare('INSERT INTO docs_text (rowid, body) VALUES (?, ?)'),
  deleteText: db.prepare('DELETE FROM docs_text WHERE rowid = ?'),
  setMeta: db.prepare(
    'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
  ),
};
const meta = (name: string): number => {
  const row = db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value: string } | undefined;
  return row ? Number(row.value) : 0;
};
let indexedUpTo = meta('indexedUpTo');
let nextTiebreak = meta('nextTiebreak');

function transaction(fn: () => void): void {
  const tiebreak = nextTiebreak;
  db.exec('BEGIN');
  try {
    fn();
    statements.setMeta.run('nextTiebreak', String(nextTiebreak));
    db.exec('COMMIT');
  } catch (error) {
    nextTiebreak = tiebreak;
    db.exec('ROLLBACK');
    throw error;
  }
}

function remove(id: string): void {
  const row = statements.findRow.get(id) as { rowid: number } | undefined;
  if (!row) return;
  statements.deleteText.run(row.rowid);
  statements.deleteDoc.run(row.rowid);
}

function update(message: UpdateMessage): void {
  if (message.from !== indexedUpTo)
    throw new Error(`the index is at change ${indexedUpTo}, not ${message.from}: it needs a catch-up`);
  transaction(() => {
    // A changed case gets a new rowid: its seizure date, hence its place in the order, may have
    // moved. New rows go in in rowid order: FTS5 flushes its pending terms to a new segment
    // whenever a rowid is not above the last one written, which would make every insert a write.
    for (const id of message.removes) remove(id);
    const rows = message.puts.map((put) => {
      if (!message.fresh) remove(put.id);
      if (nextTiebreak >= DAY) throw new RangeError('the full-text index has run out of rowids: rebuild it');
      return { rowid: put.day * DAY + nextTiebreak++, put };
    });
    rows.sort((a, b) => a.rowid - b.rowid);
    for (const { rowid, put } of rows) {
      statements.insertDoc.run(rowid, put.id);
      statements.insertText.run(rowid, put.text);
    }
    statements.setMeta.run('indexedUpTo', String(message.upTo));
  });
  indexedUpTo = message.upTo;
}

function reset(): void {
  transaction(() => {
    db.exec("DELETE FROM docs; INSERT INTO docs_text (docs_text) VALUES ('delete-all');");
    nextTiebreak = 0;
    statements.setMeta.run('indexedUpTo', '0');
  });
  indexedUpTo = 0;
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: FromWorker;
  try {
    if (message.type === 'update') update(message);
    else reset();
    reply = { type: 'done', indexedUpTo, nextTiebreak };
  } catch (error) {
    reply = { type: 'failed', indexedUpTo, nextTiebreak, message: (error as Error).message };
  }
  port.postMessage(reply);
});
