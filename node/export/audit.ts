/**
 * What the audit log keeps of an export: who took it, in which format, with which filters (as
 * codes and dates; a free-text query only as the fact that there was one, never its words), how
 * many cases it held and whether it went through.
 *
 * @example
 *   filterCodes({ itrArea: 'drugs', q: 'suitcase' }); // ['q', 'itrArea=drugs']
 */
import type { AuditEntryInput } from '../audit/index.ts';
import type { CaseFilters } from './cases.ts';

/** The filters in the order of the search parameters. */
const FILTER_ORDER = [
  'q',
  'from',
  'to',
  'country',
  'itrArea',
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'status',
] as const satisfies readonly (keyof CaseFilters)[];

/** `name=value` for every filter given, and a bare `q` for a free-text query (its text is not kept). */
export function filterCodes(filters: CaseFilters): string[] {
  return FILTER_ORDER.filter((name) => filters[name] !== undefined).map((name) =>
    name === 'q' ? 'q' : `${name}=${String(filters[name])}`,
  );
}

/** Where exports are recorded: the node's audit log (anything with its `append`). */
export interface AuditSink {
  append(input: AuditEntryInput): Promise<unknown>;
}

export type ExportFormat = 'xlsx' | 'csv' | 'analyst-db';

export interface ExportAuditInput {
  actor: string;
  ip?: string;
  format: ExportFormat;
  filters: CaseFilters;
  lang: string;
  /** Cases written (when it failed: written before it stopped). */
  count: number;
  outcome: 'ok' | 'failed';
  /** The analyst database: whether it held nominal data, and how many persons and businesses. */
  nominal?: { persons: number; businesses: number } | false;
}

export async function recordExport(audit: AuditSink, input: ExportAuditInput): Promise<void> {
  await audit.append({
    action: 'export',
    actor: input.actor,
    outcome: input.outcome,
    details: {
      format: input.format,
      filters: filterCodes(input.filters),
      lang: input.lang,
      count: input.count,
      ...(input.nominal === undefined
        ? {}
        : input.nominal === false
          ? { nominal: false }
          : { nominal: true, persons: input.nominal.persons, businesses: input.nominal.businesses }),
    },
    ...(input.ip ? { ip: input.ip.slice(0, 64) } : {}),
  });
}
