/**
 * The row-by-row report of a dry run or an import as a spreadsheet: a sheet of errors (row,
 * column, cell, field, rule, message, value) in the order they were found, and a summary sheet.
 * Streamed (exceljs `WorkbookWriter`), so a file with 200,000 refused rows does not sit in
 * memory. Every value is written as text, so a header or cell starting with `=` stays text.
 *
 * @example
 *   await writeReportXlsx(job, errorLines(errorsPath), ctx.res);
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportJobSummary, ImportRowError } from '../../protocol/api.ts';

const ERROR_COLUMNS: { header: string; key: keyof ImportRowError; width: number }[] = [
  { header: 'Row', key: 'row', width: 8 },
  { header: 'Column', key: 'column', width: 28 },
  { header: 'Cell', key: 'cell', width: 8 },
  { header: 'Field', key: 'field', width: 28 },
  { header: 'Rule', key: 'rule', width: 22 },
  { header: 'Message', key: 'message', width: 80 },
  { header: 'Value', key: 'value', width: 30 },
];

export async function writeReportXlsx(
  job: ImportJobSummary,
  errors: AsyncIterable<ImportRowError>,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Errors', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ERROR_COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const error of errors) {
    sheet
      .addRow({
        row: error.row,
        column: error.column,
        cell: error.cell ?? '',
        field: error.field,
        rule: error.rule,
        message: error.message,
        value: error.value ?? '',
      })
      .commit();
  }
  sheet.commit();

  const summary = workbook.addWorksheet('Summary');
  summary.columns = [
    { header: 'Figure', key: 'figure', width: 24 },
    { header: 'Value', key: 'value', width: 50 },
  ];
  summary.getRow(1).font = { bold: true };
  const figures: [string, string | number][] = [
    ['Import', job.id],
    ['File', job.fileName],
    ['Dry run', job.dryRun ? 'yes' : 'no'],
    ['State', job.state],
    ['Rows', job.rows],
    ['Valid rows', job.valid],
    ['Refused rows', job.invalid],
    ['Already imported', job.duplicates],
    ['Stored now', job.created],
    ['Errors', job.errorCount],
    ['Started by', job.startedBy],
    ['Uploaded at', job.createdAt],
    ['Finished at', job.finishedAt ?? ''],
  ];
  for (const [figure, value] of figures) summary.addRow({ figure, value }).commit();
  summary.commit();
  await workbook.commit();
}
