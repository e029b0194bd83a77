/**
 * Signed statements between nodes that are not agreements: exchange manifests, receipts and
 * purge notices (`protocol/exchange.ts`). Each is a compact JWS (EdDSA, `kid` = the signer's node
 * id, `typ` pinned per kind) over the canonical JSON of the statement, whose `from` must be the
 * signer. Opening verifies with the key the node id embeds before it reads anything.
 *
 * @example
 *   const jws = await signStatement(MANIFEST_JWS_TYPE, manifest, key);
 *   const opened = await openStatement(jws, MANIFEST_JWS_TYPE, manifestSchema, { signer: ownerId });
 *   if (!opened.ok) refuse(opened.reason);
 */
import { createHash, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify } from 'jose';
import type { z } from 'zod';
import { canonicalJson } from '../protocol/canonical-json.ts';
import { parseNodeId } from '../protocol/ids.ts';
import { publicJwkOf, publicKeyOfNodeId, KeyError } from './keys.ts';

export type StatementFailure = 'malformed' | 'bad-header' | 'wrong-signer' | 'bad-signature' | 'invalid';
export type OpenStatementResult<T> =
  { ok: true; statement: T; signer: string } | { ok: false; reason: StatementFailure; detail: string };

/** The sha256 (hex) of a JWS string as sent: how receipts and the evidence log name a manifest. */
export function jwsSha256(jws: string): string {
  return createHash('sha256').update(jws, 'utf8').digest('hex');
}

/** The sha256 (hex) of bytes: how a manifest names each record it carries. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Signs `statement` (its `from` must be the node whose key this is). The statement is not
 * re-validated here: the caller built it from a schema type.
 */
export async function signStatement(
  typ: string,
  statement: { from: string },
  privateKey: KeyObject,
): Promise<string> {
  return new CompactSign(Buffer.from(canonicalJson(statement), 'utf8'))
    .setProtectedHeader({ alg: 'EdDSA', typ, kid: statement.from })
    .sign(privateKey);
}

/** True when `privateKey` is the key of `nodeId`. */
export function keyBelongsTo(privateKey: KeyObject, nodeId: string): boolean {
  try {
    return publicKeyOfNodeId(nodeId).export({ format: 'jwk' }).x === publicJwkOf(privateKey).x;
  } catch (err) {
    if (err instanceof KeyError) return false;
    throw err;
  }
}

/**
 * The protected header of a compact JWS, which must be exactly `{ alg: 'EdDSA', typ, kid }`: the
 * algorithm is pinned and the type separates one kind of signed statement from another.
 */
export function readCompactHeader(
  jws: string,
  typ: string,
): { ok: true; kid: unknown } | { ok: false; reason: 'malformed' | 'bad-header'; detail: string } {
  const parts = jws.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p)))
    return { ok: false, reason: 'malformed', detail: 'not a compact JWS' };
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'bad-header', detail: 'the protected header is not JSON' };
  }
  if (
    typeof header !== 'object' ||
    header === null ||
    Object.keys(header).sort().join() !== 'alg,kid,typ' ||
    (header as { alg?: unknown }).alg !== 'EdDSA' ||
    (header as { typ?: unknown }).typ !== typ
  ) {
    return { ok: false, reason: 'bad-header', detail: `expected exactly alg EdDSA, typ ${typ} and kid` };
  }
  return { ok: true, kid: (header as { kid: unknown }).kid };
}

const fail = <T>(reason: StatementFailure, detail: string): OpenStatementResult<T> => ({
  ok: false,
  reason,
  detail,
});

/**
 * Verifies a compact JWS of kind `typ`, then parses its payload with `schema`. With `signer`, the
 * JWS must be signed by that node. Never throws on bad input.
 */
export async function openStatement<S extends z.ZodType<{ from: string }>>(
  jws: unknown,
  typ: string,
  schema: S,
  options: { signer?: string } = {},
): Promise<OpenStatementResult<z.infer<S>>> {
  if (typeof jws !== 'string' || jws.length > 16 * 1024 * 1024) return fail('malformed', 'not a compact JWS');
  const header = readCompactHeader(jws, typ);
  if (!header.ok) return fail(header.reason, header.detail);
  const kid = header.kid;
  let signer: string;
  try {
    signer = parseNodeId(kid);
  } catch {
    return fail('bad-header', 'kid is not a node id');
  }
  if (options.signer !== undefined && signer !== options.signer) {
    return fail('wrong-signer', `signed by ${signer}, expected ${options.signer}`);
  }
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, publicKeyOfNodeId(signer), { algorithms: ['EdDSA'] }));
  } catch {
    return fail('bad-signature', `the signature of ${signer} does not verify`);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    return fail('invalid', 'the payload is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return fail('invalid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if (parsed.data.from !== signer)
    return fail('wrong-signer', 'signed by another node than the one it names');
  return { ok: true, statement: parsed.data, signer };
}
