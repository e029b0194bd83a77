/**
 * Revocation: a statement `{ agreementId, agreementVersion, by, at, reason }` that either party
 * signs (compact JWS, EdDSA, `typ: cen-revocation+json`, `kid` = the signer's node id). It ends
 * the agreement's versions up to `agreementVersion`; a later version needs new signatures.
 */
import type { KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { CompactSign, compactVerify } from 'jose';
import {
  REVOCATION_JWS_TYPE,
  revocationSchema,
  type Agreement,
  type Revocation,
} from '../protocol/agreement.ts';
import { nodeIdOfKey, publicKeyOfNodeId } from './keys.ts';
import { SealError } from './seal.ts';
import { readCompactHeader } from './statements.ts';

export type RevocationFailure =
  | 'malformed'
  | 'bad-header'
  | 'signer-not-party'
  | 'bad-signature'
  | 'invalid-revocation'
  | 'other-agreement';
export type OpenRevocationResult =
  { ok: true; revocation: Revocation } | { ok: false; reason: RevocationFailure; detail: string };

export async function revoke(
  agreement: Agreement,
  privateKey: KeyObject,
  { at, reason }: { at: Date; reason: string },
): Promise<string> {
  const by = nodeIdOfKey(
    privateKey,
    agreement.parties.map((p) => p.nodeId),
  );
  if (!by) throw new SealError('this key belongs to neither party');
  const statement = revocationSchema.parse({
    agreementId: agreement.id,
    agreementVersion: agreement.version,
    by,
    at: at.toISOString(),
    reason,
  });
  return new CompactSign(Buffer.from(canonicalize(statement)!, 'utf8'))
    .setProtectedHeader({ alg: 'EdDSA', typ: REVOCATION_JWS_TYPE, kid: by })
    .sign(privateKey);
}

const fail = (reason: RevocationFailure, detail: string): OpenRevocationResult => ({
  ok: false,
  reason,
  detail,
});

/**
 * Verifies a revocation of `agreement` (compact JWS, or general JWS JSON with one signature) and
 * only then reads it. Never throws on bad input.
 */
export async function openRevocation(jws: unknown, agreement: Agreement): Promise<OpenRevocationResult> {
  let compact: string;
  if (typeof jws === 'string') {
    compact = jws;
  } else if (
    typeof jws === 'object' &&
    jws !== null &&
    Object.keys(jws).sort().join() === 'payload,signatures' &&
    Array.isArray((jws as { signatures: unknown }).signatures) &&
    (jws as { signatures: unknown[] }).signatures.length === 1
  ) {
    const { payload, signatures } = jws as { payload: unknown; signatures: unknown[] };
    const entry = signatures[0] as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object' || Object.keys(entry).sort().join() !== 'protected,signature') {
      return fail('malformed', 'expected exactly protected and signature');
    }
    compact = `${String(entry.protected)}.${String(payload)}.${String(entry.signature)}`;
  } else {
    return fail('malformed', 'expected a compact JWS or a general JWS with one signature');
  }
  const header = readCompactHeader(compact, REVOCATION_JWS_TYPE);
  if (!header.ok) return fail(header.reason, header.detail);
  const kid = header.kid;
  if (typeof kid !== 'string' || !agreement.parties.some((p) => p.nodeId === kid)) {
    return fail('signer-not-party', 'kid is not a party of this agreement');
  }
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(compact, publicKeyOfNodeId(kid), { algorithms: ['EdDSA'] }));
  } catch {
    return fail('bad-signature', `the signature of ${kid} does not verify`);
  }
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    return fail('invalid-revocation', 'the payload is not JSON');
  }
  const parsed = revocationSchema.safeParse(statement);
  if (!parsed.success)
    return fail('invalid-revocation', parsed.error.issues.map((i) => i.message).join('; '));
  const revocation = parsed.data;
  if (revocation.by !== kid)
    return fail('invalid-revocation', 'signed by another node than the one it names');
  if (revocation.agreementId !== agreement.id || revocation.agreementVersion < agreement.version) {
    return fail('other-agreement', 'it revokes another agreement or an older version');
  }
  return { ok: true, revocation };
}
