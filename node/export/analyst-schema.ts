/**
 * The analyst database's tables and views, described once: the SQL that creates them, the
 * README that documents them and the CSV files that copy them all come from these lists, so the
 * documentation cannot drift from the database. Codes are stored as codes; the `vocabularies`
 * table gives their labels in the six languages, and the views join them in the export's
 * language.
 *
 * @example
 *   for (const table of analystTables(true)) db.exec(createTableSql(table));
 */
import type { Language } from '../../protocol/vocabulary/index.ts';
import { LANGUAGES } from '../../protocol/vocabulary/index.ts';

export interface ColumnSpec {
  name: string;
  type: 'TEXT' | 'INTEGER' | 'REAL';
  description: string;
}

export interface TableSpec {
  name: string;
  description: string;
  columns: readonly ColumnSpec[];
  primaryKey?: readonly string[];
  indexes?: readonly (readonly string[])[];
  /** Holds personal data: only in a database made for a user who may read nominal data. */
  nominal?: boolean;
}

export interface ViewSpec {
  name: string;
  description: string;
  sql: (lang: Language) => string;
}

const text = (name: string, description: string): ColumnSpec => ({ name, type: 'TEXT', description });
const int = (name: string, description: string): ColumnSpec => ({ name, type: 'INTEGER', description });
const real = (name: string, description: string): ColumnSpec => ({ name, type: 'REAL', description });
const code = (name: string, vocabulary: string, what: string): ColumnSpec =>
  text(name, `${what}: a code of the \`${vocabulary}\` vocabulary`);

