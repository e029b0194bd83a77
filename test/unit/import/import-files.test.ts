/**
 * Reading uploaded files: the XLSX reader gives the same cells as exceljs's own reader (and reads
 * what an independent writer, openpyxl, writes), CSV files in the forms Excel saves them, and
 * every limit refuses with its named error before anything parses the file.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import {
  IMPORT_LIMITS,
  ImportFileError,
  ImportLimitError,
  inspectUpload,
  readRows,
} from '../../../node/import/index.ts';
import type { ImportLimits } from '../../../node/import/constants.ts';
import { makeTempDir } from '../../helpers/node.ts';
import { writeCsv } from '../../helpers/import-fixtures.ts';

const run = promisify(execFile);

async function rowsOf(file: string, limits: ImportLimits = IMPORT_LIMITS) {
  const layout = await inspectUpload(file, limits);
  const rows: { number: number; cells: unknown[] }[] = [];
  for await (const row of readRows(file, layout, limits))
    rows.push({ number: row.number, cells: [...row.cells] });
  return { layout, rows };
}

/** What exceljs's streaming reader makes of the first sheet, cells from column A. */
async function exceljsRows(file: string) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: { number: number; cells: unknown[] }[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet)
      rows.push({ number: row.number, cells: (row.values as unknown[]).slice(1) });
    break;
  }
  return rows;
}

/** Cells as the importer reads them: exceljs's objects (rich text, formulas, links) as their text. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result);
  if ('text' in v) return plain(v.text);
  return value;
}

function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries))
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const WORKBOOK_XML = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS_XML = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const sheetXml = (rows: string, padding = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${padding}</worksheet>`;
const ROWS_XML =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Case kind</t></is></c><c r="B1" t="inlineStr"><is><t>Seizure date</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>seizure</t></is></c><c r="B2" t="inlineStr"><is><t>2026-01-02</t></is></c></row>';

/** Offset of the central directory's first entry, from the end record. */
function centralDirectory(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return zip.readUInt32LE(end + 16);
}

