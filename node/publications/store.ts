/**
 * The publications' key layout in the node's KvStore, and its reads.
 *
 * - `publications`: by id, every publication this node holds. On the WCO node, those it authored
 *   (drafts, published, withdrawn); on a member's node, those it received (withdrawn ones as a
 *   tombstone without body or attachments).
 * - `publication-log` (WCO node): by sequence number, each publication and withdrawal as signed,
 *   in the order they happened: what members pull from (their cursor is a sequence number).
 * - `publication-cursors` (member's node): per WCO node, how far its log has been received.
 * - `publication-reads`: `<username> \0 <id>`, when a user first opened a publication.
 *
 * Attachment files are content-addressed under `<data>/publications` (node/photos/files.ts).
 */
import type {
  PublicationAttachment,
  PublicationAudience,
  PublicationKind,
  PublicationState,
} from '../../protocol/api.ts';
import type { Language } from '../../protocol/vocabulary/index.ts';
import type { KvStore } from '../store/kv.ts';

export const PUBLICATIONS_NS = {
  publications: 'publications',
  log: 'publication-log',
  cursors: 'publication-cursors',
  reads: 'publication-reads',
} as const;

/** The attachment files' directory in the data directory. */
export const PUBLICATION_FILES_DIRECTORY = 'publications';

export interface StoredPublication {
  id: string;
  kind: PublicationKind;
  title: string;
  /** Dropped once withdrawn on a member's node. */
  body?: string;
  language: Language;
  audience: PublicationAudience;
  attachments: PublicationAttachment[];
  state: PublicationState;
  /** The WCO node that signs it. */
  from: { nodeId: string; name: string };
  createdAt: string;
  createdBy?: string;
  publishedAt?: string;
  publishedBy?: string;
  withdrawnAt?: string;
  withdrawnBy?: string;
  withdrawalReason?: string;
  /** The signed publication (compact JWS), once published. */
  statement?: string;
  /** The signed withdrawal, once withdrawn. */
  withdrawal?: string;
  /** Member's node: when it arrived. */
  receivedAt?: string;
}

/** One entry of the WCO node's publication log. */
export interface LogEntry {
  seq: number;
  kind: 'publication' | 'withdrawal';
  publicationId: string;
  statement: string;
}

export const seqKey = (seq: number) => String(seq).padStart(12, '0');
export const readKey = (username: string, id: string) => `${username}\x00${id}`;

export async function lastLogSeq(kv: KvStore): Promise<number> {
  for await (const [, value] of kv.iterate(PUBLICATIONS_NS.log, { reverse: true, limit: 1 }))
    return (value as LogEntry).seq;
  return 0;
}

export async function allPublications(kv: KvStore): Promise<StoredPublication[]> {
  const all: StoredPublication[] = [];
  for await (const [, value] of kv.iterate(PUBLICATIONS_NS.publications))
    all.push(value as StoredPublication);
  return all;
}
