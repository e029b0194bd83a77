/**
 * `<cen-global-quality>`: on the WCO node, the data quality of each member's contributions (WCO
 * data-quality charter: completeness of the key fields, timeliness from seizure to entry at the
 * member, and how late the cases reach the WCO node) and the Illicit-Trade-Report tables of a
 * year as a workbook to download (`GET /global/itr.xlsx`, released through disclosure control).
 *
 * Properties in: `query` (the URL's search parameters: `from`, `to` of the seizure dates).
 */
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { QUALITY_FIELDS, type GlobalQualityResponse, type MemberQuality } from '../../protocol/api.ts';
import { getGlobalQuality, itrWorkbookUrl } from './api/global-stats.ts';
import { issuesOf } from './api/http.ts';
import { currentLanguage, formatDate, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { loadingStatus, searchFailure } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const percent = (share: number | null): string =>
  share === null
    ? '–'
    : new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
const days = (value: number | null): string => (value === null ? '–' : formatNumber(value));

export class CenGlobalQuality extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .settings {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      td.number,
      th.number {
        text-align: end;
        white-space: nowrap;
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
    year: { state: true },
  };

  declare query: URLSearchParams;
  /** The year whose ITR tables the download link fetches. */
  declare year: number;

  readonly #quality = new Task(this, {
    task: async ([from, to], { signal }) =>
      getGlobalQuality({ ...(from ? { from } : {}), ...(to ? { to } : {}) }, signal),
    args: () => [this.#date('from'), this.#date('to')] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
    // Last year: the latest whole one, as the Illicit Trade Report covers.
    this.year = new Date().getUTCFullYear() - 1;
  }

  #date(name: 'from' | 'to'): string {
    const value = this.query.get(name) ?? '';
    return DATE.test(value) ? value : '';
  }

  readonly #apply = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const name of ['from', 'to']) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') query.set(name, value);
    }
    navigate(paths.globalQuality(query));
  };

  #renderRow(member: MemberQuality) {
    const { quality } = member;
    return html`<tr>
      <th scope="row"><bdi>${label('country', member.country)}</bdi></th>
      <td class="number">${formatNumber(quality.cases)}</td>
      ${QUALITY_FIELDS.map((field) => html`<td class="number">${percent(quality.completeness[field].share)}</td>`)}
      <td class="number">${days(quality.timeliness.medianDays)}</td>
      <td class="number">${percent(quality.timeliness.shareWithinTarget)}</td>
      <td class="number">${days(member.arrival.medianDays)}</td>
      <td class="number">${days(member.arrival.p90Days)}</td>
      <td>${member.lastReceivedAt ? formatDate(member.lastReceivedAt.slice(0, 10)) : '–'}</td>
      <td>${member.upToDate ? t('globalQuality.yes') : t('globalQuality.no')}</td>
    </tr>`;
  }

  #renderTable(answer: GlobalQualityResponse) {
    if (answer.items.length === 0) return html`<p>${t('globalQuality.noMembers')}</p>`;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="quality-caption">
      <table>
        <caption id="quality-caption">
          ${t('globalQuality.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('globalQuality.member')}</th>
            <th scope="col" class="number">${t('stats.quality.casesWith')}</th>
            ${QUALITY_FIELDS.map((field) => html`<th scope="col" class="number">${t(`stats.quality.fields.${field}`)}</th>`)}
            <th scope="col" class="number">${t('globalQuality.medianEntry')}</th>
            <th scope="col" class="number">
              ${t('globalQuality.withinTarget', { days: formatNumber(answer.targetDays) })}
            </th>
            <th scope="col" class="number">${t('globalQuality.medianArrival')}</th>
            <th scope="col" class="number">${t('globalQuality.p90Arrival')}</th>
            <th scope="col">${t('globalQuality.lastReceived')}</th>
            <th scope="col">${t('globalQuality.upToDate')}</th>
          </tr>
        </thead>
        <tbody>
          ${answer.items.map((member) => this.#renderRow(member))}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const issues = issuesOf(this.#quality.error);
    return html`
      <h1>${t('globalQuality.title')}</h1>
      <p>${t('globalQuality.intro')}</p>
      <section class="panel" aria-labelledby="itr-title">
        <h2 id="itr-title">${t('globalQuality.itrTitle')}</h2>
        <p>${t('globalQuality.itrIntro')}</p>
        <div class="settings">
          <div class="field">
            <label for="itr-year">${t('globalQuality.year')}</label>
            <input
              id="itr-year"
              type="number"
              min="1900"
              max="2200"
              .value=${String(this.year)}
              @input=${(event: Event) => {
                const value = Number((event.target as HTMLInputElement).value);
                if (Number.isInteger(value) && value >= 1900 && value <= 2200) this.year = value;
              }}
            />
          </div>
          <a class="button" href=${itrWorkbookUrl(this.year)} download
            >${t('globalQuality.download', { year: String(this.year) })}</a
          >
        </div>
      </section>
      <form class="panel settings" @submit=${this.#apply} aria-label=${t('globalQuality.form')}>
        ${(['from', 'to'] as const).map(
          (name) =>
            html`<div class="field">
              <label for=${name}>${t(`filters.${name}`)}</label>
              <input id=${name} name=${name} type="date" .value=${this.#date(name)} />
            </div>`,
        )}
        <div class="actions"><button type="submit">${t('stats.show')}</button></div>
      </form>
      <p class="hint">${t('stats.quality.charter')}</p>
      ${this.#quality.render({
        pending: loadingStatus,
        complete: (answer) => this.#renderTable(answer),
        error: () => searchFailure(issues),
      })}
    `;
  }
}

customElements.define('cen-global-quality', CenGlobalQuality);

declare global {
  interface HTMLElementTagNameMap {
    'cen-global-quality': CenGlobalQuality;
  }
}
