/**
 * Exports for analysts, who live in Excel: the result of any case search as XLSX or CSV,
 * streamed a page at a time so that a million rows never sit in memory (`cases.ts`, layout in
 * protocol/export-columns.ts), and the analyst database, a zip with a SQLite database, the XLSX
 * case list, CSV copies of its tables and a README (`analyst-db.ts`, tables in
 * `analyst-schema.ts`). Every export is recorded in the audit log (`export` action). The API
 * (`GET /api/v1/exports/cases.xlsx|.csv`, `GET /api/v1/exports/analyst-db`) and `cen-node
 * export` both go through `service.ts`.
 *
 * @example
 *   const { filters, lang } = parseExportQuery({ itrArea: 'drugs', lang: 'ar' });
 *   await exportToFile('/tmp/drugs.xlsx', (out) =>
 *     exportCases({ store, audit }, { actor: 'cli:ana' }, { format: 'xlsx', filters, lang }, out),
 *   );
 */
export {
  ANALYST_DB_FILE,
  ANALYST_README_FILE,
  ANALYST_SCHEMA_VERSION,
  ANALYST_XLSX_FILE,
  buildAnalystDatabase,
  zipAnalystDatabase,
  type AnalystDatabaseOptions,
  type AnalystDatabaseSummary,
} from './analyst-db.ts';
export { analystTables, analystViews, type TableSpec, type ViewSpec } from './analyst-schema.ts';
export {
  filterCodes,
  recordExport,
  type AuditSink,
  type ExportAuditInput,
  type ExportFormat,
} from './audit.ts';
export {
  CASE_EXPORT_FORMATS,
  casePages,
  CONTENT_TYPES,
  EXCEL_MAX_ROWS,
  EXPORT_PAGE_SIZE,
  writeCases,
  type CaseExportFormat,
  type CaseFilters,
  type CaseWriteOptions,
  type CaseWriteResult,
} from './cases.ts';
export { caseRowBuilder, type CellValue } from './columns.ts';
export { ExportAbortedError, UnknownExportColumnError } from './errors.ts';
export { neutraliseText, startsLikeFormula } from './neutralise.ts';
export {
  buildAnalystExport,
  EXPORT_FILE_FORMATS,
  exportCases,
  exportFile,
  exportToFile,
  parseExportQuery,
  type AnalystExport,
  type AnalystExportRequest,
  type CaseExportRequest,
  type ExportDeps,
  type ExportFileFormat,
  type ExportFileRequest,
  type ExportFileResult,
  type ExportQuery,
  type Requester,
} from './service.ts';
