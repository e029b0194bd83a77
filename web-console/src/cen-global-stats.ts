/**
 * `<cen-global-stats>`: statistics of the global CEN for officers and analysts (through their own
 * node) and for the WCO's analysts. The settings live in the URL as on the national statistics
 * screen (`/global-stats?dimension=country&period=year&from=…`, the same filters, `country` the
 * reporting member); the node answers with figures released through disclosure control
 * (`GET /global/stats`, docs/decisions/0010): a hidden figure is shown as a mark with a legend,
 * never as a number, and the chart leaves a gap there.
 *
 * Properties in: `query` (the URL's search parameters; the shell sets it).
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { GlobalStatsResponse, ReleasedFigures, StatsFigures, StatsTrend } from '../../protocol/api.ts';
import { globalFailureOf } from './api/global.ts';
import { getGlobalStats } from './api/global-stats.ts';
import { issuesOf } from './api/http.ts';
import './cen-stats-chart.ts';
import {
  bucketLabel,
  fieldIssues,
  figuresChart,
  figuresTable,
  formatMeasure,
  formQueryOf,
  measureOf,
  periodText,
  rangeStartOf,
  settingsOf,
  statsSettingsForm,
  statsStyles,
  summaryText,
  trendView,
  type Measure,
  type StatsSettings,
} from './cen-stats-parts.ts';
import { formatDate, formatNumber, LocaleController, t } from './i18n/index.ts';
import { loadingStatus, searchFailure } from './list-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** Groups in the table, at most; the chart draws the first few. */
const TOP = 30;
const CHART_SERIES = 6;
/** What a hidden figure shows: statistical offices' usual mark (the legend explains it). */
export const HIDDEN_MARK = 'x';

/** The released figures as numbers, or undefined when hidden. */
function shown(figures: ReleasedFigures): StatsFigures | undefined {
  return figures.suppressed || figures.cases === null
    ? undefined
    : { cases: figures.cases, quantities: figures.quantities ?? {}, valueUsd: figures.valueUsd ?? 0 };
}

export class CenGlobalStats extends LitElement {
  static override styles = [
    sharedStyles,
    statsStyles,
    css`
      .hidden-figure {
        color: var(--cen-muted, #4a4a4a);
        font-style: italic;
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
    task: async ([paramsText], { signal }) =>
      getGlobalStats({ ...(JSON.parse(paramsText) as StatsSettings['params']), top: TOP }, signal),
    args: () => [JSON.stringify(this.#settings().params)] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.query = new URLSearchParams();
    this.area = '';
  }

  #settings(): StatsSettings {
    const settings = settingsOf(this.query, new Date());
    // The global CEN is compared across members: by reporting country, per year, unless asked otherwise.
    if (!this.query.has('dimension')) {
      settings.dimension = 'country';
      settings.params.dimension = 'country';
    }
    return settings;
  }

  protected override willUpdate(): void {
    if (this.area === '' && this.query.get('itrArea')) this.area = this.query.get('itrArea')!;
  }

  readonly #apply = (event: SubmitEvent) => {
    event.preventDefault();
    navigate(paths.globalStats(formQueryOf(event.target as HTMLFormElement)));
  };

  #renderSettings(
    settings: StatsSettings,
    answer: GlobalStatsResponse | undefined,
    issuesText: (name: string) => TemplateResult[],
  ) {
    return statsSettingsForm({
      settings,
      units: answer?.units ?? [],
      issuesText,
      onSubmit: this.#apply,
      area: this.area,
      onAreaChange: (area) => (this.area = area),
      grouping: true,
      search: false,
      filterLabel: (name) => (name === 'country' ? t('globalStats.member') : undefined),
      resetHref: paths.globalStats(),
    });
  }

  /** A figure, or the hidden mark with its explanation for screen readers. */
  #figure(figures: ReleasedFigures, measure: Measure): TemplateResult {
    const numbers = shown(figures);
    if (numbers === undefined)
      return html`<span class="hidden-figure" title=${t('globalStats.hiddenTitle')}
        ><span aria-hidden="true">${HIDDEN_MARK}</span
        ><span class="visually-hidden">${t('globalStats.hiddenTitle')}</span></span
      >`;
    return html`${formatMeasure(measureOf(numbers, measure), measure)}`;
  }

  #renderFigures(settings: StatsSettings, answer: GlobalStatsResponse) {
    const { measure, dimension } = settings;
    const periods = answer.periods.map((period) => periodText(answer.period, period));
    const from = rangeStartOf(answer);
    const legend = html`<p class="hint" id="hidden-legend">
      <strong>${HIDDEN_MARK}</strong>: ${t('globalStats.legend', { minCell: formatNumber(answer.minCell) })}
    </p>`;
    const summary = html`<p class="summary" role="status">
      ${
        answer.total.cases === null
          ? t('globalStats.summaryHidden', { from: formatDate(from), to: formatDate(answer.to) })
          : summaryText(answer.total.cases, from, answer.to)
      }
    </p>`;
    if (answer.total.cases === 0)
      return html`${summary}
        <p>${t('stats.noData')}</p>`;
    const rows = (dimension === undefined ? [{ ...answer.total, key: null }] : answer.buckets).map(
      (series) => ({
        key: series.key,
        whole: series,
        cells: series.series,
      }),
    );
    const charted = rows.filter((row) => !row.whole.suppressed).slice(0, CHART_SERIES);
    return html`
      ${summary} ${legend}
      ${figuresChart(
        settings,
        periods,
        charted.map((row) => ({
          name: bucketLabel(dimension, row.key),
          values: row.cells.map((cell) => {
            const numbers = shown(cell);
            // A gap in the line: Chart.js draws nothing for a missing point.
            return numbers === undefined ? Number.NaN : measureOf(numbers, measure);
          }),
        })),
      )}
      ${figuresTable<ReleasedFigures & { trend?: StatsTrend | null }>({
        settings,
        period: answer.period,
        periods,
        total: { key: null, whole: answer.total, cells: answer.total.series },
        buckets: answer.buckets.map((bucket) => ({ key: bucket.key, whole: bucket, cells: bucket.series })),
        bucketsOmitted: answer.bucketsOmitted,
        describedBy: 'hidden-legend',
        cell: (figures, against) => {
          const numbers = shown(figures);
          return html`${this.#figure(figures, measure)}
          ${numbers && figures.trend ? trendView(figures.trend, measure, measureOf(numbers, measure), against) : nothing}`;
        },
      })}
    `;
  }

  #renderError(error: unknown) {
    const issues = issuesOf(error);
    if (issues.length > 0) return searchFailure(issues);
    const failure = globalFailureOf(error);
    const text =
      failure === 'unreachable'
        ? t('globalCen.unreachable')
        : failure === 'no-agreement'
          ? t('globalCen.noAgreement')
          : t('app.loadFailed');
    return html`<p class="message error" role="alert">${text}</p>`;
  }

  override render() {
    const settings = this.#settings();
    const issuesText = fieldIssues(issuesOf(this.#figures.error));
    return html`
      <h1>${t('globalStats.title')}</h1>
      <p>${t('globalStats.intro')}</p>
      ${this.#renderSettings(settings, this.#figures.value, issuesText)}
      ${this.#figures.render({
        pending: loadingStatus,
        complete: (value) => this.#renderFigures(settings, value),
        error: (error) => this.#renderError(error),
      })}
    `;
  }
}

customElements.define('cen-global-stats', CenGlobalStats);

declare global {
  interface HTMLElementTagNameMap {
    'cen-global-stats': CenGlobalStats;
  }
}
