/** The peer host's limits, each with the reason for its value (FIELD-NOTES.md "libp2p 3 traps"). */

/**
 * yamux frames larger than this are split. 256 KiB keeps a frame well under the length-prefix
 * decoder's buffer (trap 6) while bulk transfers still move at the measured ~140 MB/s.
 */
export const YAMUX_MAX_MESSAGE_SIZE = 256 * 1024;

/** Streams a partner may open at once on one connection: a few protocols, a few each. */
export const MAX_INBOUND_STREAMS = 64;
export const MAX_OUTBOUND_STREAMS = 64;

/**
 * Unread bytes buffered per stream before libp2p resets it: bounds what a slow reader lets a fast
 * sender pile up (trap 3: 63.8 MB in 1.3 s otherwise).
 */
export const MAX_STREAM_READ_BUFFER = 4 * 1024 * 1024;
/** Unsent bytes buffered per stream: the write buffer is unbounded by default (trap 2: 62.8 MB). */
export const MAX_STREAM_WRITE_BUFFER = 4 * 1024 * 1024;

/**
 * New inbound connections per second from one host before the rest are reset. The default 5
 * turns a WCO node's restart (every member reconnecting) into a reconnect storm (trap 5).
 */
export const INBOUND_CONNECTION_THRESHOLD = 100;
/** Connections still in their handshake at once: all partners reconnecting after a restart. */
export const MAX_INCOMING_PENDING_CONNECTIONS = 64;

/** The whole hello exchange (open, write, read, close) must finish within this (trap 1). */
export const HELLO_TIMEOUT_MS = 10_000;
/** Hello streams a peer may have open with this node at once: one is the norm. */
export const HELLO_MAX_STREAMS = 4;

/** How often agreements are re-read and peers without an active one disconnected. */
export const DEFAULT_RECHECK_INTERVAL_MS = 30_000;
/** How often peers with an active agreement but no connection are dialled. */
export const DEFAULT_RECONNECT_INTERVAL_MS = 10_000;
/** Back-off after failed dials doubles up to this, so an offline partner costs one dial in 10 min. */
export const MAX_RECONNECT_BACKOFF_MS = 10 * 60_000;
/**
 * A peer that was connected within RECENT_PEER_WINDOW_MS lost a link rather than went away: it is
 * dialled at least this often, so that a cable put back is used within a minute.
 */
export const RECENT_PEER_BACKOFF_MS = 60_000;
export const RECENT_PEER_WINDOW_MS = 60 * 60_000;
/** A dial that has not connected by then counts as failed. */
export const DIAL_TIMEOUT_MS = 10_000;

/**
 * Each side of a connection sends a yamux ping this often, so a live partner is never silent for
 * long even when no protocol has anything to say (the silence watchdog relies on it).
 */
export const KEEPALIVE_INTERVAL_MS = 15_000;
/**
 * A connection on which nothing at all has arrived for this long is closed, so that the reconnect
 * loop can dial again: a pulled cable or a crashed router sends no reset, and TCP alone would keep
 * the dead connection "open" for about 15 minutes. Any byte counts, so a saturated but working link
 * is never mistaken for a dead one (trap 4): six missed keep-alives, or a partner's event loop
 * blocked for a minute and a half.
 */
export const PEER_SILENCE_LIMIT_MS = 90_000;
