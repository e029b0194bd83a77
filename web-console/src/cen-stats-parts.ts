/**
 * What the statistics screens share: their settings read from the URL (`/stats?dimension=…`), the
 * labels of dimensions, buckets and measures, trends shown as an arrow with a percentage and
 * a sentence for screen readers (never colour alone), and the parts both the national and the
 * global screen draw: their styles, the settings form, the chart and the table of figures (each
 * screen says how one figure reads: the global one shows hidden figures as a mark).
 *
 * @example
 *   const settings = settingsOf(new URLSearchParams('dimension=commodity&from=2026-01-01'), today);
 *   html`${trendView(12.5, 'period')}`; // ▲ 12.5 %, read as "up 12.5 % on the period before"
 *   html`${statsSettingsForm({ settings, units, issuesText, onSubmit, area, onAreaChange, grouping: true, search: true, resetHref })}`;
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  CASE_SEARCH_PARAMS,
  STATS_DIMENSION_NAMES,
  STATS_DIMENSIONS,
  STATS_PERIODS,
  type StatsDimension,
  type StatsFigures,
  type StatsParams,
  type StatsPeriod,
  type StatsTrend,
  type ValidationIssue,
} from '../../protocol/api.ts';
import { CASE_STATUSES } from '../../protocol/records.ts';
import {
  currentLanguage,
  formatDate,
  formatMonth,
  formatNumber,
  formatUsd,
  t,
  type MessageKey,
} from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { commodityOptions, label, options, type VocabularyName } from './i18n/vocabulary.ts';

/** The case search filters the statistics take (`q`, dates and codes). */
export const STATS_FILTERS = CASE_SEARCH_PARAMS.filter(
  (name): name is Exclude<(typeof CASE_SEARCH_PARAMS)[number], 'cursor' | 'limit'> =>
    name !== 'cursor' && name !== 'limit',
);
export type StatsFilter = (typeof STATS_FILTERS)[number];

/** The code filters, with the vocabulary of their values and their label. */
export const FILTER_SELECTS: readonly { name: StatsFilter; vocabulary: VocabularyName; key: MessageKey }[] = [
  { name: 'country', vocabulary: 'country', key: 'filters.country' },
  { name: 'itrArea', vocabulary: 'itrArea', key: 'fields.itrArea' },
  { name: 'commodity', vocabulary: 'commodity', key: 'fields.commodity' },
  { name: 'conveyanceMode', vocabulary: 'conveyanceMode', key: 'fields.conveyanceMode' },
  { name: 'detectionMethod', vocabulary: 'detectionMethod', key: 'fields.detectionMethod' },
  { name: 'locationType', vocabulary: 'locationType', key: 'fields.locationType' },
  { name: 'routeCountry', vocabulary: 'country', key: 'filters.routeCountry' },
  { name: 'status', vocabulary: 'caseStatus', key: 'fields.status' },
];

/** What a table and the chart show of each bucket: cases, value, or a quantity in one unit. */
export type Measure = 'cases' | 'valueUsd' | `quantity:${string}`;

export type StatsView = 'figures' | 'quality';

export interface StatsSettings {
  view: StatsView;
  /** Undefined: totals only. */
  dimension: StatsDimension | undefined;
  period: StatsPeriod;
  measure: Measure;
  /** What the API is asked (filters, dates, dimension, period). */
  params: StatsParams;
}

