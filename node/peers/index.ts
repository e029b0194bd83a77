/**
 * The node's address book of partner nodes: each peer by node id with the multiaddrs to dial it
 * (`/ip4/…/tcp/N/p2p/<nodeId>`), whether an active agreement exists with it, and (once the peer
 * host runs) its connection state. Every change is audited.
 *
 * @example
 *   const peers = new PeerBook({ kv: store.kv, audit, nodeId, activePeers: () => agreements.activePeers() });
 *   await peers.add('/ip4/192.0.2.10/tcp/9090/p2p/12D3KooW…', 'maria');
 *   (await peers.list())[0]; // { nodeId, multiaddrs, status: 'unknown', activeAgreement: false, … }
 */
export {
  MAX_ADDRESSES_PER_PEER,
  PEERS_NAMESPACE,
  PeerBook,
  type AddPeerResult,
  type PeerBookOptions,
  type PeerStatusSource,
} from './book.ts';
export { InvalidMultiaddrError, UnknownPeerError } from './errors.ts';
export { allowListOf, parsePeerMultiaddr, type PeerAddress } from './multiaddr.ts';
