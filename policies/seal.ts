/**
 * Sealing and opening agreements: JWS JSON general serialization, one EdDSA signature per party
 * over the same canonical (RFC 8785) payload, protected header `{ alg, typ, kid }` and nothing
 * else. Opening verifies before it reads: the payload is decoded only to find the parties, each
 * signature is checked with the key embedded in its `kid` (which must be a party's node id whose
 * declared key is that same key), and only then is the document parsed.
 */
import type { KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { flattenedVerify, GeneralSign } from 'jose';
import { AGREEMENT_JWS_TYPE, type Agreement } from '../protocol/agreement.ts';
import { isUuidV7, parseNodeId, type NodeId } from '../protocol/ids.ts';
import type { Revocation } from '../protocol/agreement.ts';
import { keyMatchesNodeId, nodeIdOfKey, publicKeyOfNodeId } from './keys.ts';
import { checkAgreement, parseAgreement } from './model.ts';

/** A sealed agreement as stored and exchanged: standard JWS JSON, general serialization. */
export interface SealedAgreement {
  payload: string;
  signatures: { protected: string; signature: string }[];
}

export const OPEN_FAILURES = [
  'malformed',
  'bad-header',
  'signer-not-party',
  'duplicate-signer',
  'key-mismatch',
  'bad-signature',
  'not-canonical',
  'invalid-agreement',
  'untrusted-party',
] as const;
export type OpenFailure = (typeof OPEN_FAILURES)[number];

export type Validity = 'not-yet-valid' | 'valid' | 'expired';

export interface OpenedAgreement {
  agreement: Agreement;
  /** Parties whose signatures verified, in signing order. */
  signedBy: NodeId[];
  /** Both parties have signed. */
  complete: boolean;
  validity: Validity;
  sealed: SealedAgreement;
}

export type OpenResult =
  ({ ok: true } & OpenedAgreement) | { ok: false; reason: OpenFailure; detail: string };

export class SealError extends Error {
  override name = 'SealError';
}

const PROTECTED_MEMBERS = ['alg', 'kid', 'typ'];

function payloadOf(agreement: Agreement): string {
  return Buffer.from(canonicalize(agreement)!, 'utf8').toString('base64url');
}

export function validityAt(agreement: Agreement, now: Date): Validity {
  const t = now.getTime();
  if (t < Date.parse(agreement.validity.from)) return 'not-yet-valid';
  if (t >= Date.parse(agreement.validity.until)) return 'expired';
  return 'valid';
}

async function addSignature(
  sealed: SealedAgreement,
  signer: NodeId,
  privateKey: KeyObject,
): Promise<SealedAgreement> {
  const jws = await new GeneralSign(Buffer.from(sealed.payload, 'base64url'))
    .addSignature(privateKey)
    .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: signer })
    .sign();
  const added = jws.signatures[0]!;
  if (jws.payload !== sealed.payload) throw new SealError('the payload changed while signing');
  return {
    payload: sealed.payload,
    signatures: [...sealed.signatures, { protected: added.protected!, signature: added.signature }],
  };
}

function isSealed(value: unknown): value is SealedAgreement {
  return typeof value === 'object' && value !== null && 'payload' in value && 'signatures' in value;
}

/**
 * Adds the signature of the party `privateKey` belongs to: to a document (the first signature) or
 * to a sealed agreement whose existing signatures verify. Throws SealError otherwise.
 */
export async function signAgreement(
  docOrSealed: Agreement | SealedAgreement,
  privateKey: KeyObject,
): Promise<SealedAgreement> {
  let sealed: SealedAgreement;
  let agreement: Agreement;
  if (isSealed(docOrSealed)) {
    const opened = await openAgreement(docOrSealed, { now: new Date() });
    if (!opened.ok) throw new SealError(`the agreement does not verify (${opened.reason}): ${opened.detail}`);
    sealed = opened.sealed;
    agreement = opened.agreement;
  } else {
    agreement = parseAgreement(docOrSealed);
    sealed = { payload: payloadOf(agreement), signatures: [] };
  }
  const signer = nodeIdOfKey(
    privateKey,
    agreement.parties.map((p) => p.nodeId),
  );
  if (!signer) throw new SealError('this key belongs to neither party');
  const already = sealed.signatures.some((s) => kidOf(s.protected) === signer);
  if (already) throw new SealError(`${signer} has signed already`);
  return addSignature(sealed, signer, privateKey);
}

