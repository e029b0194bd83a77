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
  global: {
    id: '/cen/global/1.0.0',
    /**
     * A request (search parameters: a few KiB), an answer header, or one chunk of an answer's body
     * (a page of global cases, statistics, a photo) or of a delivered photo. Bodies are cut into
     * chunks of at most `chunkBytes`, so a frame stays below the limit whatever the body's size.
     */
    maxFrameBytes: 1024 * 1024,
    chunkBytes: 512 * 1024,
  },
  publications: {
    id: '/cen/publications/1.0.0',
    /**
     * One attachment (at most 8 MiB, `MAX_ATTACHMENT_BYTES` of node/publications) or one page of
     * signed publications: the WCO node stops filling a page at `eventsTargetBytes`, so a frame
     * exceeds it by one publication (a body of at most 50,000 characters) at most.
     */
    maxFrameBytes: 9 * 1024 * 1024,
    eventsTargetBytes: 1024 * 1024,
  },
  forum: {
    id: '/cen/forum/1.0.0',
    /** A post (at most 10,000 characters) or a page of at most 100 posts: far below 4 MiB. */
    maxFrameBytes: 4 * 1024 * 1024,
  },
  operations: {
    id: '/cen/operations/1.0.0',
    /**
     * A statement (a message of at most 8,000 characters with a report of at most 64 KiB, or an
     * operation's definition: 200 members, 100 template fields) is far below 1 MiB; the organiser
     * stops filling a delivery at `deliverTargetBytes`, so a frame exceeds it by one entry at most.
     */
    maxFrameBytes: 4 * 1024 * 1024,
    deliverTargetBytes: 1024 * 1024,
  },
} as const;

/** The `typ`s of the statements of `/cen/operations/1.0.0` (compact JWS, see operations.proto). */
export const OPERATION_JWS_TYPES = {
  operation: 'cen-operation+json',
  message: 'cen-operation-message+json',
  answer: 'cen-operation-answer+json',
  receipt: 'cen-operation-receipt+json',
} as const;

/** The `typ` of a publication the WCO node signs, and of its withdrawal (compact JWS). */
export const PUBLICATION_JWS_TYPE = 'cen-publication+json';
export const PUBLICATION_WITHDRAWAL_JWS_TYPE = 'cen-publication-withdrawal+json';

/** The `typ` of a watch-list rule signed by the node that shares it (a compact JWS). */
export const WATCHLIST_JWS_TYPE = 'cen-watchlist+json';

export type ProtocolName = keyof typeof PROTOCOLS;
