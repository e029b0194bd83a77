/** The watch lists' namespaces and limits, each with the reason for its value. */

/** KV namespaces: rules, matches (one per rule and record), notifications, and bookkeeping. */
export const WATCHLIST_NS = {
  rules: 'watchlists',
  matches: 'watchlist-matches',
  notifications: 'notifications',
  state: 'watchlist-state',
} as const;

/**
 * How often the change log is looked at for cases not yet evaluated. Looking costs one
 * comparison of two numbers in memory; a case written is evaluated within this.
 */
export const DEFAULT_TAIL_INTERVAL_MS = 250;

/** Change-log entries evaluated and committed together: one batch, one cursor step. */
export const CHANGES_PER_BATCH = 500;

/** How often received rules are checked against the agreements in force (expiry is no event). */
export const DEFAULT_AGREEMENT_CHECK_INTERVAL_MS = 60_000;

/** How often rules not yet acknowledged by a partner are offered again. */
export const DEFAULT_SHARE_RETRY_INTERVAL_MS = 30_000;

/** The whole offer to one partner (open a stream, send, read the answer) must finish within this. */
export const SHARE_TIMEOUT_MS = 20_000;

/** Watch-list streams one partner may have open at once: an offer is one frame each way. */
export const WATCHLIST_MAX_STREAMS = 4;

/** Rules one offer carries at most (a partner checks one signature per rule). */
export const MAX_RULES_PER_OFFER = 200;

/** Identifiers or codes named in one match: enough to say why, short enough to show. */
export const MAX_MATCHED_VALUES = 20;

/** Notifications one page lists by default, and at most. */
export const NOTIFICATION_PAGE = { default: 50, max: 200 } as const;

/** Unread notifications counted for the bell: past this the console shows "N+". */
export const MAX_UNREAD_COUNTED = 1000;
