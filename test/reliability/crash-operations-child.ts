/**
 * One node of crash-operations.test.ts, in a process of its own so the test can kill it with
 * SIGKILL: starts the node in `dataDir` and, when `postEveryMs` > 0, posts a message to the
 * operation every `postEveryMs` as its analyst. It prints one JSON line per message whose post
 * the node acknowledged (`post` resolved: relayed by the organiser, or stored in the member's
 * outbox, both in LevelDB), and every 100 ms its status: API address, thread head, outbox size.
 *   {"acked":"0197…","state":"queued"}
 *   {"apiUrl":"http://127.0.0.1:4711","head":42,"outbox":0}
 * Commands on stdin: `stop` (stop posting), `post` (post one message now).
 *
 * Usage: node crash-operations-child.ts <dataDir> <operationId> <postEveryMs>
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../../node/config.ts';
import { startNode } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { OPERATIONS_NS } from '../../node/operations/index.ts';
import { RecordStore } from '../../node/store/records.ts';
import { OPERATIONS_P2P } from '../helpers/operations.ts';

const VIEWER = { username: 'analyst1', role: 'analyst' };
const [dataDir, operationId, every] = process.argv.slice(2);
const postEveryMs = Number(every ?? 0);
const node = await startNode(await loadConfig(dataDir!, {}), {
  loggers: silentLoggers(),
  consoleDistDir: null,
  p2p: OPERATIONS_P2P,
});
const store = node.services.store;
if (!(store instanceof RecordStore)) throw new Error('the node has no LevelDB record store');
const kv = store.kv;
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

let n = 0;
const postOne = async () => {
  const posted = await node.operations.post(operationId!, { text: `message ${++n} from ${dataDir}` }, VIEWER);
  print({ acked: posted.id, state: posted.state });
};

let posting = postEveryMs > 0;
const loop = async () => {
  while (posting) {
    await postOne().catch((err: unknown) => print({ error: String(err) }));
    await new Promise((resolve) => setTimeout(resolve, postEveryMs));
  }
};
void loop();

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'stop') posting = false;
  if (line === 'post') postOne().catch((err: unknown) => print({ error: String(err) }));
});

const status = async () => {
  let outbox = 0;
  for await (const [key] of kv.iterate(OPERATIONS_NS.outbox)) if (key.startsWith(operationId!)) outbox++;
  const { head } = await node.operations.messages(operationId!, VIEWER, {
    after: Number.MAX_SAFE_INTEGER,
    limit: 1,
  });
  print({ apiUrl: node.apiUrl, head, outbox });
};
setInterval(() => {
  status().catch(() => undefined);
}, 100);
process.on('SIGTERM', () => {
  posting = false;
  node.close('SIGTERM').then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
