/**
 * `StatsService`: answers statistics and data-quality queries from the statistics database,
 * after making sure it holds every write acknowledged so far (catching up in the store's writer
 * queue when it does not) and, for a free-text `q`, after asking the full-text index which cases
 * hold those words, so that the figures count exactly the cases `GET /cases` would find.
 *
 * @example
 *   const stats = new StatsService({ index, store });
 *   const answer = await stats.stats({ dimension: 'itrArea', period: 'year', from: '2024-01-01' });
 */
import type { QualityParams, QualityResponse, StatsParams, StatsResponse } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import type { FullTextIndex, FullTextSource } from '../store/fulltext.ts';
import { MAX_LIMIT } from '../store/records.ts';
import type { CaseQuery, Page } from '../store/types.ts';
import { qualityOf } from './quality.ts';
import { statsOf } from './query.ts';
import type { StatsIndex } from './stats-index.ts';

/** What the service needs of the record store (`RecordStore` has it all). */
export interface StatsStore extends FullTextSource {
  withWritesPaused<T>(fn: () => Promise<T>): Promise<T>;
  searchCases(query: CaseQuery): Promise<Page<Case>>;
  readonly fullText?: FullTextIndex | undefined;
}

export interface StatsServiceDeps {
  index: StatsIndex;
  store: StatsStore;
  /** Today at the node, where a range without `to` ends. */
  clock?: () => Date;
}

/** More matches than any store holds: the full-text index returns them all in one call. */
const ALL_MATCHES = 100_000_000;

export class StatsService {
  readonly #index: StatsIndex;
  readonly #store: StatsStore;
  readonly #clock: () => Date;

  constructor(deps: StatsServiceDeps) {
    this.#index = deps.index;
    this.#store = deps.store;
    this.#clock = deps.clock ?? (() => new Date());
  }

  async stats(query: StatsParams): Promise<StatsResponse> {
    const { q, ...rest } = query;
    const textMatches = await this.#prepare(q, rest);
    return statsOf(this.#index.table(), rest, { today: this.#today(), textMatches });
  }

  async quality(query: QualityParams): Promise<QualityResponse> {
    const { q, ...rest } = query;
    const textMatches = await this.#prepare(q, rest);
    return qualityOf(this.#index.table(), rest, { today: this.#today(), textMatches });
  }

  #today(): string {
    return this.#clock().toISOString().slice(0, 10);
  }

  /**
   * The ids the free text finds (undefined without `q`), and the database caught up. Nothing may
   * await between this and the query that reads them: the caller runs the query at once.
   */
  async #prepare(
    q: string | undefined,
    dates: { from?: string; to?: string },
  ): Promise<string[] | undefined> {
    const matches = q === undefined ? undefined : await this.#textMatches(q, dates);
    if (this.#index.isBehind(this.#store.lastSeq()))
      await this.#store.withWritesPaused(() => this.#index.catchUp(this.#store));
    return matches;
  }

  async #textMatches(q: string, dates: { from?: string; to?: string }): Promise<string[]> {
    const range = {
      ...(dates.from === undefined ? {} : { from: dates.from }),
      ...(dates.to === undefined ? {} : { to: dates.to }),
    };
    const store = this.#store;
    const fullText = store.fullText;
    if (fullText) {
      // As the store's own search does: every write made so far must be in the index.
      if (fullText.isBehind(store.lastSeq())) await store.withWritesPaused(() => fullText.catchUp(store));
      await fullText.settled();
      if (fullText.isBehind(store.lastSeq())) await store.withWritesPaused(() => fullText.catchUp(store));
      return fullText.search(q, ALL_MATCHES, undefined, range).ids;
    }
    // A store without a full-text index searches text by reading cases: page through it.
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.searchCases({ q, ...range, limit: MAX_LIMIT, ...(cursor ? { cursor } : {}) });
      for (const c of page.items) ids.push(c.id);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return ids;
  }
}
