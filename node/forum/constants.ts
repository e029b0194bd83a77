/** The forum's limits, each with the reason for its value. */
import { FORUM_LIMITS } from '../../protocol/api.ts';

export const MAX_TITLE_LENGTH = FORUM_LIMITS.title;
/** A few pages of text: a post, not a report (reports are publications). */
export const MAX_POST_LENGTH = FORUM_LIMITS.body;
/** The author's display name as the member's node sends it. */
export const MAX_AUTHOR_NAME_LENGTH = 100;
export const DEFAULT_THREADS_PAGE = 50;
export const MAX_THREADS_PAGE = 100;
/** 100 posts of at most 10,000 characters stay under the protocol's 4 MiB frame. */
export const DEFAULT_POSTS_PAGE = 100;
export const MAX_POSTS_PAGE = 100;
/**
 * One request to the WCO node and its answer: an officer is waiting on the page, and the WCO
 * node answers from its own store.
 */
export const FORUM_REQUEST_TIMEOUT_MS = 10_000;
/** Forum streams one member's node may have open at once: its officers' requests in parallel. */
export const FORUM_MAX_STREAMS = 16;
