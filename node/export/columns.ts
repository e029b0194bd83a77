/**
 * A case as one row of cells, in the order and with the types `EXPORT_COLUMNS` declares
 * (protocol/export-columns.ts). Values are raw here: dates stay `YYYY-MM-DD` and instants ISO
 * strings (each writer turns them into what its format holds best), and text is not yet
 * neutralised against formula injection (`neutralise.ts`, applied by the writers to text cells
 * only, so numbers stay numbers).
 *
 * @example
 *   const row = caseRowBuilder('fr');
 *   row(someCase); // ['0193…', 'KE-2026-0042', 'seizure', 'Saisie', …]
 */
import {
  EXPORT_COLUMNS,
  EXPORT_LIST_SEPARATOR,
  type ExportColumn,
  type ExportField,
} from '../../protocol/export-columns.ts';
import type { Case, Item } from '../../protocol/records.ts';
import { vocabularies, type Language } from '../../protocol/vocabulary/index.ts';
import { UnknownExportColumnError } from './errors.ts';

/** One cell: text, a number, nothing, or (typed by its column) a date or an instant as text. */
export type CellValue = string | number | undefined;

type Raw = string | number | readonly string[] | undefined;

const joined = (values: readonly string[]): string | undefined =>
  values.length === 0 ? undefined : values.join(EXPORT_LIST_SEPARATOR);

const distinct = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
];

function totalValue(items: readonly Item[]): number | undefined {
  let total: number | undefined;
  for (const item of items) if (item.valueUsd !== undefined) total = (total ?? 0) + item.valueUsd;
  return total;
}

/** What each case-level field holds. */
const CASE_VALUE: Partial<Record<ExportField, (c: Case) => Raw>> = {
  id: (c) => c.id,
  ref: (c) => c.ref,
  kind: (c) => c.kind,
  status: (c) => c.status,
  form: (c) => c.form,
  reportingCountry: (c) => c.reportingCountry,
  office: (c) => c.office,
  seizureDate: (c) => c.seizureDate,
  direction: (c) => c.direction,
  locationType: (c) => c.location?.type,
  locationCode: (c) => c.location?.code,
  locationName: (c) => c.location?.name,
  lat: (c) => c.location?.lat,
  lon: (c) => c.location?.lon,
  detectionMethod: (c) => c.detection?.method,
  conveyanceMode: (c) => c.conveyance?.mode,
  carrier: (c) => c.conveyance?.carrier,
  flightOrVoyage: (c) => c.conveyance?.flightOrVoyage,
  containerNumber: (c) => c.conveyance?.containerNumber,
  vehicleRegistration: (c) => c.conveyance?.vehicleRegistration,
  imo: (c) => c.conveyance?.imo,
  concealmentMethod: (c) => c.concealment?.method,
  concealmentDescription: (c) => c.concealment?.description,
  routeOrigin: (c) => c.route?.origin,
  routeDeparture: (c) => c.route?.departure,
  routeTransit: (c) => c.route?.transit ?? [],
  routeDestination: (c) => c.route?.destination,
  offenceTypes: (c) => c.offenceTypes,
  itemCount: (c) => c.items.length,
  totalValueUsd: (c) => totalValue(c.items),
  offenderCount: (c) => c.offenders.length,
  offenderNationalities: (c) => distinct(c.offenders.map((o) => o.nationality)),
  personCount: (c) => c.persons.length,
  businessCount: (c) => c.businesses.length,
  photoCount: (c) => c.photos.length,
  handlingCode: (c) => c.handling?.code,
  handlingSource: (c) => c.handling?.source,
  // The vocabulary's codes are '1'..'4'; the record holds the number.
  handlingReliability: (c) => (c.handling ? String(c.handling.reliability) : undefined),
  tags: (c) => c.tags,
  operationId: (c) => c.operationId,
  narrative: (c) => c.narrative,
  version: (c) => c.version,
  createdAt: (c) => c.createdAt,
  updatedAt: (c) => c.updatedAt,
};

/** What each item field holds. */
const ITEM_VALUE: Partial<Record<ExportField, (item: Item) => Raw>> = {
  itrArea: (item) => item.itrArea,
  commodity: (item) => item.commodity,
  hsCode: (item) => item.hsCode,
  description: (item) => item.description,
  quantity: (item) => item.quantity,
  unit: (item) => item.unit,
  valueUsd: (item) => item.valueUsd,
  brand: (item) => item.brand,
  citesSpecies: (item) => item.citesSpecies,
};

function cellOf(column: ExportColumn, lang: Language): (c: Case) => CellValue {
  let raw: (c: Case) => Raw;
  if (column.item !== undefined) {
    const value = ITEM_VALUE[column.field];
    if (!value) throw new UnknownExportColumnError(column.key);
    const index = column.item - 1;
    raw = (c) => {
      const item = c.items[index];
      return item === undefined ? undefined : value(item);
    };
  } else {
    const value = CASE_VALUE[column.field];
    if (!value) throw new UnknownExportColumnError(column.key);
    raw = value;
  }
  if (column.part === 'label') {
    const vocabulary = vocabularies[column.vocabulary!];
    return (c) => {
      const value = raw(c);
      if (value === undefined || typeof value === 'number') return value;
      if (typeof value === 'string') return vocabulary.label(value, lang);
      return joined(value.map((code) => vocabulary.label(code, lang)));
    };
  }
  return (c) => {
    const value = raw(c);
    if (value === undefined || typeof value === 'string' || typeof value === 'number') return value;
    return joined(value);
  };
}

/** A function from a case to its row, in `EXPORT_COLUMNS` order, labels in `lang`. */
export function caseRowBuilder(lang: Language, columns: readonly ExportColumn[] = EXPORT_COLUMNS) {
  const cells = columns.map((column) => cellOf(column, lang));
  return (c: Case): CellValue[] => cells.map((cell) => cell(c));
}
