/**
 * Files for the bulk-upload tests: workbooks of synthetic cases written with exceljs (as a
 * spreadsheet program would), CSV files, an independent reader of workbooks (Python's openpyxl,
 * Debian's `/usr/bin/python3`), and the CSV with deliberate errors that issue 6 asks for, with
 * the errors it must give.
 *
 * @example
 *   await writeCasesWorkbook(file, syntheticInputs(50_000, 7), 'fr');
 *   const rows = await openpyxlRows(reportFile); // [['Row', 'Column', …], [3, 'Item 1 commodity', …]]
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { columnHeader, templateColumns } from '../../protocol/import-columns.ts';
import type { CaseInput } from '../../protocol/records.ts';
import type { Language } from '../../protocol/vocabulary/index.ts';
import { caseToCells, columnsFor } from '../../node/import/index.ts';
import { SyntheticGenerator } from '../../node/seed/index.ts';
import type { KvStore } from '../../node/store/kv.ts';

/** Synthetic cases (without the links to persons and businesses a spreadsheet cannot carry). */
export function syntheticInputs(count: number, seed: number, country = 'KE'): CaseInput[] {
  const generator = new SyntheticGenerator({ seed, country, today: new Date().toISOString().slice(0, 10) });
  return Array.from({ length: count }, () => generator.nextCase().input);
}

/** A workbook of cases with headers in `lang`, streamed (shared strings, as Excel writes). */
export async function writeCasesWorkbook(
  file: string,
  inputs: readonly CaseInput[],
  lang: Language,
): Promise<number> {
  const columns = columnsFor(inputs, templateColumns('generic'));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Cases');
  sheet.addRow(columns.map(({ column, n }) => columnHeader(column, n, lang))).commit();
  for (const input of inputs) sheet.addRow(caseToCells(input, columns)).commit();
  sheet.commit();
  await workbook.commit();
  return columns.length;
}

/** A workbook of arbitrary rows (the first one the header). */
export async function writeWorkbook(
  file: string,
  rows: readonly (readonly unknown[])[],
  options: { sharedStrings?: boolean } = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: options.sharedStrings ?? true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Cases');
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
}

export async function writeCsv(
  file: string,
  rows: readonly (readonly unknown[])[],
  options: { delimiter?: string; bom?: boolean } = {},
): Promise<void> {
  const text = stringify(rows as unknown[][], { delimiter: options.delimiter ?? ',' });
  await writeFile(file, `${options.bom === false ? '' : '\ufeff'}${text}`, 'utf8');
}

const run = promisify(execFile);

/**
 * The rows of a sheet as openpyxl reads them (dates as YYYY-MM-DD, empty cells as null), and the
 * sheet's name and direction.
 */
export async function openpyxlSheet(
  file: string,
  sheet = 0,
): Promise<{ names: string[]; title: string; rightToLeft: boolean; rows: unknown[][] }> {
  const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=False)
ws = wb.worksheets[int(sys.argv[2])]
def cell(v):
    if isinstance(v, (datetime.datetime, datetime.date)): return v.strftime('%Y-%m-%d')
    return v
