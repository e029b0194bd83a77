/**
 * The column dictionary of bulk upload: which spreadsheet column fills which field of a case,
 * whether it is mandatory, which vocabulary its codes come from, and its header in the six
 * console languages. Templates, the importer and the console's error table all read it here.
 *
 * Headers are matched in any of the six languages, ignoring case, accents, punctuation and
 * spacing (`DATE DE SAISIE`, `fecha de incautacion`, `Дата изъятия` and `seizureDate` are the same
 * column). Lists of things (items, transit countries, offenders) have numbered columns:
 * `Item 1 commodity`, `Item 2 commodity`, … or `Transit country 2`; any number up to the
 * validation limit is read, and the templates offer the first few. A column's `path` writes the
 * entry's index as `#` (0-based: `items[#].commodity` is `items[0].commodity` for `Item 1 …`).
 *
 * Not importable: photos, and the nominal links to persons and businesses (records of their own,
 * entered with the case form); the reporting country is always the node's own.
 *
 * @example
 *   matchHeader('Article 2 marchandise'); // { column: <items[#].commodity>, n: 2 }
 *   columnHeader(matchHeader('Seizure date')!.column, 1, 'ar'); // 'تاريخ الضبط'
 */
import { LANGUAGES, type Labels, type Language } from './vocabulary/vocabulary.ts';
import type { VocabularyName } from './vocabulary/index.ts';

/**
 * How a cell becomes a field value:
 * - `text`: as written (numbers become their text);
 * - `date`: a date cell, or text written YYYY-MM-DD;
 * - `number`: a number cell, or text (`12.5`, `12,5` or `1,250.5`);
 * - `code`: a code of `vocabulary`, or its label in any of the six languages;
 * - `codes`: several such codes separated by `;` or `,`;
 * - `list`: several texts separated by `;` or `,` (tags).
 */
export type ImportValueType = 'text' | 'date' | 'number' | 'code' | 'codes' | 'list';

/**
 * Numbered groups of columns and how many entries of each the templates offer. `max` is the
 * list's limit in `VALIDATION_LIMITS` (protocol/validation.ts; a unit test holds them equal),
 * written out so that the console can read this file without the validator.
 */
export const IMPORT_GROUPS = {
  item: { path: 'items', max: 200, inTemplates: 3 },
  transit: { path: 'route.transit', max: 20, inTemplates: 3 },
  offender: { path: 'offenders', max: 100, inTemplates: 2 },
} as const;
export type ImportGroup = keyof typeof IMPORT_GROUPS;

export interface ImportColumn {
  /** The case field it fills; `#` is the entry's 0-based index in a numbered group. */
  readonly path: string;
  readonly type: ImportValueType;
  readonly vocabulary?: VocabularyName;
  /**
   * Every row needs a value (for a numbered column: in its first entry). `kind`, `seizureDate`
   * and the first item's commodity; the validation rules add what a `validated` case needs.
   */
  readonly mandatory: boolean;
  /** Its header in each language; `{n}` is the entry's number (1-based) in a numbered group. */
  readonly headers: Labels;
  readonly group?: ImportGroup;
  /** What a blank cell means, when not "absent". */
  readonly default?: string;
  /** Offered only in the templates of these ITR areas (and the generic one). */
  readonly areas?: readonly string[];
}

const h = (en: string, fr: string, es: string, ru: string, ar: string, pt: string): Labels => ({
  en,
  fr,
  es,
  ru,
  ar,
  pt,
});

/** The first words of an item's, an offender's headers; `{n}` is its number. */
const ITEM = h('Item {n}', 'Article {n}', 'Artículo {n}', 'Позиция {n}', 'البند {n}', 'Item {n}');
const OFFENDER = h(
  'Offender {n}',
  'Contrevenant {n}',
  'Infractor {n}',
  'Нарушитель {n}',
  'المخالف {n}',
  'Infrator {n}',
);
const of = (prefix: Labels, rest: Labels): Labels =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, `${prefix[lang]} ${rest[lang]}`])) as Labels;

