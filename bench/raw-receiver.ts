/**
 * The receiving end of the replication benchmark's raw figure, in a process of its own: a bare
 * libp2p host (TCP + Noise + yamux, the node's limits) that reads length-prefixed exchange frames
 * from one stream and writes each frame's records as one synced LevelDB batch — nothing else.
 * Prints `{"multiaddr":…}` when listening and `{"stored":N}` once `expected` records are stored.
 *
 * Usage: node bench/raw-receiver.ts <dir> <expected>
 */
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { lpStream } from '@libp2p/utils';
import { Level } from 'level';
import { silentLoggers } from '../node/log.ts';
import { createPeerHost } from '../node/p2p/index.ts';
import { cen } from '../protocol/gen/exchange.js';
import { PROTOCOLS } from '../protocol/protocols.ts';
import { freePort, RAW_REPLICATION_PROTOCOL as RAW_PROTOCOL } from './nodes.ts';

const [dir, expectedArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const db = new Level<string, Uint8Array>(join(dir!, 'raw-leveldb'), { valueEncoding: 'view' });
await db.open();
const host = await createPeerHost({
  privateKey: await generateKeyPair('Ed25519'),
  listen: { host: '127.0.0.1', port: await freePort() },
  gater: { isAllowed: () => true },
  log: silentLoggers().root,
});
let stored = 0;
await host.handle(RAW_PROTOCOL, async (stream) => {
  const lp = lpStream(stream, {
    maxDataLength: PROTOCOLS.exchange.maxFrameBytes,
    maxBufferSize: PROTOCOLS.exchange.maxFrameBytes * 2,
  });
  while (stored < expected) {
    const bytes = (await lp.read({ signal: AbortSignal.timeout(60_000) })).subarray();
    const frame = cen.exchange.v1.ExchangeFrame.decode(bytes);
    const batch = db.batch();
    for (const record of frame.chunk!.records) batch.put(String(stored++).padStart(10, '0'), record);
    await batch.write({ sync: true });
  }
  say({ stored });
  await stream.close();
});
say({ multiaddr: host.getMultiaddrs()[0]!.toString() });
process.on('SIGTERM', () => {
  void (async () => {
    await host.stop();
    await db.close();
    process.exit(0);
  })();
});
