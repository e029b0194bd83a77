/**
 * `<cen-stats>`: the statistics screen for analysts. Settings (what to group by, month or year,
 * the figure shown, the date range and the case search filters) live in the URL
 * (`/stats?dimension=commodity&period=month&from=…`), so a view is a link; the node answers with
 * the figures and their trends (`GET /stats`), shown as a line chart of the largest groups over
 * time and as a table of every group and period, each figure with its change against the period
 * before. A second tab shows the data-quality view (`<cen-stats-quality>`).
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  STATS_DIMENSION_NAMES,
  STATS_PERIODS,
  type StatsPeriod,
  type StatsResponse,
  type StatsSeries,
} from '../../protocol/api.ts';
import { getStats } from './api/stats.ts';
import { issuesOf } from './api/http.ts';
import './cen-stats-chart.ts';
import './cen-stats-quality.ts';
import {
  bucketLabel,
  dimensionLabel,
  FILTER_SELECTS,
  formatMeasure,
  measureLabel,
  measureOf,
  measuresOf,
  queryOf,
  settingsOf,
  trendView,
  type Measure,
  type StatsSettings,
  type StatsView,
} from './cen-stats-parts.ts';
import { formatDate, formatMonth, formatNumber, LocaleController, t } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, options } from './i18n/vocabulary.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** Groups in the table, at most; the chart draws the first few. */
const TOP = 30;
const CHART_SERIES = 6;
const VIEWS: readonly StatsView[] = ['figures', 'quality'];

export function periodText(period: StatsPeriod, label: string): string {
  return period === 'month' ? formatMonth(label) : label;
}

