/**
 * The importer's named errors. They carry an HTTP `status` (and `expose`), so the API's one
 * translator (node/api/errors.ts) answers them as 413 `payload_too_large`, 400 `bad_request` or
 * 415 `unsupported_media_type` with their message, which says what to do.
 */

/** A file over one of the limits of `IMPORT_LIMITS`. */
export class ImportLimitError extends Error {
  override name = 'ImportLimitError';
  readonly status: 400 | 413;
  readonly expose = true;
  /** Which limit (a key of `ImportLimits`). */
  readonly limit: string;
  constructor(limit: string, message: string, status: 400 | 413 = 400) {
    super(message);
    this.limit = limit;
    this.status = status;
  }
}

/** A file the importer cannot read: not XLSX or CSV, damaged, encrypted, not UTF-8. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly status: 400 | 415;
  readonly expose = true;
  constructor(message: string, status: 400 | 415 = 400) {
    super(message);
    this.status = status;
  }
}

/** The node was built without the import service (a test stub), or is shutting down. */
export class ImportsUnavailableError extends Error {
  override name = 'ImportsUnavailableError';
  readonly status = 503;
  readonly expose = true;
  constructor(message = 'bulk upload is not available on this node right now; try again later') {
    super(message);
  }
}

/** The service stopped (the node is shutting down): the job resumes at the next start. */
export class ImportStoppedError extends Error {
  override name = 'ImportStoppedError';
  constructor() {
    super('the import stopped with the node; it resumes where it ended when the node starts again');
  }
}
