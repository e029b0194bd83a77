/**
 * The case export writers: the result of a case search, read from the store a page at a time
 * by cursor (`casePages`), written row by row as XLSX or CSV to any writable stream (an HTTP
 * response, a file), so that a million rows never sit in memory.
 *
 * - XLSX: exceljs's streaming `WorkbookWriter`, inline strings (shared strings would keep every
 *   distinct text in memory), one header row per sheet (bold, frozen), seizure dates as Excel
 *   dates and entry times as date-times, numbers as numbers, text neutralised against formula
 *   injection (`neutralise.ts`). Past `sheetRowLimit` rows (Excel's 1,048,576 with the header)
 *   the rows continue on a new sheet ("Cases 2", …), and also past about 3.5 GB of sheet XML, so
 *   that no zip entry needs ZIP64, which not every spreadsheet reads. `lang: 'ar'` gives
 *   right-to-left sheets.
 * - CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends, one header
 *   row, dates as YYYY-MM-DD and instants as ISO 8601, text neutralised the same way.
 *
 * Back-pressure: after every page, and whenever a write says so, the writer waits for the
 * output to drain; if the output closes first (the reader went away) it stops with
 * `ExportAbortedError`.
 *
 * @example
 *   const { rows } = await writeCases(casePages(store, { itrArea: 'drugs' }), response, { format: 'xlsx', lang: 'ar' });
 */
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import {
  EXPORT_COLUMNS,
  exportHeader,
  exportSheetName,
  type ExportColumn,
} from '../../protocol/export-columns.ts';
import type { Case } from '../../protocol/records.ts';
import type { Language } from '../../protocol/vocabulary/index.ts';
import type { CaseQuery, RecordStoreApi } from '../store/types.ts';
import { caseRowBuilder, type CellValue } from './columns.ts';
import { ExportAbortedError } from './errors.ts';
import { neutraliseText } from './neutralise.ts';

/** The search filters of an export: a search without its paging. */
export type CaseFilters = Omit<CaseQuery, 'cursor' | 'limit'>;

export const CASE_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type CaseExportFormat = (typeof CASE_EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<CaseExportFormat | 'zip', string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
};

/**
 * Cases read per page. Small enough that a page dies young (a page that outlives many scavenges
 * makes V8 grow its young generation, which is most of an export's memory), large enough that the
 * per-page cost of a search stays small.
 */
export const EXPORT_PAGE_SIZE = 200;

/** Excel's row limit, the header row included. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * A sheet's XML is one zip entry; past 4 GiB it needs ZIP64. Start a new sheet well before, by
 * an estimate of the XML written (UTF-8 text plus the markup around each cell).
 */
export const SHEET_XML_BUDGET_BYTES = 3.5 * 1024 ** 3;
const CELL_MARKUP_BYTES = 50;