/** Every importable column, in template order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    path: 'ref',
    type: 'text',
    mandatory: false,
    headers: h('Reference', 'Référence', 'Referencia', 'Номер дела', 'المرجع', 'Referência'),
  },
  {
    path: 'kind',
    type: 'code',
    vocabulary: 'caseKind',
    mandatory: true,
    headers: h('Case kind', 'Nature du dossier', 'Tipo de caso', 'Вид дела', 'نوع القضية', 'Tipo de caso'),
  },
  {
    path: 'form',
    type: 'code',
    vocabulary: 'caseForm',
    mandatory: false,
    default: 'simplified',
    headers: h('Form', 'Formulaire', 'Formulario', 'Форма', 'الاستمارة', 'Formulário'),
  },
  {
    path: 'status',
    type: 'code',
    vocabulary: 'caseStatus',
    mandatory: false,
    default: 'draft',
    headers: h('Status', 'Statut', 'Estado', 'Статус', 'الحالة', 'Situação'),
  },
  {
    path: 'offenceTypes',
    type: 'codes',
    vocabulary: 'offenceType',
    mandatory: false,
    headers: h(
      'Offence types',
      'Types d’infraction',
      'Tipos de infracción',
      'Виды правонарушений',
      'أنواع المخالفات',
      'Tipos de infração',
    ),
  },
  {
    path: 'seizureDate',
    type: 'date',
    mandatory: true,
    headers: h(
      'Seizure date',
      'Date de saisie',
      'Fecha de incautación',
      'Дата изъятия',
      'تاريخ الضبط',
      'Data da apreensão',
    ),
  },
  {
    path: 'office',
    type: 'text',
    mandatory: false,
    headers: h(
      'Customs office',
      'Bureau de douane',
      'Oficina de aduanas',
      'Таможенный орган',
      'المكتب الجمركي',
      'Repartição aduaneira',
    ),
  },
  {
    path: 'direction',
    type: 'code',
    vocabulary: 'direction',
    mandatory: false,
    headers: h('Direction', 'Sens', 'Dirección', 'Направление', 'الاتجاه', 'Sentido'),
  },
  {
    path: 'location.type',
    type: 'code',
    vocabulary: 'locationType',
    mandatory: false,
    headers: h('Location type', 'Type de lieu', 'Tipo de lugar', 'Тип места', 'نوع الموقع', 'Tipo de local'),
  },
  {
    path: 'location.code',
    type: 'text',
    mandatory: false,
    headers: h(
      'Location code',
      'Code du lieu',
      'Código del lugar',
      'Код места',
      'رمز الموقع',
      'Código do local',
    ),
  },
  {
    path: 'location.name',
    type: 'text',
    mandatory: false,
    headers: h(
      'Location name',
      'Nom du lieu',
      'Nombre del lugar',
      'Название места',
      'اسم الموقع',
      'Nome do local',
    ),
  },
  {
    path: 'location.lat',
    type: 'number',
    mandatory: false,
    headers: h('Latitude', 'Latitude', 'Latitud', 'Широта', 'خط العرض', 'Latitude'),
  },
  {
    path: 'location.lon',
    type: 'number',
    mandatory: false,
    headers: h('Longitude', 'Longitude', 'Longitud', 'Долгота', 'خط الطول', 'Longitude'),
  },
  {
    path: 'detection.method',
    type: 'code',
    vocabulary: 'detectionMethod',
    mandatory: false,
    headers: h(
      'Detection method',
      'Méthode de détection',
      'Método de detección',
      'Способ выявления',
      'طريقة الكشف',
      'Método de detecção',
    ),
  },
  {
    path: 'conveyance.mode',
    type: 'code',
    vocabulary: 'conveyanceMode',
    mandatory: false,
    headers: h(
      'Conveyance',
      'Moyen de transport',
      'Medio de transporte',
      'Вид транспорта',
      'وسيلة النقل',
      'Meio de transporte',
    ),
  },
  {
    path: 'conveyance.carrier',
    type: 'text',
    mandatory: false,
    headers: h('Carrier', 'Transporteur', 'Transportista', 'Перевозчик', 'الناقل', 'Transportador'),
  },
  {
    path: 'conveyance.flightOrVoyage',
    type: 'text',
    mandatory: false,
    headers: h('Flight or voyage', 'Vol ou voyage', 'Vuelo o viaje', 'Рейс', 'رقم الرحلة', 'Voo ou viagem'),
  },
  {
    path: 'conveyance.containerNumber',
    type: 'text',
    mandatory: false,
    headers: h(
      'Container number',
      'Numéro de conteneur',
      'Número de contenedor',
      'Номер контейнера',
      'رقم الحاوية',
      'Número do contêiner',
    ),
  },
  {
    path: 'conveyance.vehicleRegistration',
    type: 'text',
    mandatory: false,
    headers: h(
      'Vehicle registration',
      'Immatriculation du véhicule',
      'Matrícula del vehículo',
      'Регистрационный номер ТС',
      'رقم تسجيل المركبة',
      'Placa do veículo',
    ),
  },
  {
    path: 'conveyance.imo',
    type: 'text',
    mandatory: false,
    headers: h(
      'IMO number',
      'Numéro OMI',
      'Número OMI',
      'Номер ИМО',
      'رقم المنظمة البحرية الدولية',
      'Número IMO',
    ),
  },
  {
    path: 'concealment.method',
    type: 'code',
    vocabulary: 'concealmentMethod',
    mandatory: false,
    headers: h(
      'Concealment method',
      'Méthode de dissimulation',
      'Método de ocultación',
      'Способ сокрытия',
      'طريقة الإخفاء',
      'Método de ocultação',
    ),
  },
  {
    path: 'concealment.description',
    type: 'text',
    mandatory: false,
    headers: h(
      'Concealment description',
      'Description de la dissimulation',
      'Descripción de la ocultación',
      'Описание сокрытия',
      'وصف الإخفاء',
      'Descrição da ocultação',
    ),
  },
  {
    path: 'route.origin',
    type: 'code',
    vocabulary: 'country',
    mandatory: false,
    headers: h(
      'Origin country',
      'Pays d’origine',
      'País de origen',
      'Страна происхождения',
      'بلد المنشأ',
      'País de origem',
    ),
  },
  {
    path: 'route.departure',
    type: 'code',
    vocabulary: 'country',
    mandatory: false,
    headers: h(
      'Departure country',
      'Pays de départ',
      'País de salida',
      'Страна отправления',
      'بلد المغادرة',
      'País de partida',
    ),
  },
  {
    path: 'route.transit[#]',
    type: 'code',
    vocabulary: 'country',
    mandatory: false,
    group: 'transit',
    headers: h(
      'Transit country {n}',
      'Pays de transit {n}',
      'País de tránsito {n}',
      'Страна транзита {n}',
      'بلد العبور {n}',
      'País de trânsito {n}',
    ),
  },
  {
    path: 'route.destination',
    type: 'code',
    vocabulary: 'country',
    mandatory: false,
    headers: h(
      'Destination country',
      'Pays de destination',
      'País de destino',
      'Страна назначения',
      'بلد المقصد',
      'País de destino',
    ),
  },
  {
    path: 'items[#].itrArea',
    type: 'code',
    vocabulary: 'itrArea',
    mandatory: false,
    group: 'item',
    headers: of(ITEM, h('ITR area', 'domaine ITR', 'ámbito ITR', 'область ITR', 'مجال ITR', 'área ITR')),
  },
  {
    path: 'items[#].commodity',
    type: 'code',
    vocabulary: 'commodity',
    mandatory: true,
    group: 'item',
    headers: of(ITEM, h('commodity', 'marchandise', 'mercancía', 'товар', 'السلعة', 'mercadoria')),
  },
  {
    path: 'items[#].hsCode',
    type: 'text',
    mandatory: false,
    group: 'item',
    headers: of(ITEM, h('HS code', 'code SH', 'código SA', 'код ГС', 'رمز النظام المنسق', 'código SH')),
  },
  {
    path: 'items[#].description',
    type: 'text',
    mandatory: false,
    group: 'item',
    headers: of(ITEM, h('description', 'description', 'descripción', 'описание', 'الوصف', 'descrição')),
  },
  {
    path: 'items[#].quantity',
    type: 'number',
    mandatory: false,
    group: 'item',
    headers: of(ITEM, h('quantity', 'quantité', 'cantidad', 'количество', 'الكمية', 'quantidade')),
  },
  {
    path: 'items[#].unit',
    type: 'code',
    vocabulary: 'unit',
    mandatory: false,
    group: 'item',
    headers: of(ITEM, h('unit', 'unité', 'unidad', 'единица', 'الوحدة', 'unidade')),
  },
  {
    path: 'items[#].valueUsd',
    type: 'number',
    mandatory: false,
    group: 'item',
    headers: of(
      ITEM,
      h('value (USD)', 'valeur (USD)', 'valor (USD)', 'стоимость (USD)', 'القيمة (USD)', 'valor (USD)'),
    ),
  },
  {
    path: 'items[#].brand',
    type: 'text',
    mandatory: false,
    group: 'item',
    areas: ['ipr-health-safety', 'revenue'],
    headers: of(ITEM, h('brand', 'marque', 'marca', 'марка', 'العلامة التجارية', 'marca')),
  },
  {
    path: 'items[#].citesSpecies',
    type: 'text',
    mandatory: false,
    group: 'item',
    areas: ['environment'],
    headers: of(
      ITEM,
      h('CITES species', 'espèce CITES', 'especie CITES', 'вид СИТЕС', 'النوع في سايتس', 'espécie CITES'),
    ),
  },
  {
    path: 'offenders[#].nationality',
    type: 'code',
    vocabulary: 'country',
    mandatory: false,
    group: 'offender',
    headers: of(
      OFFENDER,
      h('nationality', 'nationalité', 'nacionalidad', 'гражданство', 'الجنسية', 'nacionalidade'),
    ),
  },
  {
    path: 'offenders[#].gender',
    type: 'code',
    vocabulary: 'gender',
    mandatory: false,
    group: 'offender',
    headers: of(OFFENDER, h('gender', 'sexe', 'sexo', 'пол', 'الجنس', 'sexo')),
  },
  {
    path: 'offenders[#].ageBand',
    type: 'code',
    vocabulary: 'ageBand',
    mandatory: false,
    group: 'offender',
    headers: of(
      OFFENDER,
      h('age band', 'tranche d’âge', 'franja de edad', 'возрастная группа', 'الفئة العمرية', 'faixa etária'),
    ),
  },
  {
    path: 'offenders[#].role',
    type: 'code',
    vocabulary: 'offenderRole',
    mandatory: false,
    group: 'offender',
    headers: of(OFFENDER, h('role', 'rôle', 'función', 'роль', 'الدور', 'função')),
  },
  {
    path: 'narrative',
    type: 'text',
    mandatory: false,
    headers: h('Narrative', 'Récit', 'Relato', 'Описание обстоятельств', 'السرد', 'Relato'),
  },
  {
    path: 'tags',
    type: 'list',
    mandatory: false,
    headers: h('Tags', 'Étiquettes', 'Etiquetas', 'Метки', 'الوسوم', 'Etiquetas'),
  },
  {
    path: 'operationId',
    type: 'text',
    mandatory: false,
    headers: h('Operation', 'Opération', 'Operación', 'Операция', 'العملية', 'Operação'),
  },
  {
    path: 'handling.code',
    type: 'code',
    vocabulary: 'handlingCode',
    mandatory: false,
    headers: h(
      'Handling code',
      'Code de traitement',
      'Código de manejo',
      'Код обращения',
      'رمز التداول',
      'Código de tratamento',
    ),
  },
  {
    path: 'handling.source',
    type: 'code',
    vocabulary: 'sourceEvaluation',
    mandatory: false,
    headers: h(
      'Source evaluation',
      'Évaluation de la source',
      'Evaluación de la fuente',
      'Оценка источника',
      'تقييم المصدر',
      'Avaliação da fonte',
    ),
  },
  {
    path: 'handling.reliability',
    type: 'number',
    mandatory: false,
    headers: h(
      'Information reliability',
      'Fiabilité de l’information',
      'Fiabilidad de la información',
      'Достоверность информации',
      'موثوقية المعلومات',
      'Confiabilidade da informação',
    ),
  },
];

/** The templates: a generic one and one per commodity family (ITR area). */
export const IMPORT_TEMPLATES = [
  'generic',
  'drugs',
  'environment',
  'ipr-health-safety',
  'revenue',
  'security',
  'cultural-heritage',
  'money-laundering',
] as const;
export type ImportTemplateName = (typeof IMPORT_TEMPLATES)[number];

