/**
 * The downloadable templates: a generic workbook and one per commodity family (ITR area), with
 * headers in the chosen language. Sheet 1 holds the header row (mandatory columns shaded) and one
 * example row; sheet 2 lists the codes and labels of every coded column (a family's template
 * lists only its own commodities), and coded columns offer those codes in a drop-down list.
 * Cells accept the codes or the labels in any of the six languages.
 *
 * @example
 *   const bytes = await buildTemplate('drugs', 'fr'); // an .xlsx with French headers
 */
import ExcelJS from 'exceljs';
import {
  columnHeader,
  IMPORT_TEMPLATES,
  templateColumns,
  type HeaderMatch,
  type ImportTemplateName,
} from '../../protocol/import-columns.ts';
import type { CaseInput, Item } from '../../protocol/records.ts';
import {
  commoditiesOf,
  vocabularies,
  type Labels,
  type Language,
  type VocabularyName,
} from '../../protocol/vocabulary/index.ts';
import { caseToCells } from './rows.ts';

const WORDS: Readonly<Record<'cases' | 'codes' | 'column' | 'code' | 'label' | 'note', Labels>> = {
  cases: { en: 'Cases', fr: 'Dossiers', es: 'Casos', ru: 'Дела', ar: 'القضايا', pt: 'Casos' },
  codes: { en: 'Codes', fr: 'Codes', es: 'Códigos', ru: 'Коды', ar: 'الرموز', pt: 'Códigos' },
  column: { en: 'Column', fr: 'Colonne', es: 'Columna', ru: 'Столбец', ar: 'العمود', pt: 'Coluna' },
  code: { en: 'Code', fr: 'Code', es: 'Código', ru: 'Код', ar: 'الرمز', pt: 'Código' },
  label: { en: 'Label', fr: 'Libellé', es: 'Etiqueta', ru: 'Название', ar: 'التسمية', pt: 'Rótulo' },
  note: {
    en: 'Shaded columns must be filled. A coded column takes the code or its label in any language. Dates: YYYY-MM-DD. Replace the example row with your cases.',
    fr: 'Les colonnes grisées sont obligatoires. Une colonne codée accepte le code ou son libellé dans toute langue. Dates : AAAA-MM-JJ. Remplacez la ligne d’exemple par vos dossiers.',
    es: 'Las columnas sombreadas son obligatorias. Una columna codificada acepta el código o su etiqueta en cualquier idioma. Fechas: AAAA-MM-DD. Sustituya la fila de ejemplo por sus casos.',
    ru: 'Затенённые столбцы обязательны. В кодированном столбце можно указать код или его название на любом языке. Даты: ГГГГ-ММ-ДД. Замените строку-пример своими делами.',
    ar: 'الأعمدة المظللة إلزامية. يقبل العمود المرمّز الرمز أو تسميته بأي لغة. التواريخ: YYYY-MM-DD. استبدل صف المثال بقضاياك.',
    pt: 'As colunas sombreadas são obrigatórias. Uma coluna codificada aceita o código ou o seu rótulo em qualquer idioma. Datas: AAAA-MM-DD. Substitua a linha de exemplo pelos seus casos.',
  },
};

/** exceljs keeps range validations here; its type declarations leave the property out. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Rows of the case sheet that get the drop-down lists. */
const VALIDATED_ROWS = 5_000;

/** The example row: a plausible seizure of the family's first commodity. */
function exampleCase(template: ImportTemplateName): CaseInput {
  const area = template === 'generic' ? 'drugs' : template;
  const commodity = template === 'generic' ? vocabularies.commodity.get('cocaine')! : commoditiesOf(area)[0]!;
  const countable = ['pieces', 'sticks', 'tablets', 'plants', 'pairs'].includes(commodity.defaultUnit);
  const item: Item = {
    itrArea: area,
    commodity: commodity.code,
    ...(commodity.hsCode === undefined ? {} : { hsCode: commodity.hsCode }),
    quantity: countable ? 1200 : 12.5,
    unit: commodity.defaultUnit,
  };
  return {
    ref: 'REF-2025-0001',
    kind: 'seizure',
    form: 'simplified',
    status: 'draft',
    seizureDate: '2025-06-15',
    direction: 'import',
    location: { type: 'airport', code: 'NBO' },
    detection: { method: 'risk-profiling' },
    conveyance: { mode: 'air-passenger', flightOrVoyage: 'XY123' },
    concealment: { method: 'baggage' },
    route: { origin: 'BR', transit: ['ET'] },
    items: [item],
    offenders: [{ nationality: 'BR', gender: 'male', ageBand: '25-34', role: 'courier' }],
  };
}

function codesOf(name: VocabularyName, template: ImportTemplateName) {
  if (name === 'commodity' && template !== 'generic') return commoditiesOf(template);
  if (name === 'itrArea' && template !== 'generic')
    return vocabularies.itrArea.terms.filter((t) => t.code === template);
  return vocabularies[name].terms;
}

/** `'Codes'!$B$2:$B$9`, quoted for any sheet name. */
const rangeOf = (sheet: string, from: number, to: number) =>
  `'${sheet.replace(/'/g, "''")}'!$B$${from}:$B$${to}`;

export async function buildTemplate(template: ImportTemplateName, lang: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CEN node';
  const rtl = lang === 'ar';
  const casesName = WORDS.cases[lang];
  const codesName = WORDS.codes[lang];
  const cases = workbook.addWorksheet(casesName, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: rtl }],
  });
  const codes = workbook.addWorksheet(codesName, { views: [{ rightToLeft: rtl }] });

  const columns: HeaderMatch[] = templateColumns(template);
  cases.columns = columns.map(({ column, n }) => ({
    header: columnHeader(column, n, lang),
    width: Math.max(14, Math.min(40, columnHeader(column, n, lang).length + 4)),
  }));
  const header = cases.getRow(1);
  header.font = { bold: true };
  columns.forEach(({ column, n }, i) => {
    if (column.mandatory && n === 1) {
      header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    }
  });
  const example = cases.addRow(caseToCells(exampleCase(template), columns));
  example.font = { italic: true, color: { argb: 'FF595959' } };

  // The codes sheet: a note, then one block per vocabulary with the columns that use it.
  codes.columns = [{ width: 40 }, { width: 24 }, { width: 48 }];
  codes.addRow([WORDS.note[lang]]);
  codes.addRow([]);
  codes.addRow([WORDS.column[lang], WORDS.code[lang], WORDS.label[lang]]).font = { bold: true };
  const blocks = new Map<VocabularyName, string[]>();
  columns.forEach(({ column, n }) => {
    if (!column.vocabulary) return;
    const names = blocks.get(column.vocabulary) ?? [];
    names.push(columnHeader(column, n, lang));
    blocks.set(column.vocabulary, names);
  });
  const ranges = new Map<VocabularyName, string>();
  for (const [name, headers] of blocks) {
    const terms = codesOf(name, template);
    const first = codes.rowCount + 1;
    terms.forEach((term, i) => {
      codes.addRow([i === 0 ? headers.join(', ') : '', term.code, term.labels[lang]]);
    });
    ranges.set(name, rangeOf(codesName, first, first + terms.length - 1));
    codes.addRow([]);
  }
  columns.forEach(({ column }, i) => {
    if (column.type !== 'code' || !column.vocabulary) return;
    const letter = cases.getColumn(i + 1).letter;
    // A suggestion, not a rule: labels in another language are accepted too.
    (cases as unknown as SheetValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [ranges.get(column.vocabulary)!],
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export { IMPORT_TEMPLATES };
