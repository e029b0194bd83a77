/**
 * `<cen-global-search>`: the WCO's global CEN, searched through the officer's own node with the
 * national search's filters (`country` is the reporting member). Results list the anonymised
 * cases members contributed, newest seizure first, each with the country that reported it and
 * linking to its global view; more load with the cursor the node returns. The filters live in the
 * URL (`/global?itrArea=drugs&country=TZ`), so a search is a link.
 *
 * Roles with the `export` permission also get the search's cases as XLSX or CSV (the reporting
 * country in a column). When the global CEN does not answer, the screen says why in words: the
 * WCO node is away (try later), or this node has no contribution agreement in force.
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { GlobalCase } from '../../protocol/api.ts';
import { issuesOf } from './api/http.ts';
import {
  GLOBAL_SEARCH_PARAMS,
  globalExportUrl,
  globalFailureOf,
  searchGlobalCases,
  type GlobalSearchParams,
} from './api/global.ts';
import { CASE_FILTER_SELECTS, filterParamsOf, type FilterTextField } from './cen-case-filters.ts';
import { itemSummary } from './cen-case-table.ts';
import { currentLanguage, formatDate, formatDateTime, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
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
const Q_FIELD: FilterTextField = { name: 'q', label: 'filters.q', hint: 'globalCen.qHint' };

/** The global search parameters of a URL query, unknown keys dropped. */
export function globalParamsOf(query: URLSearchParams): GlobalSearchParams {
  return filterParamsOf(query, GLOBAL_SEARCH_PARAMS) as GlobalSearchParams;
}

type Results = CursorPages<GlobalCase>;

export class CenGlobalSearch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .count {
        font-weight: 600;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-block-end: 0.5rem;
      }
      td ul {
        margin: 0;
        padding-inline-start: 1rem;
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
      const page = await searchGlobalCases(
        { ...globalParamsOf(new URLSearchParams(queryText)), limit: PAGE_SIZE },
        signal,
      );
      return { items: page.items, nextCursor: page.nextCursor } satisfies Results;
    },
    args: () => [this.query.toString()] as const,
  });

  /** The pages "more results" reads after the first. */
  readonly #pages = new MorePages<GlobalCase>(this, (cursor) =>
    searchGlobalCases({ ...globalParamsOf(this.query), limit: PAGE_SIZE, cursor }),
  );

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.#pages.reset();
  }

  readonly #search = (event: CustomEvent<URLSearchParams>) => navigate(paths.global(event.detail));

  /** Plain links, so the browser streams the file; in the console's language (Arabic: RTL sheets). */
  #renderExport() {
    if (!can(this.#session.value, 'export')) return nothing;
    const params = { ...globalParamsOf(this.query), lang: currentLanguage() };
    return html`<section class="panel export" aria-labelledby="export-title">
      <h2 id="export-title">${t('export.label')}</h2>
      ${exportLinks(t('globalCen.exportHint'), (format) => globalExportUrl(format, params))}
    </section>`;
  }

  #renderTable(items: readonly GlobalCase[]) {
    if (items.length === 0) return html`<p>${t('globalCen.none')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('globalCen.results')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('fields.seizureDate')}</th>
            <th scope="col">${t('fields.reportingCountry')}</th>
            <th scope="col">${t('fields.kind')}</th>
            <th scope="col">${t('fields.location')}</th>
            <th scope="col">${t('fields.items')}</th>
            <th scope="col">${t('globalCen.receivedAt')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map((found) => this.#renderRow(found))}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(found: GlobalCase) {
    const c = found.case;
    const href = c.id ? paths.globalCase(found.member.nodeId, c.id) : undefined;
    const date = formatDate(c.seizureDate) || t('globalCen.noDate');
    return html`<tr data-member=${found.member.nodeId} data-case=${c.id ?? ''}>
      <td>${href ? html`<a href=${href}>${date}</a>` : date}</td>
      <td>${label('country', found.member.country)}</td>
      <td>${label('caseKind', c.kind)}</td>
      <td>
        ${c.location ? html`${label('locationType', c.location.type)}${c.location.code ? html` <bdi class="mono">${c.location.code}</bdi>` : nothing}` : nothing}
      </td>
      <td>
        <ul>
          ${(c.items ?? []).map((item) => html`<li>${itemSummary(item)}</li>`)}
        </ul>
      </td>
      <td>${formatDateTime(found.receivedAt)}</td>
    </tr>`;
  }

  #renderResults(results: Results) {
    const { items, nextCursor } = pagesSoFar(results, this.#pages.more);
    return html`
      <p class="count" role="status">${t('globalCen.shown', { count: items.length })}</p>
      ${this.#renderTable(items)}
      ${this.#pages.failure === undefined ? nothing : this.#renderFailure(this.#pages.failure)}
      ${moreButton(nextCursor, this.#pages.loading, (cursor) =>
        // A failure shows under the results.
        this.#pages.load(cursor).catch(() => undefined),
      )}
    `;
  }

  #renderFailure(error: unknown) {
    const issues = issuesOf(error);
    if (issues.length > 0) return searchFailure(issues);
    switch (globalFailureOf(error)) {
      case 'unreachable':
        return html`<p class="message warning" role="alert" data-failure="unreachable">
          ${t('globalCen.unreachable')}
        </p>`;
      case 'no-agreement':
        return html`<p class="message warning" role="alert" data-failure="no-agreement">
          ${t('globalCen.noAgreement')}
        </p>`;
      default:
        return html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`;
    }
  }

  override render() {
    const issues = issuesOf(this.#results.error);
    return html`
      <h1>${t('globalCen.title')}</h1>
      <p>${t('globalCen.intro')}</p>
      <cen-case-filters
        .query=${this.query}
        .textField=${Q_FIELD}
        .selects=${CASE_FILTER_SELECTS}
        .issues=${issues}
        label=${t('globalCen.searchLabel')}
        @cen-filters-search=${this.#search}
      ></cen-case-filters>
      ${this.#renderExport()}
      ${this.#results.render({
        pending: loadingStatus,
        complete: (results) => this.#renderResults(results),
        error: (error) => this.#renderFailure(error),
      })}
    `;
  }
}

customElements.define('cen-global-search', CenGlobalSearch);

declare global {
  interface HTMLElementTagNameMap {
    'cen-global-search': CenGlobalSearch;
  }
}
