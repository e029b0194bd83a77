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
  watchlists: {
    id: '/cen/watchlists/1.0.0',
    /**
     * Watch-list rules a node shares with a partner, each signed by the owner node. The largest
     * rule (5,000 identifiers of up to 64 characters) signs to under 600 KiB; the sender packs
     * rules into offers of at most `offerTargetBytes`, so a frame exceeds it by one rule at most.
     */
    maxFrameBytes: 2 * 1024 * 1024,
    offerTargetBytes: 1024 * 1024,
  },
  contribute: {
    id: '/cen/contribute/1.0.0',
    /**
     * One batch of anonymised cases (under 2 KiB each) with its signed manifest. The member stops
     * filling a batch at `batchTargetBytes`, so a frame exceeds it by one record at most.
     */
    maxFrameBytes: 4 * 1024 * 1024,
    batchTargetBytes: 1024 * 1024,
  },
} as const;

/** The `typ` of a watch-list rule signed by the node that shares it (a compact JWS). */
export const WATCHLIST_JWS_TYPE = 'cen-watchlist+json';

export type ProtocolName = keyof typeof PROTOCOLS;
