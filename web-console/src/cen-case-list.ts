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
import { CASE_STATUSES, type Case } from '../../protocol/records.ts';
import { CASE_SEARCH_PARAMS, searchCases, type CaseSearchParams } from './api/cases.ts';
import { analystDatabaseUrl, caseExportUrl } from './api/exports.ts';
import { issuesOf } from './api/http.ts';
import './cen-case-table.ts';
import { currentLanguage, LocaleController, t, type MessageKey } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, options, type Option, type VocabularyName } from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 50;

type Filter = Exclude<(typeof CASE_SEARCH_PARAMS)[number], 'cursor' | 'limit'>;

const SELECTS: readonly { name: Filter; vocabulary: VocabularyName; key: MessageKey }[] = [
  { name: 'country', vocabulary: 'country', key: 'filters.country' },
  { name: 'itrArea', vocabulary: 'itrArea', key: 'fields.itrArea' },
  { name: 'commodity', vocabulary: 'commodity', key: 'fields.commodity' },
  { name: 'conveyanceMode', vocabulary: 'conveyanceMode', key: 'fields.conveyanceMode' },
  { name: 'detectionMethod', vocabulary: 'detectionMethod', key: 'fields.detectionMethod' },
  { name: 'locationType', vocabulary: 'locationType', key: 'fields.locationType' },
  { name: 'routeCountry', vocabulary: 'country', key: 'filters.routeCountry' },
  { name: 'status', vocabulary: 'caseStatus', key: 'fields.status' },
];

/** The search parameters of a URL query, unknown keys dropped. */
export function searchParamsOf(query: URLSearchParams): CaseSearchParams {
  const params: Record<string, string> = {};
  for (const name of CASE_SEARCH_PARAMS) {
    const value = query.get(name)?.trim();
    if (value && name !== 'cursor' && name !== 'limit') params[name] = value;
  }
  if (params.status !== undefined && !(CASE_STATUSES as readonly string[]).includes(params.status))
    delete params.status;
  return params;
}

interface Results {
  items: Case[];
  nextCursor: string | undefined;
}

export class CenCaseList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0 1rem;
      }
      .filters .wide {
        grid-column: 1 / -1;
      }
      .count {
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
    area: { state: true },
    more: { state: true },
    loadingMore: { state: true },
  };

  declare query: URLSearchParams;
  /** The ITR area chosen in the form, which narrows the commodity list. */
  declare area: string;
  /** Pages loaded after the first with "more results". */
  declare more: Results | undefined;
  declare loadingMore: boolean;

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

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
    this.area = '';
    this.more = undefined;
    this.loadingMore = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      this.area = this.query.get('itrArea') ?? '';
      this.more = undefined;
    }
  }

  readonly #search = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const [name, value] of data) {
      if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
    }
    navigate(paths.cases(query));
  };

  readonly #clear = () => {
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    navigate(paths.cases());
  };

  readonly #loadMore = async (cursor: string) => {
    this.loadingMore = true;
    try {
      const page = await searchCases({ ...searchParamsOf(this.query), limit: PAGE_SIZE, cursor });
      this.more = { items: [...(this.more?.items ?? []), ...page.items], nextCursor: page.nextCursor };
    } finally {
      this.loadingMore = false;
    }
  };

  #select(name: Filter, vocabulary: VocabularyName, key: MessageKey, issues: ValidationIssue[]) {
    const selected = this.query.get(name) ?? '';
    const list: Option[] =
      name === 'commodity' ? commodityOptions(this.area || undefined) : options(vocabulary);
    const fieldIssues = issues.filter((issue) => issue.path === name);
    return html`<div class="field">
      <label for=${name}>${t(key)}</label>
      <select
        id=${name}
        name=${name}
        aria-invalid=${fieldIssues.length > 0 ? 'true' : 'false'}
        @change=${name === 'itrArea' ? (event: Event) => (this.area = (event.target as HTMLSelectElement).value) : nothing}
      >
        <option value="">${t('filters.any')}</option>
        ${list.map((option) => html`<option value=${option.code} ?selected=${option.code === selected}>${option.label}</option>`)}
      </select>
      ${fieldIssues.map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
    </div>`;
  }

  #date(name: 'from' | 'to', key: MessageKey, issues: ValidationIssue[]) {
    const fieldIssues = issues.filter((issue) => issue.path === name);
    return html`<div class="field">
      <label for=${name}>${t(key)}</label>
      <input
        id=${name}
        name=${name}
        type="date"
        .value=${this.query.get(name) ?? ''}
        aria-invalid=${fieldIssues.length > 0 ? 'true' : 'false'}
      />
      ${fieldIssues.map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
    </div>`;
  }

  #renderFilters(issues: ValidationIssue[]) {
    return html`<form class="panel" role="search" @submit=${this.#search} aria-label=${t('filters.label')}>
      <div class="filters">
        <div class="field wide">
          <label for="q">${t('filters.q')}</label>
          <input
            id="q"
            name="q"
            type="search"
            .value=${this.query.get('q') ?? ''}
            aria-describedby="q-hint"
          />
          <div class="hint" id="q-hint">${t('filters.qHint')}</div>
        </div>
        ${this.#date('from', 'filters.from', issues)} ${this.#date('to', 'filters.to', issues)}
        ${SELECTS.map((select) => this.#select(select.name, select.vocabulary, select.key, issues))}
      </div>
      <div class="actions">
        <button type="submit">${t('filters.search')}</button>
        <button type="button" class="secondary" @click=${this.#clear}>${t('filters.clear')}</button>
      </div>
    </form>`;
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
      <p class="hint" id="export-hint">${t('export.hint')}</p>
      <div class="actions">
        <a
          class="button secondary"
          href=${caseExportUrl('xlsx', params)}
          download
          aria-describedby="export-hint"
          >${t('export.xlsx')}</a
        >
        <a
          class="button secondary"
          href=${caseExportUrl('csv', params)}
          download
          aria-describedby="export-hint"
          >${t('export.csv')}</a
        >
      </div>
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
    const items = [...results.items, ...(this.more?.items ?? [])];
    const nextCursor = this.more ? this.more.nextCursor : results.nextCursor;
    return html`
      <p class="count" role="status">${t('cases.shown', { count: items.length })}</p>
      <cen-case-table .cases=${items} caption=${t('cases.results')}></cen-case-table>
      ${
        nextCursor
          ? html`<div class="actions">
              <button
                class="secondary"
                ?disabled=${this.loadingMore}
                @click=${() => this.#loadMore(nextCursor)}
              >
                ${t('cases.more')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  override render() {
    const error = this.#results.error;
    const issues = issuesOf(error);
    return html`
      <h1>${t('nav.cases')}</h1>
      ${this.#renderFilters(issues)} ${this.#renderExport()}
      ${this.#results.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (results) => this.#renderResults(results),
        error: () =>
          html`<p class="message error" role="alert">
            ${issues.length > 0 ? t('filters.invalid') : t('app.loadFailed')}
          </p>`,
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
