/**
 * The peer protocols: their ids (`/cen/<name>/<major>.<minor>.<patch>`) and the largest frame a
 * node accepts on each. A frame is one length-prefixed protobuf message; anything larger is
 * refused before it is buffered.
 *
 * @example
 *   await libp2p.handle(PROTOCOLS.hello.id, onHello);
 *   lpStream(stream, { maxDataLength: PROTOCOLS.hello.maxFrameBytes });
 */
export const PROTOCOLS = {
  hello: {
    id: '/cen/hello/1.0.0',
    /** A node id (~52 bytes), a name (≤ 200 characters), a country and a version: far below 4 KiB. */
    maxFrameBytes: 4096,
  },
} as const;

export type ProtocolName = keyof typeof PROTOCOLS;
