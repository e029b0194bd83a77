/**
 * `<cen-case-filters>`: the case filter form that case search, photo search and the global CEN
 * share: one free-text field, the two dates and the coded filters (country, ITR area, commodity,
 * conveyance, detection, place, route, status), each a list of codes labelled in the reader's
 * language. Choosing an ITR area narrows the commodity list. The form shows the values of `query`
 * and the issues of a 400 answer next to their fields; it does not navigate: the screen that holds
 * it decides where a search leads.
 *
 * Properties in: `query` (the URL's search parameters), `textField` (the free-text field's name,
 * label and optional hint), `selects` (which coded filters, in order), `issues`, `label` (the
 * form's accessible name).
 * Events out: `cen-filters-search` (detail: the filled-in fields as `URLSearchParams`; empty
 * after "Clear filters").
 *
 * @example
 *   html`<cen-case-filters
 *     .query=${this.query}
 *     .textField=${{ name: 'q', label: 'filters.q', hint: 'filters.qHint' }}
 *     .selects=${CASE_FILTER_SELECTS}
 *     .issues=${issues}
 *     label=${t('filters.label')}
 *     @cen-filters-search=${(e: CustomEvent<URLSearchParams>) => navigate(paths.cases(e.detail))}
 *   ></cen-case-filters>`
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { CASE_STATUSES } from '../../protocol/records.ts';
import { LocaleController, t, type MessageKey } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, options, type Option, type VocabularyName } from './i18n/vocabulary.ts';
import { sharedStyles } from './styles.ts';

/** Fired with the filled-in fields when the officer searches or clears the filters. */
export const FILTERS_SEARCH_EVENT = 'cen-filters-search';

/** The coded filters every case search understands (`CaseSearchParams`). */
export type CaseFilterSelect =
  | 'country'
  | 'itrArea'
  | 'commodity'
  | 'conveyanceMode'
  | 'detectionMethod'
  | 'locationType'
  | 'routeCountry'
  | 'status';

const SELECT_FIELDS: Readonly<Record<CaseFilterSelect, { vocabulary: VocabularyName; key: MessageKey }>> = {
  country: { vocabulary: 'country', key: 'filters.country' },
  itrArea: { vocabulary: 'itrArea', key: 'fields.itrArea' },
  commodity: { vocabulary: 'commodity', key: 'fields.commodity' },
  conveyanceMode: { vocabulary: 'conveyanceMode', key: 'fields.conveyanceMode' },
  detectionMethod: { vocabulary: 'detectionMethod', key: 'fields.detectionMethod' },
  locationType: { vocabulary: 'locationType', key: 'fields.locationType' },
  routeCountry: { vocabulary: 'country', key: 'filters.routeCountry' },
  status: { vocabulary: 'caseStatus', key: 'fields.status' },
};

/** Case search's order: the reporting country first. */
export const CASE_FILTER_SELECTS: readonly CaseFilterSelect[] = [
  'country',
  'itrArea',
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'status',
];

export interface FilterTextField {
  name: string;
  label: MessageKey;
  /** A line under the field saying what the words are matched against. */
  hint?: MessageKey;
}

/**
 * The filter values of a URL query for the parameters `names`, blanks and unknown keys dropped,
 * and a status that is not one left out (the node would refuse the whole search for it).
 *
 * @example
 *   filterParamsOf(new URLSearchParams('itrArea=drugs&foo=1'), CASE_SEARCH_PARAMS); // { itrArea: 'drugs' }
 */
export function filterParamsOf<Name extends string>(
  query: URLSearchParams,
  names: readonly Name[],
): Partial<Record<Exclude<Name, 'cursor' | 'limit'>, string>> {
  const params: Record<string, string> = {};
  for (const name of names) {
    const value = query.get(name)?.trim();
    if (value && name !== 'cursor' && name !== 'limit') params[name] = value;
  }
  if (params.status !== undefined && !(CASE_STATUSES as readonly string[]).includes(params.status))
    delete params.status;
  return params;
}

export class CenCaseFilters extends LitElement {
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
    `,
  ];

  static override properties = {
    query: { attribute: false },
    textField: { attribute: false },
    selects: { attribute: false },
    issues: { attribute: false },
    label: {},
    area: { state: true },
  };

  declare query: URLSearchParams;
  declare textField: FilterTextField;
  declare selects: readonly CaseFilterSelect[];
  declare issues: readonly ValidationIssue[];
  declare label: string;
  /** The ITR area chosen in the form, which narrows the commodity list. */
  declare area: string;

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
    this.textField = { name: 'q', label: 'filters.q' };
    this.selects = CASE_FILTER_SELECTS;
    this.issues = [];
    this.label = '';
    this.area = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.area = this.query.get('itrArea') ?? '';
  }

  #emit(query: URLSearchParams): void {
    this.dispatchEvent(
      new CustomEvent<URLSearchParams>(FILTERS_SEARCH_EVENT, {
        detail: query,
        bubbles: true,
        composed: true,
      }),
    );
  }

  readonly #search = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const [name, value] of data) {
      if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
    }
    this.#emit(query);
  };

  readonly #clear = () => {
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    this.area = '';
    this.#emit(new URLSearchParams());
  };

  #fieldIssues(name: string): readonly ValidationIssue[] {
    return this.issues.filter((issue) => issue.path === name);
  }

  #select(name: CaseFilterSelect) {
    const { vocabulary, key } = SELECT_FIELDS[name];
    const selected = this.query.get(name) ?? '';
    const list: Option[] =
      name === 'commodity' ? commodityOptions(this.area || undefined) : options(vocabulary);
    const fieldIssues = this.#fieldIssues(name);
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

  #date(name: 'from' | 'to', key: MessageKey) {
    const fieldIssues = this.#fieldIssues(name);
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

  #text() {
    const { name, label, hint } = this.textField;
    const fieldIssues = this.#fieldIssues(name);
    return html`<div class="field wide">
      <label for=${name}>${t(label)}</label>
      <input
        id=${name}
        name=${name}
        type="search"
        .value=${this.query.get(name) ?? ''}
        aria-invalid=${fieldIssues.length > 0 ? 'true' : 'false'}
        aria-describedby=${hint ? `${name}-hint` : nothing}
      />
      ${hint ? html`<div class="hint" id=${`${name}-hint`}>${t(hint)}</div>` : nothing}
      ${fieldIssues.map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
    </div>`;
  }

  override render() {
    return html`<form class="panel" role="search" @submit=${this.#search} aria-label=${this.label}>
      <div class="filters">
        ${this.#text()} ${this.#date('from', 'filters.from')} ${this.#date('to', 'filters.to')}
        ${this.selects.map((name) => this.#select(name))}
      </div>
      <div class="actions">
        <button type="submit">${t('filters.search')}</button>
        <button type="button" class="secondary" @click=${this.#clear}>${t('filters.clear')}</button>
      </div>
    </form>`;
  }
}

customElements.define('cen-case-filters', CenCaseFilters);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-filters': CenCaseFilters;
  }
}
