/** Why a backup or a restore was refused; each names what the operator can do about it. */

/** The key file is missing, unreadable or not a backup key. */
export class BackupKeyError extends Error {
  override name = 'BackupKeyError';
}

/** The file is not a backup of this format (or of a newer version), or it ends too early. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

/** The archive does not authenticate: another key, a changed byte, or a cut-off file. */
export class BackupAuthenticationError extends Error {
  override name = 'BackupAuthenticationError';
}

/** The directory to restore into holds something, or a node is running in it. */
export class RestoreTargetError extends Error {
  override name = 'RestoreTargetError';
}

/** The restored data did not verify; it was moved aside, not installed. */
export class RestoreVerificationError extends Error {
  override name = 'RestoreVerificationError';
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly string[]) {
    super(message);
    this.problems = problems;
  }
}
