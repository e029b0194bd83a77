/**
 * An independent reader for the export tests: Python's openpyxl (Debian's `python3-openpyxl`,
 * which `make test-deps` installs) opens a workbook and returns every sheet as JSON: its name,
 * whether it reads right to left, and its rows (dates as ISO strings). Nothing of exceljs is
 * involved, so a workbook that only exceljs could read would fail the tests.
 *
 * @example
 *   const book = await readWorkbook('/tmp/cases.xlsx');
 *   book.sheets[0]!.rows[0]; // the header row
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';

const run = promisify(execFile);

/** Debian's interpreter: a pyenv `python3` earlier on the PATH lacks openpyxl. */
export const PYTHON = process.env.CEN_TEST_PYTHON ?? '/usr/bin/python3';

export type WorkbookCell = string | number | boolean | null;

export interface WorkbookSheet {
  name: string;
  rightToLeft: boolean;
  rows: WorkbookCell[][];
}

export interface Workbook {
  sheets: WorkbookSheet[];
}

const SCRIPT = String.raw`
import datetime, json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
def cell(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
sheets = []
for sheet in book.worksheets:
    sheets.append({
        'name': sheet.title,
        'rightToLeft': bool(sheet.sheet_view.rightToLeft),
        'rows': [[cell(v) for v in row] for row in sheet.iter_rows(values_only=True)],
    })
json.dump({'sheets': sheets}, sys.stdout, ensure_ascii=False)
`;

export async function readWorkbook(file: string): Promise<Workbook> {
  const { stdout } = await run(PYTHON, ['-c', SCRIPT, file], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as Workbook;
}

/** The names in a zip file, read by Python's zipfile (which also checks every entry's CRC). */
export async function zipEntries(file: string): Promise<string[]> {
  const script = String.raw`
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        raise SystemExit('bad entry: ' + bad)
    json.dump(z.namelist(), sys.stdout)
`;
  const { stdout } = await run(PYTHON, ['-c', script, file]);
  return JSON.parse(stdout) as string[];
}

/** Unpacks a zip into `dir` with Python's zipfile (an independent reader of what yazl wrote). */
export async function extractZip(file: string, dir: string): Promise<void> {
  const script = String.raw`
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    z.extractall(sys.argv[2])
`;
  await run(PYTHON, ['-c', script, file, dir]);
}

/** CSV text (with or without its byte-order mark) as rows of cells, by csv-parse. */
export function parseCsv(text: string): string[][] {
  const rows: unknown = parse(text, { bom: true });
  return rows as string[][];
}
