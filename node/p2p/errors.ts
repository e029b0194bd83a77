/** Why the peer host refuses a dial or a hello; tests assert them by `name`. */

/** No active agreement with that node: the gater refuses every connection to or from it. */
export class PeerNotAllowedError extends Error {
  override name = 'PeerNotAllowedError';
  constructor(nodeId: string) {
    super(`${nodeId} has no active agreement with this node`);
  }
}

/** The peer book holds no address for that node. */
export class NoPeerAddressError extends Error {
  override name = 'NoPeerAddressError';
  constructor(nodeId: string) {
    super(`no address is known for ${nodeId}: add one with \`peer add\``);
  }
}

/** A hello frame that decodes but says something impossible (another node id, oversized text). */
export class InvalidHelloError extends Error {
  override name = 'InvalidHelloError';
}

/** The host is stopped. */
export class PeerHostStoppedError extends Error {
  override name = 'PeerHostStoppedError';
  constructor() {
    super('the peer host is stopped');
  }
}

/**
 * A frame that is too large, does not decode, or holds an impossible message. The stream that
 * carried it is closed and the node logs it; the peer's other streams are untouched.
 */
export class MalformedFrameError extends Error {
  override name = 'MalformedFrameError';
}

/** The peer answered with a refusal frame (`code` is the protocol's stable reason). */
export class PeerRefusedError extends Error {
  override name = 'PeerRefusedError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(`the peer refused: ${code}${message ? ` (${message})` : ''}`);
    this.code = code;
  }
}

/** Nothing arrived on a connection for the silence limit: the node closes it and dials again. */
export class PeerSilentError extends Error {
  override name = 'PeerSilentError';
  constructor(nodeId: string, silentMs: number) {
    super(`nothing heard from ${nodeId} for ${Math.round(silentMs / 1000)} s: the link is presumed dead`);
  }
}
