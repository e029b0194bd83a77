/**
 * The exchange's key layout in the node's KvStore. Receiver side: `inbox` (the records partners
 * sent, with their provenance) and `inbox-index` (newest-first listing and purge dates); owner
 * side: `exchange-shares` (which partner holds which version of which record, and recalls);
 * both: `exchange-state` (sync cursors, receipts to repeat, manifests awaiting their receipt,
 * purge notices to deliver, recalls to deliver).
 */
import type { ExchangeRecordType } from '../../protocol/exchange.ts';

export const EXCHANGE_NS = {
  inbox: 'inbox',
  inboxIndex: 'inbox-index',
  shares: 'exchange-shares',
  state: 'exchange-state',
} as const;

const SEP = '\x00';

/** A received record: owner, type, id. */
export const inboxKey = (owner: string, type: ExchangeRecordType, id: string) =>
  `${owner}${SEP}${type}${SEP}${id}`;
export const inboxOwnerPrefix = (owner: string) => `${owner}${SEP}`;

/** Newest-first listing of received cases: `time \0 <receivedAt> \0 <owner> \0 <id>`. */
export const inboxTimeKey = (receivedAt: string, owner: string, id: string) =>
  `time${SEP}${receivedAt}${SEP}${owner}${SEP}${id}`;
export const INBOX_TIME_PREFIX = `time${SEP}`;
/** Retention: `purge \0 <purgeAt> \0 <owner> \0 <type> \0 <id>`. */
export const inboxPurgeKey = (purgeAt: string, owner: string, type: ExchangeRecordType, id: string) =>
  `purge${SEP}${purgeAt}${SEP}${owner}${SEP}${type}${SEP}${id}`;
export const INBOX_PURGE_PREFIX = `purge${SEP}`;

/** Owner side: `<type> \0 <id> \0 <peer>`, so a record's shares list together. */
export const shareKey = (type: ExchangeRecordType, id: string, peer: string) =>
  `${type}${SEP}${id}${SEP}${peer}`;
export const sharePrefix = (type: ExchangeRecordType, id: string) => `${type}${SEP}${id}${SEP}`;

/** Receiver side: how far the owner's change log was pulled under one agreement version. */
export const cursorKey = (peer: string, agreementId: string, version: number) =>
  `cursor${SEP}${peer}${SEP}${agreementId}${SEP}${String(version).padStart(6, '0')}`;
/** Owner side: a chunk sent and not yet receipted. */
export const outstandingKey = (peer: string, manifestId: string) =>
  `outstanding${SEP}${peer}${SEP}${manifestId}`;
export const outstandingPrefix = (peer: string) => `outstanding${SEP}${peer}${SEP}`;
/** Owner side: a recall to deliver to a peer. */
export const recallKey = (peer: string, type: ExchangeRecordType, id: string) =>
  `recall${SEP}${peer}${SEP}${type}${SEP}${id}`;
export const recallPrefix = (peer: string) => `recall${SEP}${peer}${SEP}`;
/** Receiver side: a signed purge notice to deliver to the records' owner. */
export const purgeNoticeKey = (peer: string, noticeId: string) => `purge-out${SEP}${peer}${SEP}${noticeId}`;
export const purgeNoticePrefix = (peer: string) => `purge-out${SEP}${peer}${SEP}`;

/** The smallest key after every key that starts with `prefix`. */
export const prefixEnd = (prefix: string) => `${prefix}\xff`;
