/**
 * Signed exchange documents between real test nodes, for the evidence log's tests: manifests,
 * receipts and purge notices built from the schemas of protocol/exchange.ts and signed with the
 * nodes' keys, as the exchange signs them.
 */
import { v7 as uuidv7 } from 'uuid';
import { jwsSha256, sha256Hex, signStatement } from '../../../policies/statements.ts';
import {
  MANIFEST_JWS_TYPE,
  PURGE_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  type Manifest,
  type PurgeNotice,
  type Receipt,
} from '../../../protocol/exchange.ts';
import type { TestNode } from '../policies/fixtures.ts';

export const AGREEMENT_ID = uuidv7();
const AT = '2026-11-02T08:00:00.000Z';

/** A signed on-demand manifest from `owner` to `receiver` for the given case ids. */
export async function signedManifest(
  owner: TestNode,
  receiver: TestNode,
  caseIds: readonly string[],
  agreementId = AGREEMENT_ID,
): Promise<{ jws: string; manifest: Manifest }> {
  const manifest: Manifest = {
    id: uuidv7(),
    from: owner.nodeId,
    to: receiver.nodeId,
    agreementId,
    agreementVersion: 1,
    mode: 'on-demand',
    entries: caseIds.map((id) => ({ type: 'case', id, version: 1, op: 'upsert', sha256: sha256Hex(id) })),
    at: AT,
  };
  return { jws: await signStatement(MANIFEST_JWS_TYPE, manifest, owner.key), manifest };
}

/** The receiver's signed receipt for a manifest: every entry stored. */
export async function signedReceipt(
  receiver: TestNode,
  owner: TestNode,
  manifest: { jws: string; manifest: Manifest },
): Promise<string> {
  const receipt: Receipt = {
    manifestId: manifest.manifest.id,
    manifestSha256: jwsSha256(manifest.jws),
    from: receiver.nodeId,
    to: owner.nodeId,
    agreementId: manifest.manifest.agreementId,
    outcomes: manifest.manifest.entries.map((entry) => ({ id: entry.id, outcome: 'stored' })),
    at: AT,
  };
  return signStatement(RECEIPT_JWS_TYPE, receipt, receiver.key);
}

/** The receiver's signed notice that it purged these cases (retention ended). */
export async function signedPurgeNotice(
  receiver: TestNode,
  owner: TestNode,
  caseIds: readonly string[],
): Promise<string> {
  const notice: PurgeNotice = {
    id: uuidv7(),
    from: receiver.nodeId,
    to: owner.nodeId,
    agreementId: AGREEMENT_ID,
    entries: caseIds.map((id) => ({ type: 'case', id, version: 1, reason: 'retention-ended' })),
    at: AT,
  };
  return signStatement(PURGE_JWS_TYPE, notice, receiver.key);
}

/** Changes one character in the middle of a JWS's signature: same shape, no longer valid. */
export function tamperSignature(jws: string): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const i = Math.floor(signature.length / 2);
  const flipped = signature[i] === 'A' ? 'B' : 'A';
  return `${header}.${payload}.${signature.slice(0, i)}${flipped}${signature.slice(i + 1)}`;
}
