/**
 * The layout of a case export (XLSX and CSV, `GET /api/v1/exports/cases.xlsx|.csv` and
 * `cen-node export`): one row per case, its columns in this order, each with a stable key and a
 * header in the six console languages. Analysts' spreadsheets and scripts rely on the order and
 * the keys, so columns are only ever added (at the end of their group), never renamed.
 *
 * - Headers are bulk upload's (protocol/import-columns.ts) wherever bulk upload has the field, so
 *   an exported workbook, corrected and uploaded again, is read column for column; the fields
 *   only an export has (id, counts, entry times) have headers of their own here.
 * - A coded field is two columns: the code (header "Case kind", key `kind`, what bulk upload
 *   reads) and its label in the export's language (header "Case kind (label)", key
 *   `kind.label`, which bulk upload ignores).
 * - Lists (transit countries, offence types, offenders' nationalities, tags) are joined with
 *   `EXPORT_LIST_SEPARATOR`, codes and labels alike, in the same order.
 * - Items: `itemCount`, `totalValueUsd`, then the first `EXPORT_ITEM_COLUMNS` items in numbered
 *   groups (`item1.commodity`, header "Item 1 commodity"). Every item of every case is in the
 *   analyst database's `items` table.
 * - Persons and businesses are counted, never named: the case export is not nominal.
 *
 * @example
 *   const headers = EXPORT_COLUMNS.map((column) => exportHeader(column, 'fr'));
 *   // ['Identifiant de l’affaire', 'Référence', 'Nature du dossier', 'Nature du dossier (libellé)', …]
 */
import { columnHeader, IMPORT_COLUMNS } from './import-columns.ts';
import type { Labels, Language, VocabularyName } from './vocabulary/index.ts';

/** Text, a number, a calendar date (YYYY-MM-DD) or an instant (ISO 8601, UTC). */
export type ExportColumnType = 'text' | 'number' | 'date' | 'datetime';

/**
 * The headers of the fields that only exports have (bulk upload has no column for them). Every
 * other column takes its header from the bulk-upload dictionary (protocol/import-columns.ts), so
 * that an exported workbook, edited and uploaded again, is read column for column.
 */
export const EXPORT_FIELD_HEADERS = {
  id: {
    en: 'Case id',
    fr: 'Identifiant de l’affaire',
    es: 'Identificador del caso',
    ru: 'Идентификатор дела',
    ar: 'معرّف القضية',
    pt: 'Identificador do caso',
  },
  reportingCountry: {
    en: 'Reporting country',
    fr: 'Pays déclarant',
    es: 'País declarante',
    ru: 'Сообщающая страна',
    ar: 'البلد المبلِّغ',
    pt: 'País declarante',
  },
  routeTransit: { en: 'Transit', fr: 'Transit', es: 'Tránsito', ru: 'Транзит', ar: 'العبور', pt: 'Trânsito' },
  itemCount: {
    en: 'Number of items',
    fr: 'Nombre d’articles',
    es: 'Número de artículos',
    ru: 'Число позиций',
    ar: 'عدد البنود',
    pt: 'Número de itens',
  },
  totalValueUsd: {
    en: 'Total value (USD)',
    fr: 'Valeur totale (USD)',
    es: 'Valor total (USD)',
    ru: 'Общая стоимость (долл. США)',
    ar: 'القيمة الإجمالية (دولار أمريكي)',
    pt: 'Valor total (USD)',
  },
  offenderCount: {
    en: 'Number of offenders',
    fr: 'Nombre de contrevenants',
    es: 'Número de infractores',
    ru: 'Число нарушителей',
    ar: 'عدد المخالفين',
    pt: 'Número de infratores',
  },
  offenderNationalities: {
    en: 'Offenders’ nationalities',
    fr: 'Nationalités des contrevenants',
    es: 'Nacionalidades de los infractores',
    ru: 'Гражданство нарушителей',
    ar: 'جنسيات المخالفين',
    pt: 'Nacionalidades dos infratores',
  },
  personCount: {
    en: 'Linked persons',
    fr: 'Personnes liées',
    es: 'Personas vinculadas',
    ru: 'Связанные лица',
    ar: 'الأشخاص المرتبطون',
    pt: 'Pessoas vinculadas',
  },
  businessCount: {
    en: 'Linked businesses',
    fr: 'Entreprises liées',
    es: 'Empresas vinculadas',
    ru: 'Связанные компании',
    ar: 'الشركات المرتبطة',
    pt: 'Empresas vinculadas',
  },
  photoCount: { en: 'Photos', fr: 'Photos', es: 'Fotos', ru: 'Фотографии', ar: 'الصور', pt: 'Fotos' },
  version: { en: 'Version', fr: 'Version', es: 'Versión', ru: 'Версия', ar: 'الإصدار', pt: 'Versão' },
  createdAt: {
    en: 'Entered',
    fr: 'Saisie le',
    es: 'Registrado el',
    ru: 'Дата ввода',
    ar: 'تاريخ الإدخال',
    pt: 'Registrado em',
  },
  updatedAt: {
    en: 'Last changed',
    fr: 'Modifié le',
    es: 'Modificado el',
    ru: 'Дата изменения',
    ar: 'تاريخ آخر تعديل',
    pt: 'Alterado em',
  },
} as const satisfies Readonly<Record<string, Labels>>;

