/**
 * The check of the signed documents an evidence entry keeps. The chain proves the log was not
 * changed since it was written; the documents prove what happened, because the other node signed
 * half of them. So each is opened with its signer's key (`openStatement`: `typ`, algorithm and
 * schema pinned) and must fit its entry:
 *
 * - the records' **owner** signs the manifest, addressed to the receiver;
 * - the **receiver** signs the receipt and any purge notice, addressed to the owner;
 * - the two sides are this node and the entry's `peer`, and which one owns the records follows
 *   from the entry's kind (`ownerIsThisNode`);
 * - a receipt answers the manifest beside it (its id and the sha256 of its JWS), and every
 *   document is under the entry's agreement.
 *
 * An export checked elsewhere may not say whose log it is: the node is then the party of the
 * first signed document that is not the peer, and the reasons say which entry that came from.
 */
import type { z } from 'zod';
import { jwsSha256, openStatement } from '../../policies/statements.ts';
import {
  MANIFEST_JWS_TYPE,
  manifestSchema,
  PURGE_JWS_TYPE,
  purgeNoticeSchema,
  RECEIPT_JWS_TYPE,
  receiptSchema,
  type Manifest,
  type Receipt,
} from '../../protocol/exchange.ts';
import type { EntryInspector } from '../store/hash-chain.ts';
import { contentProblem, type EvidenceEntry } from './entry.ts';

/** What every signed exchange document names. */
interface Statement {
  from: string;
  to: string;
  agreementId: string;
}

const DOCUMENTS = [
  { field: 'manifest', name: 'manifest', typ: MANIFEST_JWS_TYPE, schema: manifestSchema, signer: 'owner' },
  { field: 'receipt', name: 'receipt', typ: RECEIPT_JWS_TYPE, schema: receiptSchema, signer: 'receiver' },
  {
    field: 'purgeNotice',
    name: 'purge notice',
    typ: PURGE_JWS_TYPE,
    schema: purgeNoticeSchema,
    signer: 'receiver',
  },
] as const;

/**
 * Whether this node owns the records an entry is about (and so signs its manifests), by kind;
 * where the kind does not say (a denial, an agreement delivery), by direction.
 */
export function ownerIsThisNode(entry: Pick<EvidenceEntry, 'kind' | 'direction'>): boolean {
  switch (entry.kind) {
    case 'sent':
    case 'recalled':
    case 'recall-acknowledged':
    case 'purge-acknowledged':
    case 'query-answered':
    case 'query-refused':
      return true;
    case 'received':
    case 'purged':
    case 'query-asked':
      return false;
    default:
      return entry.direction === 'outbound';
  }
}

/** The node whose log this is: given, or learnt from the first document that names it. */
interface ThisNode {
  id: string | undefined;
  /** The entry it was learnt from, when it was not given. */
  learntAt?: number;
}

function describe(node: ThisNode): string {
  return node.learntAt === undefined
    ? `this node (${node.id})`
    : `this node (${node.id}, as entry ${node.learntAt} shows)`;
}

/** Why one opened document does not fit its entry, or undefined. */
function fitProblem(
  entry: EvidenceEntry,
  document: (typeof DOCUMENTS)[number],
  statement: Statement,
  node: ThisNode,
): string | undefined {
  const where = `entry ${entry.seq}'s ${document.name}`;
  if (node.id === undefined) {
    if (statement.from !== entry.peer && statement.to !== entry.peer) {
      return `${where} is between ${statement.from} and ${statement.to}, neither of them the entry's peer ${entry.peer}`;
    }
    node.id = statement.from === entry.peer ? statement.to : statement.from;
    node.learntAt = entry.seq;
  }
  const owner = ownerIsThisNode(entry) ? node.id : entry.peer;
  const receiver = owner === node.id ? entry.peer : node.id;
  const [signer, addressee] = document.signer === 'owner' ? [owner, receiver] : [receiver, owner];
  if (statement.from !== signer || statement.to !== addressee) {
    const side = signer === node.id ? describe(node) : `the peer (${entry.peer})`;
    const other = signer === node.id ? `the peer (${entry.peer})` : describe(node);
    return `${where} is signed by ${statement.from} for ${statement.to}; on ${entry.direction} ${entry.kind} entries it comes from ${side} to ${other}`;
  }
  if (entry.agreementId !== undefined && statement.agreementId !== entry.agreementId) {
    return `${where} is under agreement ${statement.agreementId}, the entry names ${entry.agreementId}`;
  }
  return undefined;
}

/** Why the receipt does not answer the manifest kept beside it, or undefined. */
function receiptProblem(entry: EvidenceEntry, manifest: Manifest, receipt: Receipt): string | undefined {
  if (receipt.manifestId !== manifest.id || receipt.manifestSha256 !== jwsSha256(entry.manifest!)) {
    return `entry ${entry.seq}'s receipt answers manifest ${receipt.manifestId}, not the manifest kept with it (${manifest.id})`;
  }
  return undefined;
}

/**
 * The inspector `verify` runs on every entry: its content is an evidence entry, and each signed
 * document in it opens and fits. Stateful when `nodeId` is not given (it is learnt once).
 */
export function evidenceInspector(nodeId?: string): EntryInspector<EvidenceEntry> {
  const node: ThisNode = { id: nodeId };
  return async (entry) => {
    const invalid = contentProblem(entry);
    if (invalid) return invalid;
    const opened: Partial<Record<(typeof DOCUMENTS)[number]['field'], unknown>> = {};
    for (const document of DOCUMENTS) {
      const jws = entry[document.field];
      if (jws === undefined) continue;
      const result = await openStatement(jws, document.typ, document.schema as z.ZodType<Statement>);
      if (!result.ok) {
        return `entry ${entry.seq}'s ${document.name} does not verify (${result.reason}): ${result.detail}`;
      }
      const problem = fitProblem(entry, document, result.statement, node);
      if (problem) return problem;
      opened[document.field] = result.statement;
    }
    if (opened.manifest && opened.receipt) {
      return receiptProblem(entry, opened.manifest as Manifest, opened.receipt as Receipt);
    }
    return undefined;
  };
}
