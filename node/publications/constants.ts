/** The publications' limits and schedule, each with the reason for its value. */
import { PUBLICATION_LIMITS } from '../../protocol/api.ts';

/**
 * The largest attachment: a report's PDF or a workbook of figures is a few MB; 8 MiB keeps one
 * attachment inside one frame of `/cen/publications/1.0.0` (9 MiB) and in memory once per request.
 */
export const MAX_ATTACHMENT_BYTES = PUBLICATION_LIMITS.attachmentBytes;
export const MAX_ATTACHMENTS = PUBLICATION_LIMITS.attachments;
export const MAX_TITLE_LENGTH = PUBLICATION_LIMITS.title;
/** About twenty pages of text: a newsletter; longer reports go as a PDF attachment. */
export const MAX_BODY_LENGTH = PUBLICATION_LIMITS.body;
export const MAX_ATTACHMENT_NAME_LENGTH = PUBLICATION_LIMITS.attachmentName;
export const MAX_REASON_LENGTH = 500;
/** Countries and node ids one audience may list: every member, with room to spare. */
export const MAX_AUDIENCE_ENTRIES = 500;

/**
 * How often a member's node asks the WCO node for new publications when nothing else prompts it
 * (it also asks as soon as a connection with the WCO node opens). One small request a minute per
 * member is nothing for the WCO node; an alert arrives within a minute.
 */
export const DEFAULT_PUBLICATIONS_INTERVAL_MS = 60_000;
/** Events per answer at most (the WCO node also stops at `eventsTargetBytes`). */
export const EVENTS_PER_ANSWER = 50;
/** Log entries the WCO node passes over for one answer before it answers with what it has. */
export const MAX_SCANNED_PER_ANSWER = 5_000;
/** One request and its answer (an attachment of up to 8 MiB at a slow link's speed). */
export const REQUEST_TIMEOUT_MS = 60_000;
/** Streams of this protocol one member may have open at once: one pull and its attachments. */
export const PUBLICATIONS_MAX_STREAMS = 4;
/** Publications a list answers at most. */
export const MAX_LIST = 500;