/** The exported fields that bulk upload reads too, with the case field path it fills. */
const IMPORT_PATHS = {
  ref: 'ref',
  kind: 'kind',
  status: 'status',
  form: 'form',
  office: 'office',
  seizureDate: 'seizureDate',
  direction: 'direction',
  locationType: 'location.type',
  locationCode: 'location.code',
  locationName: 'location.name',
  lat: 'location.lat',
  lon: 'location.lon',
  detectionMethod: 'detection.method',
  conveyanceMode: 'conveyance.mode',
  carrier: 'conveyance.carrier',
  flightOrVoyage: 'conveyance.flightOrVoyage',
  containerNumber: 'conveyance.containerNumber',
  vehicleRegistration: 'conveyance.vehicleRegistration',
  imo: 'conveyance.imo',
  concealmentMethod: 'concealment.method',
  concealmentDescription: 'concealment.description',
  routeOrigin: 'route.origin',
  routeDeparture: 'route.departure',
  routeDestination: 'route.destination',
  offenceTypes: 'offenceTypes',
  itrArea: 'items[#].itrArea',
  commodity: 'items[#].commodity',
  hsCode: 'items[#].hsCode',
  description: 'items[#].description',
  quantity: 'items[#].quantity',
  unit: 'items[#].unit',
  valueUsd: 'items[#].valueUsd',
  brand: 'items[#].brand',
  citesSpecies: 'items[#].citesSpecies',
  handlingCode: 'handling.code',
  handlingSource: 'handling.source',
  handlingReliability: 'handling.reliability',
  tags: 'tags',
  operationId: 'operationId',
  narrative: 'narrative',
} as const;

export type ExportField = keyof typeof EXPORT_FIELD_HEADERS | keyof typeof IMPORT_PATHS;

/** Appended to the header of a label column: "Case kind (label)" beside "Case kind", the code. */
export const EXPORT_LABEL_SUFFIX: Labels = {
  en: 'label',
  fr: 'libellé',
  es: 'etiqueta',
  ru: 'название',
  ar: 'التسمية',
  pt: 'rótulo',
};

/** The name of the sheets: "Cases", then "Cases 2", "Cases 3" past a sheet's row limit. */
export const EXPORT_SHEET_NAME: Labels = {
  en: 'Cases',
  fr: 'Affaires',
  es: 'Casos',
  ru: 'Дела',
  ar: 'القضايا',
  pt: 'Casos',
};

/** How many items get numbered columns; the analyst database holds every item. */
export const EXPORT_ITEM_COLUMNS = 3;

/** Between the values of a list in one cell (bulk upload splits lists on it). */
export const EXPORT_LIST_SEPARATOR = '; ';

export interface ExportColumn {
  /** Stable and language-independent: `kind`, `kind.label`, `item2.quantity`. */
  key: string;
  field: ExportField;
  type: ExportColumnType;
  /** For a code column and its label twin: the vocabulary the code comes from. */
  vocabulary?: VocabularyName;
  /** `code` for a coded field's code column, `label` for its twin. */
  part?: 'code' | 'label';
  /** For an item's column: which item, from 1. */
  item?: number;
  /** True when the cell holds a list joined with `EXPORT_LIST_SEPARATOR`. */
  list?: boolean;
  /** The case field a bulk upload fills from this column (the code column of a coded field). */
  importPath?: string;
}

type Spec =
  | [ExportField, ExportColumnType]
  | [ExportField, 'coded', VocabularyName]
  | [ExportField, 'coded-list', VocabularyName];

