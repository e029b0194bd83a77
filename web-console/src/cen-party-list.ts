/**
 * `<cen-party-list>`: the persons (`/persons`) or businesses (`/businesses`) screen: one search
 * box (a name, or a document or registration number: text with a digit in it) and a country, in
 * alphabetical order, more results loading with the node's cursor. The search lives in the URL
 * (`/persons?q=otieno`) like the case search; the node audits every search of nominal records.
 *
 * Properties in: `kind` ('person' | 'business'), `query` (the URL's search parameters).
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Business, Person } from '../../protocol/records.ts';
import { searchBusinesses } from './api/businesses.ts';
import { searchPersons } from './api/persons.ts';
import { formatDate, LocaleController, t } from './i18n/index.ts';
import { label, options } from './i18n/vocabulary.ts';
import { businessSearchOf, personSearchOf } from './party-search.ts';
import { firstDocument, personName } from './party-parts.ts';
import { loadingStatus, moreButton } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 50;

type Results = { kind: 'person'; items: Person[] } | { kind: 'business'; items: Business[] };
type Page = Results & { nextCursor: string | undefined };

async function search(
  kind: 'person' | 'business',
  query: URLSearchParams,
  cursor?: string,
  signal?: AbortSignal,
): Promise<Page> {
  const text = query.get('q') ?? '';
  const country = query.get('country')?.trim() || undefined;
  const paging = { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  if (kind === 'person') {
    const page = await searchPersons({ ...personSearchOf(text), nationality: country, ...paging }, signal);
    return { kind, items: page.items, nextCursor: page.nextCursor };
  }
  const page = await searchBusinesses({ ...businessSearchOf(text), country, ...paging }, signal);
  return { kind, items: page.items, nextCursor: page.nextCursor };
}

export class CenPartyList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      .count {
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    kind: {},
    query: { attribute: false },
    more: { state: true },
    loadingMore: { state: true },
  };

  declare kind: 'person' | 'business';
  declare query: URLSearchParams;
  /** Pages loaded after the first with "more results". */
  declare more: Page | undefined;
  declare loadingMore: boolean;

  readonly #results = new Task(this, {
    task: async ([kind, queryText], { signal }) =>
      search(kind, new URLSearchParams(queryText), undefined, signal),
    args: () => [this.kind, this.query.toString()] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.kind = 'person';
    this.query = new URLSearchParams();
    this.more = undefined;
    this.loadingMore = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('kind')) this.more = undefined;
  }

  #pathOf(query?: URLSearchParams): string {
    return this.kind === 'person' ? paths.persons(query) : paths.businesses(query);
  }

  readonly #search = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const [name, value] of data) {
      if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
    }
    navigate(this.#pathOf(query));
  };

  readonly #loadMore = async (cursor: string) => {
    this.loadingMore = true;
    try {
      const page = await search(this.kind, this.query, cursor);
      const earlier = this.more?.items ?? [];
      this.more =
        page.kind === 'person'
          ? { kind: 'person', items: [...(earlier as Person[]), ...page.items], nextCursor: page.nextCursor }
          : {
              kind: 'business',
              items: [...(earlier as Business[]), ...page.items],
              nextCursor: page.nextCursor,
            };
    } catch {
      // the button stays: the officer can try again
    } finally {
      this.loadingMore = false;
    }
  };

  #renderSearch() {
    const person = this.kind === 'person';
    return html`<form
      class="panel"
      role="search"
      @submit=${this.#search}
      aria-label=${t(person ? 'people.searchPersons' : 'people.searchBusinesses')}
    >
      <div class="filters">
        <div class="field">
          <label for="q">${t(person ? 'picker.findPerson' : 'picker.findBusiness')}</label>
          <input
            id="q"
            name="q"
            type="search"
            dir="auto"
            .value=${this.query.get('q') ?? ''}
            aria-describedby="q-hint"
          />
          <div class="hint" id="q-hint">${t(person ? 'picker.personHint' : 'picker.businessHint')}</div>
        </div>
        <div class="field">
          <label for="country">${t(person ? 'fields.nationality' : 'fields.country')}</label>
          <select id="country" name="country">
            <option value="">${t('filters.any')}</option>
            ${options('country').map((option) => html`<option value=${option.code} ?selected=${option.code === this.query.get('country')}>${option.label}</option>`)}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit">${t('filters.search')}</button>
      </div>
    </form>`;
  }

  #renderPersons(persons: readonly Person[]) {
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('people.persons')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('people.name')}</th>
            <th scope="col">${t('fields.birthDate')}</th>
            <th scope="col">${t('fields.nationality')}</th>
            <th scope="col">${t('people.document')}</th>
          </tr>
        </thead>
        <tbody>
          ${persons.map(
            (person) =>
              html`<tr>
                <th scope="row">
                  <a href=${paths.person(person.id)}><bdi>${personName(person)}</bdi></a>
                </th>
                <td>${formatDate(person.birthDate)}</td>
                <td>${label('country', person.nationality)}</td>
                <td><bdi>${firstDocument(person)}</bdi></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderBusinesses(businesses: readonly Business[]) {
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('people.businesses')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('fields.businessName')}</th>
            <th scope="col">${t('fields.registrationNumber')}</th>
            <th scope="col">${t('fields.country')}</th>
          </tr>
        </thead>
        <tbody>
          ${businesses.map(
            (business) =>
              html`<tr>
                <th scope="row">
                  <a href=${paths.business(business.id)}><bdi>${business.name}</bdi></a>
                </th>
                <td><bdi class="mono">${business.registrationNumber ?? ''}</bdi></td>
                <td>${label('country', business.country)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderResults(first: Page) {
    const nextCursor = this.more ? this.more.nextCursor : first.nextCursor;
    const person = first.kind === 'person';
    const items =
      first.kind === 'person'
        ? [...first.items, ...((this.more?.items ?? []) as Person[])]
        : [...first.items, ...((this.more?.items ?? []) as Business[])];
    return html`
      <p class="count" role="status">
        ${
          items.length === 0
            ? t(person ? 'picker.noPersons' : 'picker.noBusinesses')
            : t(person ? 'people.personsShown' : 'people.businessesShown', { count: items.length })
        }
      </p>
      ${
        items.length === 0
          ? nothing
          : person
            ? this.#renderPersons(items as Person[])
            : this.#renderBusinesses(items as Business[])
      }
      ${moreButton(nextCursor, this.loadingMore, (cursor) => this.#loadMore(cursor))}
    `;
  }

  override render() {
    return html`
      <h1>${t(this.kind === 'person' ? 'people.persons' : 'people.businesses')}</h1>
      ${this.#renderSearch()}
      ${this.#results.render({
        pending: loadingStatus,
        complete: (page) => (page.kind === this.kind ? this.#renderResults(page) : nothing),
        error: () => html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`,
      })}
    `;
  }
}

customElements.define('cen-party-list', CenPartyList);

declare global {
  interface HTMLElementTagNameMap {
    'cen-party-list': CenPartyList;
  }
}
