/**
 * Node keys as JOSE keys. A node id is an Ed25519 libp2p peer id, which embeds the public key
 * (identity multihash), so a party's signing key is derived from its node id and never taken on
 * trust from a document.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { peerIdFromString } from '@libp2p/peer-id';
import type { Ed25519PublicJwk } from '../protocol/agreement.ts';
import { parseNodeId, type NodeId } from '../protocol/ids.ts';

/** The shape of a libp2p Ed25519 private key that matters here (`raw` = 32-byte seed + public key). */
export interface Libp2pEd25519PrivateKey {
  readonly type: string;
  readonly raw: Uint8Array;
  readonly publicKey: { readonly raw: Uint8Array };
}

export class KeyError extends Error {
  override name = 'KeyError';
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The public JWK embedded in a node id; throws KeyError if the id carries no Ed25519 key. */
export function publicJwkOfNodeId(nodeId: string): Ed25519PublicJwk {
  const id = parseNodeId(nodeId);
  const peerId = peerIdFromString(id);
  if (peerId.type !== 'Ed25519') throw new KeyError(`${nodeId} is not an Ed25519 peer id`);
  return { kty: 'OKP', crv: 'Ed25519', x: b64u(peerId.publicKey.raw) };
}

export function publicKeyOfNodeId(nodeId: string): KeyObject {
  return createPublicKey({ key: publicJwkOfNodeId(nodeId), format: 'jwk' });
}

/** True when `jwk` is exactly the key `nodeId` embeds. */
export function keyMatchesNodeId(jwk: Ed25519PublicJwk, nodeId: string): boolean {
  try {
    const expected = publicJwkOfNodeId(nodeId);
    return jwk.kty === expected.kty && jwk.crv === expected.crv && jwk.x === expected.x;
  } catch {
    return false;
  }
}

/** Converts the node's identity key (`node/identity.ts`) into a key node:crypto and jose sign with. */
export function signingKeyFromLibp2p(privateKey: Libp2pEd25519PrivateKey): KeyObject {
  if (privateKey.type !== 'Ed25519' || privateKey.raw.length !== 64) {
    throw new KeyError(`expected an Ed25519 key, got ${privateKey.type}`);
  }
  return createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: b64u(privateKey.raw.subarray(0, 32)),
      x: b64u(privateKey.publicKey.raw),
    },
    format: 'jwk',
  });
}

/** The public JWK of a private Ed25519 key. */
export function publicJwkOf(privateKey: KeyObject): Ed25519PublicJwk {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new KeyError('expected an Ed25519 private key');
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x) };
}

/** Which of `nodeIds` the private key belongs to, if any. */
export function nodeIdOfKey(privateKey: KeyObject, nodeIds: readonly string[]): NodeId | undefined {
  const { x } = publicJwkOf(privateKey);
  const found = nodeIds.find((id) => {
    try {
      return publicJwkOfNodeId(id).x === x;
    } catch {
      return false;
    }
  });
  return found === undefined ? undefined : parseNodeId(found);
}
