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
import type { StatsFigures, StatsResponse, StatsTrend } from '../../protocol/api.ts';
import { getStats } from './api/stats.ts';
import { issuesOf } from './api/http.ts';
import './cen-stats-chart.ts';
import './cen-stats-quality.ts';
import {
  bucketLabel,
  fieldIssues,
  figuresChart,
  figuresTable,
  formatMeasure,
  formQueryOf,
  measureOf,
  periodText,
  queryOf,
  rangeStartOf,
  settingsOf,
  statsSettingsForm,
  statsStyles,
  summaryText,
  trendView,
  type StatsSettings,
  type StatsView,
} from './cen-stats-parts.ts';
import { formatDate, LocaleController, t } from './i18n/index.ts';
import { loadingStatus, searchFailure } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** Groups in the table, at most; the chart draws the first few. */
const TOP = 30;
const CHART_SERIES = 6;
const VIEWS: readonly StatsView[] = ['figures', 'quality'];

export class CenStats extends LitElement {
  static override styles = [
    sharedStyles,
    statsStyles,
    css`
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
    const query = new URLSearchParams();
    if (this.#settings().view === 'quality') query.set('view', 'quality');
    navigate(paths.stats(formQueryOf(event.target as HTMLFormElement, query)));
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
    return statsSettingsForm({
      settings,
      units: answer?.units ?? [],
      issuesText,
      onSubmit: this.#apply,
      area: this.area,
      onAreaChange: (area) => (this.area = area),
      grouping: settings.view === 'figures',
      search: true,
      resetHref: paths.stats(settings.view === 'quality' ? 'view=quality' : ''),
    });
  }

  #renderFigures(settings: StatsSettings, answer: StatsResponse) {
    const { measure, dimension } = settings;
    const periods = answer.periods.map((period) => periodText(answer.period, period));
    const summary = html`<p class="summary" role="status">
      ${summaryText(answer.total.cases, rangeStartOf(answer), answer.to)}
    </p>`;
    if (answer.total.cases === 0)
      return html`${summary}
        <p>${t('stats.noData')}</p>`;
    const charted =
      dimension === undefined ? [{ key: null, ...answer.total }] : answer.buckets.slice(0, CHART_SERIES);
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
      ${figuresChart(
        settings,
        periods,
        charted.map((series) => ({
          name: bucketLabel(dimension, series.key),
          values: series.series.map((cell) => measureOf(cell, measure)),
        })),
      )}
      ${figuresTable<StatsFigures & { trend?: StatsTrend }>({
        settings,
        period: answer.period,
        periods,
        total: { key: null, whole: answer.total, cells: answer.total.series },
        buckets: answer.buckets.map((bucket) => ({ key: bucket.key, whole: bucket, cells: bucket.series })),
        bucketsOmitted: answer.bucketsOmitted,
        cell: (figures, against) => {
          const value = measureOf(figures, measure);
          return html`${formatMeasure(value, measure)}
          ${figures.trend ? trendView(figures.trend, measure, value, against) : nothing}`;
        },
      })}
    `;
  }

  override render() {
    const settings = this.#settings();
    const issues = issuesOf(this.#figures.error);
    const issuesText = fieldIssues(issues);
    const answer = this.#figures.value;
    return html`
      <h1>${t('stats.title')}</h1>
      ${this.#renderTabs(settings.view)} ${this.#renderSettings(settings, answer, issuesText)}
      <div role="tabpanel" id="panel-${settings.view}" aria-labelledby="tab-${settings.view}">
        ${
          settings.view === 'quality'
            ? html`<cen-stats-quality .params=${settings.params}></cen-stats-quality>`
            : this.#figures.render({
                pending: loadingStatus,
                complete: (value) => (value ? this.#renderFigures(settings, value) : nothing),
                error: () => searchFailure(issues),
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
