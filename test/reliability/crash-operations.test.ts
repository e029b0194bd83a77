/**
 * SIGKILL during operation message delivery (issue 10): KE organises an operation with TZ and BE;
 * RW is KE's partner but not a member. Each node runs in a child process; KE and TZ post messages
 * continuously, and one node (the organiser, which relays the thread; or TZ, which posts through
 * its outbox) is killed with SIGKILL at a random moment, restarted, and posting goes on. Then
 * every message whose post was acknowledged (the node's `post` resolved: relayed by the organiser,
 * or stored in the member's outbox) is in every member's thread exactly once, every node holds
 * the same thread in the same order (sequence number → entry), RW holds nothing of it, and every
 * node serves: /healthz, and a fresh message reaches everyone.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { OPERATIONS_NS } from '../../node/operations/index.ts';
import { compareHeld, readNamespace, sumCounts, type ConsistencyCounts } from '../helpers/consistency.ts';
import { startTestNode, type TestNode } from '../helpers/node.ts';
import { linkPartners, OPERATIONS_P2P, runOperation } from '../helpers/operations.ts';
import { reportRow, trials } from '../helpers/reliability.ts';
import { ChildNode } from '../helpers/child-node.ts';

const CHILD = fileURLToPath(new URL('./crash-operations-child.ts', import.meta.url));
const POST_EVERY_MS = 40;

interface Status {
  apiUrl: string;
  head: number;
  outbox: number;
}

/** A node in a child process: its latest status, and every message id it acknowledged. */
function childNode(dataDir: string, operationId: string, postEveryMs: number, acked: Set<string>) {
  return new ChildNode<Status>(CHILD, [dataDir, operationId, String(postEveryMs)], (parsed) => {
    if (typeof parsed.acked === 'string') acked.add(parsed.acked);
    return typeof parsed.apiUrl === 'string';
  });
}

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface ThreadEntry {
  seq: number;
  kind: string;
  id?: string;
}

/** A stopped node's copy of the thread, oldest first. */
async function threadOf(dataDir: string, operationId: string): Promise<ThreadEntry[]> {
  return (await readNamespace<ThreadEntry>(dataDir, OPERATIONS_NS.thread))
    .filter(([key]) => key.startsWith(`${operationId}\x00`))
    .map(([, entry]) => entry);
}

const label = (e: ThreadEntry) => `${e.seq}:${e.kind}:${e.id ?? ''}`;

