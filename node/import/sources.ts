/**
 * Where rows come from: an uploaded file is sniffed by its first bytes (never its name), checked
 * against the limits once (`inspectUpload`: encoding, record length and row count for CSV;
 * package, zip-bomb budget and row count for XLSX), and then read as rows of cells
 * (`readRows`), streamed, as often as a job needs (a dry run, an import, a resume).
 *
 * Row numbers are the spreadsheet's: the header is row 1 in a CSV file, and an XLSX row keeps
 * the number Excel shows, so a report's "row 7" is the row the officer finds.
 *
 * @example
 *   const layout = await inspectUpload(path, IMPORT_LIMITS);
 *   for await (const row of readRows(path, layout)) console.log(row.number, row.cells);
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { ImportLimits } from './constants.ts';
import { ImportFileError, ImportLimitError } from './errors.ts';
import { parseDateStyles, parseSharedStrings, SheetParser, usesDate1904 } from './sheet-xml.ts';
import { inspectXlsx, partChunks, partText, type XlsxLayout } from './zip.ts';

export interface CsvLayout {
  format: 'csv';
  delimiter: ',' | ';' | '\t';
  /** Records in the file, the header included. */
  rows: number;
}

export type UploadLayout = CsvLayout | XlsxLayout;

/** One row of the sheet: cells by column (0 = A), as the file holds them. */
export interface SheetRow {
  number: number;
  cells: readonly unknown[];
}

const SNIFF_BYTES = 8192;

/** Sniffs the file's format from its first bytes and checks it against the limits. */
export async function inspectUpload(path: string, limits: ImportLimits): Promise<UploadLayout> {
  const handle = await open(path, 'r');
  let head: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (size > limits.maxFileBytes) throw fileTooLarge(size, limits);
  if (size === 0) throw new ImportFileError('the file is empty');
  const layout = await inspectByContent(path, head, limits);
  // The header is one row; blank rows at the end of a sheet are not counted later either.
  if (layout.rows - 1 > limits.maxRows) {
    throw new ImportLimitError(
      'maxRows',
      `the file has ${(layout.rows - 1).toLocaleString('en-US')} rows; at most ${limits.maxRows.toLocaleString('en-US')} are imported at once: split it into several files`,
      413,
    );
  }
  return layout;
}

export function fileTooLarge(size: number, limits: ImportLimits): ImportLimitError {
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return new ImportLimitError(
    'maxFileBytes',
    `the file is ${mb(size)}; at most ${mb(limits.maxFileBytes)} can be uploaded at once: split the rows into several files`,
    413,
  );
}

async function inspectByContent(path: string, head: Buffer, limits: ImportLimits): Promise<UploadLayout> {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return inspectXlsx(path, limits);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50)
    throw new ImportFileError('the file is an empty zip archive');
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new ImportFileError(
      'this is an old Excel file (.xls): open it in the spreadsheet program and save it as .xlsx (Excel Workbook) or CSV UTF-8',
      415,
    );
  }
  if (head.length >= 2 && (head.readUInt16LE(0) === 0xfeff || head.readUInt16BE(0) === 0xfeff)) {
    throw new ImportFileError(
      'the file is UTF-16 text ("Unicode text"): in Excel choose Save As → "CSV UTF-8 (Comma delimited)", or upload the .xlsx file',
      415,
    );
  }
  if (head.includes(0)) {
    throw new ImportFileError(
      'the file is neither an Excel workbook (.xlsx) nor a CSV text file: upload one of those (from Excel: Save As, CSV UTF-8)',
      415,
    );
  }
  return inspectCsv(path, limits);
}

/**
 * One pass over a CSV file: it must be UTF-8 (Excel's plain "CSV" is in the computer's code page,
 * which cannot hold Arabic and Cyrillic together; "CSV UTF-8" can), no record may be longer than
 * the limit, and the records are counted (a newline inside quotes does not end a record).
 */
async function inspectCsv(path: string, limits: ImportLimits): Promise<CsvLayout> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let rows = 0;
  let recordChars = 0;
  let inQuotes = false;
  let firstLine: string | undefined;
  let lineSoFar = '';
  const consume = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x22) inQuotes = !inQuotes;
      else if (char === 0x0a && !inQuotes) {
        rows++;
        recordChars = 0;
        continue;
      }
      recordChars++;
      if (recordChars > limits.maxCsvRecordChars) {
        throw new ImportLimitError(
          'maxCsvRecordChars',
          `row ${rows + 1} is longer than ${limits.maxCsvRecordChars.toLocaleString('en-US')} characters: a quote may be missing its pair, or a cell holds far more text than a case field takes`,
        );
      }
    }
    if (firstLine === undefined) {
      lineSoFar += text;
      const end = lineSoFar.indexOf('\n');
      if (end >= 0 || lineSoFar.length > limits.maxCsvRecordChars)
        firstLine = lineSoFar.slice(0, end >= 0 ? end : undefined);
    }
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>)
      consume(decoder.decode(chunk, { stream: true }));
    consume(decoder.decode());
  } catch (err) {
    if (err instanceof TypeError) {
      throw new ImportFileError(
        'the CSV file is not UTF-8 text: in Excel choose Save As → "CSV UTF-8 (Comma delimited)", or upload the .xlsx file',
      );
    }
    throw err;
  }
  if (recordChars > 0) rows++;
  return { format: 'csv', delimiter: detectDelimiter(firstLine ?? lineSoFar), rows };
}

/** The separator of the header line: Excel writes `;` where the decimal mark is a comma. */
function detectDelimiter(header: string): CsvLayout['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const char of header) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Reads the rows of an inspected upload, streamed. */
export function readRows(path: string, layout: UploadLayout, limits: ImportLimits): AsyncGenerator<SheetRow> {
  return layout.format === 'csv' ? readCsvRows(path, layout, limits) : readXlsxRows(path, layout);
}

async function* readCsvRows(path: string, layout: CsvLayout, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const file = createReadStream(path);
  const parser = file.pipe(
    parse({
      bom: true,
      delimiter: layout.delimiter,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: limits.maxCsvRecordChars,
      skip_empty_lines: false,
    }),
  );
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      yield { number, cells: record };
    }
  } catch (err) {
    if (
      err instanceof Error &&
      'code' in err &&
      typeof err.code === 'string' &&
      err.code.startsWith('CSV_')
    ) {
      throw new ImportFileError(`the CSV file cannot be read after row ${number}: ${err.message}`);
    }
    throw err;
  } finally {
    // A reader that stops early (a header check) must not leave the file open.
    parser.destroy();
    file.destroy();
  }
}

async function* readXlsxRows(path: string, layout: XlsxLayout): AsyncGenerator<SheetRow> {
  const part = (name: string) => layout.parts.find((candidate) => candidate.name === name);
  const text = async (name: string) => {
    const found = part(name);
    return found ? partText(path, found) : undefined;
  };
  const sharedStrings = await text('xl/sharedStrings.xml');
  const styles = await text('xl/styles.xml');
  const parser = new SheetParser({
    sharedStrings: sharedStrings === undefined ? [] : parseSharedStrings(sharedStrings),
    dateStyles: styles === undefined ? new Set() : parseDateStyles(styles),
    date1904: usesDate1904((await text('xl/workbook.xml')) ?? ''),
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of partChunks(path, part(layout.sheet)!)) {
    yield* parser.push(decoder.decode(chunk, { stream: true }));
  }
  yield* parser.push(decoder.decode());
  yield* parser.end();
}
