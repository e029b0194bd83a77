/**
 * `<cen-case-list>`: case search with every filter the API offers (free text, dates, countries,
 * ITR area, commodity, conveyance, detection, place, route, status). The filters live in the URL
 * (`/cases?itrArea=drugs&q=…`), so a search is a link an officer can send; more results load
 * with the cursor the node returns.
 *
 * Analysts also get the export links: the search's cases as XLSX or CSV, and the analyst database.
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { CASE_SEARCH_PARAMS, searchCases, type CaseSearchParams } from './api/cases.ts';
import { analystDatabaseUrl, caseExportUrl } from './api/exports.ts';
import { issuesOf } from './api/http.ts';
import { CASE_FILTER_SELECTS, filterParamsOf, type FilterTextField } from './cen-case-filters.ts';
import './cen-case-table.ts';
import { currentLanguage, LocaleController, t } from './i18n/index.ts';
import {
  exportLinks,
  loadingStatus,
  moreButton,
  pagesSoFar,
  searchFailure,
  MorePages,
  type CursorPages,
} from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 50;
const Q_FIELD: FilterTextField = { name: 'q', label: 'filters.q', hint: 'filters.qHint' };

/** The search parameters of a URL query, unknown keys dropped. */
export function searchParamsOf(query: URLSearchParams): CaseSearchParams {
  return filterParamsOf(query, CASE_SEARCH_PARAMS) as CaseSearchParams;
}

type Results = CursorPages<Case>;

export class CenCaseList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .count {
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
  };

  declare query: URLSearchParams;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #results = new Task(this, {
    task: async ([queryText], { signal }) => {
      const page = await searchCases(
        { ...searchParamsOf(new URLSearchParams(queryText)), limit: PAGE_SIZE },
        signal,
      );
      return { items: page.items, nextCursor: page.nextCursor } satisfies Results;
    },
    args: () => [this.query.toString()] as const,
  });

  /** The pages "more results" reads after the first. */
  readonly #pages = new MorePages<Case>(this, (cursor) =>
    searchCases({ ...searchParamsOf(this.query), limit: PAGE_SIZE, cursor }),
  );

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.#pages.reset();
  }

  readonly #search = (event: CustomEvent<URLSearchParams>) => navigate(paths.cases(event.detail));

  #renderFilters(issues: ValidationIssue[]) {
    return html`<cen-case-filters
      .query=${this.query}
      .textField=${Q_FIELD}
      .selects=${CASE_FILTER_SELECTS}
      .issues=${issues}
      label=${t('filters.label')}
      @cen-filters-search=${this.#search}
    ></cen-case-filters>`;
  }

  /**
   * Analysts download what the search finds (in the console's language, so Arabic gives
   * right-to-left sheets) and the analyst database; plain links, so the browser streams the file.
   */
  #renderExport() {
    if (!can(this.#session.value, 'export')) return nothing;
    const lang = currentLanguage();
    const params = { ...searchParamsOf(this.query), lang };
    return html`<section class="panel export" aria-labelledby="export-title">
      <h2 id="export-title">${t('export.label')}</h2>
      ${exportLinks(t('export.hint'), (format) => caseExportUrl(format, params))}
      <p class="hint" id="analyst-db-hint">${t('export.analystDbHint')}</p>
      <div class="actions">
        <a
          class="button secondary"
          href=${analystDatabaseUrl({ lang })}
          download
          aria-describedby="analyst-db-hint"
          >${t('export.analystDb')}</a
        >
      </div>
    </section>`;
  }

  #renderResults(results: Results) {
    const { items, nextCursor } = pagesSoFar(results, this.#pages.more);
    return html`
      <p class="count" role="status">${t('cases.shown', { count: items.length })}</p>
      <cen-case-table .cases=${items} caption=${t('cases.results')}></cen-case-table>
      ${moreButton(nextCursor, this.#pages.loading, (cursor) => this.#pages.load(cursor))}
    `;
  }

  override render() {
    const error = this.#results.error;
    const issues = issuesOf(error);
    return html`
      <h1>${t('nav.cases')}</h1>
      ${this.#renderFilters(issues)} ${this.#renderExport()}
      ${this.#results.render({
        pending: loadingStatus,
        complete: (results) => this.#renderResults(results),
        error: () => searchFailure(issues),
      })}
    `;
  }
}

customElements.define('cen-case-list', CenCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-list': CenCaseList;
  }
}