/** The cases a search finds, newest seizure first, a page at a time. */
export async function* casePages(
  store: Pick<RecordStoreApi, 'searchCases'>,
  filters: CaseFilters,
  pageSize: number = EXPORT_PAGE_SIZE,
): AsyncGenerator<Case[]> {
  let cursor: string | undefined;
  do {
    const page = await store.searchCases({ ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

export interface CaseWriteOptions {
  format: CaseExportFormat;
  /** Headers, labels and sheet names in this language; `ar` also makes the sheets right-to-left. */
  lang: Language;
  /** Rows per XLSX sheet, the header included (default `EXCEL_MAX_ROWS`); a test uses 100. */
  sheetRowLimit?: number;
  /** Called after every page with the rows written so far. */
  onRows?: (rows: number) => void;
  /** Stops the export (`ExportAbortedError`). */
  signal?: AbortSignal;
}

export interface CaseWriteResult {
  rows: number;
  /** XLSX sheets written; 1 for CSV. */
  sheets: number;
}

function aborted(out: Writable, signal: AbortSignal | undefined): ExportAbortedError | undefined {
  if (signal?.aborted) return new ExportAbortedError();
  if (out.destroyed || (out.writableEnded && !out.writableFinished))
    return new ExportAbortedError('the reader closed the export before it ended');
  return undefined;
}

/** Something written to that says, by a 'drain' event, when it has room again. */
interface Inlet {
  needsDrain(): boolean;
  stream: Pick<Writable, 'on' | 'off'>;
}

const inletOf = (writer: Writable): Inlet => ({ needsDrain: () => writer.writableNeedDrain, stream: writer });

/** Resolves when `inlet` has room again; rejects when `out` closes or the signal aborts first. */
async function waitForRoom(inlet: Inlet, out: Writable, signal: AbortSignal | undefined): Promise<void> {
  const stop = aborted(out, signal);
  if (stop) throw stop;
  if (!inlet.needsDrain()) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (err?: Error) => {
      inlet.stream.off('drain', onDrain);
      out.off('close', onClose);
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new ExportAbortedError('the reader closed the export before it ended'));
    const onAbort = () => settle(new ExportAbortedError());
    inlet.stream.on('drain', onDrain);
    out.on('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The stream between an exceljs sheet and the zip's compressor. exceljs writes into it without
 * ever looking at the answer, so when compression falls behind the rows pile up there (megabytes
 * per page on a busy machine): the writer waits for it to drain as it waits for the output.
 * It is exceljs's internal (`stream.pipes[0]`, a readable-stream PassThrough); if a version of
 * exceljs no longer has it, there is simply nothing to wait for.
 */
function sheetInlet(sheet: ExcelJS.Worksheet): Inlet | undefined {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  const inlet = Array.isArray(pipes)
    ? (pipes[0] as { _writableState?: { needDrain?: unknown }; on?: unknown; off?: unknown } | undefined)
    : undefined;
  if (!inlet || typeof inlet.on !== 'function' || typeof inlet.off !== 'function' || !inlet._writableState)
    return undefined;
  const state = inlet._writableState;
  return { needsDrain: () => state.needDrain === true, stream: inlet as Inlet['stream'] };
}

/** Resolves when `out` has taken everything; rejects if it closes (or errs) first. */
async function untilWritten(out: Writable): Promise<void> {
  try {
    await finished(out, { readable: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE')
      throw new ExportAbortedError('the reader closed the export before it ended');
    throw err;
  }
}

/** A cell's value; `undefined` writes no cell at all (cheaper than an empty one). */
type XlsxCell = string | number | Date | undefined;

/** How each column's value goes into an XLSX cell. */
function xlsxCell(column: ExportColumn): (value: CellValue) => XlsxCell {
  switch (column.type) {
    case 'date':
      return (value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : undefined);
    case 'datetime':
      return (value) => (typeof value === 'string' ? new Date(value) : undefined);
    case 'number':
      return (value) => (typeof value === 'number' ? value : undefined);
    case 'text':
      return (value) =>
        value === undefined ? undefined : neutraliseText(typeof value === 'number' ? String(value) : value);
  }
}

function csvCell(column: ExportColumn): (value: CellValue) => string {
  if (column.type === 'text') return (value) => (value === undefined ? '' : neutraliseText(String(value)));
  return (value) => (value === undefined ? '' : String(value));
}

const NUMBER_FORMATS: Partial<Record<ExportColumn['type'], string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

function widthOf(column: ExportColumn): number {
  if (column.field === 'id') return 38;
  if (column.field === 'narrative') return 60;
  if (column.part === 'label' || column.field.endsWith('Description') || column.field === 'description')
    return 24;
  if (column.type === 'datetime') return 20;
  if (column.type === 'number') return 12;
  return 16;
}

/** Estimated bytes of a row's XML: what decides when a sheet nears a zip entry's 4 GiB. */
function xmlBytes(cells: readonly XlsxCell[]): number {
  let bytes = 0;
  for (const cell of cells) {
    if (cell === undefined) continue;
    bytes += CELL_MARKUP_BYTES + (typeof cell === 'string' ? Buffer.byteLength(cell) : 16);
  }
  return bytes;
}

interface ZipLike {
  on(event: 'error' | 'warning', listener: (err: Error) => void): void;
  abort(): void;
}

async function writeXlsx(
  pages: AsyncIterable<readonly Case[]>,
  out: Writable,
  options: CaseWriteOptions,
): Promise<CaseWriteResult> {
  const rowLimit = options.sheetRowLimit ?? EXCEL_MAX_ROWS;
  if (!Number.isInteger(rowLimit) || rowLimit < 2 || rowLimit > EXCEL_MAX_ROWS)
    throw new RangeError(`sheetRowLimit must be 2 to ${EXCEL_MAX_ROWS}, not ${rowLimit}`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'CEN node';
  // exceljs does not type its archiver; its errors must be heard, or they would crash the process.
  const zip = (workbook as unknown as { zip: ZipLike }).zip;
  let zipError: Error | undefined;
  zip.on('error', (err) => (zipError ??= err));
  zip.on('warning', (err) => (zipError ??= err));

  const row = caseRowBuilder(options.lang);
  const converters = EXPORT_COLUMNS.map(xlsxCell);
  const headers = EXPORT_COLUMNS.map((column) => exportHeader(column, options.lang));
  const sheetColumns = EXPORT_COLUMNS.map((column) => ({ key: column.key, width: widthOf(column) }));
  // One style object per column, shared by all its cells: exceljs caches a style's id by object,
  // where the fresh object it gives every cell costs a full style lookup (half the export's time).
  const cellStyles = EXPORT_COLUMNS.map((column): Partial<ExcelJS.Style> => {
    const numFmt = NUMBER_FORMATS[column.type];
    return numFmt ? { numFmt } : {};
  });
  const rightToLeft = options.lang === 'ar';

  let sheet: ExcelJS.Worksheet | undefined;
  let sheets = 0;
  let sheetRows = 0;
  let sheetBytes = 0;
  const startSheet = () => {
    sheet?.commit();
    sheets++;
    sheet = workbook.addWorksheet(exportSheetName(sheets, options.lang), {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft }],
    });
    sheet.columns = sheetColumns;
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    header.commit();
    sheetRows = 1;
    sheetBytes = xmlBytes(headers);
  };

  let rows = 0;
  try {
    startSheet();
    for await (const page of pages) {
      for (const c of page) {
        const values = row(c);
        const cells = values.map((value, i) => converters[i]!(value));
        const bytes = xmlBytes(cells);
        if (sheetRows >= rowLimit || sheetBytes + bytes > SHEET_XML_BUDGET_BYTES) startSheet();
        const added = sheet!.addRow(cells);
        added.eachCell((cell, col) => (cell.style = cellStyles[col - 1]!));
        added.commit();
        sheetRows++;
        sheetBytes += bytes;
        rows++;
      }
      if (zipError) throw zipError;
      options.onRows?.(rows);
      const inlet = sheetInlet(sheet!);
      if (inlet) await waitForRoom(inlet, out, options.signal);
      await waitForRoom(inletOf(out), out, options.signal);
    }
    sheet!.commit();
    // exceljs's commit waits for a 'finish' that never comes if the reader goes away: race it.
    const written = untilWritten(out);
    written.catch(() => undefined); // awaited just below; this only keeps an early rejection handled
    await Promise.race([workbook.commit(), written]);
    await written;
    if (zipError) throw zipError;
  } catch (err) {
    zip.abort();
    throw err;
  }
  return { rows, sheets };
}

async function writeCsv(
  pages: AsyncIterable<readonly Case[]>,
  out: Writable,
  options: CaseWriteOptions,
): Promise<CaseWriteResult> {
  const row = caseRowBuilder(options.lang);
  const converters = EXPORT_COLUMNS.map(csvCell);
  // Excel needs the byte-order mark to read UTF-8; CRLF is what RFC 4180 and Excel expect.
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  let csvError: Error | undefined;
  csv.on('error', (err) => (csvError ??= err));
  csv.pipe(out);
  let rows = 0;
  try {
    csv.write(EXPORT_COLUMNS.map((column) => exportHeader(column, options.lang)));
    for await (const page of pages) {
      for (const c of page) {
        const values = row(c);
        const more = csv.write(values.map((value, i) => converters[i]!(value)));
        rows++;
        if (!more) await waitForRoom(inletOf(csv), out, options.signal);
      }
      if (csvError) throw csvError;
      options.onRows?.(rows);
      await waitForRoom(inletOf(csv), out, options.signal);
    }
    csv.end();
    await untilWritten(out);
    if (csvError) throw csvError;
  } catch (err) {
    csv.unpipe(out);
    csv.destroy();
    throw err;
  }
  return { rows, sheets: 1 };
}

/**
 * Writes every case of `pages` to `out` and ends it. Resolves once `out` has taken the last
 * byte (for a file stream, call `finished(out)` to know it is closed).
 */
export function writeCases(
  pages: AsyncIterable<readonly Case[]>,
  out: Writable,
  options: CaseWriteOptions,
): Promise<CaseWriteResult> {
  return options.format === 'xlsx' ? writeXlsx(pages, out, options) : writeCsv(pages, out, options);
}