export class CenStats extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .settings {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0 1rem;
      }
      .settings .wide {
        grid-column: 1 / -1;
      }
      [role='tablist'] {
        display: flex;
        gap: 0.25rem;
        border-block-end: 2px solid var(--cen-line, #d0d4d9);
        margin-block-end: 1rem;
      }
      [role='tab'] {
        background: #fff;
        color: var(--cen-primary, #0b4f8a);
        border-end-start-radius: 0;
        border-end-end-radius: 0;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--cen-primary, #0b4f8a);
        color: #fff;
      }
      td.number,
      th.number {
        text-align: end;
        white-space: nowrap;
      }
      tr.total th,
      tr.total td {
        font-weight: 700;
      }
      .trend {
        display: block;
        font-size: 0.85rem;
        font-weight: 400;
      }
      .trend.up {
        color: #1e6b34;
      }
      .trend.down {
        color: #a4001d;
      }
      .trend.same,
      .trend.new {
        color: var(--cen-muted, #4a4a4a);
      }
      .summary {
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    query: { attribute: false },
    area: { state: true },
  };

  declare query: URLSearchParams;
  /** The ITR area chosen in the form, which narrows the commodity list. */
  declare area: string;

  readonly #figures = new Task(this, {
    task: async ([paramsText, view], { signal }) => {
      if (view !== 'figures') return undefined;
      return getStats({ ...(JSON.parse(paramsText) as StatsSettings['params']), top: TOP }, signal);
    },
    args: () => {
      const settings = this.#settings();
      return [JSON.stringify(settings.params), settings.view] as const;
    },
  });

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
    this.area = '';
  }

  #settings(): StatsSettings {
    return settingsOf(this.query, new Date());
  }

  protected override willUpdate(): void {
    if (this.area === '' && this.query.get('itrArea')) this.area = this.query.get('itrArea')!;
  }

  readonly #apply = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    const view = this.#settings().view;
    if (view === 'quality') query.set('view', 'quality');
    for (const [name, value] of data) {
      if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
    }
    // An empty date field means "no bound", not "the default range".
    for (const name of ['from', 'to']) if (!query.has(name) && data.has(name)) query.set(name, '');
    navigate(paths.stats(query));
  };

  #selectView(view: StatsView): void {
    navigate(paths.stats(queryOf(this.#settings(), { view })));
  }

  readonly #tabKeys = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -VIEWS.length,
      End: VIEWS.length,
    };
    let step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    // Arrows follow the reading direction: in Arabic the next tab is to the left.
    if (getComputedStyle(this).direction === 'rtl' && Math.abs(step) === 1) step = -step;
    const current = VIEWS.indexOf(this.#settings().view);
    const next = VIEWS[Math.max(0, Math.min(VIEWS.length - 1, current + step))]!;
    this.#selectView(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  #renderTabs(view: StatsView) {
    return html`<div role="tablist" aria-label=${t('stats.tabs.label')} @keydown=${this.#tabKeys}>
      ${VIEWS.map(
        (name) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${name}"
            aria-selected=${name === view ? 'true' : 'false'}
            aria-controls="panel-${name}"
            tabindex=${name === view ? '0' : '-1'}
            @click=${() => this.#selectView(name)}
          >
            ${t(`stats.tabs.${name}`)}
          </button>`,
      )}
    </div>`;
  }

  #renderSettings(
    settings: StatsSettings,
    answer: StatsResponse | undefined,
    issuesText: (name: string) => TemplateResult[],
  ) {
    const { params } = settings;
    // The units the last answer holds (a shared link may name one it does not: kept as chosen).
    const measures = measuresOf(answer?.units ?? []);
    if (!measures.includes(settings.measure)) measures.push(settings.measure);
    const select = (
      name: string,
      labelText: string,
      choices: readonly { code: string; label: string }[],
      selected: string,
      onChange?: (event: Event) => void,
    ) =>
      html`<div class="field">
        <label for=${name}>${labelText}</label>
        <select id=${name} name=${name} @change=${onChange ?? nothing}>
          ${choices.map((choice) => html`<option value=${choice.code} ?selected=${choice.code === selected}>${choice.label}</option>`)}
        </select>
        ${issuesText(name)}
      </div>`;
    return html`<form class="panel" @submit=${this.#apply} aria-label=${t('stats.form')}>
      <div class="settings">
        ${
          settings.view === 'figures'
            ? html`${select(
                'dimension',
                t('stats.dimension'),
                [
                  ...STATS_DIMENSION_NAMES.map((name) => ({ code: name, label: dimensionLabel(name) })),
                  { code: 'none', label: t('stats.noDimension') },
                ],
                settings.dimension ?? 'none',
              )}
              ${select(
                'period',
                t('stats.period'),
                STATS_PERIODS.map((period) => ({ code: period, label: t(`stats.periods.${period}`) })),
                settings.period,
              )}
              ${select(
                'measure',
                t('stats.measure'),
                measures.map((measure) => ({ code: measure, label: measureLabel(measure) })),
                settings.measure,
              )}`
            : nothing
        }
        ${(['from', 'to'] as const).map(
          (name) =>
            html`<div class="field">
              <label for=${name}>${t(`filters.${name}`)}</label>
              <input id=${name} name=${name} type="date" .value=${params[name] ?? ''} />
              ${issuesText(name)}
            </div>`,
        )}
        ${FILTER_SELECTS.map((filter) =>
          select(
            filter.name,
            t(filter.key),
            [
              { code: '', label: t('filters.any') },
              ...(filter.name === 'commodity'
                ? commodityOptions(this.area || undefined)
                : options(filter.vocabulary)),
            ],
            String(params[filter.name] ?? ''),
            filter.name === 'itrArea'
              ? (event: Event) => (this.area = (event.target as HTMLSelectElement).value)
              : undefined,
          ),
        )}
        <div class="field wide">
          <label for="q">${t('filters.q')}</label>
          <input id="q" name="q" type="search" .value=${params.q ?? ''} aria-describedby="q-hint" />
          <div class="hint" id="q-hint">${t('filters.qHint')}</div>
        </div>
      </div>
      <div class="actions">
        <button type="submit">${t('stats.show')}</button>
        <a class="button secondary" href=${paths.stats(settings.view === 'quality' ? 'view=quality' : '')}
          >${t('stats.reset')}</a
        >
      </div>
    </form>`;
  }

  #renderRow(label: string, series: StatsSeries, measure: Measure, total: boolean): TemplateResult {
    const whole = measureOf(series, measure);
    return html`<tr class=${total ? 'total' : ''}>
      <th scope="row"><bdi>${label}</bdi></th>
      ${series.series.map((cell) => {
        const value = measureOf(cell, measure);
        return html`<td class="number">
          ${formatMeasure(value, measure)} ${trendView(cell.trend, measure, value, 'period')}
        </td>`;
      })}
      <td class="number">
        ${formatMeasure(whole, measure)}
        ${series.trend ? trendView(series.trend, measure, whole, 'span') : nothing}
      </td>
    </tr>`;
  }

  #renderFigures(settings: StatsSettings, answer: StatsResponse) {
    const { measure, dimension } = settings;
    const periods = answer.periods.map((period) => periodText(answer.period, period));
    const first = answer.periods[0];
    const from =
      answer.from ??
      (first === undefined ? answer.to : first.length === 4 ? `${first}-01-01` : `${first}-01`);
    const summary = html`<p class="summary" role="status">
      ${t('stats.summary', { cases: formatNumber(answer.total.cases), from: formatDate(from), to: formatDate(answer.to) })}
    </p>`;
    if (answer.total.cases === 0)
      return html`${summary}
        <p>${t('stats.noData')}</p>`;
    const charted =
      dimension === undefined ? [{ key: null, ...answer.total }] : answer.buckets.slice(0, CHART_SERIES);
    const chartName = t('stats.chartName', {
      measure: measureLabel(measure),
      dimension: dimension === undefined ? t('stats.noDimension') : dimensionLabel(dimension),
    });
    const caption = t('stats.tableCaption', {
      measure: measureLabel(measure),
      period: t(`stats.periods.${answer.period}`),
    });
    const span = answer.previousSpan;
    return html`
      ${summary}
      ${
        span && answer.total.trend
          ? html`<p>
              ${t('stats.comparedWith', { from: formatDate(span.from), to: formatDate(span.to) })}
              ${formatMeasure(measureOf(answer.total.trend.previous, measure), measure)}
              ${trendView(answer.total.trend, measure, measureOf(answer.total, measure), 'span')}
            </p>`
          : nothing
      }
      <section class="panel" aria-labelledby="chart-title">
        <h2 id="chart-title">${chartName}</h2>
        <cen-stats-chart
          .labels=${periods}
          .series=${charted.map((series) => ({
            name: bucketLabel(dimension, series.key),
            values: series.series.map((cell) => measureOf(cell, measure)),
          }))}
          name=${chartName}
        ></cen-stats-chart>
      </section>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                ${dimension === undefined ? t('stats.noDimension') : dimensionLabel(dimension)}
              </th>
              ${periods.map((period) => html`<th scope="col" class="number">${period}</th>`)}
              <th scope="col" class="number">${t('stats.wholeRange')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.#renderRow(t('stats.total'), answer.total, measure, true)}
            ${
              dimension === undefined
                ? nothing
                : answer.buckets.map((bucket) =>
                    this.#renderRow(bucketLabel(dimension, bucket.key), bucket, measure, false),
                  )
            }
          </tbody>
        </table>
      </div>
      ${
        answer.bucketsOmitted > 0
          ? html`<p class="hint">${t('stats.omitted', { number: formatNumber(answer.bucketsOmitted) })}</p>`
          : nothing
      }
      <p class="hint">${t('stats.howCounted')}</p>
    `;
  }

  override render() {
    const settings = this.#settings();
    const issues = issuesOf(this.#figures.error);
    const issuesText = (name: string) =>
      issues
        .filter((issue) => issue.path === name)
        .map((issue) => html`<div class="field-error">${issueText(issue)}</div>`);
    const answer = this.#figures.value;
    return html`
      <h1>${t('stats.title')}</h1>
      ${this.#renderTabs(settings.view)} ${this.#renderSettings(settings, answer, issuesText)}
      <div role="tabpanel" id="panel-${settings.view}" aria-labelledby="tab-${settings.view}">
        ${
          settings.view === 'quality'
            ? html`<cen-stats-quality .params=${settings.params}></cen-stats-quality>`
            : this.#figures.render({
                pending: () => html`<p role="status">${t('app.loading')}</p>`,
                complete: (value) => (value ? this.#renderFigures(settings, value) : nothing),
                error: () =>
                  html`<p class="message error" role="alert">
                    ${issues.length > 0 ? t('filters.invalid') : t('app.loadFailed')}
                  </p>`,
              })
        }
      </div>
    `;
  }
}

customElements.define('cen-stats', CenStats);

declare global {
  interface HTMLElementTagNameMap {
    'cen-stats': CenStats;
  }
}
