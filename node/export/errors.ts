/** The export's named errors, asserted in tests by `name`. */

/** A column of `EXPORT_COLUMNS` that `columns.ts` does not fill: a programming error, caught by the tests. */
export class UnknownExportColumnError extends Error {
  override name = 'UnknownExportColumnError';
  constructor(key: string) {
    super(`the export column ${key} has no value: add it to node/export/columns.ts`);
  }
}

/** The reader went away (a closed download, a cancelled command) before the export ended. */
export class ExportAbortedError extends Error {
  override name = 'ExportAbortedError';
  constructor(reason = 'the export was cancelled before it ended') {
    super(reason);
  }
}
