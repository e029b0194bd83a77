/**
 * `<cen-photo-search>`: the "Photos" screen. Photos of cases found by the case filters (dates,
 * ITR area, commodity, conveyance, detection, place, route, status) and words of the caption,
 * newest seizure first, each with its case; and, from any photo, the photos of other cases that
 * look like it (`/photos?similar=<hash>&case=<id>`): the same concealment photographed again,
 * resized or recompressed. The filters live in the URL, so a search is a link.
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { PhotoHit, SimilarPhoto, ValidationIssue } from '../../protocol/api.ts';
import { isUuidV7 } from '../../protocol/ids.ts';
import { CASE_STATUSES } from '../../protocol/records.ts';
import { issuesOf } from './api/http.ts';
import {
  PHOTO_SEARCH_PARAMS,
  photoUrl,
  searchPhotos,
  similarPhotos,
  type PhotoSearchParams,
} from './api/photos.ts';
import { photoStyles } from './cen-photo-gallery.ts';
import { formatDate, formatList, formatNumber, LocaleController, t, type MessageKey } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, label, options, type Option, type VocabularyName } from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 48;
const SHA256 = /^[0-9a-f]{64}$/;

type Filter = Exclude<(typeof PHOTO_SEARCH_PARAMS)[number], 'cursor' | 'limit'>;

const SELECTS: readonly { name: Filter; vocabulary: VocabularyName; key: MessageKey }[] = [
  { name: 'itrArea', vocabulary: 'itrArea', key: 'fields.itrArea' },
  { name: 'commodity', vocabulary: 'commodity', key: 'fields.commodity' },
  { name: 'conveyanceMode', vocabulary: 'conveyanceMode', key: 'fields.conveyanceMode' },
  { name: 'detectionMethod', vocabulary: 'detectionMethod', key: 'fields.detectionMethod' },
  { name: 'locationType', vocabulary: 'locationType', key: 'fields.locationType' },
  { name: 'routeCountry', vocabulary: 'country', key: 'filters.routeCountry' },
  { name: 'country', vocabulary: 'country', key: 'filters.country' },
  { name: 'status', vocabulary: 'caseStatus', key: 'fields.status' },
];

/** The photo search parameters of a URL query, unknown keys dropped. */
export function photoParamsOf(query: URLSearchParams): PhotoSearchParams {
  const params: Record<string, string> = {};
  for (const name of PHOTO_SEARCH_PARAMS) {
    const value = query.get(name)?.trim();
    if (value && name !== 'cursor' && name !== 'limit') params[name] = value;
  }
  if (params.status !== undefined && !(CASE_STATUSES as readonly string[]).includes(params.status))
    delete params.status;
  return params;
}

/** The photo a similar-photo search starts from, when the URL names one. */
export function similarOf(query: URLSearchParams): { hash: string; caseId?: string } | undefined {
  const hash = query.get('similar') ?? '';
  if (!SHA256.test(hash)) return undefined;
  const caseId = query.get('case') ?? '';
  return isUuidV7(caseId) ? { hash, caseId } : { hash };
}

interface Results {
  items: PhotoHit[];
  nextCursor: string | undefined;
}

export class CenPhotoSearch extends LitElement {
  static override styles = [
    sharedStyles,
    photoStyles,
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
      a.thumb {
        display: flex;
        align-items: center;
        justify-content: center;
        aspect-ratio: 4 / 3;
        background: #f3f5f7;
        border: 1px solid var(--cen-line, #d0d4d9);
        overflow: hidden;
      }
      a.thumb img {
        max-inline-size: 100%;
        max-block-size: 100%;
        object-fit: contain;
      }
      .source {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-start;
      }
      .source a.thumb {
        inline-size: 14rem;
      }
      .meta {
        font-size: 0.9rem;
        color: var(--cen-muted, #4a4a4a);
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
  declare more: Results | undefined;
  declare loadingMore: boolean;

  readonly #results = new Task(this, {
    task: async ([queryText], { signal }) => {
      const query = new URLSearchParams(queryText);
      if (similarOf(query)) return undefined;
      const page = await searchPhotos({ ...photoParamsOf(query), limit: PAGE_SIZE }, signal);
      return { items: page.items, nextCursor: page.nextCursor } satisfies Results;
    },
    args: () => [this.query.toString()] as const,
  });

  readonly #similar = new Task(this, {
    task: async ([queryText], { signal }) => {
      const source = similarOf(new URLSearchParams(queryText));
      if (!source) return undefined;
      const response = await similarPhotos(source.hash, source.caseId ? { case: source.caseId } : {}, signal);
      return response.items;
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
    navigate(paths.photos(query));
  };

  readonly #clear = () => {
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    navigate(paths.photos());
  };

  readonly #loadMore = async (cursor: string) => {
    this.loadingMore = true;
    try {
      const page = await searchPhotos({ ...photoParamsOf(this.query), limit: PAGE_SIZE, cursor });
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

  #text(name: 'caption' | 'from' | 'to', key: MessageKey, issues: ValidationIssue[], type = 'search') {
    const fieldIssues = issues.filter((issue) => issue.path === name);
    return html`<div class="field ${name === 'caption' ? 'wide' : ''}">
      <label for=${name}>${t(key)}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        .value=${this.query.get(name) ?? ''}
        aria-invalid=${fieldIssues.length > 0 ? 'true' : 'false'}
      />
      ${fieldIssues.map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
    </div>`;
  }

  #renderFilters(issues: ValidationIssue[]) {
    return html`<form
      class="panel"
      role="search"
      @submit=${this.#search}
      aria-label=${t('photos.searchLabel')}
    >
      <div class="filters">
        ${this.#text('caption', 'photos.captionWords', issues)}
        ${this.#text('from', 'filters.from', issues, 'date')}
        ${this.#text('to', 'filters.to', issues, 'date')}
        ${SELECTS.map((select) => this.#select(select.name, select.vocabulary, select.key, issues))}
      </div>
      <div class="actions">
        <button type="submit">${t('filters.search')}</button>
        <button type="button" class="secondary" @click=${this.#clear}>${t('filters.clear')}</button>
      </div>
    </form>`;
  }