/** The second party's signature over the same payload; the first party's must be there and valid. */
export async function countersign(sealed: SealedAgreement, privateKey: KeyObject): Promise<SealedAgreement> {
  const opened = await openAgreement(sealed, { now: new Date() });
  if (!opened.ok) throw new SealError(`the agreement does not verify (${opened.reason}): ${opened.detail}`);
  if (opened.signedBy.length !== 1)
    throw new SealError('countersigning needs exactly one signature by the other party');
  return signAgreement(opened.sealed, privateKey);
}

function kidOf(protectedHeader: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(protectedHeader, 'base64url').toString('utf8')) as {
      kid?: unknown;
    };
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}

const fail = (reason: OpenFailure, detail: string): OpenResult => ({ ok: false, reason, detail });
const B64U = /^[A-Za-z0-9_-]+$/;

function exactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value).sort();
  return own.length === keys.length && own.every((k, i) => k === [...keys].sort()[i]);
}

function decodeJson(b64u: string): unknown {
  if (!B64U.test(b64u)) throw new Error('not base64url');
  return JSON.parse(Buffer.from(b64u, 'base64url').toString('utf8')) as unknown;
}

/** Unverified: only to learn which node ids and keys the document names as parties. */
function declaredParties(payload: unknown): Map<string, unknown> | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const parties = (payload as { parties?: unknown }).parties;
  if (!Array.isArray(parties) || parties.length !== 2) return undefined;
  const byNodeId = new Map<string, unknown>();
  for (const party of parties as unknown[]) {
    if (typeof party !== 'object' || party === null) return undefined;
    const { nodeId, key } = party as { nodeId?: unknown; key?: unknown };
    if (typeof nodeId !== 'string' || byNodeId.has(nodeId)) return undefined;
    byNodeId.set(nodeId, key);
  }
  return byNodeId;
}

export interface OpenOptions {
  now: Date;
  /** When given, an agreement is refused unless both parties are among these node ids. */
  trustedNodeIds?: readonly string[];
}