export const isImportTemplateName = (value: unknown): value is ImportTemplateName =>
  typeof value === 'string' && (IMPORT_TEMPLATES as readonly string[]).includes(value);

/**
 * Rules the importer adds to those of `VALIDATION_RULES` (protocol/validation.ts). A header
 * problem is reported on row 1 and stops an import (a dry run still checks every row).
 */
export const IMPORT_RULES = {
  'unknown-column': 'the header names no column of the import templates: its values would be lost',
  'duplicate-column': 'two headers name the same column',
  'no-header': 'the first row holds no header the importer knows',
} as const;
export type ImportRule = keyof typeof IMPORT_RULES;

// ---------------------------------------------------------------------------------------------
// Header matching

/** Arabic-Indic and Eastern Arabic-Indic digits, read as 0-9. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const digitValue = (char: string): string => String((char.codePointAt(0)! & 0xf) % 10);

/**
 * Text folded for comparison: case, accents (and Arabic vowel marks and tatweel), punctuation and
 * spacing removed, Arabic ta marbuta and alef maqsura folded, digits made Western. Used for
 * headers and for vocabulary labels typed in cells.
 *
 * @example foldText('Date de saisie'); // 'datedesaisie'
 */
export function foldText(text: string): string {
  return foldTokens(text).join('');
}