/** The first day of the month eleven months before `today`'s: the last twelve months. */
export function defaultFrom(today: Date): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The settings a URL holds; what it lacks takes its default (by ITR area, per month, last twelve months). */
export function settingsOf(query: URLSearchParams, today: Date): StatsSettings {
  const value = (name: string) => query.get(name)?.trim() ?? '';
  const dimensionText = value('dimension');
  const dimension =
    dimensionText === 'none'
      ? undefined
      : (STATS_DIMENSION_NAMES as readonly string[]).includes(dimensionText)
        ? (dimensionText as StatsDimension)
        : 'itrArea';
  const period = (STATS_PERIODS as readonly string[]).includes(value('period'))
    ? (value('period') as StatsPeriod)
    : 'month';
  const measureText = value('measure');
  const measure: Measure =
    measureText === 'valueUsd' || /^quantity:[a-z-]+$/.test(measureText) ? (measureText as Measure) : 'cases';
  const params: StatsParams = { period, ...(dimension ? { dimension } : {}) };
  for (const name of STATS_FILTERS) {
    const text = value(name);
    if (text !== '') (params as Record<string, string>)[name] = text;
  }
  if (params.status !== undefined && !(CASE_STATUSES as readonly string[]).includes(params.status))
    delete params.status;
  for (const name of ['from', 'to'] as const)
    if (params[name] !== undefined && !DATE.test(params[name])) delete params[name];
  if (!query.has('from')) params.from = defaultFrom(today);
  return { view: value('view') === 'quality' ? 'quality' : 'figures', dimension, period, measure, params };
}

/** The URL query of some settings, for links that open the same view. */
export function queryOf(
  settings: StatsSettings,
  changes: Partial<Omit<StatsSettings, 'params'>> = {},
): URLSearchParams {
  const next = { ...settings, ...changes };
  const query = new URLSearchParams();
  if (next.view === 'quality') query.set('view', 'quality');
  query.set('dimension', next.dimension ?? 'none');
  query.set('period', next.period);
  if (next.measure !== 'cases') query.set('measure', next.measure);
  for (const name of STATS_FILTERS) {
    const text = settings.params[name];
    if (text !== undefined) query.set(name, String(text));
  }
  return query;
}

export function dimensionLabel(dimension: StatsDimension): string {
  return t(`stats.dimensions.${dimension}`);
}

/** A bucket's label: the code's in the dimension's vocabulary, or "not recorded". */
export function bucketLabel(dimension: StatsDimension | undefined, key: string | null): string {
  if (dimension === undefined) return t('stats.total');
  if (key === null) return t('stats.notRecorded');
  return label(STATS_DIMENSIONS[dimension], key);
}

export function measureLabel(measure: Measure): string {
  if (measure === 'cases') return t('stats.measures.cases');
  if (measure === 'valueUsd') return t('stats.measures.valueUsd');
  return t('stats.measures.quantity', { unit: label('unit', measure.slice('quantity:'.length)) });
}

/** The measures an answer can show: cases, value, and a quantity per unit it holds. */
export function measuresOf(units: readonly string[]): Measure[] {
  return ['cases', 'valueUsd', ...units.map((unit): Measure => `quantity:${unit}`)];
}

export function measureOf(figures: StatsFigures, measure: Measure): number {
  if (measure === 'cases') return figures.cases;
  if (measure === 'valueUsd') return figures.valueUsd;
  return figures.quantities[measure.slice('quantity:'.length)] ?? 0;
}

export function formatMeasure(value: number, measure: Measure): string {
  return measure === 'valueUsd' ? formatUsd(value) : formatNumber(value);
}

/** The change of the shown measure, in percent (null when there was nothing before). */
export function percentOf(trend: StatsTrend, measure: Measure): number | null {
  if (measure === 'cases') return trend.percent.cases;
  if (measure === 'valueUsd') return trend.percent.valueUsd;
  return trend.percent.quantities[measure.slice('quantity:'.length)] ?? null;
}

const percentFormats = new Map<string, Intl.NumberFormat>();
function formatPercent(percent: number): string {
  const language = currentLanguage();
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    percentFormats.set(language, format);
  }
  return format.format(percent / 100);
}

/**
 * A trend as an arrow and a percentage, with the sentence a screen reader reads instead;
 * `against`: the period before, or the span before the range.
 */
