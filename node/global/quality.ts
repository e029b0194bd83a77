/**
 * Data quality per member of the global CEN (WCO data-quality charter), for the WCO's
 * analysts: the national data-quality view (`qualityOf`: completeness of the key fields,
 * timeliness from seizure to entry at the member) over each member's global cases, plus how late
 * its contributions reach the WCO node (seizure date → arrival) and when it last contributed.
 * Members are told apart by their reporting country, which the WCO node gives one member each.
 *
 * @example
 *   const answer = await globalQuality(store, { from: '2025-01-01' }, { today: '2026-11-28' });
 *   answer.items[0]; // { country: 'BE', quality: { cases: 812, … }, arrival: { medianDays: 9, … } }
 */
import {
  TIMELINESS_TARGET_DAYS,
  type GlobalQualityParams,
  type GlobalQualityResponse,
  type MemberQuality,
} from '../../protocol/api.ts';
import { nearestRank, qualityOf } from '../stats/index.ts';
import { forEachMatch, matcherOf, rangeEnd } from '../stats/query.ts';
import { dayNumber } from '../stats/rows.ts';
import { globalStatsId, globalTableOf } from './statistics.ts';
import type { GlobalStore } from './store.ts';

const DAY_MS = 86_400_000;

/** Whole days from the seizure date to the UTC day the WCO node received the case. */
export function arrivalDelayDays(seizureDate: string | undefined, receivedAt: string): number | undefined {
  if (seizureDate === undefined) return undefined;
  const delay = (Date.parse(receivedAt.slice(0, 10)) - Date.parse(seizureDate)) / DAY_MS;
  return Number.isFinite(delay) ? Math.round(delay) : undefined;
}

export async function globalQuality(
  store: GlobalStore,
  params: GlobalQualityParams,
  options: { today?: string } = {},
): Promise<GlobalQualityResponse> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { q: _q, ...filters } = params;
  const table = await globalTableOf(store);
  const arrivals = new Map<string, number>();
  for await (const entry of store.all()) {
    const delay = arrivalDelayDays(
      (entry.record as { seizureDate?: string }).seizureDate,
      entry.provenance.receivedAt,
    );
    if (delay !== undefined) arrivals.set(globalStatsId(entry.provenance.owner.nodeId, entry.id), delay);
  }
  // Arrival delays of the matching cases, by member.
  const histograms = new Map<string, Map<number, number>>();
  const to = rangeEnd(filters, today);
  const low = filters.from === undefined ? 0 : dayNumber(filters.from);
  forEachMatch(table, matcherOf(table, filters), low, dayNumber(to), (slot) => {
    const id = table.ids[slot]!;
    const delay = arrivals.get(id);
    if (delay === undefined) return;
    const member = id.slice(0, id.indexOf('\x00'));
    let histogram = histograms.get(member);
    if (histogram === undefined) histograms.set(member, (histogram = new Map<number, number>()));
    histogram.set(delay, (histogram.get(delay) ?? 0) + 1);
  });
  const items: MemberQuality[] = [];
  for (const member of await store.members()) {
    if (filters.country !== undefined && filters.country !== member.country) continue;
    const quality = qualityOf(table, { ...filters, country: member.country }, { today });
    const histogram = histograms.get(member.nodeId) ?? new Map<number, number>();
    items.push({
      nodeId: member.nodeId,
      country: member.country,
      ...(member.name ? { name: member.name } : {}),
      quality: quality.total,
      arrival: { medianDays: nearestRank(histogram, 50), p90Days: nearestRank(histogram, 90) },
      lastReceivedAt: member.lastReceivedAt ?? null,
      upToDate: member.upToDate,
    });
  }
  return {
    from: filters.from ?? null,
    to,
    targetDays: TIMELINESS_TARGET_DAYS,
    items,
  };
}
