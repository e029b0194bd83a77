/**
 * The replication benchmark: records/s a partner pulls from an owner through the exchange
 * protocol, beside the raw limit of the same bytes through the same kind of pipe, measured in
 * the same run (the machines are shared and noisy; only the ratio is held to a goal).
 *
 * (a) raw: the owner's record projections, byte for byte what the exchange sends, pre-encoded
 *     into frames of 500, streamed over one libp2p stream (TCP + Noise + yamux) between two bare
 *     hosts, the receiver writing each frame as one synced LevelDB batch — nothing else;
 * (b) exchange: `ExchangeService.pull` from zero, with everything it does: `decide()` on every
 *     record on both sides, canonical JSON and sha256 per record, a signed manifest per chunk and
 *     a signed receipt back, the inbox, its indexes, the cursor and both evidence logs, each chunk
 *     in one synced batch on each side, the next chunk sent only after the receipt.
 *
 * Node start-up, seeding and the raw run's encoding are not timed.
 */
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { Level } from 'level';
import { lpStream } from '@libp2p/utils';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { RunningNode } from '../node/index.ts';
import { createPeerHost } from '../node/p2p/index.ts';
import type { Case } from '../protocol/records.ts';
import { silentLoggers } from '../node/log.ts';
import { seedStore } from '../node/seed/index.ts';
import { decide } from '../policies/index.ts';
import { cen } from '../protocol/gen/exchange.js';
import { PROTOCOLS } from '../protocol/protocols.ts';
import { agree, freePort, startBenchNode } from './nodes.ts';

const RAW_PROTOCOL = '/cen-bench/raw-replication/1.0.0';
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

async function rawReplication(records: Uint8Array[], dir: string): Promise<number> {
  const log = silentLoggers().root;
  const hosts = await Promise.all(
    [0, 1].map(async () =>
      createPeerHost({
        privateKey: await generateKeyPair('Ed25519'),
        listen: { host: '127.0.0.1', port: await freePort() },
        gater: { isAllowed: () => true },
        log,
      }),
    ),
  );
  const [sender, receiver] = hosts as [(typeof hosts)[0], (typeof hosts)[0]];
  const db = new Level<string, Uint8Array>(join(dir, 'raw-leveldb'), { valueEncoding: 'view' });
  await db.open();
  try {
    const frames: Uint8Array[] = [];
    for (let i = 0; i < records.length; i += FRAME_RECORDS) {
      frames.push(
        cen.exchange.v1.ExchangeFrame.encode({
          chunk: { manifest: '', records: records.slice(i, i + FRAME_RECORDS) },
        }).finish(),
      );
    }
    let stored = 0;
    const done = new Promise<void>((resolve, reject) => {
      void receiver.handle(RAW_PROTOCOL, async (stream) => {
        try {
          const lp = lpStream(stream, {
            maxDataLength: PROTOCOLS.exchange.maxFrameBytes,
            maxBufferSize: PROTOCOLS.exchange.maxFrameBytes * 2,
          });
          while (stored < records.length) {
            const frame = cen.exchange.v1.ExchangeFrame.decode(
              (await lp.read({ signal: AbortSignal.timeout(60_000) })).subarray(),
            );
            const batch = db.batch();
            for (const record of frame.chunk!.records) batch.put(String(stored++).padStart(10, '0'), record);
            await batch.write({ sync: true });
          }
          await stream.close();
          resolve();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
    const started = performance.now();
    const stream = await sender.dialProtocol(receiver.getMultiaddrs()[0]!, RAW_PROTOCOL, {
      signal: AbortSignal.timeout(10_000),
    });
    const lp = lpStream(stream, { maxDataLength: PROTOCOLS.exchange.maxFrameBytes });
    for (const frame of frames) await lp.write(frame, { signal: AbortSignal.timeout(60_000) });
    await done;
    const seconds = (performance.now() - started) / 1000;
    await stream.close().catch(() => undefined);
    return seconds;
  } finally {
    await db.close();
    for (const host of hosts) await host.stop();
  }
}

async function* allCases(node: RunningNode): AsyncIterable<Case> {
  let cursor: string | undefined;
  do {
    const page = await node.services.store.searchCases({
      limit: 500,
      ...(cursor === undefined ? {} : { cursor }),
    });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

export async function runReplicationBench(options: ReplicationBenchOptions): Promise<ReplicationBenchResult> {
  const log = options.log ?? (() => undefined);
  // Pulls happen when the benchmark says so, not on a timer.
  const quiet = { exchange: { syncIntervalMs: 3_600_000, sweepIntervalMs: 3_600_000 } };
  const owner = await startBenchNode(options.dir, 'KE', quiet);
  const receiver = await startBenchNode(options.dir, 'TZ', quiet);
  try {
    await agree(owner, receiver, { modes: ['sync'] });
    // Whatever the first connection pulled (nothing yet) is done before the seeding.
    await receiver.exchange.pull(owner.nodeId);
    log(`replication benchmark: seeding ${options.cases.toLocaleString('en-US')} cases on the owner`);
    await seedStore(owner.services.store, { cases: options.cases, seed: 11 });

    // The raw run sends exactly what the exchange will: each case's projection as canonical JSON.
    const states = await owner.services.agreements.states();
    const records: Uint8Array[] = [];
    const encoder = new TextEncoder();
    for await (const c of allCases(owner)) {
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
      if (decision.allow) records.push(encoder.encode(canonicalize(decision.projection)));
    }
    const megabytes = records.reduce((sum, r) => sum + r.length, 0) / 1e6;
    log(
      `replication benchmark: raw libp2p + LevelDB, ${records.length.toLocaleString('en-US')} records (${megabytes.toFixed(1)} MB)`,
    );
    const rawSeconds = await rawReplication(records, options.dir);

    log('replication benchmark: exchange pull sync');
    const started = performance.now();
    const pulled = await receiver.exchange.pull(owner.nodeId);
    const seconds = (performance.now() - started) / 1000;
    if (pulled.stored !== records.length) {
      throw new Error(`the exchange stored ${pulled.stored} of ${records.length} records`);
    }
    const raw = { recordsPerSecond: records.length / rawSeconds, seconds: rawSeconds };
    const exchange = { recordsPerSecond: pulled.stored / seconds, seconds, stored: pulled.stored };
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
    await Promise.all([owner.close('benchmark done'), receiver.close('benchmark done')]);
  }
}