const TABLES: readonly TableSpec[] = [
  {
    name: 'cases',
    description: 'One row per case (seizure or offence) that the export selected.',
    primaryKey: ['id'],
    indexes: [['seizure_date'], ['reporting_country']],
    columns: [
      text('id', 'the case id (UUIDv7), unique across nodes'),
      text('ref', 'the national reference'),
      code('kind', 'caseKind', 'seizure or offence'),
      code('status', 'caseStatus', 'draft, validated or archived'),
      code('form', 'caseForm', 'full or simplified'),
      code('reporting_country', 'country', 'the administration that reported it'),
      text('office', 'the customs office'),
      text('seizure_date', 'YYYY-MM-DD'),
      text('seizure_month', 'YYYY-MM, for grouping'),
      int('seizure_year', 'the year, for grouping'),
      code('direction', 'direction', 'import, export, transit or domestic'),
      code('location_type', 'locationType', 'the kind of place'),
      text('location_code', 'UN/LOCODE or IATA code of the place'),
      text('location_name', 'the name of the place'),
      real('lat', 'latitude (WGS 84)'),
      real('lon', 'longitude (WGS 84)'),
      code('detection_method', 'detectionMethod', 'how it was detected'),
      code('conveyance_mode', 'conveyanceMode', 'the means of transport'),
      text('carrier', 'the airline, shipping line or courier'),
      text('flight_or_voyage', 'flight or voyage number'),
      text('container_number', 'ISO 6346 container number'),
      text('vehicle_registration', 'vehicle registration'),
      text('imo', 'IMO number of the vessel'),
      code('concealment_method', 'concealmentMethod', 'how the goods were hidden'),
      text('concealment_description', 'free-text description of the concealment'),
      code('handling_code', 'handlingCode', 'handling code H0 to H3'),
      code('handling_source', 'sourceEvaluation', 'evaluation of the source, A, B, C or X'),
      int('handling_reliability', 'reliability of the information, 1 to 4'),
      text('operation_id', 'the enforcement operation it belongs to'),
      text('tags', 'tags, separated by "; "'),
      text('narrative', 'free-text narrative'),
      int('item_count', 'how many rows it has in `items`'),
      int('offender_count', 'how many rows it has in `offenders`'),
      int('person_count', 'how many persons it links (their records only in a nominal database)'),
      int('business_count', 'how many businesses it links'),
      int('photo_count', 'how many photos it holds'),
      int('version', 'its version: 1 when created, +1 on every change'),
      text('created_at', 'when it was entered (ISO 8601, UTC)'),
      text('updated_at', 'when it last changed (ISO 8601, UTC)'),
    ],
  },
  {
    name: 'items',
    description: 'The goods of each case, one row per item, in the order the case lists them.',
    primaryKey: ['case_id', 'item_no'],
    indexes: [['commodity'], ['itr_area']],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      int('item_no', 'its place in the case, from 1'),
      code('itr_area', 'itrArea', 'the Illicit Trade Report area'),
      code('commodity', 'commodity', 'what was seized'),
      text('hs_code', 'Harmonized System code'),
      text('description', 'free-text description'),
      real('quantity', 'the quantity, in `unit`: sum quantities of one unit only'),
      code('unit', 'unit', 'the unit of `quantity`'),
      real('value_usd', 'estimated value in US dollars'),
      text('brand', 'brand (counterfeits, cigarettes)'),
      text('cites_species', 'CITES species (wildlife)'),
    ],
  },
  {
    name: 'offenders',
    description: 'The non-nominal summary of the offenders of each case.',
    primaryKey: ['case_id', 'offender_no'],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      int('offender_no', 'its place in the case, from 1'),
      code('nationality', 'country', 'nationality'),
      code('gender', 'gender', 'gender'),
      code('age_band', 'ageBand', 'age band'),
      code('role', 'offenderRole', 'role in the offence'),
    ],
  },
  {
    name: 'route_legs',
    description:
      'The route of each case, one row per country on it: origin, departure, each transit country (in order) and destination.',
    primaryKey: ['case_id', 'leg_no'],
    indexes: [['country']],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      int('leg_no', 'its place on the route, from 1'),
      text('leg', 'origin, departure, transit or destination'),
      code('country', 'country', 'the country'),
    ],
  },
  {
    name: 'offence_types',
    description: 'The offence types of each case, one row per type.',
    primaryKey: ['case_id', 'offence_type'],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      code('offence_type', 'offenceType', 'the offence type'),
    ],
  },
  {
    name: 'vocabularies',
    description:
      'Every code the other tables use, with its label in English, French, Spanish, Russian, Arabic and Portuguese.',
    primaryKey: ['vocabulary', 'code'],
    columns: [
      text('vocabulary', 'the vocabulary (`commodity`, `country`, `conveyanceMode`, …)'),
      text('code', 'the code, as stored in the other tables'),
      text('parent', 'for a commodity: its ITR area'),
      ...LANGUAGES.map((lang) => text(`label_${lang}`, `the label in ${lang}`)),
    ],
  },
  {
    name: 'persons',
    description: 'The persons linked to the cases (nominal data).',
    nominal: true,
    primaryKey: ['id'],
    columns: [
      text('id', 'the person id'),
      text('family_name', 'family name'),
      text('given_names', 'given names'),
      text('birth_date', 'YYYY-MM-DD'),
      text('birth_place', 'place of birth'),
      code('nationality', 'country', 'nationality'),
      code('gender', 'gender', 'gender'),
      text('notes', 'free-text notes'),
      int('version', 'its version'),
      text('updated_at', 'when it last changed (ISO 8601, UTC)'),
    ],
  },
  {
    name: 'person_documents',
    description: 'Identity documents of the persons (nominal data).',
    nominal: true,
    primaryKey: ['person_id', 'document_no'],
    indexes: [['number']],
    columns: [
      text('person_id', 'the person (`persons.id`)'),
      int('document_no', 'its place in the person record, from 1'),
      code('type', 'documentType', 'the kind of document'),
      text('number', 'the document number'),
      code('country', 'country', 'the issuing country'),
      text('expires', 'YYYY-MM-DD'),
    ],
  },
  {
    name: 'person_addresses',
    description: 'Addresses of the persons (nominal data).',
    nominal: true,
    primaryKey: ['person_id', 'address_no'],
    columns: [
      text('person_id', 'the person (`persons.id`)'),
      int('address_no', 'its place in the person record, from 1'),
      text('line', 'street and number'),
      text('city', 'city'),
      text('postcode', 'postcode'),
      code('country', 'country', 'country'),
    ],
  },
  {
    name: 'case_persons',
    description: 'Which person is linked to which case, in which role (nominal data).',
    nominal: true,
    primaryKey: ['case_id', 'person_id', 'role'],
    indexes: [['person_id']],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      text('person_id', 'the person (`persons.id`)'),
      code('role', 'personRole', 'the role of the person in the case'),
    ],
  },
  {
    name: 'businesses',
    description: 'The businesses linked to the cases (nominal data).',
    nominal: true,
    primaryKey: ['id'],
    indexes: [['registration_number']],
    columns: [
      text('id', 'the business id'),
      text('name', 'name'),
      text('registration_number', 'company registration number'),
      text('vat_number', 'VAT number'),
      code('country', 'country', 'country of registration'),
      text('notes', 'free-text notes'),
      int('version', 'its version'),
      text('updated_at', 'when it last changed (ISO 8601, UTC)'),
    ],
  },
  {
    name: 'business_addresses',
    description: 'Addresses of the businesses (nominal data).',
    nominal: true,
    primaryKey: ['business_id', 'address_no'],
    columns: [
      text('business_id', 'the business (`businesses.id`)'),
      int('address_no', 'its place in the business record, from 1'),
      text('line', 'street and number'),
      text('city', 'city'),
      text('postcode', 'postcode'),
      code('country', 'country', 'country'),
    ],
  },
  {
    name: 'case_businesses',
    description: 'Which business is linked to which case, in which role (nominal data).',
    nominal: true,
    primaryKey: ['case_id', 'business_id', 'role'],
    indexes: [['business_id']],
    columns: [
      text('case_id', 'the case (`cases.id`)'),
      text('business_id', 'the business (`businesses.id`)'),
      code('role', 'businessRole', 'the role of the business in the case'),
    ],
  },
  {
    name: 'export_info',
    description: 'What this database holds: when it was made, with which filters, in which language.',
    primaryKey: ['key'],
    columns: [text('key', 'the name of the fact'), text('value', 'its value')],
  },
];

const label = (lang: Language) => `label_${lang}`;

