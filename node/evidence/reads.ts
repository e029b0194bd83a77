/**
 * Reading the evidence log is itself audited, as reading the audit log is: the API and the CLI
 * record every list, export and check in the audit log (`evidence-read`, with the operation in
 * `details`). The evidence log holds only what passed between this node and its partners.
 */
import { open } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { EvidenceVerifyResponse } from '../../protocol/api.ts';
import type { AuditLog } from '../audit/index.ts';
import { ValidationError } from '../errors.ts';
import type { EvidenceLog } from './log.ts';

export interface EvidenceReader {
  /** A username, or `cli:<os user>` at the appliance. */
  actor: string;
  ip?: string;
}

export type EvidenceReadDetails =
  | { operation: 'list'; count: number; kind?: string; peer?: string; agreementId?: string; record?: string }
  | { operation: 'export'; count: number }
  | { operation: 'verify'; ok: boolean; checked: number; firstBadSeq?: number };

export async function recordEvidenceRead(
  audit: AuditLog,
  reader: EvidenceReader,
  details: EvidenceReadDetails,
): Promise<void> {
  await audit.append({
    action: 'evidence-read',
    actor: reader.actor,
    outcome: 'ok',
    // The audit log refuses undefined values: a filter not given is left out.
    details: Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)),
    ...(reader.ip ? { ip: reader.ip.slice(0, 64) } : {}),
  });
}

/**
 * `evidence.verify()` with the head it was anchored to (to compare with an export taken later),
 * recorded in the audit log.
 */
export async function verifyEvidenceAudited(
  evidence: EvidenceLog,
  audit: AuditLog,
  reader: EvidenceReader,
): Promise<EvidenceVerifyResponse> {
  const head = await evidence.head();
  const report = await evidence.verify();
  await recordEvidenceRead(audit, reader, {
    operation: 'verify',
    ok: report.ok,
    checked: report.checked,
    ...(report.firstBad ? { firstBadSeq: report.firstBad.seq } : {}),
  });
  return { ...report, ...(head ? { head: { seq: head.seq, hash: head.hash } } : {}) };
}

/** Records an export of the whole log before it starts, so the audit log shows who took it. */
export async function recordEvidenceExport(
  evidence: EvidenceLog,
  audit: AuditLog,
  reader: EvidenceReader,
): Promise<{ count: number }> {
  const count = (await evidence.head())?.seq ?? 0;
  await recordEvidenceRead(audit, reader, { operation: 'export', count });
  return { count };
}

const EXPORT_BATCH_CHARS = 1 << 20;

/**
 * Writes the whole log as JSON Lines to the new file `out` (an absolute path, created with mode
 * 0600 and never overwritten), streaming it, after recording the export in the audit log.
 */
export async function exportEvidenceFile(
  evidence: EvidenceLog,
  audit: AuditLog,
  reader: EvidenceReader,
  out: string,
): Promise<{ count: number; out: string }> {
  if (!isAbsolute(out)) {
    throw new ValidationError([{ path: 'out', rule: 'absolute', message: 'out must be an absolute path' }]);
  }
  const file = await open(out, 'wx', 0o600).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
    throw new ValidationError([
      { path: 'out', rule: 'exists', message: `${out} exists already: an export never overwrites a file` },
    ]);
  });
  let count = 0;
  try {
    await recordEvidenceExport(evidence, audit, reader);
    // Written in batches of about a megabyte: few system calls, and memory stays bounded.
    let batch = '';
    for await (const line of evidence.exportJsonLines()) {
      batch += line;
      count++;
      if (batch.length >= EXPORT_BATCH_CHARS) {
        await file.write(batch);
        batch = '';
      }
    }
    if (batch !== '') await file.write(batch);
    await file.sync();
  } finally {
    await file.close();
  }
  return { count, out };
}