describe('import files', function () {
  this.timeout(60_000);
  let dir: { path: string; remove(): Promise<void> };
  before(async () => {
    dir = await makeTempDir('cen-import-files-');
  });
  after(() => dir.remove());

  describe('XLSX', () => {
    it('reads the same cells as exceljs’s reader: shared and inline text, numbers, dates, booleans, formulas, rich text', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Cases');
      sheet.addRow(['Case kind', 'Seizure date', 'Narrative', 'Item 1 quantity', 'Flag', 'Formula', 'Rich']);
      sheet.addRow([
        'seizure',
        new Date(Date.UTC(2025, 11, 31)),
        'ضبط & <تهريب> "كبير"',
        12.5,
        true,
        { formula: '1+2', result: 3 },
        { richText: [{ text: 'Кока' }, { text: 'ин', font: { bold: true } }] },
      ]);
      sheet.addRow([
        'offence',
        '2026-01-02',
        'tab\there',
        0,
        false,
        { formula: '"a"&"b"', result: 'ab' },
        undefined,
      ]);
      sheet.addRow([]);
      sheet.addRow([undefined, undefined, undefined, -1e-7, undefined, undefined, 'last']);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      const file = join(dir.path, 'types.xlsx');
      await workbook.xlsx.writeFile(file);

      const mine = await rowsOf(file);
      const theirs = await exceljsRows(file);
      expect(mine.rows.map((r) => r.number)).to.deep.equal(theirs.map((r) => r.number));
      mine.rows.forEach((row, i) => {
        const expected = theirs[i]!.cells.map(plain);
        const actual = row.cells.map(plain);
        const width = Math.max(expected.length, actual.length);
        for (let c = 0; c < width; c++)
          expect(actual[c], `row ${row.number} column ${c}`).to.deep.equal(expected[c]);
      });
      expect(mine.rows[1]!.cells[1]).to.be.instanceOf(Date);
      // The empty row is not in the file at all.
      expect(mine.layout.rows).to.equal(4);
    });

    for (const sharedStrings of [true, false]) {
      it(`reads a streamed workbook ${sharedStrings ? 'with' : 'without'} shared strings, slowly read or not`, async () => {
        const file = join(dir.path, `streamed-${sharedStrings}.xlsx`);
        const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
          filename: file,
          useSharedStrings: sharedStrings,
        });
        const sheet = writer.addWorksheet('Cases');
        for (let i = 0; i < 3000; i++) sheet.addRow([`row ${i}`, i, 'Пример']).commit();
        sheet.commit();
        await writer.commit();
        const layout = await inspectUpload(file, IMPORT_LIMITS);
        let count = 0;
        for await (const row of readRows(file, layout, IMPORT_LIMITS)) {
          expect(row.cells).to.deep.equal([`row ${count}`, count, 'Пример']);
          count++;
          if (count % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        expect(count).to.equal(3000);
      });
    }

    it('reads what openpyxl writes (an independent writer)', async () => {
      const file = join(dir.path, 'openpyxl.xlsx');
      const script = `
import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Données'
ws.append(['Nature du dossier', 'Date de saisie', 'Récit', 'Article 1 quantité'])
ws.append(['Saisie', datetime.date(2025, 7, 1), 'Задержан курьер', 3])
ws.append(['offence', '2025-07-02', 'ضبط', 2.25])
wb.save(sys.argv[1])
`;
      await run('/usr/bin/python3', ['-c', script, file]);
      const { rows } = await rowsOf(file);
      expect(rows.map((r) => r.cells.map(plain))).to.deep.equal([
        ['Nature du dossier', 'Date de saisie', 'Récit', 'Article 1 quantité'],
        ['Saisie', '2025-07-01T00:00:00.000Z', 'Задержан курьер', 3],
        ['offence', '2025-07-02', 'ضبط', 2.25],
      ]);
    });

    it('stops a zip bomb at the inflation budget, whatever sizes the directory declares', async () => {
      const limits = { ...IMPORT_LIMITS, maxUncompressedBytes: 4 * 1024 * 1024 };
      const bomb = await zipOf({
        'xl/workbook.xml': WORKBOOK_XML,
        'xl/_rels/workbook.xml.rels': RELS_XML,
        'xl/worksheets/sheet1.xml': sheetXml(ROWS_XML, ' '.repeat(20 * 1024 * 1024)),
      });
      expect(bomb.length).to.be.below(100 * 1024);
      const honest = join(dir.path, 'bomb.xlsx');
      await writeFile(honest, bomb);
      const refused = await inspectUpload(honest, limits).catch((err: unknown) => err);
      expect(refused).to.be.instanceOf(ImportLimitError).and.include({ limit: 'maxUncompressedBytes' });

      // The same bomb declaring a small size in the central directory.
      const lying = Buffer.from(bomb);
      let at = centralDirectory(lying);
      while (lying.readUInt32LE(at) === 0x02014b50) {
        lying.writeUInt32LE(1000, at + 24);
        at += 46 + lying.readUInt16LE(at + 28) + lying.readUInt16LE(at + 30) + lying.readUInt16LE(at + 32);
      }
      const liar = join(dir.path, 'lying-bomb.xlsx');
      await writeFile(liar, lying);
      const refusedToo = await inspectUpload(liar, limits).catch((err: unknown) => err);
      expect(refusedToo).to.be.instanceOf(ImportLimitError).and.include({ limit: 'maxUncompressedBytes' });

      // Within a generous budget, the same package is an ordinary workbook.
      const { rows } = await rowsOf(honest);
      expect(rows.map((r) => r.cells)).to.deep.equal([
        ['Case kind', 'Seizure date'],
        ['seizure', '2026-01-02'],
      ]);
    });

    it('refuses a package of thousands of parts, a zip that is no workbook, and an encrypted one', async () => {
      const many: Record<string, string> = { 'xl/workbook.xml': WORKBOOK_XML };
      for (let i = 0; i < 1100; i++) many[`junk/${i}.txt`] = 'x';
      const manyFile = join(dir.path, 'many.xlsx');
      await writeFile(manyFile, await zipOf(many));
      expect(await inspectUpload(manyFile, IMPORT_LIMITS).catch((e: unknown) => e))
        .to.be.instanceOf(ImportLimitError)
        .and.include({ limit: 'maxZipEntries' });

      const notWorkbook = join(dir.path, 'photos.zip');
      await writeFile(notWorkbook, await zipOf({ 'photo.jpg': 'not really' }));
      expect(await inspectUpload(notWorkbook, IMPORT_LIMITS).catch((e: unknown) => e))
        .to.be.instanceOf(ImportFileError)
        .and.include({ status: 415 });

      const encrypted = await zipOf({
        'xl/workbook.xml': WORKBOOK_XML,
        'xl/_rels/workbook.xml.rels': RELS_XML,
        'xl/worksheets/sheet1.xml': sheetXml(ROWS_XML),
      });
      const at = centralDirectory(encrypted);
      encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 8) | 1, at + 8);
      const encryptedFile = join(dir.path, 'encrypted.xlsx');
      await writeFile(encryptedFile, encrypted);
      const refused = await inspectUpload(encryptedFile, IMPORT_LIMITS).catch((e: unknown) => e);
      expect(refused).to.be.instanceOf(ImportFileError);
      expect((refused as Error).message).to.include('password');
    });
  });

  describe('CSV and other files', () => {
    it('reads CSV with a BOM, semicolons as Excel writes them in Europe, and quoted line breaks', async () => {
      const file = join(dir.path, 'semicolons.csv');
      await writeCsv(
        file,
        [
          ['Nature du dossier', 'Date de saisie', 'Récit'],
          ['Saisie', '2025-01-02', 'ligne 1\nligne 2; avec point-virgule'],
          ['', '', ''],
          ['offence', '2025-01-03', 'متن عربي'],
        ],
        { delimiter: ';' },
      );
      const { layout, rows } = await rowsOf(file);
      expect(layout).to.deep.include({ format: 'csv', delimiter: ';', rows: 4 });
      expect(rows).to.deep.equal([
        { number: 1, cells: ['Nature du dossier', 'Date de saisie', 'Récit'] },
        { number: 2, cells: ['Saisie', '2025-01-02', 'ligne 1\nligne 2; avec point-virgule'] },
        { number: 3, cells: ['', '', ''] },
        { number: 4, cells: ['offence', '2025-01-03', 'متن عربي'] },
      ]);
    });

    it('refuses CSV that is not UTF-8, and a record longer than the limit', async () => {
      const latin1 = join(dir.path, 'latin1.csv');
      await writeFile(latin1, Buffer.from('Nature du dossier,R\xe9cit\nSaisie,caf\xe9\n', 'latin1'));
      const refused = await inspectUpload(latin1, IMPORT_LIMITS).catch((e: unknown) => e);
      expect(refused).to.be.instanceOf(ImportFileError);
      expect((refused as Error).message).to.include('UTF-8');

      const long = join(dir.path, 'long.csv');
      await writeCsv(long, [
        ['Case kind', 'Narrative'],
        ['seizure', 'x'.repeat(2000)],
      ]);
      expect(
        await inspectUpload(long, { ...IMPORT_LIMITS, maxCsvRecordChars: 1000 }).catch((e: unknown) => e),
      )
        .to.be.instanceOf(ImportLimitError)
        .and.include({ limit: 'maxCsvRecordChars' });
    });

    it('refuses more rows than the limit, a file over the size limit, old .xls and binary files', async () => {
      const rows = join(dir.path, 'rows.csv');
      await writeCsv(rows, [['Case kind'], ...Array.from({ length: 12 }, () => ['seizure'])]);
      expect(await inspectUpload(rows, { ...IMPORT_LIMITS, maxRows: 10 }).catch((e: unknown) => e))
        .to.be.instanceOf(ImportLimitError)
        .and.include({ limit: 'maxRows', status: 413 });
      expect(await inspectUpload(rows, { ...IMPORT_LIMITS, maxFileBytes: 20 }).catch((e: unknown) => e))
        .to.be.instanceOf(ImportLimitError)
        .and.include({ limit: 'maxFileBytes', status: 413 });

      const xls = join(dir.path, 'old.xls');
      await writeFile(
        xls,
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)]),
      );
      const old = await inspectUpload(xls, IMPORT_LIMITS).catch((e: unknown) => e);
      expect(old).to.be.instanceOf(ImportFileError).and.include({ status: 415 });
      expect((old as Error).message).to.include('.xlsx');

      const utf16 = join(dir.path, 'unicode.txt');
      await writeFile(
        utf16,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Case kind\tSeizure date\n', 'utf16le')]),
      );
      const unicode = await inspectUpload(utf16, IMPORT_LIMITS).catch((e: unknown) => e);
      expect(unicode).to.be.instanceOf(ImportFileError).and.include({ status: 415 });
      expect((unicode as Error).message).to.include('CSV UTF-8');

      const binary = join(dir.path, 'photo.jpg');
      await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
      expect(await inspectUpload(binary, IMPORT_LIMITS).catch((e: unknown) => e))
        .to.be.instanceOf(ImportFileError)
        .and.include({ status: 415 });
    });
  });
});
