/** Why the peer book refuses an address or a removal; tests assert them by `name`. */
import { NotFoundError, ValidationError } from '../errors.ts';

/** Not a multiaddr the node can dial: `/ip4|ip6|dns|dns4|dns6/<host>/tcp/<port>/p2p/<nodeId>`. */
export class InvalidMultiaddrError extends ValidationError {
  override name = 'InvalidMultiaddrError';
  constructor(message: string) {
    super([{ path: 'multiaddr', rule: 'multiaddr', message }]);
  }
}

export class UnknownPeerError extends NotFoundError {
  override name = 'UnknownPeerError';
  constructor(nodeId: string) {
    super('peer', nodeId);
  }
}