describe('reliability: SIGKILL during operation delivery', function () {
  this.timeout(240_000);
  const running: ChildNode<Status>[] = [];
  const nodes: TestNode[] = [];

  after(async () => {
    for (const child of running) await child.kill('SIGKILL');
    for (const node of nodes) await node.close();
  });

  for (const victim of ['ke', 'tz'] as const) {
    const who = victim === 'ke' ? 'the organiser (relay)' : 'a posting member';
    it(`SIGKILL of ${who} while messages are posted: every acknowledged message on every member once, in the same order`, async () => {
      const tries = trials({ short: 1, full: 10 });
      const counts: ConsistencyCounts[] = [];
      const problems: string[] = [];
      let serving = true;
      let leaked = 0;
      for (let trial = 0; trial < tries; trial++) {
        const [ke, tz, be, rw] = await Promise.all(
          ['KE', 'TZ', 'BE', 'RW'].map((country) =>
            startTestNode({ country, name: `${country} Customs`, p2p: OPERATIONS_P2P }),
          ),
        );
        nodes.push(ke!, tz!, be!, rw!);
        await linkPartners([
          [ke!, tz!],
          [ke!, be!],
          [ke!, rw!],
        ]);
        const [keAnalyst, tzAnalyst, beAnalyst] = await Promise.all(
          [ke, tz, be].map((n) => n!.loginAs('analyst')),
        );
        const operationId = await runOperation(
          keAnalyst!,
          [
            { node: tz!, analyst: tzAnalyst! },
            { node: be!, analyst: beAnalyst! },
          ],
          { name: 'Operation Kill Switch', template: { fields: [] } },
        );
        // The set-up's nodes stop (RW stays up: it would receive anything leaked); each member
        // and the organiser go on in a child process of their own.
        await Promise.all([ke, tz, be].map((n) => n!.node.close('handed over to a child process')));
        const acked = new Set<string>();
        const postsOn = { ke: POST_EVERY_MS, tz: POST_EVERY_MS, be: 0 };
        const dirs = { ke: ke!.dataDir, tz: tz!.dataDir, be: be!.dataDir };
        const spawnOf = (side: 'ke' | 'tz' | 'be', every = postsOn[side]) => {
          const child = childNode(dirs[side], operationId, every, acked);
          running.push(child);
          return child;
        };
        const children = { ke: spawnOf('ke'), tz: spawnOf('tz'), be: spawnOf('be') };
        // A random moment: after 10 to 80 acknowledged posts.
        const threshold = 10 + Math.floor(Math.random() * 70);
        await until(() => acked.size >= threshold, `${threshold} posts are acknowledged`);
        await children[victim].kill('SIGKILL');
        children[victim] = spawnOf(victim);
        const atRestart = acked.size;
        await until(() => acked.size >= atRestart + 20, 'posting goes on after the restart');
        for (const child of Object.values(children)) child.send('stop');
        const converged = () => {
          const [k, t, b] = [children.ke.last, children.tz.last, children.be.last];
          return (
            !!k && !!t && !!b && t.outbox === 0 && b.outbox === 0 && k.head === t.head && k.head === b.head
          );
        };
        // Let posts in flight settle, then wait until every member holds the organiser's thread.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await until(converged, 'every member holds the whole thread');
        // Serving afterwards: /healthz everywhere, and a fresh message from TZ reaches everyone.
        for (const child of Object.values(children)) {
          const health = await fetch(`${child.last!.apiUrl}/healthz`).catch(() => undefined);
          serving &&= health?.status === 200;
        }
        const before = children.ke.last!.head;
        children.tz.send('post');
        await until(
          () => converged() && children.ke.last!.head > before,
          'a fresh message reaches everyone',
          30_000,
        );
        await Promise.all(Object.values(children).map((c) => c.kill('SIGTERM')));
        await rw!.node.close('checking');
        // The check, on the stopped nodes' stores.
        const threads = {
          ke: await threadOf(dirs.ke, operationId),
          tz: await threadOf(dirs.tz, operationId),
          be: await threadOf(dirs.be, operationId),
        };
        const expected = new Map([...acked].map((id) => [id, 1]));
        for (const [side, thread] of Object.entries(threads)) {
          const held = thread.filter((e) => e.kind === 'message').map((e) => ({ id: e.id!, version: 1 }));
          const count = compareHeld(expected, held);
          count.problems = count.problems.map((p) => `${side}: ${p}`);
          counts.push(count);
          const order = thread.map(label).join(',');
          if (order !== threads.ke.map(label).join(','))
            problems.push(`${side} holds the thread in another order than the organiser`);
          if (thread.some((e, i) => e.seq !== i + 1)) problems.push(`${side}'s thread has a gap`);
        }
        leaked += (await threadOf(rw!.dataDir, operationId)).length;
      }
      const total = sumCounts(counts);
      reportRow({
        part: 'fault',
        scenario: `SIGKILL of ${who} at a random moment of a 3-member operation while the organiser and a member post every ${POST_EVERY_MS} ms, then restart`,
        tries,
        outcome: `restarted; every member holds the organiser's thread in the same order${problems.length ? ', PROBLEMS' : ''}`,
        recordsChecked: total.recordsChecked,
        lost: total.lost,
        duplicated: total.duplicated,
        leaked,
        servingAfter: serving,
      });
      expect([...total.problems, ...problems]).to.deep.equal([]);
      expect({ lost: total.lost, duplicated: total.duplicated, leaked }).to.deep.equal({
        lost: 0,
        duplicated: 0,
        leaked: 0,
      });
      expect(serving, 'GET /healthz on every node, and a fresh message delivered to all').to.equal(true);
    });
  }
});
