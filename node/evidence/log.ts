/**
 * The evidence log in the KV namespace `evidence` (key: zero-padded seq), with the latest
 * entry's seq, hash and time in `evidence-head`, in the node's one KvStore beside the records,
 * so a transfer's records and its evidence entry are written in one batch (`entryOps` +
 * `commit`). The chain, its write queue and its check are `HashChainLog`'s
 * (node/store/hash-chain.ts), whose invariant needs one `EvidenceLog` per KvStore (the
 * composition root makes it), the only writer of these namespaces. `verify` also opens every
 * signed document (documents.ts).
 */
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { parseNodeId } from '../../protocol/ids.ts';
import {
  ChainChecker,
  HashChainLog,
  verifyChainLines,
  type ChainAnchor,
  type ChainQuery,
} from '../store/hash-chain.ts';
import type { KvStore } from '../store/kv.ts';
import type { Page } from '../store/types.ts';
import { evidenceInspector } from './documents.ts';
import {
  EVIDENCE_CHAIN_NAMES,
  EVIDENCE_KINDS,
  prepareEvidence,
  type EvidenceEntry,
  type EvidenceEntryInput,
  type EvidenceVerifyReport,
} from './entry.ts';
import { ForeignEvidenceWriteError, InvalidEvidenceEntryError } from './errors.ts';

export const EVIDENCE_NAMESPACE = 'evidence';
export const EVIDENCE_HEAD_NAMESPACE = 'evidence-head';

/** `list` filters, combined with AND, beside the period and paging of every log. */
export interface EvidenceQuery extends ChainQuery {
  /** The other node's id. */
  peer?: string;
  kind?: string;
  agreementId?: string;
  /** A record id the entry names in `records`. */
  record?: string;
}

/**
 * `append(input)`, `entryOps(input)` + `commit(ops)`, `head()`, `get(seq)`, `exportJsonLines()`
 * and `close()` come from `HashChainLog`; see there.
 */
export class EvidenceLog extends HashChainLog<EvidenceEntryInput, EvidenceEntry> {
  /** The node whose log this is: one side of every entry. */
  readonly nodeId: string;

  constructor(kv: KvStore, options: { nodeId: string; clock?: () => Date }) {
    const nodeId = parseNodeId(options.nodeId);
    super(kv, {
      namespace: EVIDENCE_NAMESPACE,
      headNamespace: EVIDENCE_HEAD_NAMESPACE,
      names: EVIDENCE_CHAIN_NAMES,
      prepare: (input) => {
        if (input.peer === nodeId) throw new InvalidEvidenceEntryError(['peer is this node itself']);
        return prepareEvidence(input);
      },
      foreignWrite: (detail) => new ForeignEvidenceWriteError(detail),
      inspect: evidenceInspector(nodeId),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    this.nodeId = nodeId;
  }

  /** One page of entries matching every given filter, newest first unless told otherwise. */
  list(query: EvidenceQuery = {}): Promise<Page<EvidenceEntry>> {
    const { peer, kind, agreementId, record } = query;
    const issues: ValidationIssue[] =
      kind !== undefined && !(EVIDENCE_KINDS as readonly string[]).includes(kind)
        ? [{ path: 'kind', rule: 'vocabulary', message: `${JSON.stringify(kind)} is not an evidence kind` }]
        : [];
    return this.listWhere(
      query,
      (entry) =>
        (peer === undefined || entry.peer === peer) &&
        (kind === undefined || entry.kind === kind) &&
        (agreementId === undefined || entry.agreementId === agreementId) &&
        (record === undefined || (entry.records ?? []).some((ref) => ref.id === record)),
      issues,
    );
  }
}

/**
 * Verifies an exported evidence log (one JSON entry per line, as `exportJsonLines` writes it):
 * the chain and every signed document, as `EvidenceLog.verify` does. Without `nodeId`, the node
 * is read from the entries (the side of the first signed document that is not the peer); with
 * `anchor` (a head noted earlier), the export must reach it.
 */
export function verifyEvidenceLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { nodeId?: string; anchor?: ChainAnchor } = {},
): Promise<EvidenceVerifyReport> {
  const checker = new ChainChecker(EVIDENCE_CHAIN_NAMES, options.anchor ? { anchor: options.anchor } : {});
  return verifyChainLines(lines, checker, evidenceInspector(options.nodeId));
}