export function trendView(
  trend: StatsTrend,
  measure: Measure,
  current: number,
  against: 'period' | 'span',
): TemplateResult | typeof nothing {
  const percent = percentOf(trend, measure);
  const previous = measureOf(trend.previous, measure);
  const suffix = against === 'period' ? 'Period' : 'Span';
  if (percent === null) {
    if (current === 0 && previous === 0) return nothing;
    return html`<span class="trend new"
      ><span aria-hidden="true">▲ ${t('stats.trend.newShort')}</span
      ><span class="visually-hidden">${t(`stats.trend.new${suffix}`)}</span></span
    >`;
  }
  const amount = formatPercent(Math.abs(percent));
  if (percent === 0) {
    return html`<span class="trend same"
      ><span aria-hidden="true">= ${amount}</span
      ><span class="visually-hidden">${t(`stats.trend.same${suffix}`)}</span></span
    >`;
  }
  const up = percent > 0;
  return html`<span class="trend ${up ? 'up' : 'down'}"
    ><span aria-hidden="true">${up ? '▲' : '▼'} ${amount}</span
    ><span class="visually-hidden"
      >${t(`stats.trend.${up ? 'up' : 'down'}${suffix}`, { percent: amount })}</span
    ></span
  >`;
}

/** The look the statistics screens share: the settings grid, figures aligned to the end, trends under them. */
export const statsStyles = css`
  .settings {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0 1rem;
  }
  .settings .wide {
    grid-column: 1 / -1;
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
`;

/** A period's heading: the month in the reader's language, or the year as it is. */
export function periodText(period: StatsPeriod, label: string): string {
  return period === 'month' ? formatMonth(label) : label;
}

/** The first day an answer covers: its `from`, or the start of its first period. */
export function rangeStartOf(answer: {
  from: string | null;
  to: string;
  periods: readonly string[];
}): string {
  const first = answer.periods[0];
  return (
    answer.from ?? (first === undefined ? answer.to : first.length === 4 ? `${first}-01-01` : `${first}-01`)
  );
}

/** The field errors of a refused request, by the name of the field they concern. */
export function fieldIssues(issues: readonly ValidationIssue[]): (name: string) => TemplateResult[] {
  return (name) =>
    issues
      .filter((issue) => issue.path === name)
      .map((issue) => html`<div class="field-error">${issueText(issue)}</div>`);
}

/**
 * The URL query a settings form asks for, added to `query`: its filled fields, and an empty date
 * kept empty, which means "no bound", not "the default range".
 */
export function formQueryOf(form: HTMLFormElement, query = new URLSearchParams()): URLSearchParams {
  const data = new FormData(form);
  for (const [name, value] of data) {
    if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
  }
  for (const name of ['from', 'to']) if (!query.has(name) && data.has(name)) query.set(name, '');
  return query;
}

export interface StatsFormOptions {
  settings: StatsSettings;
  /** The units of the last answer (a shared link may name another: kept as chosen). */
  units: readonly string[];
  issuesText: (name: string) => TemplateResult[];
  onSubmit: (event: SubmitEvent) => void;
  /** The ITR area chosen in the form, which narrows the commodity list. */
  area: string;
  onAreaChange: (area: string) => void;
  /** Whether the grouping, period and measure are asked (the figures view, not the quality one). */
  grouping: boolean;
  /** Whether the free-text search is offered. */
  search: boolean;
  /** A code filter's label, where a screen names it otherwise than the case search. */
  filterLabel?: (filter: StatsFilter) => string | undefined;
  resetHref: string;
}

/** The settings form of a statistics screen: grouping, period, measure, dates and the case filters. */
export function statsSettingsForm(options_: StatsFormOptions): TemplateResult {
  const { settings, issuesText, area } = options_;
  const { params } = settings;
  const measures = measuresOf(options_.units);
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
  return html`<form class="panel" @submit=${options_.onSubmit} aria-label=${t('stats.form')}>
    <div class="settings">
      ${
        options_.grouping
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
          options_.filterLabel?.(filter.name) ?? t(filter.key),
          [
            { code: '', label: t('filters.any') },
            ...(filter.name === 'commodity'
              ? commodityOptions(area || undefined)
              : options(filter.vocabulary)),
          ],
          String(params[filter.name] ?? ''),
          filter.name === 'itrArea'
            ? (event: Event) => options_.onAreaChange((event.target as HTMLSelectElement).value)
            : undefined,
        ),
      )}
      ${
        options_.search
          ? html`<div class="field wide">
              <label for="q">${t('filters.q')}</label>
              <input id="q" name="q" type="search" .value=${params.q ?? ''} aria-describedby="q-hint" />
              <div class="hint" id="q-hint">${t('filters.qHint')}</div>
            </div>`
          : nothing
      }
    </div>
    <div class="actions">
      <button type="submit">${t('stats.show')}</button>
      <a class="button secondary" href=${options_.resetHref}>${t('stats.reset')}</a>
    </div>
  </form>`;
}

