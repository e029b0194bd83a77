/** The query protocol's limits, each with the reason for its value. */

/**
 * The whole look-up at one partner (open a stream, send the query, read the answer) must finish
 * within this: an officer waits for every partner at once, so one partner that is down must not
 * hold the answer back longer than this.
 */
export const QUERY_TIMEOUT_MS = 5_000;

/**
 * Query streams one partner may have open with this node at once, each way. A look-up is one
 * frame each way, so a few cover an analyst's bursts; more would only let one partner crowd the
 * node with look-ups.
 */
export const QUERY_MAX_STREAMS = 8;

/** Businesses with the same registration number read for a `company` query (the number is meant to be unique). */
export const MAX_BUSINESSES_PER_QUERY = 200;

/** Case references kept with one evidence entry (the evidence log takes at most 2,000). */
export const MAX_EVIDENCE_RECORDS = 2_000;

/**
 * Codes of the Refusal frame: `bad-query` for a query this node cannot read, or the decide()
 * reason that stops every query from that partner (`mode-not-allowed`, `expired`, …).
 */
export const BAD_QUERY = 'bad-query';
