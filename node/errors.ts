/**
 * The node's named errors. Code throws these; one translator (`api/errors.ts`) turns them into
 * the API's `{ error: { code, message, details } }` shape, and tests assert them by `name`.
 * A denial by policy is a result, not an exception, and does not belong here.
 */
import type { ValidationIssue } from '../protocol/validation-types.ts';

export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(
      issues.length === 1
        ? `${issues[0]!.path || 'record'}: ${issues[0]!.message}`
        : `${issues.length} fields are not valid: ${issues.map((i) => i.path || 'record').join(', ')}`,
    );
    this.issues = issues;
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly kind: string;
  readonly id: string;
  constructor(kind: string, id: string) {
    super(`no ${kind} with id ${id}`);
    this.kind = kind;
    this.id = id;
  }
}

export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  readonly kind: string;
  readonly id: string;
  readonly expected: number;
  readonly current: number;
  constructor(kind: string, id: string, expected: number, current: number) {
    super(
      `${kind} ${id} is at version ${current}, not ${expected}: someone else changed it. Reload it, reapply your change and save again.`,
    );
    this.kind = kind;
    this.id = id;
    this.expected = expected;
    this.current = current;
  }
}

export class StoreClosedError extends Error {
  override name = 'StoreClosedError';
  constructor() {
    super('the store is closed');
  }
}

/** The store refuses writes after a disk error until it has been reopened (see FIELD-NOTES: disk full). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  readonly reason: string;
  constructor(reason: string) {
    super(`the store refuses writes: ${reason}`);
    this.reason = reason;
  }
}

/**
 * The LevelDB files are damaged (a flipped block, a truncated MANIFEST or CURRENT): LevelDB's own
 * "Corruption" error, or a stored value that is no longer JSON. Never served as data.
 */
export class StoreCorruptedError extends Error {
  override name = 'StoreCorruptedError';
  readonly location: string;
  readonly detail: string;
  constructor(location: string, detail: string) {
    super(
      `the store at ${location} is damaged (${detail}): stop the node, then run \`cen-node check --repair\` ` +
        'or restore the latest backup with `cen-node restore --force`',
    );
    this.location = location;
    this.detail = detail;
  }
}

export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
  constructor(message = 'sign in first: this resource needs a session') {
    super(message);
  }
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  constructor(message = 'your role does not allow this') {
    super(message);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * A command named a folder the running node sees differently (systemd gives the service a private
 * /tmp and /var/tmp and hides home directories): its file would land where the operator never looks.
 */
export class FolderNotSharedError extends Error {
  override name = 'FolderNotSharedError';
  constructor(path: string) {
    super(
      `${path} is not the same folder for the running node as for this command (the node's service has its own /tmp and /var/tmp and sees no home directories): name a folder both see, such as /var/backups/cen-node, or stop the node to run the command offline`,
    );
  }
}
