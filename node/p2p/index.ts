/**
 * The node's libp2p host: TCP + Noise + yamux, a connection gater that admits only peers with an
 * active agreement, a reconnect loop with back-off, a re-check that disconnects peers whose
 * agreement ended, a watchdog that closes connections gone silent (a pulled cable), and the first
 * peer protocol, `/cen/hello/1.0.0`.
 *
 * @example
 *   const host = peerHost(
 *     { privateKey, log, activePeers: () => agreements.activePeers(), addressesOf },
 *     { listen: { host: '0.0.0.0', port: 9090 }, self: { name, country, softwareVersion } },
 *   );
 *   await host.start();
 *   host.status(partnerId); // { connected: true, lastSeen: '…', name: 'Tanzania Revenue Authority' }
 *   await host.stop();
 */
import { PeerHost, type PeerHostComponents, type PeerHostInit } from './peer-host.ts';

export function peerHost(components: PeerHostComponents, init: PeerHostInit): PeerHost {
  return new PeerHost(components, init);
}

export {
  PeerHost,
  rawConnectionOf,
  type PeerHostComponents,
  type PeerHostInit,
  type PeerStatus,
} from './peer-host.ts';
export { createPeerHost, listenAddress, type CreatePeerHostInit, type PeerGate } from './host.ts';
export { answerHello, decodeHello, encodeHello, sendHello, type Hello } from './hello.ts';
export {
  InvalidHelloError,
  MalformedFrameError,
  NoPeerAddressError,
  PeerRefusedError,
  PeerSilentError,
  PeerHostStoppedError,
  PeerNotAllowedError,
} from './errors.ts';
export * from './constants.ts';
export {
  bodyOf,
  DEFAULT_FRAME_TIMEOUT_MS,
  framedStream,
  type FrameCodec,
  type FramedStream,
} from './frames.ts';
