/**
 * A hostile peer for the reliability tests: a raw libp2p host with its own Ed25519 identity and no
 * gater of its own, which opens any protocol on a node and writes whatever bytes it likes (random
 * bytes, mutated frames, absurd length prefixes, floods), then reports what the node did with
 * them: answered, closed or reset the stream, refused the connection, or left it hanging. Frames
 * are built by reflection over `protocol/proto/*.proto`, so every protocol's schema is covered
 * without hand-written samples.
 *
 * @example
 *   await using peer = await HostilePeer.create();
 *   const outcome = await peer.send(node.peerHost.multiaddrs()[0]!, PROTOCOLS.query.id, randomBytes(64));
 *   // outcome.kind: 'answered' | 'closed' | 'refused' | 'hung'
 *   const frame = framesOf('query').sample(rng); // a valid encoded QueryFrame (no length prefix)
 */
import { fileURLToPath } from 'node:url';
import type { KeyObject } from 'node:crypto';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Connection, Libp2p, Stream } from '@libp2p/interface';
import { tcp } from '@libp2p/tcp';
import { multiaddr } from '@multiformats/multiaddr';
import { createLibp2p } from 'libp2p';
import protobuf from 'protobufjs';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import { PROTOCOLS, type ProtocolName } from '../../protocol/protocols.ts';
import type { Party } from './agreements.ts';
import { LevelKv } from '../../node/store/level-kv.ts';

/** What the node did with what the hostile peer sent. */
export type HostileOutcomeKind =
  /** The node wrote something back (an error frame, a refusal) before the stream ended. */
  | 'answered'
  /** The node closed or reset the stream without a word. */
  | 'closed'
  /** The connection or the protocol was refused before any byte was written. */
  | 'refused'
  /** Nothing happened within the wait: the stream is still open. */
  | 'hung';

export interface HostileOutcome {
  kind: HostileOutcomeKind;
  /** The bytes the node wrote back. */
  received: Uint8Array;
  /** Bytes of the input the node accepted before it closed the stream. */
  written: number;
}

/** The varint length prefix of `n` (unsigned LEB128), for frames and absurd lengths alike. */
export function varint(n: number): Uint8Array {
  const bytes: number[] = [];
  let value = n;
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
  return Uint8Array.from(bytes);
}

/** The body of the first length-prefixed frame in `bytes` (undefined when it is incomplete). */
export function firstFrame(bytes: Uint8Array): Uint8Array | undefined {
  let length = 0;
  let shift = 1;
  for (let i = 0; i < bytes.length && i < 10; i++) {
    length += (bytes[i]! & 0x7f) * shift;
    shift *= 0x80;
    if (bytes[i]! < 0x80)
      return bytes.length >= i + 1 + length ? bytes.subarray(i + 1, i + 1 + length) : undefined;
  }
  return undefined;
}