/** Verifies a sealed agreement and only then parses it. Never throws on bad input. */
export async function openAgreement(sealed: unknown, options: OpenOptions): Promise<OpenResult> {
  if (!exactKeys(sealed, ['payload', 'signatures']))
    return fail('malformed', 'expected exactly payload and signatures');
  const { payload, signatures } = sealed;
  if (typeof payload !== 'string' || !B64U.test(payload))
    return fail('malformed', 'payload is not base64url');
  if (!Array.isArray(signatures) || signatures.length < 1 || signatures.length > 2) {
    return fail('malformed', 'expected one or two signatures');
  }
  let document: unknown;
  try {
    document = decodeJson(payload);
  } catch {
    return fail('malformed', 'the payload is not JSON');
  }
  const parties = declaredParties(document);
  if (!parties) return fail('invalid-agreement', 'the payload does not name two parties');

  const signedBy: NodeId[] = [];
  const copies: SealedAgreement['signatures'] = [];
  for (const [index, entry] of (signatures as unknown[]).entries()) {
    // An unprotected `header` could carry an `alg` nobody signed: refuse any member but these two.
    if (!exactKeys(entry, ['protected', 'signature'])) {
      return fail('malformed', `signature ${index}: expected exactly protected and signature`);
    }
    const { protected: protectedHeader, signature } = entry;
    if (typeof protectedHeader !== 'string' || typeof signature !== 'string' || !B64U.test(signature)) {
      return fail('malformed', `signature ${index}: not base64url`);
    }
    let header: unknown;
    try {
      header = decodeJson(protectedHeader);
    } catch {
      return fail('bad-header', `signature ${index}: the protected header is not JSON`);
    }
    if (!exactKeys(header, PROTECTED_MEMBERS)) {
      return fail(
        'bad-header',
        `signature ${index}: the protected header must hold exactly alg, typ and kid`,
      );
    }
    if (header.alg !== 'EdDSA') return fail('bad-header', `signature ${index}: alg must be EdDSA`);
    if (header.typ !== AGREEMENT_JWS_TYPE)
      return fail('bad-header', `signature ${index}: typ must be ${AGREEMENT_JWS_TYPE}`);
    const kid = header.kid;
    if (typeof kid !== 'string' || !parties.has(kid))
      return fail('signer-not-party', `signature ${index}: kid is not a party`);
    if (signedBy.includes(kid as NodeId)) return fail('duplicate-signer', `${kid} signed twice`);
    const declaredKey = parties.get(kid);
    if (
      typeof declaredKey !== 'object' ||
      declaredKey === null ||
      !keyMatchesNodeId(declaredKey as Parameters<typeof keyMatchesNodeId>[0], kid)
    ) {
      return fail('key-mismatch', `the key given for ${kid} is not the one its node id embeds`);
    }
    try {
      await flattenedVerify({ protected: protectedHeader, payload, signature }, publicKeyOfNodeId(kid), {
        algorithms: ['EdDSA'],
      });
    } catch {
      return fail('bad-signature', `the signature of ${kid} does not verify`);
    }
    signedBy.push(parseNodeId(kid));
    copies.push({ protected: protectedHeader, signature });
  }

  const checked = checkAgreement(document);
  if (!checked.ok) {
    return fail(
      'invalid-agreement',
      checked.issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('; '),
    );
  }
  const agreement = checked.value;
  // Both parties must sign the very same bytes: a non-canonical payload could be re-encoded into another.
  if (payloadOf(agreement) !== payload)
    return fail('not-canonical', 'the payload is not the canonical JSON of the agreement');
  if (options.trustedNodeIds && !agreement.parties.every((p) => options.trustedNodeIds!.includes(p.nodeId))) {
    return fail('untrusted-party', 'a party is not among the trusted node ids');
  }
  return {
    ok: true,
    agreement,
    signedBy,
    complete: agreement.parties.every((p) => signedBy.includes(p.nodeId as NodeId)),
    validity: validityAt(agreement, options.now),
    sealed: { payload, signatures: copies },
  };
}

export type AgreementStatus =
  { active: true } | { active: false; reason: 'not-sealed' | 'not-yet-valid' | 'expired' | 'revoked' };

/** Whether a revocation ends this agreement: same id, and a version at or above this one. */
export function revokes(revocation: Revocation, agreement: Agreement): boolean {
  return (
    isUuidV7(revocation.agreementId) &&
    revocation.agreementId === agreement.id &&
    revocation.agreementVersion >= agreement.version &&
    agreement.parties.some((p) => p.nodeId === revocation.by)
  );
}

/** Active = both parties signed, within validity, not revoked (revocations must come from openRevocation). */
export function agreementStatus(
  opened: { agreement: Agreement; signedBy: readonly string[] },
  now: Date,
  revocations: readonly Revocation[] = [],
): AgreementStatus {
  const { agreement, signedBy } = opened;
  if (!agreement.parties.every((p) => signedBy.includes(p.nodeId)))
    return { active: false, reason: 'not-sealed' };
  // A revocation takes effect when it is received, whatever its `at` says (fail closed).
  if (revocations.some((r) => revokes(r, agreement))) {
    return { active: false, reason: 'revoked' };
  }
  const validity = validityAt(agreement, now);
  if (validity !== 'valid') return { active: false, reason: validity };
  return { active: true };
}

export function isActive(
  opened: { agreement: Agreement; signedBy: readonly string[] },
  now: Date,
  revocations: readonly Revocation[] = [],
): boolean {
  return agreementStatus(opened, now, revocations).active;
}
