/**
 * The node's persistent identity: one Ed25519 key pair, created by `cen-node init` and kept in
 * `<data>/identity.key` (the libp2p protobuf encoding of the private key, mode 0600). The node
 * id is the libp2p peer id of that key, so partners address and authenticate the node by it.
 *
 * @example
 *   const identity = await loadIdentity(dataDir);
 *   identity.nodeId; // '12D3KooW…'
 */
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { parseNodeId, type NodeId } from '../protocol/ids.ts';
import { dataPaths } from './config.ts';
import { ConfigError } from './errors.ts';

/** A libp2p private key (its type comes through @libp2p/crypto, which the node depends on). */
export type PrivateKey = ReturnType<typeof privateKeyFromProtobuf>;

export interface NodeIdentity {
  nodeId: NodeId;
  privateKey: PrivateKey;
}

function identityOf(privateKey: PrivateKey): NodeIdentity {
  return { nodeId: parseNodeId(peerIdFromPrivateKey(privateKey).toString()), privateKey };
}

/** Creates and stores a new identity; refuses to overwrite an existing one. */
export async function createIdentity(dataDir: string): Promise<NodeIdentity> {
  const privateKey = await generateKeyPair('Ed25519');
  // 'wx': an existing key is a node's identity and must never be replaced by accident.
  await writeFile(dataPaths(dataDir).identity, privateKeyToProtobuf(privateKey), { mode: 0o600, flag: 'wx' });
  return identityOf(privateKey);
}

export async function loadIdentity(dataDir: string): Promise<NodeIdentity> {
  const file = dataPaths(dataDir).identity;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError(`${file} does not exist`);
    throw err;
  }
  const mode = (await stat(file)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    // Someone loosened it (a copy, a restore): tighten it rather than refuse to start.
    await chmod(file, 0o600);
  }
  let privateKey: PrivateKey;
  try {
    privateKey = privateKeyFromProtobuf(bytes);
  } catch (err) {
    throw new ConfigError(`${file} is not a libp2p private key: ${(err as Error).message}`);
  }
  if (privateKey.type !== 'Ed25519')
    throw new ConfigError(`${file} holds a ${privateKey.type} key, not Ed25519`);
  return identityOf(privateKey);
}

/** The addresses partners dial, e.g. `/ip4/127.0.0.1/tcp/9090/p2p/12D3KooW…`. */
export function multiaddrsOf(host: string, p2pPort: number, nodeId: NodeId): string[] {
  const ip = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const family = ip.includes(':') ? 'ip6' : /^[\d.]+$/.test(ip) ? 'ip4' : 'dns';
  return [`/${family}/${ip}/tcp/${p2pPort}/p2p/${nodeId}`];
}
