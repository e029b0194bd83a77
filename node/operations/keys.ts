/**
 * The key layout in the node's KvStore. `operations` (per operation: the local view, with the
 * newest definition and, on the organiser, its signed form and the thread's head),
 * `operation-members` (organiser: per operation and member node, its status, how far the thread
 * was delivered and read), `operation-thread` (per operation and sequence number, the entry as
 * signed), `operation-message-ids` (organiser: message id → sequence number, so a message sent
 * twice is relayed once) and `operation-outbox` (member: statements for the organiser not yet
 * acknowledged, in the order they were made) and `operation-promotions` (per operation and
 * message id, the case this node made of its report, written in the case's own batch).
 */
export const OPERATIONS_NS = {
  operations: 'operations',
  members: 'operation-members',
  thread: 'operation-thread',
  messageIds: 'operation-message-ids',
  outbox: 'operation-outbox',
  promotions: 'operation-promotions',
} as const;

const SEP = '\x00';
export const memberKey = (operationId: string, nodeId: string) => `${operationId}${SEP}${nodeId}`;
export const entryKey = (operationId: string, seq: number) =>
  `${operationId}${SEP}${String(seq).padStart(12, '0')}`;
export const messageIdKey = (operationId: string, messageId: string) => `${operationId}${SEP}${messageId}`;
export const outboxKey = (operationId: string, id: string) => `${operationId}${SEP}${id}`;
export const promotionKey = (operationId: string, messageId: string) => `${operationId}${SEP}${messageId}`;
export const prefixOf = (operationId: string) => `${operationId}${SEP}`;
/** The smallest key after every key that starts with `prefix`. */
export const prefixEnd = (prefix: string) => `${prefix}\xff`;
