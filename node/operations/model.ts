/**
 * What a node keeps of an operation (the records of `store.ts`) and the rules read from a
 * definition: its state now, when it is purged, and the parsing of ids and sequence numbers.
 *
 * @example
 *   stateOf(definition, new Date()); // 'active'
 *   purgeAtOf(definition);           // the close (or the period's end) plus the retention
 */
import type {
  OperationDefinition,
  OperationMemberStatus,
  OperationPhoto,
  OperationReport,
  OperationState,
  OperationThreadEntry,
} from '../../protocol/api.ts';
import { InvalidIdError, isUuidV7 } from '../../protocol/ids.ts';

/** Who asks, through the API. */
export interface Viewer {
  username: string;
  role: string;
}

/** This node's view of one operation. */
export interface OperationRecord {
  role: 'organiser' | 'member';
  definition: OperationDefinition;
  /** The definition as the organiser signed it (the newest this node holds). */
  definitionJws: string;
  /** The highest sequence number of the thread held here. */
  head: number;
  /** A member node: where it stands locally (`accepted` as soon as its manager accepted). */
  status?: OperationMemberStatus;
  participants: string[];
  /** What this node's users read up to (sent as the read receipt). */
  readUpTo: number;
  /** A member node: the organiser's last copy of everyone's read receipts. */
  receipts: Record<string, number>;
}

/** The organiser's record of one member. */
export interface MemberRecord {
  nodeId: string;
  name?: string;
  status: OperationMemberStatus;
  /** The thread is stored by the member up to this sequence number. */
  delivered: number;
  readUpTo: number;
  /** Removed after accepting: it receives the thread up to this entry (its removal), no further. */
  removedAtSeq?: number;
  /** The definition version it must receive as an invitation (it has not accepted), and has. */
  noticeVersion: number;
  noticedVersion: number;
}

/** One entry of the thread as stored: the signed statement and what the API shows of it. */
export interface EntryRecord extends OperationThreadEntry {
  statement: string;
}

/** A member's statement for the organiser, kept until the organiser acknowledges it. */
export interface OutboxRecord {
  id: string;
  operationId: string;
  kind: 'message' | 'answer' | 'receipt';
  statement: string;
  at: string;
  author?: string;
  text?: string;
  report?: OperationReport;
  photos?: OperationPhoto[];
  refusal?: { code: string; message: string };
  /** The sequence number the organiser gave the message (set on its acknowledgement). */
  seq?: number;
}

const DAY_MS = 86_400_000;

export function parseOperationId(value: unknown): string {
  if (!isUuidV7(value)) throw new InvalidIdError('operation', value);
  return value;
}

/**
 * When an operation is purged from a node: its retention after it closed (or, for a node that
 * never heard of the close, after its period ended).
 */
export function purgeAtOf(definition: OperationDefinition): Date {
  const closed = Date.parse(definition.closedAt ?? definition.period.end);
  return new Date(closed + definition.retentionDays * DAY_MS);
}

/**
 * The state now: closed by the organiser, the operation is `archived` (read-only for good);
 * past its period without that, `closed` (nothing can be posted; the organiser may archive it).
 */
export function stateOf(definition: OperationDefinition, now: Date): OperationState {
  if (definition.state === 'closed') return 'archived';
  if (now.getTime() >= Date.parse(definition.period.end)) return 'closed';
  if (now.getTime() < Date.parse(definition.period.start)) return 'planned';
  return 'active';
}

/**
 * A uint64 as protobufjs decodes it (a Long object when the `long` package is there, a number
 * otherwise); sequence numbers stay far below 2^53.
 */
export function seqOf(value: number | { toString(): string } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const seq = typeof value === 'number' ? value : Number(value.toString());
  return Number.isSafeInteger(seq) && seq >= 0 ? seq : 0;
}

/** An entry as the API shows it: without its signed statement. */
export const entryView = (entry: EntryRecord): OperationThreadEntry => {
  const { statement: _statement, ...view } = entry;
  return view;
};
