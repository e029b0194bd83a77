/**
 * The replication benchmark: records/s a partner pulls from an owner through the exchange
 * protocol, beside the raw limit of the same bytes through the same kind of pipe, measured in the
 * same run (the machines are shared and noisy; only the ratio is held to a goal). Each side runs
 * in a process of its own, as on its own machine.
 *
 * (a) raw: the owner's record projections, byte for byte what the exchange sends, pre-encoded
 *     into frames of 500, streamed over one libp2p stream (TCP + Noise + yamux) to a bare host in
 *     another process that writes each frame as one synced LevelDB batch — nothing else;
 * (b) exchange: `ExchangeService.pull` from zero between two nodes, with everything it does:
 *     `decide()` on every record on both sides, canonical JSON and sha256 per record, a signed
 *     manifest per chunk and a signed receipt back, the inbox, its indexes, the cursor and both
 *     evidence logs, each chunk in one synced batch on each side, two chunks in flight.
 *
 * Initialising, seeding, agreements and the raw run's encoding are not timed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { multiaddr } from '@multiformats/multiaddr';
import { lpStream } from '@libp2p/utils';
import { loadConfig } from '../node/config.ts';
import { loadIdentity } from '../node/identity.ts';
import { initNode, openServices } from '../node/index.ts';
import { silentLoggers } from '../node/log.ts';
import { createPeerHost } from '../node/p2p/index.ts';
import { seedStore } from '../node/seed/index.ts';
import { decide, signingKeyFromLibp2p } from '../policies/index.ts';
import { canonicalJson } from '../protocol/canonical-json.ts';
import { cen } from '../protocol/gen/exchange.js';
import { PROTOCOLS } from '../protocol/protocols.ts';
import type { Case } from '../protocol/records.ts';
import type { RecordStoreApi } from '../node/store/types.ts';
import { freePort, RAW_REPLICATION_PROTOCOL as RAW_PROTOCOL, sealedAgreement } from './nodes.ts';

const NODE_SCRIPT = fileURLToPath(new URL('./replication-node.ts', import.meta.url));
const RAW_SCRIPT = fileURLToPath(new URL('./raw-receiver.ts', import.meta.url));
const FRAME_RECORDS = 500;
export const REPLICATION_GOAL_RATIO = 0.3;

export interface ReplicationBenchOptions {
  cases: number;
  dir: string;
  log?: (line: string) => void;
}

export interface ReplicationBenchResult {
  cases: number;
  megabytes: number;
  raw: { recordsPerSecond: number; seconds: number };
  exchange: { recordsPerSecond: number; seconds: number; stored: number };
  ratio: number;
  goalRatio: number;
  pass: boolean;
}

/** A child process speaking JSON lines on stdout. */
class Child {
  readonly process: ChildProcess;
  readonly #lines: unknown[] = [];
  #waiting: (() => void) | undefined;
  constructor(script: string, args: string[]) {
    this.process = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.#lines.push(JSON.parse(line));
      this.#waiting?.();
    });
  }
  /** The next line holding `key`, waiting for it (rejects if the process exits first). */
  async next<T>(key: string, timeoutMs = 300_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#lines.findIndex((l) => typeof l === 'object' && l !== null && key in l);
      if (at >= 0) return this.#lines.splice(at, 1)[0] as T;
      if (this.process.exitCode !== null)
        throw new Error(`a benchmark process exited (${this.process.exitCode})`);
      if (Date.now() > deadline) throw new Error(`a benchmark process did not say ${key} in time`);
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
        setTimeout(resolve, 200);
      });
    }
  }
  send(command: object): void {
    this.process.stdin!.write(`${JSON.stringify(command)}\n`);
  }
  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    await exited;
  }
}

