/**
 * One node of crash-delivery.test.ts, in a process of its own so the test can kill it with
 * SIGKILL: starts the node in `dataDir` (a member contributing every 100 ms in batches of 20, or the
 * WCO node) and prints a JSON line every 50 ms with its API address and how far the contribution
 * got on its side: the cases the member recorded as acknowledged by the WCO node, and the cases the
 * WCO node's global store holds.
 *   {"apiUrl":"http://127.0.0.1:4711","acknowledged":120,"global":0}
 *
 * Usage: node crash-delivery-child.ts <dataDir>
 */
import { loadConfig } from '../../node/config.ts';
import { CONTRIBUTE_NS } from '../../node/contribute/index.ts';
import { GLOBAL_NS } from '../../node/global/index.ts';
import { startNode } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { RecordStore } from '../../node/store/records.ts';

const [dataDir] = process.argv.slice(2);
const node = await startNode(await loadConfig(dataDir!, {}), {
  loggers: silentLoggers(),
  consoleDistDir: null,
  p2p: { reconnectIntervalMs: 100, recheckIntervalMs: 60_000 },
  exchange: { syncIntervalMs: 60_000, sweepIntervalMs: 60_000 },
  contribute: { intervalMs: 100, batchEntries: 20 },
});
// The node's own store (the API's type hides it): the contribution's records are read from it.
const store = node.services.store;
if (!(store instanceof RecordStore)) throw new Error('the node has no LevelDB record store');
const kv = store.kv;

const count = async (ns: string, counts: (value: unknown) => boolean): Promise<number> => {
  let n = 0;
  for await (const [, value] of kv.iterate(ns)) if (counts(value)) n++;
  return n;
};

const report = async () => {
  const line = {
    apiUrl: node.apiUrl,
    acknowledged: await count(
      CONTRIBUTE_NS.cases,
      (value) => (value as { state?: string }).state === 'contributed',
    ),
    global: await count(GLOBAL_NS.cases, () => true),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
setInterval(() => {
  report().catch(() => undefined);
}, 50);
process.on('SIGTERM', () => {
  node.close('SIGTERM').then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
