/** Errors of the audit log. Both are programming errors of a caller, not user input. */
export class InvalidAuditEntryError extends Error {
  override name = 'InvalidAuditEntryError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`not a valid audit entry: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** A batch given to `AuditLog.commit` writes to the audit namespaces other than through `entryOps`. */
export class ForeignAuditWriteError extends Error {
  override name = 'ForeignAuditWriteError';
  constructor(detail: string) {
    super(`only AuditLog writes the audit log: ${detail}`);
  }
}