/** `body` with its varint length prefix: one frame as `lpStream` writes it. */
export function lengthPrefixed(body: Uint8Array): Uint8Array {
  const prefix = varint(body.length);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** A small seeded generator (mulberry32): the same seed gives the same frames, so a failure replays. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROTO_DIR = fileURLToPath(new URL('../../protocol/proto/', import.meta.url));

/** The .proto file and the frame message of each peer protocol. */
const FRAME_TYPES: Record<ProtocolName, { file: string; type: string }> = {
  hello: { file: 'hello.proto', type: 'cen.hello.v1.Hello' },
  agreements: { file: 'agreements.proto', type: 'cen.agreements.v1.AgreementFrame' },
  exchange: { file: 'exchange.proto', type: 'cen.exchange.v1.ExchangeFrame' },
  query: { file: 'query.proto', type: 'cen.query.v1.QueryFrame' },
  watchlists: { file: 'watchlists.proto', type: 'cen.watchlists.v1.WatchlistFrame' },
  contribute: { file: 'contribute.proto', type: 'cen.contribute.v1.ContributeFrame' },
  global: { file: 'global.proto', type: 'cen.global.v1.GlobalFrame' },
  publications: { file: 'publications.proto', type: 'cen.publications.v1.PublicationsFrame' },
  forum: { file: 'forum.proto', type: 'cen.forum.v1.ForumFrame' },
  operations: { file: 'operations.proto', type: 'cen.operations.v1.OperationsFrame' },
};

const roots = new Map<string, protobuf.Root>();

function frameType(name: ProtocolName): protobuf.Type {
  const { file, type } = FRAME_TYPES[name];
  let root = roots.get(file);
  if (!root) {
    root = protobuf.loadSync(PROTO_DIR + file);
    root.resolveAll();
    roots.set(file, root);
  }
  return root.lookupType(type);
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:./!é€𝄞';

function randomString(rng: () => number): string {
  const length = pick(rng, [0, 1, 8, 36, 52, 200]);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(rng, [...ALPHABET]);
  return text;
}

function scalar(field: protobuf.Field, rng: () => number): unknown {
  if (field.resolvedType instanceof protobuf.Enum) {
    const values = Object.values(field.resolvedType.values);
    return rng() < 0.9 ? pick(rng, values) : 0x7fffffff;
  }
  switch (field.type) {
    case 'string':
      return randomString(rng);
    case 'bytes':
      return Uint8Array.from({ length: pick(rng, [0, 1, 32, 64]) }, () => Math.floor(rng() * 256));
    case 'bool':
      return rng() < 0.5;
    case 'double':
    case 'float':
      return pick(rng, [0, -1, 1.5, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY]);
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return pick(rng, [0, 1, -1, 2 ** 31 - 1, -(2 ** 31)]);
    case 'uint32':
    case 'fixed32':
      return pick(rng, [0, 1, 2 ** 32 - 1]);
    default: // 64-bit integers
      return pick(rng, [0, 1, -1, Number.MAX_SAFE_INTEGER]);
  }
}

/** A plain object of `type` with every field (one branch per oneof) set to something plausible or absurd. */
function sampleObject(type: protobuf.Type, rng: () => number, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const chosen = new Set(type.oneofsArray.map((oneof) => pick(rng, oneof.fieldsArray).name));
  for (const field of type.fieldsArray) {
    if (field.partOf && !chosen.has(field.name)) continue;
    const value = () =>
      field.resolvedType instanceof protobuf.Type
        ? depth > 0
          ? sampleObject(field.resolvedType, rng, depth - 1)
          : {}
        : scalar(field, rng);
    if (field instanceof protobuf.MapField) {
      object[field.name] = { [randomString(rng) || 'k']: value() };
    } else if (field.repeated) {
      object[field.name] = Array.from({ length: Math.floor(rng() * 3) }, value);
    } else if (field.partOf || rng() < 0.9) {
      object[field.name] = value();
    }
  }
  return object;
}

/** The repeated fields reachable from a frame, with the path of message fields that leads to each. */
function repeatedPaths(
  type: protobuf.Type,
  path: protobuf.Field[] = [],
  seen = new Set<string>(),
): { path: protobuf.Field[]; field: protobuf.Field }[] {
  if (seen.has(type.fullName)) return [];
  const inner = new Set(seen).add(type.fullName);
  const found: { path: protobuf.Field[]; field: protobuf.Field }[] = [];
  for (const field of type.fieldsArray) {
    if (field instanceof protobuf.MapField) continue;
    if (field.repeated) found.push({ path, field });
    else if (field.resolvedType instanceof protobuf.Type)
      found.push(...repeatedPaths(field.resolvedType, [...path, field], inner));
  }
  return found;
}

/** Frames of one protocol: samples, mutations, and floods of one repeated field up to the frame limit. */
export interface ProtocolFrames {
  name: ProtocolName;
  id: string;
  maxFrameBytes: number;
  /** An encoded frame (no length prefix) built from the schema. */
  sample(rng: () => number): Uint8Array;
  /** A sample with bytes flipped, inserted or cut off. */
  mutated(rng: () => number): Uint8Array;
  /**
   * A frame whose repeated field `index` (of `repeatedFields`) holds as many minimal entries as
   * fit under the frame limit, at most `max` (one million by default).
   */
  flood(index: number, max?: number): { frame: Uint8Array; entries: number; field: string } | undefined;
  /** The dotted paths of the frame's repeated fields. */
  repeatedFields: string[];
}

/** A minimal entry of a repeated field: its smallest encoding that still sets something. */
function minimalEntry(field: protobuf.Field): unknown {
  if (field.resolvedType instanceof protobuf.Type) return {};
  if (field.resolvedType instanceof protobuf.Enum) return 1;
  switch (field.type) {
    case 'string':
      return 'x';
    case 'bytes':
      return Uint8Array.of(1);
    case 'bool':
      return true;
    default:
      return 1;
  }
}

export function framesOf(name: ProtocolName): ProtocolFrames {
  const type = frameType(name);
  const { id, maxFrameBytes } = PROTOCOLS[name];
  const repeated = repeatedPaths(type);
  const encode = (object: Record<string, unknown>) => type.encode(type.fromObject(object)).finish();
  return {
    name,
    id,
    maxFrameBytes,
    repeatedFields: repeated.map(({ path, field }) => [...path, field].map((f) => f.name).join('.')),
    sample: (rng) => encode(sampleObject(type, rng, 4)),
    mutated(rng) {
      const bytes = [...encode(sampleObject(type, rng, 4))];
      const edits = 1 + Math.floor(rng() * 4);
      for (let i = 0; i < edits; i++) {
        const at = Math.floor(rng() * (bytes.length + 1));
        const how = rng();
        if (how < 0.4 && bytes.length > 0)
          bytes[Math.min(at, bytes.length - 1)]! ^= 1 << Math.floor(rng() * 8);
        else if (how < 0.7) bytes.splice(at, 0, Math.floor(rng() * 256));
        else if (how < 0.85) bytes.splice(at);
        else bytes.splice(at, 0, 0xff, 0xff, 0xff, 0xff, 0x0f); // an absurd inner length
      }
      return Uint8Array.from(bytes);
    },
    flood(index, max = 1_000_000) {
      const target = repeated[index];
      if (!target) return undefined;
      const entry = minimalEntry(target.field);
      const build = (count: number) => {
        const object: Record<string, unknown> = {};
        let cursor = object;
        for (const step of target.path) {
          const next: Record<string, unknown> = {};
          cursor[step.name] = next;
          cursor = next;
        }
        cursor[target.field.name] = new Array<unknown>(count).fill(entry);
        return encode(object);
      };
      // Entries cost the same each: measure two, then fill up to the limit (minus room for the prefix).
      const one = build(1).length;
      const per = Math.max(1, build(2).length - one);
      const entries = Math.max(1, Math.min(max, Math.floor((maxFrameBytes - one - 16) / per)));
      return {
        frame: build(entries),
        entries,
        field: [...target.path, target.field].map((f) => f.name).join('.'),
      };
    },
  };
}

/** Start-group tags nested `depth` deep: protobuf decoders recurse into groups (a recursion bomb). */
export function groupBomb(depth: number): Uint8Array {
  return new Uint8Array(depth).fill(0x0b); // field 1, wire type 3 (start group), repeated
}

/** Length-delimited field 1 nested `depth` deep: the deepest nesting a length-prefixed schema can be sent. */
export function nestedBomb(depth: number): Uint8Array {
  let inner = new Uint8Array(0);
  for (let i = 0; i < depth; i++) {
    const prefix = varint(inner.length);
    const next = new Uint8Array(1 + prefix.length + inner.length);
    next[0] = 0x0a; // field 1, length-delimited
    next.set(prefix, 1);
    next.set(inner, 1 + prefix.length);
    inner = next;
  }
  return inner;
}

const SEND_CHUNK = 64 * 1024;

export interface SendOptions {
  /** How long to wait for the node to answer or close after the input is written. Default 5 s. */
  waitMs?: number;
  /** Keep the writing side open after the input (default: close it, as a finished request would). */
  keepOpen?: boolean;
}

export class HostilePeer implements AsyncDisposable {
  readonly libp2p: Libp2p;
  /** The peer's identity key for signing statements (agreements) as this node. */
  readonly signingKey: KeyObject;

  private constructor(libp2p: Libp2p, signingKey: KeyObject) {
    this.libp2p = libp2p;
    this.signingKey = signingKey;
  }

  /** A host with a fresh identity, listening on a free loopback port. */
  static async create(): Promise<HostilePeer> {
    const privateKey = await generateKeyPair('Ed25519');
    const libp2p = await createLibp2p({
      privateKey,
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      // Enough streams to flood a node's limits from this side.
      streamMuxers: [yamux({ maxInboundStreams: 4096, maxOutboundStreams: 4096 })],
      connectionManager: { maxConnections: 10_000, maxParallelDials: 1000 },
      connectionMonitor: { enabled: false },
      start: true,
    });
    return new HostilePeer(libp2p, signingKeyFromLibp2p(privateKey));
  }

  get nodeId(): string {
    return this.libp2p.peerId.toString();
  }

  multiaddrs(): string[] {
    return this.libp2p.getMultiaddrs().map(String);
  }

  /** This peer as a party of an agreement (test/helpers/agreements.ts). */
  party(country: string): Party {
    return { nodeId: this.nodeId, key: this.signingKey, country };
  }

  /** Opens a stream of `protocolId` on the node at `address`, dialling it if needed. Throws when refused. */
  async open(address: string, protocolId: string, timeoutMs = 5_000): Promise<Stream> {
    return this.libp2p.dialProtocol(multiaddr(address), protocolId, {
      signal: AbortSignal.timeout(timeoutMs),
    });
  }

  /** A new connection of its own to the node (not shared with earlier streams). */
  async connect(address: string, timeoutMs = 5_000): Promise<Connection> {
    return this.libp2p.dial(multiaddr(address), { signal: AbortSignal.timeout(timeoutMs), force: true });
  }

  /** Opens `protocolId`, writes `bytes`, closes its writing side and watches what the node does. */
  async send(
    address: string,
    protocolId: string,
    bytes: Uint8Array,
    options: SendOptions = {},
  ): Promise<HostileOutcome> {
    let stream: Stream;
    try {
      stream = await this.open(address, protocolId);
    } catch {
      return { kind: 'refused', received: new Uint8Array(0), written: 0 };
    }
    return sendOn(stream, bytes, options);
  }

  async close(): Promise<void> {
    await this.libp2p.stop();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** Writes `bytes` on an open stream (waiting for drain, as a well-behaved sender would) and watches the answer. */
export async function sendOn(
  stream: Stream,
  bytes: Uint8Array,
  options: SendOptions = {},
): Promise<HostileOutcome> {
  const waitMs = options.waitMs ?? 5_000;
  const received: Uint8Array[] = [];
  let ended = false;
  const endedPromise = new Promise<void>((resolve) => {
    const done = () => {
      ended = true;
      resolve();
    };
    stream.addEventListener('close', done, { once: true });
    stream.addEventListener('remoteCloseWrite', done, { once: true });
  });
  stream.addEventListener('message', (event) => {
    received.push(event.data instanceof Uint8Array ? event.data : event.data.subarray());
  });
  let written = 0;
  try {
    for (let at = 0; at < bytes.length && !ended; at += SEND_CHUNK) {
      const chunk = bytes.subarray(at, at + SEND_CHUNK);
      if (!stream.send(chunk)) {
        await Promise.race([
          new Promise((resolve) => stream.addEventListener('drain', resolve, { once: true })),
          endedPromise,
          new Promise((resolve) => setTimeout(resolve, waitMs)),
        ]);
      }
      written += chunk.length;
    }
    if (!options.keepOpen && !ended) await stream.close({ signal: AbortSignal.timeout(waitMs) });
  } catch {
    // The node reset the stream while we wrote: that is an answer too.
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([endedPromise, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  const total = received.reduce((n, b) => n + b.length, 0);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const b of received) {
    all.set(b, offset);
    offset += b.length;
  }
  const status = stream.status;
  if (!ended && status === 'open') {
    stream.abort(new Error('the hostile peer gives up waiting'));
    return { kind: total > 0 ? 'answered' : 'hung', received: all, written };
  }
  if (status === 'open' || status === 'closing') stream.abort(new Error('done'));
  return { kind: total > 0 ? 'answered' : 'closed', received: all, written };
}

/** One hostile input for a protocol: what it is, in words for a failure message, and its bytes. */
export interface HostileInput {
  what: string;
  bytes: Uint8Array;
}

/**
 * The hostile inputs of one protocol, the same for the same seed: `count` each of random bytes,
 * schema-valid frames, mutated frames and frames with a mutated prefix; lengths over the limit,
 * 2^31 and 2^63; an empty frame; group and nested-message recursion bombs; and `floods` frames
 * flooding a repeated field up to the frame limit.
 */
export function hostileInputsOf(
  name: ProtocolName,
  seed: number,
  count: number,
  floods: number,
): HostileInput[] {
  const frames = framesOf(name);
  const rng = seededRandom(seed);
  const limit = frames.maxFrameBytes;
  const noise = (length: number) => Uint8Array.from({ length }, () => Math.floor(rng() * 256));
  const inputs: HostileInput[] = [];
  for (let i = 0; i < count; i++)
    inputs.push({ what: 'random bytes', bytes: noise(1 + Math.floor(rng() * 512)) });
  for (let i = 0; i < count; i++)
    inputs.push({ what: 'schema-valid frame', bytes: lengthPrefixed(frames.sample(rng)) });
  for (let i = 0; i < count; i++)
    inputs.push({ what: 'mutated frame', bytes: lengthPrefixed(frames.mutated(rng)) });
  for (let i = 0; i < count; i++) {
    const framed = [...lengthPrefixed(frames.sample(rng))];
    framed[Math.floor(rng() * framed.length)]! ^= 0xff;
    inputs.push({
      what: 'mutated prefix',
      bytes: Uint8Array.from(framed.slice(0, 1 + Math.floor(rng() * framed.length))),
    });
  }
  inputs.push({
    what: 'length over the limit',
    bytes: Uint8Array.from([...varint(limit + 1), ...noise(1024)]),
  });
  inputs.push({ what: 'length 2^31', bytes: Uint8Array.from([...varint(2 ** 31), ...noise(64)]) });
  inputs.push({
    what: 'length 2^63',
    bytes: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
  });
  inputs.push({ what: 'empty frame', bytes: Uint8Array.of(0) });
  inputs.push({
    what: 'group recursion bomb',
    bytes: lengthPrefixed(groupBomb(Math.min(limit - 16, 100_000))),
  });
  inputs.push({
    what: 'nested message bomb',
    bytes: lengthPrefixed(nestedBomb(Math.min(Math.floor(limit / 8), 2_000))),
  });
  const fields = frames.repeatedFields.length;
  for (let i = 0; i < Math.min(floods, fields); i++) {
    const flood = frames.flood(Math.floor((i * fields) / floods));
    if (flood)
      inputs.push({ what: `flood of ${flood.entries} ${flood.field}`, bytes: lengthPrefixed(flood.frame) });
  }
  return inputs;
}

/** Namespaces a refused or answered peer may legitimately add to: the logs of what happened. */
export const LOG_NAMESPACES = new Set([
  'audit',
  'audit-head',
  'evidence',
  'evidence-head',
  'throttle',
  'sessions',
  'peers',
]);

/** Every key and raw value of a node's store at one instant. */
export type StoreSnapshot = Map<string, string>;

export async function storeSnapshot(services: { store: unknown }): Promise<StoreSnapshot> {
  const kv: unknown = (services.store as { kv: unknown }).kv;
  if (!(kv instanceof LevelKv)) throw new Error('the test node is expected to store on disk');
  const entries = new Map<string, string>();
  for await (const [key, value] of kv.snapshotEntries()) entries.set(key, value);
  return entries;
}

/** The namespace of a raw store key. */
export const namespaceOf = (key: string) => key.slice(1, key.indexOf('!', 1));

/**
 * Keys added or changed since `before`, outside the logs: what a peer got stored. `allowed`
 * names other keys that legitimate traffic may change meanwhile.
 */
export function storedSince(
  before: StoreSnapshot,
  after: StoreSnapshot,
  allowed: (key: string) => boolean = () => false,
): string[] {
  return [...after]
    .filter(([key, value]) => !LOG_NAMESPACES.has(namespaceOf(key)) && before.get(key) !== value)
    .map(([key]) => key)
    .filter((key) => !allowed(key));
}

/** How many outcomes of each kind. */
export function tallyOutcomes(outcomes: readonly HostileOutcome[]): Record<HostileOutcomeKind, number> {
  const counts: Record<HostileOutcomeKind, number> = { answered: 0, closed: 0, refused: 0, hung: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return counts;
}