function foldTokens(text: string): string[] {
  return text
    .replace(ARABIC_DIGITS, digitValue)
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .replace(/([0-9]+)/g, ' $1 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
}

/** A header folded, with its first number (the entry's) taken out as `#`. */
function headerKey(text: string): { key: string; n?: number } {
  const tokens = foldTokens(text);
  const at = tokens.findIndex((token) => /^[0-9]+$/.test(token));
  if (at < 0) return { key: tokens.join('') };
  const n = Number(tokens[at]);
  tokens[at] = '#';
  return { key: tokens.join(''), n };
}

/** Camel-case field names (`seizureDate`, `route.origin`) are accepted as headers too. */
const fieldAlias = (path: string): string => path.replace(/\[#\]/g, ' 1 ').replace(/\./g, ' ');

let headerIndex: Map<string, ImportColumn> | undefined;

/** Folded header (any language, or the field name) → column; built once, checked for clashes. */
function headerIndexOf(): Map<string, ImportColumn> {
  if (headerIndex) return headerIndex;
  const index = new Map<string, ImportColumn>();
  const add = (text: string, column: ImportColumn) => {
    const { key } = headerKey(text.replace('{n}', ' 1 '));
    const known = index.get(key);
    if (known && known !== column)
      throw new Error(`import header ${JSON.stringify(text)} also names ${known.path}`);
    index.set(key, column);
  };
  for (const column of IMPORT_COLUMNS) {
    for (const lang of LANGUAGES) add(column.headers[lang], column);
    add(fieldAlias(column.path), column);
  }
  headerIndex = index;
  return index;
}

/** What a header names: a column, and for a numbered column its number (1-based). */
export interface HeaderMatch {
  column: ImportColumn;
  /** 1 for columns that are not numbered. */
  n: number;
}

/** The column a header names, in any of the six languages (undefined when none). */
export function matchHeader(header: string): HeaderMatch | undefined {
  const { key, n } = headerKey(header);
  const column = headerIndexOf().get(key);
  if (!column) return undefined;
  if (column.group === undefined) return n === undefined ? { column, n: 1 } : undefined;
  if (n === undefined || n < 1 || n > IMPORT_GROUPS[column.group].max) return undefined;
  return { column, n };
}

/** A column's header in `lang`, with its number for a numbered column. */
export function columnHeader(column: ImportColumn, n: number, lang: Language): string {
  return column.headers[lang].replace('{n}', String(n));
}

/** The field path of entry `n` (1-based) of a column: `items[1].unit` for item 2's unit. */
export function columnPath(column: ImportColumn, n: number): string {
  return column.path.replace('#', String(n - 1));
}

/** The language whose headers match the most of `headers` (English when none or a tie). */
export function headerLanguage(headers: readonly string[]): Language {
  let best: Language = 'en';
  let bestCount = 0;
  for (const lang of LANGUAGES) {
    const mine = new Set(
      IMPORT_COLUMNS.map((column) => headerKey(column.headers[lang].replace('{n}', ' 1 ')).key),
    );
    const count = headers.filter((header) => mine.has(headerKey(header).key)).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The columns of a template, each with its number, in order; a numbered group's columns are
 * repeated entry by entry (item 1's columns, then item 2's).
 */
export function templateColumns(template: ImportTemplateName): HeaderMatch[] {
  const offered = IMPORT_COLUMNS.filter(
    (column) => !column.areas || template === 'generic' || column.areas.includes(template),
  );
  const columns: HeaderMatch[] = [];
  const done = new Set<ImportGroup>();
  for (const column of offered) {
    if (column.group === undefined) {
      columns.push({ column, n: 1 });
      continue;
    }
    const group = column.group;
    if (done.has(group)) continue;
    done.add(group);
    const members = offered.filter((other) => other.group === group);
    for (let n = 1; n <= IMPORT_GROUPS[group].inTemplates; n++)
      for (const member of members) columns.push({ column: member, n });
  }
  return columns;
}
