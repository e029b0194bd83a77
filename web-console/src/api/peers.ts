/**
 * `/api/v1/peers`: the partner nodes this node knows by address, for exchange administrators:
 * list them with their connection and sync state, add one by multiaddr, forget one, pull its
 * records now.
 *
 * @example
 *   await addPeer('/ip4/192.0.2.10/tcp/9090/p2p/12D3KooW…');
 *   const { stored, lag } = await syncPeer(nodeId);
 */
import {
  apiPaths,
  type AddPeerRequest,
  type PeerListResponse,
  type PeerSummary,
  type RemovePeerResponse,
  type SyncNowResponse,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { PeerSummary, SyncNowResponse };

export const listPeers = (signal?: AbortSignal) =>
  apiRequest<PeerListResponse>('GET', apiPaths.peers, undefined, signal ? { signal } : {});

export const addPeer = (multiaddr: string) =>
  apiRequest<PeerSummary>('POST', apiPaths.peers, { multiaddr } satisfies AddPeerRequest);

export const removePeer = (nodeId: string) => apiRequest<RemovePeerResponse>('DELETE', apiPaths.peer(nodeId));

export const syncPeer = (nodeId: string) =>
  apiRequest<SyncNowResponse>('POST', apiPaths.peerSync(nodeId), {});
