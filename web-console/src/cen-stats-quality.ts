/**
 * `<cen-stats-quality>`: the data-quality view of the statistics screen, following the WCO
 * data-quality charter: how complete the key fields of the matching cases are (a bar and a
 * percentage per field), how soon cases are entered after the seizure (median, 90th percentile,
 * share within the target), and both per month of seizure.
 *
 * Properties in: `params` (the statistics screen's filters and dates; other settings are ignored).
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import {
  QUALITY_FIELDS,
  QUALITY_PARAMS,
  type QualityFigures,
  type QualityParams,
  type QualityResponse,
} from '../../protocol/api.ts';
import { getQuality } from './api/stats.ts';
import { currentLanguage, formatDate, formatMonth, formatNumber, LocaleController, t } from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

const shareFormats = new Map<string, Intl.NumberFormat>();
export function formatShare(share: number | null): string {
  if (share === null) return '–';
  const language = currentLanguage();
  let format = shareFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    shareFormats.set(language, format);
  }
  return format.format(share);
}

const days = (value: number | null): string => (value === null ? '–' : formatNumber(value));

export class CenStatsQuality extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .bar {
        block-size: 0.9rem;
        inline-size: 100%;
        min-inline-size: 8rem;
        background: #e9edf1;
        border: 1px solid var(--cen-border, #6b6b6b);
        border-radius: 2px;
      }
      .bar > span {
        display: block;
        block-size: 100%;
        background: var(--cen-primary, #0b4f8a);
      }
      td.number,
      th.number,
      tbody th {
        white-space: nowrap;
      }
      td.number,
      th.number {
        text-align: end;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0.5rem 1rem;
        margin: 0;
      }
      .figures dt {
        font-weight: 600;
        color: var(--cen-muted, #4a4a4a);
      }
      .figures dd {
        margin: 0;
        font-size: 1.4rem;
        font-weight: 700;
      }
    `,
  ];

  static override properties = {
    params: { attribute: false },
  };

  declare params: QualityParams;

  readonly #quality = new Task(this, {
    task: async ([paramsText], { signal }) => getQuality(JSON.parse(paramsText) as QualityParams, signal),
    args: () => {
      // Only what the data-quality view takes: the filters and the dates.
      const params: Record<string, unknown> = {};
      for (const name of QUALITY_PARAMS)
        if (this.params[name] !== undefined) params[name] = this.params[name];
      return [JSON.stringify(params)] as const;
    },
  });

  constructor() {
    super();
    new LocaleController(this);
    this.params = {};
  }

  protected override updated(): void {
    // Through the CSSOM: the console's CSP refuses style attributes, not styles set by script.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar > span[data-share]'))
      bar.style.inlineSize = `${Math.round(Number(bar.dataset.share) * 1000) / 10}%`;
  }

  #renderCompleteness(figures: QualityFigures) {
    return html`<section class="panel" aria-labelledby="completeness-title">
      <h2 id="completeness-title">${t('stats.quality.completeness')}</h2>
      <table>
        <caption class="visually-hidden">
          ${t('stats.quality.completeness')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('stats.quality.field')}</th>
            <th scope="col">${t('stats.quality.share')}</th>
            <th scope="col" class="number">${t('stats.quality.percent')}</th>
            <th scope="col" class="number">${t('stats.quality.casesWith')}</th>
          </tr>
        </thead>
        <tbody>
          ${QUALITY_FIELDS.map((field) => {
            const { complete, share } = figures.completeness[field];
            return html`<tr>
              <th scope="row">${t(`stats.quality.fields.${field}`)}</th>
              <td>
                <div class="bar" aria-hidden="true">
                  <span data-share=${String(share ?? 0)}></span>
                </div>
              </td>
              <td class="number">${formatShare(share)}</td>
              <td class="number">${formatNumber(complete)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  #renderTimeliness(answer: QualityResponse) {
    const { timeliness } = answer.total;
    return html`<section class="panel" aria-labelledby="timeliness-title">
      <h2 id="timeliness-title">${t('stats.quality.timeliness')}</h2>
      <dl class="figures">
        <div>
          <dt>${t('stats.quality.medianDays')}</dt>
          <dd>${days(timeliness.medianDays)}</dd>
        </div>
        <div>
          <dt>${t('stats.quality.p90Days')}</dt>
          <dd>${days(timeliness.p90Days)}</dd>
        </div>
        <div>
          <dt>${t('stats.quality.withinTarget', { days: formatNumber(answer.targetDays) })}</dt>
          <dd>${formatShare(timeliness.shareWithinTarget)}</dd>
        </div>
      </dl>
    </section>`;
  }

  #renderMonths(answer: QualityResponse) {
    return html`<section aria-labelledby="months-title">
      <h2 id="months-title">${t('stats.quality.byMonth')}</h2>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="months-title">
        <table>
          <caption class="visually-hidden">
            ${t('stats.quality.byMonth')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('stats.quality.month')}</th>
              <th scope="col" class="number">${t('stats.quality.cases')}</th>
              ${QUALITY_FIELDS.map((field) => html`<th scope="col" class="number">${t(`stats.quality.fields.${field}`)}</th>`)}
              <th scope="col" class="number">${t('stats.quality.medianDays')}</th>
              <th scope="col" class="number">${t('stats.quality.p90Days')}</th>
              <th scope="col" class="number">
                ${t('stats.quality.withinTarget', { days: formatNumber(answer.targetDays) })}
              </th>
            </tr>
          </thead>
          <tbody>
            ${answer.months.map(
              (month) =>
                html`<tr>
                  <th scope="row">${formatMonth(month.month)}</th>
                  <td class="number">${formatNumber(month.cases)}</td>
                  ${QUALITY_FIELDS.map((field) => html`<td class="number">${formatShare(month.completeness[field].share)}</td>`)}
                  <td class="number">${days(month.timeliness.medianDays)}</td>
                  <td class="number">${days(month.timeliness.p90Days)}</td>
                  <td class="number">${formatShare(month.timeliness.shareWithinTarget)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #render(answer: QualityResponse) {
    const first = answer.months[0]?.month;
    const from = answer.from ?? (first === undefined ? answer.to : `${first}-01`);
    return html`
      <p class="summary" role="status">
        ${t('stats.summary', {
          cases: formatNumber(answer.total.cases),
          from: formatDate(from),
          to: formatDate(answer.to),
        })}
      </p>
      <p class="hint">${t('stats.quality.charter')}</p>
      ${
        answer.total.cases === 0
          ? html`<p>${t('stats.noData')}</p>`
          : html`${this.#renderCompleteness(answer.total)} ${this.#renderTimeliness(answer)}
            ${this.#renderMonths(answer)}`
      }
    `;
  }

  override render() {
    return this.#quality.render({
      pending: () => html`<p role="status">${t('app.loading')}</p>`,
      complete: (answer) => this.#render(answer),
      error: () => html`<p class="message error" role="alert">${t('app.loadFailed')}</p>`,
      initial: () => nothing,
    });
  }
}

customElements.define('cen-stats-quality', CenStatsQuality);

declare global {
  interface HTMLElementTagNameMap {
    'cen-stats-quality': CenStatsQuality;
  }
}
