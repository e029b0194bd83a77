/**
 * What the search and list screens share: lists read a page at a time with the cursor the node
 * returns (the first page a screen's `Task` reads, those "more results" adds in `MorePages`, or
 * `nextPageOf`/`afterPage` for lists that keep their items themselves), the "more results"
 * button, the loading line, the message of a failed search, and the export links of a search.
 *
 * @example
 *   readonly #pages = new MorePages<Case>(this, (cursor) => searchCases({ ...params, cursor }));
 *   const { items, nextCursor } = pagesSoFar(first, this.#pages.more);
 *   html`${items.map(row)} ${moreButton(nextCursor, this.#pages.loading, (c) => this.#pages.load(c))}`;
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { t, type MessageKey } from './i18n/index.ts';

/** Items read so far, and the cursor of the next page (none: nothing more). */
export interface CursorPages<T> {
  items: T[];
  nextCursor: string | undefined;
}

/** The first page with the pages read after it: every item so far, and the last page's cursor. */
export function pagesSoFar<T>(first: CursorPages<T>, more: CursorPages<T> | undefined): CursorPages<T> {
  return {
    items: [...first.items, ...(more?.items ?? [])],
    nextCursor: more ? more.nextCursor : first.nextCursor,
  };
}

/** The pages read after the first, with one more. */
function withPage<T>(
  more: CursorPages<T> | undefined,
  page: { items: readonly T[]; nextCursor?: string | undefined },
): CursorPages<T> {
  return { items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor };
}

/**
 * The pages "more results" reads after a list's first page, for a host that reads the first
 * itself (a `Task` of its search): the host shows `pagesSoFar(first, pages.more)`, calls
 * `reset()` when its search changes, and `load(cursor)` for the next page.
 */
export class MorePages<T> {
  readonly #host: ReactiveControllerHost;
  readonly #read: (cursor: string) => Promise<{ items: readonly T[]; nextCursor?: string | undefined }>;
  /** The pages read after the first (undefined: none yet). */
  more: CursorPages<T> | undefined = undefined;
  loading = false;
  /** Why the last page failed, if it did. */
  failure: unknown = undefined;

  constructor(
    host: ReactiveControllerHost,
    read: (cursor: string) => Promise<{ items: readonly T[]; nextCursor?: string | undefined }>,
  ) {
    this.#host = host;
    this.#read = read;
  }

  reset(): void {
    this.more = undefined;
    this.failure = undefined;
  }

  /** Reads the page at `cursor`; a failure is kept in `failure`, and rejects. */
  async load(cursor: string): Promise<void> {
    this.loading = true;
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      this.more = withPage(this.more, await this.#read(cursor));
    } catch (err) {
      this.failure = err;
      throw err;
    } finally {
      this.loading = false;
      this.#host.requestUpdate();
    }
  }
}

/** "More results", while there is a next page; disabled while it loads. */
export function moreButton(
  nextCursor: string | undefined,
  loading: boolean,
  onMore: (cursor: string) => unknown,
  key: MessageKey = 'cases.more',
): TemplateResult | typeof nothing {
  if (!nextCursor) return nothing;
  return html`<div class="actions">
    <button class="secondary" ?disabled=${loading} @click=${() => onMore(nextCursor)}>${t(key)}</button>
  </div>`;
}

export function loadingStatus(): TemplateResult {
  return html`<p role="status">${t('app.loading')}</p>`;
}

/** Why a search failed: filters the node refused (each said at its field), or anything else. */
export function searchFailure(issues: readonly ValidationIssue[]): TemplateResult {
  return html`<p class="message error" role="alert">
    ${issues.length > 0 ? t('filters.invalid') : t('app.loadFailed')}
  </p>`;
}

/**
 * The links that download what a search finds, as XLSX or CSV; plain links, so the browser
 * streams the file. The caller puts them in its export section, under `export-title`.
 */
export function exportLinks(hint: string, urlOf: (format: 'xlsx' | 'csv') => string): TemplateResult {
  return html`<p class="hint" id="export-hint">${hint}</p>
    <div class="actions">
      <a class="button secondary" href=${urlOf('xlsx')} download aria-describedby="export-hint"
        >${t('export.xlsx')}</a
      >
      <a class="button secondary" href=${urlOf('csv')} download aria-describedby="export-hint"
        >${t('export.csv')}</a
      >
    </div>`;
}

/** What to ask for the next page of a list read `more` at a time: its cursor, or the first page. */
export function nextPageOf(more: boolean, nextCursor: string | undefined): { cursor?: string } {
  return more && nextCursor ? { cursor: nextCursor } : {};
}

/** The list after reading a page: the page added to it for "more", or the page alone. */
export function afterPage<T>(more: boolean, items: readonly T[], page: readonly T[]): T[] {
  return more ? [...items, ...page] : [...page];
}
