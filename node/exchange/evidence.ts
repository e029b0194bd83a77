/**
 * What the exchange needs of the evidence log (node/evidence): entries placed in the exchange's
 * own batches, so a chunk's records, cursor and evidence are written together or not at all.
 */
import type { EvidenceEntryInput, EvidenceLog, EvidenceRecordRef } from '../evidence/index.ts';

export type EvidenceInput = EvidenceEntryInput;
export type { EvidenceRecordRef };
export type EvidenceWriter = Pick<EvidenceLog, 'entryOps' | 'commit'>;
