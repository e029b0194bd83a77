/**
 * One node of the replication benchmark, in a process of its own as on its own machine. Starts the
 * node in `dataDir` with no scheduled pulls, prints `{"ready":true}`, then answers commands read
 * as JSON lines on stdin, one JSON line each on stdout:
 *   {"cmd":"wait-connected","peer":"12D3KooW…"}  → {"connected":true}
 *   {"cmd":"pull","peer":"12D3KooW…"}            → {"stored":N,"seconds":S}
 *
 * Usage: node bench/replication-node.ts <dataDir>
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../node/config.ts';
import { startNode } from '../node/index.ts';
import { silentLoggers } from '../node/log.ts';

const [dataDir] = process.argv.slice(2);
const node = await startNode(await loadConfig(dataDir!, {}), {
  loggers: silentLoggers(),
  consoleDistDir: null,
  p2p: { reconnectIntervalMs: 200 },
  exchange: { syncIntervalMs: 3_600_000, sweepIntervalMs: 3_600_000, pullOnConnect: false },
});
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
process.on('SIGTERM', () => {
  node.close('SIGTERM').then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
say({ ready: true, nodeId: node.nodeId });

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { cmd: string; peer: string };
  if (command.cmd === 'wait-connected') {
    const deadline = Date.now() + 30_000;
    while (!node.peerHost.status(command.peer).connected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    say({ connected: node.peerHost.status(command.peer).connected });
  } else if (command.cmd === 'pull') {
    const started = performance.now();
    const result = await node.exchange.pull(command.peer);
    say({ stored: result.stored, seconds: (performance.now() - started) / 1000 });
  }
}
await node.close('benchmark done');
