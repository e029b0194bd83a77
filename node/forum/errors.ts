/** Why a forum request fails; tests assert them by `name`. */
import { PeerUnavailableError } from '../exchange/errors.ts';
import { PeerRefusedError } from '../p2p/errors.ts';

/**
 * The forum is held on the WCO node, and a member's node cannot reach it now (or has no
 * contribution agreement in force): the API answers 503 `peer_unavailable` with this message.
 */
export class ForumUnavailableError extends PeerUnavailableError {
  override name = 'ForumUnavailableError';
  constructor(reason: 'no-wco-node' | 'unreachable', cause?: unknown) {
    super('the WCO node', cause ?? reason);
    this.message =
      reason === 'no-wco-node'
        ? 'the forum is held on the WCO node, and this node has no contribution agreement in force with one'
        : 'the forum is held on the WCO node, which cannot be reached right now: try again in a few minutes';
  }
}

/**
 * The WCO node refused a forum request for a reason other than the input or a missing thread
 * (`no-agreement`: it holds no contribution agreement in force with this node); the API answers
 * 502 `peer_refused` with the code.
 */
export class ForumRefusedError extends PeerRefusedError {
  override name = 'ForumRefusedError';
  constructor(code: string, message: string) {
    super(code, `the WCO node refused the forum request: ${message}`);
  }
}
