/**
 * Bulk upload of cases from CSV and XLSX files (most CEN cases arrive by spreadsheet): the
 * templates (`buildTemplate`), the dry run that reports every refused row with its row, column
 * and rule, and the import that stores the valid rows, atomic per row, idempotent (re-uploading a
 * file adds nothing), resumable after a crash, with progress. Files are checked against size, row
 * and zip-bomb limits before anything parses them. The columns and their headers in six
 * languages are the contract in protocol/import-columns.ts.
 *
 * Layers: `sources.ts` (sniffing, limits, rows from CSV or XLSX; `zip.ts` for the package) →
 * `rows.ts` (header recognition, row ↔ case input, issue → column) → `service.ts` (jobs, dry
 * runs, imports, resumption, reports; `jobs.ts` for what is kept, `report.ts` for the report
 * spreadsheet).
 *
 * @example
 *   const imports = new ImportService({ kv: store.kv, store, dataDir, country: 'KE', audit });
 *   const job = await imports.receiveFile('seizures.xlsx', { by: 'ana', dryRun: true });
 *   const report = await imports.runDryRun(job.id); // { rows, valid, errors: [{ row, column, rule, message }] }
 *   await imports.resumeUnfinished();                // at start: finish what a crash interrupted
 */
export { IMPORT_BATCH_SIZE, IMPORT_LIMITS, REPORT_ERRORS_IN_JSON, type ImportLimits } from './constants.ts';
export { ImportFileError, ImportLimitError, ImportStoppedError, ImportsUnavailableError } from './errors.ts';
export {
  IMPORTS_DIRECTORY,
  JOBS_NAMESPACE,
  ROW_KEYS_NAMESPACE,
  type RowKeyEntry,
  type StoredJob,
} from './jobs.ts';
export { caseToCells, columnsFor, HeaderMap, rowToCase } from './rows.ts';
export { inspectUpload, readRows, type SheetRow, type UploadLayout } from './sources.ts';
export { ImportService, type ImportServiceOptions, type ReceiveOptions, type RunOptions } from './service.ts';
export { buildTemplate } from './templates.ts';
