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
  agreements: {
    id: '/cen/agreements/1.0.0',
    /** A sealed agreement with two signatures and a note: a few KiB; 256 KiB leaves room for long scopes. */
    maxFrameBytes: 256 * 1024,
  },
  exchange: {
    id: '/cen/exchange/1.0.0',
    /**
     * One chunk: a signed manifest and its records. The owner stops filling a chunk at
     * `chunkTargetBytes`, so a frame exceeds it by at most one record (a case is at most ~1 MiB).
     */
    maxFrameBytes: 8 * 1024 * 1024,
    chunkTargetBytes: 1024 * 1024,
  },
  query: {
    id: '/cen/query/1.0.0',
    /** An identifier and its type, or a hit/no-hit answer: far below 4 KiB. */
    maxFrameBytes: 4096,
  },
} as const;

export type ProtocolName = keyof typeof PROTOCOLS;
