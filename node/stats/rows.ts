/**
 * What the statistics database keeps of a case: one row of its single-valued codes, dates and
 * data-quality flags, one row per item, and one row per value of the dimensions a case can hold
 * several values of. Pure functions, shared by the index writer and its tests.
 *
 * @example
 *   const row = caseRow(c); // { id, day: 20261102, month: 202611, year: 2026, delay: 3, … }
 *   itemRows(c);             // [{ itrArea: 'drugs', commodity: 'cocaine', unit: 'kg', quantity: 3.1, valueUsd: null }]
 */
import type { QualityField, StatsDimension } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';

/** Dimensions stored as a column of the `cases` table, by column name. */
export const CASE_COLUMNS = {
  country: (c: Case) => c.reportingCountry,
  status: (c: Case) => c.status,
  kind: (c: Case) => c.kind,
  direction: (c: Case) => c.direction,
  conveyanceMode: (c: Case) => c.conveyance?.mode,
  detectionMethod: (c: Case) => c.detection?.method,
  locationType: (c: Case) => c.location?.type,
  concealmentMethod: (c: Case) => c.concealment?.method,
  routeOrigin: (c: Case) => c.route?.origin,
  routeDeparture: (c: Case) => c.route?.departure,
  routeDestination: (c: Case) => c.route?.destination,
} satisfies Partial<Record<StatsDimension, (c: Case) => string | undefined>>;
export type CaseColumn = keyof typeof CASE_COLUMNS;
export const CASE_COLUMN_NAMES = Object.keys(CASE_COLUMNS) as CaseColumn[];

/** Dimensions a case may hold several values of, kept in the `case_values` table. */
export const MULTI_VALUES = {
  offenceType: (c: Case) => c.offenceTypes,
  routeCountry: (c: Case) => [
    c.route?.origin,
    c.route?.departure,
    ...(c.route?.transit ?? []),
    c.route?.destination,
  ],
  routeTransit: (c: Case) => c.route?.transit ?? [],
  offenderNationality: (c: Case) => c.offenders.map((offender) => offender.nationality),
} satisfies Partial<Record<StatsDimension, (c: Case) => readonly (string | undefined)[]>>;
export type MultiValueDimension = keyof typeof MULTI_VALUES;
export const MULTI_VALUE_NAMES = Object.keys(MULTI_VALUES) as MultiValueDimension[];

/** Dimensions taken from the items, by column of the `items` table. */
export const ITEM_COLUMNS = ['itrArea', 'commodity'] as const satisfies readonly StatsDimension[];
export type ItemColumn = (typeof ITEM_COLUMNS)[number];

export type DimensionPlace =
  | { table: 'cases'; column: CaseColumn }
  | { table: 'case_values'; dimension: MultiValueDimension }
  | { table: 'items'; column: ItemColumn };

/** Where each dimension's values live in the database. */
export function placeOf(dimension: StatsDimension): DimensionPlace {
  if ((ITEM_COLUMNS as readonly string[]).includes(dimension))
    return { table: 'items', column: dimension as ItemColumn };
  if (Object.hasOwn(MULTI_VALUES, dimension))
    return { table: 'case_values', dimension: dimension as MultiValueDimension };
  return { table: 'cases', column: dimension as CaseColumn };
}

/** Whether a case has each key field, as the data-quality view counts it (see `QUALITY_FIELDS`). */
export const QUALITY_CHECKS: Readonly<Record<QualityField, (c: Case) => boolean>> = {
  location: (c) => present(c.location?.type),
  detectionMethod: (c) => present(c.detection?.method),
  conveyance: (c) => present(c.conveyance?.mode),
  concealment: (c) => present(c.concealment?.method),
  route: (c) => MULTI_VALUES.routeCountry(c).some(present),
  quantity: (c) =>
    c.items.length > 0 && c.items.every((item) => typeof item.quantity === 'number' && present(item.unit)),
  value: (c) => c.items.length > 0 && c.items.every((item) => typeof item.valueUsd === 'number'),
  offenders: (c) => c.offenders.length > 0,
};

function present(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD as the number YYYYMMDD (0 for anything else, which the store never holds). */
export function dayNumber(date: string): number {
  const day = Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  return Number.isInteger(day) && day > 0 ? day : 0;
}

/** Whole days from the seizure date to the UTC day the case was entered. */
export function entryDelayDays(c: Pick<Case, 'seizureDate' | 'createdAt'>): number {
  const delay = (Date.parse(c.createdAt.slice(0, 10)) - Date.parse(c.seizureDate)) / DAY_MS;
  return Number.isFinite(delay) ? Math.round(delay) : 0;
}

export interface CaseRow {
  id: string;
  day: number;
  month: number;
  year: number;
  delay: number;
  columns: Record<CaseColumn, string | null>;
  quality: Record<QualityField, 0 | 1>;
}

export interface ItemRow {
  itrArea: string | null;
  commodity: string | null;
  unit: string | null;
  quantity: number | null;
  valueUsd: number | null;
}

export function caseRow(c: Case): CaseRow {
  const day = dayNumber(c.seizureDate);
  const columns = {} as Record<CaseColumn, string | null>;
  for (const name of CASE_COLUMN_NAMES) {
    const value = CASE_COLUMNS[name](c);
    columns[name] = present(value) ? value : null;
  }
  const quality = {} as Record<QualityField, 0 | 1>;
  for (const [field, check] of Object.entries(QUALITY_CHECKS) as [QualityField, (c: Case) => boolean][])
    quality[field] = check(c) ? 1 : 0;
  return {
    id: c.id,
    day,
    month: Math.floor(day / 100),
    year: Math.floor(day / 10_000),
    delay: entryDelayDays(c),
    columns,
    quality,
  };
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function itemRows(c: Case): ItemRow[] {
  return c.items.map((item) => ({
    itrArea: present(item.itrArea) ? item.itrArea : null,
    commodity: present(item.commodity) ? item.commodity : null,
    unit: present(item.unit) ? item.unit : null,
    quantity: numberOrNull(item.quantity),
    valueUsd: numberOrNull(item.valueUsd),
  }));
}

/** Each multi-valued dimension's distinct values in a case. */
export function multiValues(c: Case): { dimension: MultiValueDimension; value: string }[] {
  const rows: { dimension: MultiValueDimension; value: string }[] = [];
  for (const dimension of MULTI_VALUE_NAMES) {
    for (const value of new Set(MULTI_VALUES[dimension](c).filter(present))) rows.push({ dimension, value });
  }
  return rows;
}
