/** Errors of the evidence log. Both are programming errors of a caller, not user input. */
export class InvalidEvidenceEntryError extends Error {
  override name = 'InvalidEvidenceEntryError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`not a valid evidence entry: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** A batch given to `EvidenceLog.commit` writes to the evidence namespaces other than through `entryOps`. */
export class ForeignEvidenceWriteError extends Error {
  override name = 'ForeignEvidenceWriteError';
  constructor(detail: string) {
    super(`only EvidenceLog writes the evidence log: ${detail}`);
  }
}