rows = [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps({'names': wb.sheetnames, 'title': ws.title, 'rightToLeft': bool(ws.sheet_view.rightToLeft), 'rows': rows}))
`;
  const { stdout } = await run('/usr/bin/python3', ['-c', script, file, String(sheet)], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { names: string[]; title: string; rightToLeft: boolean; rows: unknown[][] };
}

/** How many keys a namespace holds. */
export async function countKeys(kv: KvStore, ns: string): Promise<number> {
  let count = 0;
  for await (const _ of kv.iterate(ns)) count++;
  return count;
}

/** A row of the deliberate-errors file and the errors (column, rule) it must give. */
interface ErrorRow {
  cells: Record<string, string>;
  expect: [column: string, rule: string][];
}

/** Spanish headers, written in capitals without accents, as a tired officer would. */
export const ERROR_CSV_HEADERS = [
  'REFERENCIA',
  'TIPO DE CASO',
  'FECHA DE INCAUTACION',
  'Tipo de lugar',
  'Nombre del lugar',
  'Metodo de deteccion',
  'Pais de origen',
  'Pais de transito 1',
  'Medio de transporte',
  'Numero de contenedor',
  'Articulo 1 mercancia',
  'Articulo 1 cantidad',
  'Articulo 1 unidad',
  'Articulo 1 descripcion',
  'Relato',
] as const;

const good = (ref: string, extra: Record<string, string> = {}): Record<string, string> => ({
  REFERENCIA: ref,
  'TIPO DE CASO': 'seizure',
  'FECHA DE INCAUTACION': '2025-03-14',
  'Tipo de lugar': 'airport',
  'Metodo de deteccion': 'scanner',
  'Pais de origen': 'BR',
  'Articulo 1 mercancia': 'cocaine',
  'Articulo 1 cantidad': '12,5',
  'Articulo 1 unidad': 'kg',
  ...extra,
});

/**
 * The deliberate errors: bad codes, missing mandatory fields, wrong dates, Arabic and Cyrillic
 * text. Good rows use labels in other languages too (a Russian commodity, a French country).
 */
export function errorCsvRows(): ErrorRow[] {
  return [
    { cells: good('GOOD-1', { Relato: 'ضبط الكوكايين في حقيبة مزدوجة القاع' }), expect: [] },
    {
      cells: good('GOOD-2', {
        'Articulo 1 mercancia': 'Кокаин',
        'Nombre del lugar': 'Аэропорт Шереметьево',
        'Articulo 1 descripcion': 'Белый порошок в банках из-под кофе',
      }),
      expect: [],
    },
    { cells: good('GOOD-3', { 'Pais de origen': 'Brésil', 'Pais de transito 1': 'Éthiopie' }), expect: [] },
    {
      cells: good('BAD-CODE-1', { 'Articulo 1 mercancia': 'cocaína líquida' }),
      expect: [['Articulo 1 mercancia', 'vocabulary']],
    },
    { cells: good('BAD-CODE-2', { 'Pais de origen': 'XX' }), expect: [['Pais de origen', 'vocabulary']] },
    {
      cells: good('BAD-CODE-3', { 'Articulo 1 unidad': 'toneladas' }),
      expect: [['Articulo 1 unidad', 'vocabulary']],
    },
    { cells: good('MISSING-KIND', { 'TIPO DE CASO': '' }), expect: [['TIPO DE CASO', 'required']] },
    {
      cells: good('MISSING-DATE', { 'FECHA DE INCAUTACION': '' }),
      expect: [['FECHA DE INCAUTACION', 'required']],
    },
    {
      cells: good('MISSING-COMMODITY', {
        'Articulo 1 mercancia': '',
        'Articulo 1 cantidad': '',
        'Articulo 1 unidad': '',
      }),
      expect: [['Articulo 1 mercancia', 'required']],
    },
    {
      cells: good('BAD-DATE-1', { 'FECHA DE INCAUTACION': '2025-02-30' }),
      expect: [['FECHA DE INCAUTACION', 'date']],
    },
    {
      cells: good('BAD-DATE-2', { 'FECHA DE INCAUTACION': '14/03/2025' }),
      expect: [['FECHA DE INCAUTACION', 'date']],
    },
    {
      cells: good('BAD-DATE-3', { 'FECHA DE INCAUTACION': '2999-01-01' }),
      expect: [['FECHA DE INCAUTACION', 'not-in-future']],
    },
    {
      cells: good('BAD-NUMBER', { 'Articulo 1 cantidad': 'doce' }),
      expect: [['Articulo 1 cantidad', 'type']],
    },
    {
      cells: good('BAD-CONTAINER', {
        'Medio de transporte': 'sea-container',
        'Numero de contenedor': 'MSKU1234560',
      }),
      expect: [['Numero de contenedor', 'container-check-digit']],
    },
    {
      cells: good('TWO-ERRORS', { 'Pais de origen': 'Atlantis', 'FECHA DE INCAUTACION': 'yesterday' }),
      expect: [
        ['FECHA DE INCAUTACION', 'date'],
        ['Pais de origen', 'vocabulary'],
      ],
    },
    { cells: good('GOOD-4', { Relato: 'Задержан курьер; груз — 12,5 кг' }), expect: [] },
  ];
}

/** The deliberate-errors file as CSV rows (header first), and the good refs. */
export function errorCsv(): { rows: string[][]; goodRefs: string[]; badRows: number } {
  const cases = errorCsvRows();
  const rows = [
    [...ERROR_CSV_HEADERS],
    ...cases.map(({ cells }) => ERROR_CSV_HEADERS.map((header) => cells[header] ?? '')),
  ];
  return {
    rows,
    goodRefs: cases.filter((c) => c.expect.length === 0).map((c) => c.cells.REFERENCIA!),
    badRows: cases.filter((c) => c.expect.length > 0).length,
  };
}