/** What the chart and the table are named after: the grouping, or "no grouping". */
function groupingLabel(dimension: StatsDimension | undefined): string {
  return dimension === undefined ? t('stats.noDimension') : dimensionLabel(dimension);
}

/** The line chart of the figures over time, one line a group. */
export function figuresChart(
  settings: StatsSettings,
  periods: readonly string[],
  series: readonly { name: string; values: number[] }[],
): TemplateResult {
  const chartName = t('stats.chartName', {
    measure: measureLabel(settings.measure),
    dimension: groupingLabel(settings.dimension),
  });
  return html`<section class="panel" aria-labelledby="chart-title">
    <h2 id="chart-title">${chartName}</h2>
    <cen-stats-chart .labels=${periods} .series=${series} name=${chartName}></cen-stats-chart>
  </section>`;
}

/** A row of the figures table: a group's (or the total's) cells, one a period, then the whole range. */
interface FiguresRow<C> {
  key: string | null;
  /** The whole range's figures. */
  whole: C;
  cells: readonly C[];
}

/**
 * The table of every group and period (the total first) with what follows it; `cell` renders
 * one figure, against the period before or, for the whole range, the span before.
 */
export function figuresTable<C>(table: {
  settings: StatsSettings;
  period: StatsPeriod;
  periods: readonly string[];
  total: FiguresRow<C>;
  buckets: readonly FiguresRow<C>[];
  bucketsOmitted: number;
  cell: (figures: C, against: 'period' | 'span') => TemplateResult;
  /** The id of what explains the table's marks, if anything does. */
  describedBy?: string;
}): TemplateResult {
  const { measure, dimension } = table.settings;
  const row = (label: string, figures: FiguresRow<C>, total: boolean) =>
    html`<tr class=${total ? 'total' : ''}>
      <th scope="row"><bdi>${label}</bdi></th>
      ${figures.cells.map((cell) => html`<td class="number">${table.cell(cell, 'period')}</td>`)}
      <td class="number">${table.cell(figures.whole, 'span')}</td>
    </tr>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="table-caption">
      <table aria-describedby=${table.describedBy ?? nothing}>
        <caption id="table-caption">
          ${t('stats.tableCaption', { measure: measureLabel(measure), period: t(`stats.periods.${table.period}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${groupingLabel(dimension)}</th>
            ${table.periods.map((period) => html`<th scope="col" class="number">${period}</th>`)}
            <th scope="col" class="number">${t('stats.wholeRange')}</th>
          </tr>
        </thead>
        <tbody>
          ${row(t('stats.total'), table.total, true)}
          ${
            dimension === undefined
              ? nothing
              : table.buckets.map((bucket) => row(bucketLabel(dimension, bucket.key), bucket, false))
          }
        </tbody>
      </table>
    </div>
    ${
      table.bucketsOmitted > 0
        ? html`<p class="hint">${t('stats.omitted', { number: formatNumber(table.bucketsOmitted) })}</p>`
        : nothing
    }
    <p class="hint">${t('stats.howCounted')}</p>`;
}

/** The sentence that opens the figures: how many cases over which dates. */
export function summaryText(cases: number, from: string, to: string): string {
  return t('stats.summary', { cases: formatNumber(cases), from: formatDate(from), to: formatDate(to) });
}
