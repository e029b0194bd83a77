/**
 * The importer's limits and sizes, each with the reason for its value. A refused file gets an
 * error that names the limit and what to do (split the file, save it again as .xlsx or CSV UTF-8).
 */
export interface ImportLimits {
  /** Uploads beyond this are refused with 413 before they are stored: about 200,000 rows of cases. */
  maxFileBytes: number;
  /** Data rows per file: a file that size imports in about a minute and reports on one screen. */
  maxRows: number;
  /** Columns a header may have: the generic template has 69; far more is not a case list. */
  maxColumns: number;
  /** Characters in one CSV record: a whole narrative (20,000) and every other field fit easily. */
  maxCsvRecordChars: number;
  /** Entries in an XLSX package: a workbook has about a dozen; thousands mean a zip bomb or junk. */
  maxZipEntries: number;
  /**
   * Bytes the parts of an XLSX the importer reads may inflate to. XML compresses ten to thirty
   * times, so a genuine 50 MB workbook stays below it; a zip bomb (megabytes that inflate to
   * gigabytes) is stopped when it reaches it, before the parser sees anything.
   */
  maxUncompressedBytes: number;
  /** The shared-strings part is held in memory while the sheet is read, so it has a cap of its own. */
  maxSharedStringsBytes: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 500,
  maxCsvRecordChars: 100_000,
  maxZipEntries: 1_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxSharedStringsBytes: 256 * 1024 * 1024,
};

/**
 * Rows per `createCases` call: one synced LevelDB batch each. A few hundred keep the per-batch
 * cost (the fsync, the full-text update) small per row while a crash loses little work.
 */
export const IMPORT_BATCH_SIZE = 500;

/** How many row errors a JSON answer carries; the report spreadsheet holds all of them. */
export const REPORT_ERRORS_IN_JSON = 1_000;

/** How many recent jobs `GET /imports` lists. */
export const JOB_LIST_LIMIT = 50;

/** A value quoted back in an error is cut here: enough to recognise, never a whole narrative. */
export const QUOTED_VALUE_CHARS = 80;
