/**
 * The evidence log: every transfer, denial, recall, purge, query and agreement delivery between
 * this node and its partners, with the signed manifests, receipts and purge notices kept
 * verbatim. Append-only and hash-chained in the node's KvStore (the audit log's chain, shared in
 * node/store/hash-chain.ts); `verify()` checks the chain and opens every signed document, naming
 * the first entry that is wrong and why; `exportJsonLines()` takes it away and
 * `verifyEvidenceLines()` checks the file on any machine. Reads are audited (reads.ts).
 *
 * @example
 *   const evidence = new EvidenceLog(kv, { nodeId: identity.nodeId });
 *   // A received chunk's records and its evidence in one atomic batch:
 *   await evidence.commit([
 *     ...recordOps,
 *     ...evidence.entryOps({ kind: 'received', peer: owner, direction: 'inbound', agreementId, mode: 'sync',
 *       records: [{ type: 'case', id, version: 3, outcome: 'stored' }], manifest, receipt }),
 *   ]);
 *   const report = await evidence.verify(); // { ok: false, checked: 6, firstBad: { seq: 7, reason: "entry 7's manifest does not verify (bad-signature): …" } }
 */
export { evidenceInspector, ownerIsThisNode } from './documents.ts';
export {
  EVIDENCE_CHAIN_NAMES,
  EVIDENCE_KINDS,
  type EvidenceEntry,
  type EvidenceEntryInput,
  type EvidenceKind,
  type EvidenceRecordRef,
  type EvidenceVerifyReport,
} from './entry.ts';
export { ForeignEvidenceWriteError, InvalidEvidenceEntryError } from './errors.ts';
export {
  EVIDENCE_HEAD_NAMESPACE,
  EVIDENCE_NAMESPACE,
  EvidenceLog,
  verifyEvidenceLines,
  type EvidenceQuery,
} from './log.ts';
export {
  exportEvidenceFile,
  recordEvidenceExport,
  recordEvidenceRead,
  verifyEvidenceAudited,
  type EvidenceReadDetails,
  type EvidenceReader,
} from './reads.ts';
export { chainKey as evidenceKey, CHAIN_LIST_LIMIT as EVIDENCE_LIST_LIMIT } from '../store/hash-chain.ts';
