/**
 * The libp2p node itself: TCP + Noise + yamux, with the limits of constants.ts and a connection
 * gater that admits only peers with an active agreement. The gater refuses after Noise has
 * authenticated the peer id (the earliest point a peer's identity is known) and before any dial.
 * yamux pings every connection at KEEPALIVE_INTERVAL_MS, so a live partner is never silent for long.
 */
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import type { ConnectionGater, Libp2p, PeerId } from '@libp2p/interface';
import { tcp } from '@libp2p/tcp';
import { createLibp2p } from 'libp2p';
import type { PrivateKey } from '../identity.ts';
import type { Logger } from '../log.ts';
import {
  INBOUND_CONNECTION_THRESHOLD,
  KEEPALIVE_INTERVAL_MS,
  MAX_INBOUND_STREAMS,
  MAX_INCOMING_PENDING_CONNECTIONS,
  MAX_OUTBOUND_STREAMS,
  MAX_STREAM_READ_BUFFER,
  MAX_STREAM_WRITE_BUFFER,
  YAMUX_MAX_MESSAGE_SIZE,
} from './constants.ts';

/** Decides, synchronously, whether a node may connect: the agreements' answer, cached. */
export interface PeerGate {
  isAllowed(nodeId: string): boolean;
}

export interface CreatePeerHostInit {
  privateKey: PrivateKey;
  listen: { host: string; port: number };
  gater: PeerGate;
  log: Logger;
  /** Partners' addresses (`/ip4/192.0.2.10`), exempt from the connection limits. */
  allow?: string[];
  /** How often each connection is pinged at the yamux level (default KEEPALIVE_INTERVAL_MS). */
  keepAliveIntervalMs?: number;
}

/** The multiaddr to listen on for `host` (an IPv4 or IPv6 address, or a wildcard). */
export function listenAddress(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '');
  return `/${bare.includes(':') ? 'ip6' : 'ip4'}/${bare === 'localhost' ? '127.0.0.1' : bare}/tcp/${port}`;
}

function gaterOf(gate: PeerGate, log: Logger): ConnectionGater {
  const deny = (direction: string) => (peerId: PeerId) => {
    const nodeId = peerId.toString();
    if (gate.isAllowed(nodeId)) return false;
    log.info({ peer: nodeId, direction }, 'p2p connection refused: no active agreement');
    return true;
  };
  return {
    denyDialPeer: deny('dial'),
    denyInboundEncryptedConnection: deny('inbound'),
    denyOutboundEncryptedConnection: deny('outbound'),
  };
}

/** Creates and starts the node's libp2p host. */
export async function createPeerHost(init: CreatePeerHostInit): Promise<Libp2p> {
  return createLibp2p({
    privateKey: init.privateKey,
    addresses: { listen: [listenAddress(init.listen.host, init.listen.port)] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [
      yamux({
        maxMessageSize: YAMUX_MAX_MESSAGE_SIZE,
        maxInboundStreams: MAX_INBOUND_STREAMS,
        maxOutboundStreams: MAX_OUTBOUND_STREAMS,
        // The partner's silence watchdog (peer-host.ts) counts on hearing these.
        enableKeepAlive: true,
        keepAliveInterval: init.keepAliveIntervalMs ?? KEEPALIVE_INTERVAL_MS,
        streamOptions: {
          maxReadBufferLength: MAX_STREAM_READ_BUFFER,
          maxWriteBufferLength: MAX_STREAM_WRITE_BUFFER,
        },
      }),
    ],
    connectionGater: gaterOf(init.gater, init.log),
    connectionManager: {
      inboundConnectionThreshold: INBOUND_CONNECTION_THRESHOLD,
      maxIncomingPendingConnections: MAX_INCOMING_PENDING_CONNECTIONS,
      ...(init.allow && init.allow.length > 0 ? { allow: init.allow } : {}),
    },
    // A ping that times out on a saturated link must not abort the connection (trap 4): dead
    // links are found by the peer host's silence watchdog, which any received byte satisfies.
    connectionMonitor: { abortConnectionOnPingFailure: false },
    start: true,
  });
}
