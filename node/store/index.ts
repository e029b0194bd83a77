/**
 * The record store: cases, persons and businesses in LevelDB (the only source of truth), with
 * revision hash chains, a change log that peers sync from, secondary indexes for search and
 * correlation, and a derived full-text index in SQLite that can always be rebuilt.
 *
 * Layers: `KvStore` (kv.ts: `MemoryKv`, `LevelKv`) → `RecordStore` (records.ts, implementing
 * types.ts) → `FullTextIndex` (fulltext.ts, written by fulltext-worker.ts) beside it; search.ts
 * joins the filter indexes, protocol/canonical-json.ts hashes records; `checkStore` (check.ts) verifies it
 * all. See docs/decisions/0003 for the search design and its measurements.
 *
 * @example
 *   const store = await openStore('/var/lib/cen', { country: 'KE' });
 *   const c = await store.createCase(input, { username: 'ana' });
 *   const { items, nextCursor } = await store.searchCases({ q: 'suitcase', itrArea: 'drugs' });
 *   await store.close();
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FullTextIndex } from './fulltext.ts';
import { LevelKv } from './level-kv.ts';
import { RecordStore, type DerivedCaseIndex } from './records.ts';

export { canonicalJson } from '../../protocol/canonical-json.ts';
export { checkStore, type CheckOptions, type StoreCheckReport } from './check.ts';
export { FullTextIndex, type FullTextPage, type FullTextSource } from './fulltext.ts';
export { JsonText } from './json-text.ts';
export type { BatchOp, KvIterator, KvStore, Namespace, Range } from './kv.ts';
export { LevelKv } from './level-kv.ts';
export { MemoryKv } from './memory-kv.ts';
export {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  RecordStore,
  type DerivedCaseIndex,
  type RecordStoreOptions,
} from './records.ts';
export type * from './types.ts';

export const STORE_DIRECTORY = 'store';
export const FULL_TEXT_FILE = 'fulltext.sqlite';

export interface OpenStoreOptions {
  country: string;
  clock?: () => Date;
  /** Derived indexes beside the full-text one (statistics); the store closes them with itself. */
  derived?: readonly DerivedCaseIndex[];
}

/**
 * Opens the node's store in its data directory: LevelDB at `<dataDir>/store` and the full-text
 * index at `<dataDir>/fulltext.sqlite`, caught up with the change log. `close()` closes both.
 */
export async function openStore(dataDir: string, opts: OpenStoreOptions): Promise<RecordStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const kv = await LevelKv.open(join(dataDir, STORE_DIRECTORY));
  let fullText: FullTextIndex | undefined;
  try {
    fullText = await FullTextIndex.open(join(dataDir, FULL_TEXT_FILE));
    return await RecordStore.open({ kv, fullText, ...opts });
  } catch (error) {
    await fullText?.close();
    await kv.close();
    throw error;
  }
}

/**
 * Rebuilds a full-text index (by default the store's own) from LevelDB, with the store's writes
 * paused meanwhile; for `cen-node reindex`. Returns how many cases it indexed.
 */
export async function reindex(
  store: RecordStore,
  fts: FullTextIndex | undefined = store.fullText,
): Promise<{ cases: number }> {
  if (!fts) throw new TypeError('this store has no full-text index to rebuild');
  return { cases: await store.withWritesPaused(() => fts.rebuild(store)) };
}
