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
import { issuesOf } from './api/http.ts';
import {
  PHOTO_SEARCH_PARAMS,
  photoUrl,
  searchPhotos,
  similarPhotos,
  type PhotoSearchParams,
} from './api/photos.ts';
import { filterParamsOf, type CaseFilterSelect, type FilterTextField } from './cen-case-filters.ts';
import { photoStyles } from './cen-photo-gallery.ts';
import { formatDate, formatList, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import {
  loadingStatus,
  moreButton,
  pagesSoFar,
  searchFailure,
  MorePages,
  type CursorPages,
} from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const PAGE_SIZE = 48;
const SHA256 = /^[0-9a-f]{64}$/;

/** The photo screen's order: the reporting country after the route. */
const PHOTO_FILTER_SELECTS: readonly CaseFilterSelect[] = [
  'itrArea',
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'country',
  'status',
];
const CAPTION_FIELD: FilterTextField = { name: 'caption', label: 'photos.captionWords' };

/** The photo search parameters of a URL query, unknown keys dropped. */
export function photoParamsOf(query: URLSearchParams): PhotoSearchParams {
  return filterParamsOf(query, PHOTO_SEARCH_PARAMS) as PhotoSearchParams;
}

/** The photo a similar-photo search starts from, when the URL names one. */
export function similarOf(query: URLSearchParams): { hash: string; caseId?: string } | undefined {
  const hash = query.get('similar') ?? '';
  if (!SHA256.test(hash)) return undefined;
  const caseId = query.get('case') ?? '';
  return isUuidV7(caseId) ? { hash, caseId } : { hash };
}

type Results = CursorPages<PhotoHit>;

export class CenPhotoSearch extends LitElement {
  static override styles = [
    sharedStyles,
    photoStyles,
    css`
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
  };

  declare query: URLSearchParams;

  readonly #results = new Task(this, {
    task: async ([queryText], { signal }) => {
      const query = new URLSearchParams(queryText);
      if (similarOf(query)) return undefined;
      const page = await searchPhotos({ ...photoParamsOf(query), limit: PAGE_SIZE }, signal);
      return { items: page.items, nextCursor: page.nextCursor } satisfies Results;
    },
    args: () => [this.query.toString()] as const,
  });

  /** The pages "more results" reads after the first. */
  readonly #pages = new MorePages<PhotoHit>(this, (cursor) =>
    searchPhotos({ ...photoParamsOf(this.query), limit: PAGE_SIZE, cursor }),
  );

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
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.#pages.reset();
  }

  readonly #search = (event: CustomEvent<URLSearchParams>) => navigate(paths.photos(event.detail));

  #renderFilters(issues: ValidationIssue[]) {
    return html`<cen-case-filters
      .query=${this.query}
      .textField=${CAPTION_FIELD}
      .selects=${PHOTO_FILTER_SELECTS}
      .issues=${issues}
      label=${t('photos.searchLabel')}
      @cen-filters-search=${this.#search}
    ></cen-case-filters>`;
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
    const { items, nextCursor } = pagesSoFar(results, this.#pages.more);
    return html`
      <p class="count" role="status">${t('photos.shown', { total: formatNumber(items.length) })}</p>
      ${
        items.length === 0
          ? html`<p>${t('photos.noResults')}</p>`
          : html`<ul class="thumbs" aria-label=${t('photos.results')}>
              ${items.map((hit) => this.#renderHit(hit))}
            </ul>`
      }
      ${moreButton(nextCursor, this.#pages.loading, (cursor) => this.#pages.load(cursor), 'photos.more')}
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
        pending: loadingStatus,
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
        pending: loadingStatus,
        complete: (results) => (results ? this.#renderResults(results) : nothing),
        error: () => searchFailure(issues),
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
