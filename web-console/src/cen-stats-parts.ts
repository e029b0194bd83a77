/**
 * What the statistics screens share: their settings read from the URL (`/stats?dimension=…`), the
 * labels of dimensions, buckets and measures, and trends shown as an arrow with a percentage and
 * a sentence for screen readers (never colour alone).
 *
 * @example
 *   const settings = settingsOf(new URLSearchParams('dimension=commodity&from=2026-01-01'), today);
 *   html`${trendView(12.5, 'period')}`; // ▲ 12.5 %, read as "up 12.5 % on the period before"
 */
import { html, nothing, type TemplateResult } from 'lit';
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
} from '../../protocol/api.ts';
import { CASE_STATUSES } from '../../protocol/records.ts';
import { currentLanguage, formatNumber, formatUsd, t, type MessageKey } from './i18n/index.ts';
import { label, type VocabularyName } from './i18n/vocabulary.ts';

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
