/**
 * One node of netns-partition.test.ts, run inside its network namespace (`ip netns exec`): starts
 * the node in `dataDir` and prints a JSON status line every 100 ms, whether it is connected to its
 * partner and how many of the partner's cases its inbox holds:
 *   {"connected":true,"held":42}
 * On stdin, `create <n>` records n validated cases and prints what the store acknowledged:
 *   {"created":[{"id":"…","version":1}]}
 *
 * Usage: node netns-partition-child.ts <dataDir> <partnerNodeId>
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../../node/config.ts';
import { EXCHANGE_NS } from '../../node/exchange/index.ts';
import { startNode } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { RecordStore } from '../../node/store/records.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const [dataDir, partner] = process.argv.slice(2);
const node = await startNode(await loadConfig(dataDir!, {}), {
  loggers: silentLoggers(),
  consoleDistDir: null,
  // A short silence limit, so that the short cut outlasts it (production: PEER_SILENCE_LIMIT_MS).
  p2p: {
    reconnectIntervalMs: 250,
    recheckIntervalMs: 60_000,
    keepAliveIntervalMs: 500,
    silenceLimitMs: 3_000,
  },
  exchange: { syncIntervalMs: 1000 },
});
const store = node.services.store;
if (!(store instanceof RecordStore)) throw new Error('the node has no LevelDB record store');
const kv = store.kv;

let serial = 0;
createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, n] = line.trim().split(/\s+/);
  if (command !== 'create') return;
  void (async () => {
    const created: { id: string; version: number }[] = [];
    for (let i = 0; i < Number(n); i++) {
      const c = await store.createCase(
        validCase({ items: [item(++serial)], narrative: `Recorded during the cable test, ${serial}.` }),
        { username: 'test:officer' },
      );
      created.push({ id: c.id, version: c.version });
    }
    process.stdout.write(`${JSON.stringify({ created })}\n`);
  })();
});

const timer = setInterval(() => {
  void (async () => {
    let held = 0;
    for await (const [, entry] of kv.iterate(EXCHANGE_NS.inbox))
      if ((entry as { provenance: { owner: { nodeId: string } } }).provenance.owner.nodeId === partner)
        held++;
    const connected = node.peerHost.status(partner!).connected;
    process.stdout.write(`${JSON.stringify({ connected, held })}\n`);
  })().catch(() => undefined);
}, 100);

process.on('SIGTERM', () => {
  clearInterval(timer);
  void node.close('test done').finally(() => process.exit(0));
});
