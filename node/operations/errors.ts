/** Why operations refuse something; tests assert them by `name`, the API by their HTTP mapping. */

/** The caller may not do this in this operation (not its organiser, not a participant, closed). */
export class OperationRefusedError extends Error {
  override name = 'OperationRefusedError';
  readonly code: string;
  /** Answered as 409 by the API's error translator (an HTTP-like error it passes through). */
  readonly status = 409;
  readonly expose = true;
  readonly apiCode = 'operation_refused';
  constructor(code: string, message: string) {
    super(`${message} (${code})`);
    this.code = code;
  }
}
