/** The limits and intervals of operations, each with the reason for its value. */

/** One request and its answer on an operations stream (a delivery of up to 1 MiB included). */
export const STREAM_TIMEOUT_MS = 30_000;
/** Entries per delivery: small messages, so a delivery stays well under the frame limit. */
export const DELIVER_MAX_ENTRIES = 200;
/**
 * How often the organiser retries deliveries and members their outgoing statements when
 * nothing else prompts it; a connection opening and every new entry prompt it at once.
 */
export const DEFAULT_RETRY_INTERVAL_MS = 10_000;
/** A statement's signature must be at most this far in the future of the receiver's clock. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** Default period of a new operation, from now. */
export const DEFAULT_PERIOD_DAYS = 30;
/** Default days the thread is kept after the operation closes. */
export const DEFAULT_RETENTION_DAYS = 365;
/** A page of the thread through the API. */
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1_000;
/** Operations past their retention are looked for this often (and at start). */
export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60_000;
/**
 * Operations streams one peer may have open at once, each way: a delivery per operation it is a
 * member of, plus its submits; a few operations run together, not dozens.
 */
export const MAX_STREAMS_PER_PEER = 16;
/** Bytes of a photo per PhotoChunk frame: well under the 4 MiB frame limit. */
export const PHOTO_CHUNK_BYTES = 1024 * 1024;
/**
 * A whole photo transfer (offer, chunks, check) must end within this: 20 MB at a slow 2 Mbit/s
 * link takes 80 s; each frame has STREAM_TIMEOUT_MS besides.
 */
export const PHOTO_TRANSFER_TIMEOUT_MS = 120_000;