const VIEWS: readonly ViewSpec[] = [
  {
    name: 'seizures_by_month_commodity',
    description:
      'Per month, commodity and unit: the cases, the items, the total quantity (of that unit only) and the total value in US dollars.',
    sql: (lang) => `SELECT c.seizure_month AS month, i.itr_area, i.commodity,
    v.${label(lang)} AS commodity_label, i.unit,
    COUNT(DISTINCT c.id) AS cases, COUNT(*) AS items,
    SUM(i.quantity) AS quantity, SUM(i.value_usd) AS value_usd
  FROM items i JOIN cases c ON c.id = i.case_id
  LEFT JOIN vocabularies v ON v.vocabulary = 'commodity' AND v.code = i.commodity
  GROUP BY c.seizure_month, i.itr_area, i.commodity, i.unit`,
  },
  {
    name: 'seizures_by_year_area',
    description: 'Per year and ITR area: the cases and their total value in US dollars.',
    sql: (lang) => `SELECT c.seizure_year AS year, i.itr_area, v.${label(lang)} AS itr_area_label,
    COUNT(DISTINCT c.id) AS cases, SUM(i.value_usd) AS value_usd
  FROM items i JOIN cases c ON c.id = i.case_id
  LEFT JOIN vocabularies v ON v.vocabulary = 'itrArea' AND v.code = i.itr_area
  GROUP BY c.seizure_year, i.itr_area`,
  },
  {
    name: 'cases_by_route_country',
    description:
      'Per country on the routes and leg (origin, departure, transit, destination): how many cases pass there.',
    sql: (
      lang,
    ) => `SELECT r.country, v.${label(lang)} AS country_label, r.leg, COUNT(DISTINCT r.case_id) AS cases
  FROM route_legs r
  LEFT JOIN vocabularies v ON v.vocabulary = 'country' AND v.code = r.country
  GROUP BY r.country, r.leg`,
  },
  {
    name: 'cases_by_conveyance_detection',
    description: 'Per means of transport and detection method: how many cases.',
    sql: (lang) => `SELECT c.conveyance_mode, vc.${label(lang)} AS conveyance_label,
    c.detection_method, vd.${label(lang)} AS detection_label, COUNT(*) AS cases
  FROM cases c
  LEFT JOIN vocabularies vc ON vc.vocabulary = 'conveyanceMode' AND vc.code = c.conveyance_mode
  LEFT JOIN vocabularies vd ON vd.vocabulary = 'detectionMethod' AND vd.code = c.detection_method
  GROUP BY c.conveyance_mode, c.detection_method`,
  },
  {
    name: 'case_list',
    description: 'The cases with the labels of their main codes, in the language of the export.',
    sql: (lang) => `SELECT c.id, c.ref, c.seizure_date, c.status,
    vk.${label(lang)} AS kind_label,
    vr.${label(lang)} AS reporting_country_label,
    vl.${label(lang)} AS location_type_label, c.location_name,
    vd.${label(lang)} AS detection_label,
    vc.${label(lang)} AS conveyance_label,
    vh.${label(lang)} AS concealment_label,
    c.item_count, c.offender_count
  FROM cases c
  LEFT JOIN vocabularies vk ON vk.vocabulary = 'caseKind' AND vk.code = c.kind
  LEFT JOIN vocabularies vr ON vr.vocabulary = 'country' AND vr.code = c.reporting_country
  LEFT JOIN vocabularies vl ON vl.vocabulary = 'locationType' AND vl.code = c.location_type
  LEFT JOIN vocabularies vd ON vd.vocabulary = 'detectionMethod' AND vd.code = c.detection_method
  LEFT JOIN vocabularies vc ON vc.vocabulary = 'conveyanceMode' AND vc.code = c.conveyance_mode
  LEFT JOIN vocabularies vh ON vh.vocabulary = 'concealmentMethod' AND vh.code = c.concealment_method`,
  },
];

/** The tables of a database, with or without the nominal ones. */
export function analystTables(nominal: boolean): TableSpec[] {
  return TABLES.filter((table) => nominal || !table.nominal);
}

export function analystViews(): readonly ViewSpec[] {
  return VIEWS;
}

export function createTableSql(table: TableSpec): string {
  const columns = table.columns.map((column) => `  ${column.name} ${column.type}`);
  if (table.primaryKey) columns.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
  return `CREATE TABLE ${table.name} (\n${columns.join(',\n')}\n)`;
}

export function createIndexSql(table: TableSpec): string[] {
  return (table.indexes ?? []).map(
    (columns) => `CREATE INDEX ${table.name}_${columns.join('_')} ON ${table.name} (${columns.join(', ')})`,
  );
}

export function createViewSql(view: ViewSpec, lang: Language): string {
  return `CREATE VIEW ${view.name} AS\n${view.sql(lang)}`;
}

/** `INSERT INTO t (a, b) VALUES (?, ?)` for every column of `table`, in order. */
export function insertSql(table: TableSpec, verb = 'INSERT'): string {
  return `${verb} INTO ${table.name} (${table.columns.map((c) => c.name).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`;
}
