/**
 * The member side's key layout in the node's KvStore: `contributions` (per case and WCO node,
 * where the case stands: the version and projection the WCO node holds, or why it was refused or
 * withdrawn; key `<case id> \0 <wco node id>`, so a case's entries list together) and
 * `contribute-state` (per WCO node and agreement version, how far this node's change log has been
 * contributed) and `contribute-photos` (the photo files still to deliver to each WCO node: key
 * `<wco node id> \0 <case id> \0 <sha256>`, queued with the receipt of the batch that holds their case).
 */
export const CONTRIBUTE_NS = {
  cases: 'contributions',
  state: 'contribute-state',
  photos: 'contribute-photos',
} as const;

const SEP = '\x00';

export const contributionKey = (caseId: string, wco: string) => `${caseId}${SEP}${wco}`;
export const contributionPrefix = (caseId: string) => `${caseId}${SEP}`;
/** The smallest key after every key that starts with `prefix`. */
export const prefixEnd = (prefix: string) => `${prefix}\xff`;

/** How far the change log reached under one agreement version (a new version starts again from 0). */
export const cursorKey = (wco: string, agreementId: string, version: number) =>
  `cursor${SEP}${wco}${SEP}${agreementId}${SEP}${String(version).padStart(6, '0')}`;

/** A photo file still to deliver to `wco` for one of its contributed cases. */
export const photoQueueKey = (wco: string, caseId: string, hash: string) =>
  `${wco}${SEP}${caseId}${SEP}${hash}`;
export const photoQueuePrefix = (wco: string) => `${wco}${SEP}`;
