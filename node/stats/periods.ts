/**
 * Calendar arithmetic on the numbers the statistics database keeps: days as YYYYMMDD, months as
 * YYYYMM, years as YYYY (all UTC calendar dates, as seizure dates are written).
 *
 * @example
 *   periodOf(20261102, 'month');    // 202611
 *   previousPeriod(202601, 'month'); // 202512
 *   periodLabel(202611, 'month');    // '2026-11'
 */
import type { StatsPeriod } from '../../protocol/api.ts';
import { dayNumber } from './rows.ts';

const DAY_MS = 86_400_000;

export { dayNumber };

export function dateOfDay(day: number): string {
  const text = String(day).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
}

export function periodOf(day: number, period: StatsPeriod): number {
  return period === 'month' ? Math.floor(day / 100) : Math.floor(day / 10_000);
}

export function previousPeriod(value: number, period: StatsPeriod): number {
  if (period === 'year') return value - 1;
  return value % 100 === 1 ? (Math.floor(value / 100) - 1) * 100 + 12 : value - 1;
}

export function nextPeriod(value: number, period: StatsPeriod): number {
  if (period === 'year') return value + 1;
  return value % 100 === 12 ? (Math.floor(value / 100) + 1) * 100 + 1 : value + 1;
}

/** The first day of a period. */
export function periodStart(value: number, period: StatsPeriod): number {
  return period === 'month' ? value * 100 + 1 : value * 10_000 + 101;
}

/** `YYYY-MM` or `YYYY`. */
export function periodLabel(value: number, period: StatsPeriod): string {
  if (period === 'year') return String(value).padStart(4, '0');
  const text = String(value).padStart(6, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}`;
}

/** Every period from `first` to `last`, both included (none when `last` comes first). */
export function periodsBetween(first: number, last: number, period: StatsPeriod): number[] {
  const periods: number[] = [];
  for (let value = first; value <= last; value = nextPeriod(value, period)) periods.push(value);
  return periods;
}
