/**
 * One node of exchange-crash.test.ts, in a process of its own so the test can kill it with
 * SIGKILL: starts the node in `dataDir`, pulls from its partners every 200 ms in chunks of 50,
 * and prints a JSON line every 100 ms with how many partner records its inbox holds and how many
 * of its own records partners hold:
 *   {"inbox":1234,"shares":0,"lag":0}
 *
 * Usage: node exchange-crash-child.ts <dataDir>
 */
import { loadConfig } from '../../node/config.ts';
import { startNode } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';

const [dataDir] = process.argv.slice(2);
const node = await startNode(await loadConfig(dataDir!, {}), {
  loggers: silentLoggers(),
  consoleDistDir: null,
  p2p: { reconnectIntervalMs: 100, recheckIntervalMs: 60_000 },
  exchange: { syncIntervalMs: 200, chunkEntries: 50 },
});

const report = async () => {
  const peers = node.peerHost.connectedPeers();
  const lag = peers.map((p) => node.exchange.syncState(p)?.lag ?? -1);
  const line = { ...(await node.exchange.counts()), lag, peers: peers.length };
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
setInterval(() => {
  report().catch(() => undefined);
}, 100);
process.on('SIGTERM', () => {
  node.close('SIGTERM').then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
