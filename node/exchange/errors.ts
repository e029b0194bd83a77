/** Why an exchange operation stopped; the API maps them to its error codes. */

/** This node's `decide()` refused the transfer (403 `transfer_denied`). */
export class TransferDeniedError extends Error {
  override name = 'TransferDeniedError';
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(`the agreement does not allow this transfer: ${reason} (${detail})`);
    this.reason = reason;
  }
}

/** The partner could not be reached or did not answer in time (503 `peer_unavailable`). */
export class PeerUnavailableError extends Error {
  override name = 'PeerUnavailableError';
  constructor(peer: string, cause: unknown) {
    super(`${peer} could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/**
 * The other side broke the protocol: a manifest or receipt that does not verify or does not fit,
 * a record whose bytes do not match its manifest entry. The stream is closed and nothing of the
 * chunk is kept.
 */
export class ExchangeProtocolError extends Error {
  override name = 'ExchangeProtocolError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/** No share of that record with that peer (recall of something never sent). */
export class NotSharedError extends Error {
  override name = 'NotSharedError';
  constructor(id: string) {
    super(`case ${id} was not sent to any partner`);
  }
}