const CASE_FIELDS: readonly Spec[] = [
  ['id', 'text'],
  ['ref', 'text'],
  ['kind', 'coded', 'caseKind'],
  ['status', 'coded', 'caseStatus'],
  ['form', 'coded', 'caseForm'],
  ['reportingCountry', 'coded', 'country'],
  ['office', 'text'],
  ['seizureDate', 'date'],
  ['direction', 'coded', 'direction'],
  ['locationType', 'coded', 'locationType'],
  ['locationCode', 'text'],
  ['locationName', 'text'],
  ['lat', 'number'],
  ['lon', 'number'],
  ['detectionMethod', 'coded', 'detectionMethod'],
  ['conveyanceMode', 'coded', 'conveyanceMode'],
  ['carrier', 'text'],
  ['flightOrVoyage', 'text'],
  ['containerNumber', 'text'],
  ['vehicleRegistration', 'text'],
  ['imo', 'text'],
  ['concealmentMethod', 'coded', 'concealmentMethod'],
  ['concealmentDescription', 'text'],
  ['routeOrigin', 'coded', 'country'],
  ['routeDeparture', 'coded', 'country'],
  ['routeTransit', 'coded-list', 'country'],
  ['routeDestination', 'coded', 'country'],
  ['offenceTypes', 'coded-list', 'offenceType'],
  ['itemCount', 'number'],
  ['totalValueUsd', 'number'],
];

const ITEM_FIELDS: readonly Spec[] = [
  ['itrArea', 'coded', 'itrArea'],
  ['commodity', 'coded', 'commodity'],
  ['hsCode', 'text'],
  ['description', 'text'],
  ['quantity', 'number'],
  ['unit', 'coded', 'unit'],
  ['valueUsd', 'number'],
  ['brand', 'text'],
  ['citesSpecies', 'text'],
];

const LATER_FIELDS: readonly Spec[] = [
  ['offenderCount', 'number'],
  ['offenderNationalities', 'coded-list', 'country'],
  ['personCount', 'number'],
  ['businessCount', 'number'],
  ['photoCount', 'number'],
  ['handlingCode', 'coded', 'handlingCode'],
  ['handlingSource', 'coded', 'sourceEvaluation'],
  ['handlingReliability', 'coded', 'informationReliability'],
  ['tags', 'text'],
  ['operationId', 'text'],
  ['narrative', 'text'],
  ['version', 'number'],
  ['createdAt', 'datetime'],
  ['updatedAt', 'datetime'],
];

const importPathOf = (field: ExportField): string | undefined =>
  Object.hasOwn(IMPORT_PATHS, field) ? IMPORT_PATHS[field as keyof typeof IMPORT_PATHS] : undefined;

function columnsOf(spec: Spec, item?: number): ExportColumn[] {
  const [field, kind] = spec;
  const prefix = item === undefined ? '' : `item${item}.`;
  const at = item === undefined ? {} : { item };
  const importPath = importPathOf(field);
  const imported = importPath === undefined ? {} : { importPath };
  if (kind === 'coded' || kind === 'coded-list') {
    const vocabulary = spec[2];
    const list = kind === 'coded-list' ? { list: true } : {};
    return [
      {
        key: `${prefix}${field}`,
        field,
        type: 'text',
        vocabulary,
        part: 'code',
        ...at,
        ...list,
        ...imported,
      },
      { key: `${prefix}${field}.label`, field, type: 'text', vocabulary, part: 'label', ...at, ...list },
    ];
  }
  const list = field === 'tags' ? { list: true } : {};
  return [{ key: `${prefix}${field}`, field, type: kind, ...at, ...list, ...imported }];
}

/** Every column of a case export, in order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  ...CASE_FIELDS.flatMap((spec) => columnsOf(spec)),
  ...Array.from({ length: EXPORT_ITEM_COLUMNS }, (_, i) =>
    ITEM_FIELDS.flatMap((spec) => columnsOf(spec, i + 1)),
  ).flat(),
  ...LATER_FIELDS.flatMap((spec) => columnsOf(spec)),
];

export class UnknownImportColumnError extends Error {
  override name = 'UnknownImportColumnError';
  constructor(path: string) {
    super(`bulk upload has no column for ${path}: export-columns.ts and import-columns.ts disagree`);
  }
}

/** The field's header without the label suffix: bulk upload's header, or the export's own. */
function fieldHeader(column: ExportColumn, lang: Language): string {
  const path = importPathOf(column.field);
  if (path === undefined)
    return EXPORT_FIELD_HEADERS[column.field as keyof typeof EXPORT_FIELD_HEADERS][lang];
  const imported = IMPORT_COLUMNS.find((candidate) => candidate.path === path);
  if (!imported) throw new UnknownImportColumnError(path);
  return columnHeader(imported, column.item ?? 1, lang);
}

/** A column's header in `lang`: "Item 2 commodity", "Item 2 commodity (label)", "البند 2 السلعة". */
export function exportHeader(column: ExportColumn, lang: Language): string {
  const header = fieldHeader(column, lang);
  return column.part === 'label' ? `${header} (${EXPORT_LABEL_SUFFIX[lang]})` : header;
}

/** The name of the `n`th sheet (from 1) in `lang`. */
export function exportSheetName(n: number, lang: Language): string {
  return n === 1 ? EXPORT_SHEET_NAME[lang] : `${EXPORT_SHEET_NAME[lang]} ${n}`;
}