async function* allCases(store: RecordStoreApi): AsyncIterable<Case> {
  let cursor: string | undefined;
  do {
    const page = await store.searchCases({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

async function rawReplication(records: Uint8Array[], dir: string): Promise<number> {
  const receiver = new Child(RAW_SCRIPT, [dir, String(records.length)]);
  const sender = await createPeerHost({
    privateKey: await generateKeyPair('Ed25519'),
    listen: { host: '127.0.0.1', port: await freePort() },
    gater: { isAllowed: () => true },
    log: silentLoggers().root,
  });
  try {
    const { multiaddr: address } = await receiver.next<{ multiaddr: string }>('multiaddr');
    const frames: Uint8Array[] = [];
    for (let i = 0; i < records.length; i += FRAME_RECORDS) {
      frames.push(
        cen.exchange.v1.ExchangeFrame.encode({
          chunk: { manifest: '', records: records.slice(i, i + FRAME_RECORDS) },
        }).finish(),
      );
    }
    const started = performance.now();
    const stream = await sender.dialProtocol(multiaddr(address), RAW_PROTOCOL, {
      signal: AbortSignal.timeout(10_000),
    });
    const lp = lpStream(stream, { maxDataLength: PROTOCOLS.exchange.maxFrameBytes });
    for (const frame of frames) await lp.write(frame, { signal: AbortSignal.timeout(60_000) });
    await receiver.next('stored');
    const seconds = (performance.now() - started) / 1000;
    stream.abort(new Error('done'));
    return seconds;
  } finally {
    await sender.stop();
    await receiver.stop();
  }
}

/** Two new nodes, KE (the owner) and TZ (the receiver), and a sync agreement both have signed. */
export async function initSyncPair(dir: string) {
  const dirs = { owner: join(dir, 'KE'), receiver: join(dir, 'TZ') };
  const ports = { owner: await freePort(), receiver: await freePort() };
  for (const [key, country] of [
    ['owner', 'KE'],
    ['receiver', 'TZ'],
  ] as const) {
    await initNode({
      dataDir: dirs[key],
      name: `Customs ${country}`,
      country,
      apiHost: '127.0.0.1',
      apiPort: 0,
      p2pPort: ports[key],
      tls: false,
    });
  }
  const party = async (key: 'owner' | 'receiver', country: string) => {
    const identity = await loadIdentity(dirs[key]);
    return { nodeId: identity.nodeId, key: signingKeyFromLibp2p(identity.privateKey), country };
  };
  const owner = await party('owner', 'KE');
  const receiver = await party('receiver', 'TZ');
  const sealed = await sealedAgreement(owner, receiver, { modes: ['sync'] });
  return { dirs, ports, owner, receiver, sealed };
}

export async function runReplicationBench(options: ReplicationBenchOptions): Promise<ReplicationBenchResult> {
  const log = options.log ?? (() => undefined);
  const { dirs, ports, owner, receiver, sealed } = await initSyncPair(options.dir);

  log(`replication benchmark: seeding ${options.cases.toLocaleString('en-US')} cases on the owner`);
  const records: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for (const [key, other] of [
    ['owner', receiver],
    ['receiver', owner],
  ] as const) {
    await using offline = await openServices(await loadConfig(dirs[key], {}), { loggers: silentLoggers() });
    const { services } = offline;
    await services.agreements.install(sealed, 'system:bench');
    const port = key === 'owner' ? ports.receiver : ports.owner;
    await services.peers.add(`/ip4/127.0.0.1/tcp/${port}/p2p/${other.nodeId}`, 'system:bench');
    if (key !== 'owner') continue;
    await seedStore(services.store, { cases: options.cases, seed: 11 });
    // The raw run sends exactly what the exchange will: each case's projection as canonical JSON.
    const states = await services.agreements.states();
    for await (const c of allCases(services.store)) {
      const decision = decide(
        states,
        {
          direction: 'outbound',
          mode: 'sync',
          localNodeId: owner.nodeId,
          peerNodeId: receiver.nodeId,
          record: c,
        },
        new Date(),
      );
      if (decision.allow) records.push(encoder.encode(canonicalJson(decision.projection)));
    }
  }
  const megabytes = records.reduce((sum, r) => sum + r.length, 0) / 1e6;

  log(
    `replication benchmark: raw libp2p + LevelDB, ${records.length.toLocaleString('en-US')} records (${megabytes.toFixed(1)} MB)`,
  );
  const rawSeconds = await rawReplication(records, options.dir);

  log('replication benchmark: exchange pull sync');
  const nodes = [new Child(NODE_SCRIPT, [dirs.owner]), new Child(NODE_SCRIPT, [dirs.receiver])] as const;
  try {
    await Promise.all(nodes.map((n) => n.next('ready')));
    nodes[1].send({ cmd: 'wait-connected', peer: owner.nodeId });
    const { connected } = await nodes[1].next<{ connected: boolean }>('connected');
    if (!connected) throw new Error('the two benchmark nodes did not connect');
    nodes[1].send({ cmd: 'pull', peer: owner.nodeId });
    const pulled = await nodes[1].next<{ stored: number; seconds: number }>('stored');
    if (pulled.stored !== records.length) {
      throw new Error(`the exchange stored ${pulled.stored} of ${records.length} records`);
    }
    const raw = { recordsPerSecond: records.length / rawSeconds, seconds: rawSeconds };
    const exchange = {
      recordsPerSecond: pulled.stored / pulled.seconds,
      seconds: pulled.seconds,
      stored: pulled.stored,
    };
    const ratio = exchange.recordsPerSecond / raw.recordsPerSecond;
    return {
      cases: records.length,
      megabytes,
      raw,
      exchange,
      ratio,
      goalRatio: REPLICATION_GOAL_RATIO,
      pass: ratio >= REPLICATION_GOAL_RATIO,
    };
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
  }
}