  #renderHit(hit: PhotoHit | SimilarPhoto) {
    const { photo } = hit;
    const c = hit.case;
    const commodities = formatList(c.commodities.map((code) => label('commodity', code)));
    const similar = paths.photos(new URLSearchParams({ similar: photo.hash, case: c.id }));
    return html`<li data-hash=${photo.hash}>
      <a
        class="thumb"
        href=${paths.case(c.id)}
        aria-label=${t('photos.openCase', { date: formatDate(c.seizureDate), commodities })}
      >
        <img src=${photoUrl(photo.hash, true)} alt="" loading="lazy" />
      </a>
      ${photo.caption ? html`<span class="caption" dir="auto">${photo.caption}</span>` : nothing}
      <span class="meta">
        ${formatDate(c.seizureDate)} · ${commodities} ${c.ref ? html` · <bdi>${c.ref}</bdi>` : nothing}
      </span>
      ${
        'distance' in hit
          ? html`<span class="meta"
              >${hit.distance === 0 ? t('photos.sameFile') : t('photos.distance', { distance: formatNumber(hit.distance) })}</span
            >`
          : nothing
      }
      <a href=${similar}>${t('photos.similar')}</a>
    </li>`;
  }

  #renderResults(results: Results) {
    const items = [...results.items, ...(this.more?.items ?? [])];
    const nextCursor = this.more ? this.more.nextCursor : results.nextCursor;
    return html`
      <p class="count" role="status">${t('photos.shown', { total: formatNumber(items.length) })}</p>
      ${
        items.length === 0
          ? html`<p>${t('photos.noResults')}</p>`
          : html`<ul class="thumbs" aria-label=${t('photos.results')}>
              ${items.map((hit) => this.#renderHit(hit))}
            </ul>`
      }
      ${
        nextCursor
          ? html`<div class="actions">
              <button
                class="secondary"
                ?disabled=${this.loadingMore}
                @click=${() => this.#loadMore(nextCursor)}
              >
                ${t('photos.more')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  #renderSimilar(source: { hash: string; caseId?: string }) {
    return html`<h1>${t('photos.similarTitle')}</h1>
      <div class="source panel">
        <a class="thumb" href=${source.caseId ? paths.case(source.caseId) : photoUrl(source.hash)}>
          <img src=${photoUrl(source.hash, true)} alt=${t('photos.sourceAlt')} />
        </a>
        <p>${t('photos.similarIntro')}</p>
      </div>
      <p><a href=${paths.photos()}>${t('photos.backToSearch')}</a></p>
      ${this.#similar.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (items) =>
          !items || items.length === 0
            ? html`<p role="status">${t('photos.noSimilar')}</p>`
            : html`<p class="count" role="status">
                  ${t('photos.shown', { total: formatNumber(items.length) })}
                </p>
                <ul class="thumbs" aria-label=${t('photos.similarTitle')}>
                  ${items.map((hit) => this.#renderHit(hit))}
                </ul>`,
        error: () => html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`,
      })}`;
  }

  override render() {
    const source = similarOf(this.query);
    if (source) return this.#renderSimilar(source);
    const error = this.#results.error;
    const issues = issuesOf(error);
    return html`
      <h1>${t('photos.title')}</h1>
      <p>${t('photos.searchIntro')}</p>
      ${this.#renderFilters(issues)}
      ${this.#results.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (results) => (results ? this.#renderResults(results) : nothing),
        error: () =>
          html`<p class="message error" role="alert">
            ${issues.length > 0 ? t('filters.invalid') : t('app.loadFailed')}
          </p>`,
      })}
    `;
  }
}

customElements.define('cen-photo-search', CenPhotoSearch);

declare global {
  interface HTMLElementTagNameMap {
    'cen-photo-search': CenPhotoSearch;
  }
}
