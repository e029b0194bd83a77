/**
 * A partition by a pulled cable (issue 10): KE and TZ, partners under a sync agreement, each run
 * in its own network namespace, joined by one veth cable. The cable goes down in the kernel while
 * officers on both sides keep recording cases: no reset reaches either node, packets simply stop
 * (unlike the loopback proxy of network.test.ts, which closes connections). Each node must find
 * the dead link by itself (its silence watchdog: nothing heard for 3 s here) and drop the
 * connection; when the cable is back, each node's reconnect loop and sync must bring every case
 * across, exactly once, with no help from the test; then both nodes are stopped and their stores
 * compared (checkExchange).
 * Short run: one cut of 8 s; `make reliability`: 30 s and 10 min.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { loadIdentity } from '../../node/identity.ts';
import { initNode, openServices } from '../../node/index.ts';
import { loadConfig } from '../../node/config.ts';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { agreementBetween, sealBetween, type Party } from '../helpers/agreements.ts';
import { ChildNode } from '../helpers/child-node.ts';
import { checkExchange, sumCounts } from '../helpers/consistency.ts';
import { NetnsPair, netnsUnavailable } from '../helpers/netns.ts';
import { makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';
import { isFullRun, reportRow } from '../helpers/reliability.ts';

const CHILD = fileURLToPath(new URL('./netns-partition-child.ts', import.meta.url));
const P2P_PORT = 4711;

interface Status {
  connected: boolean;
  held: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('reliability: a partition by a pulled cable (network namespaces)', function () {
  const cuts = isFullRun() ? [30_000, 10 * 60_000] : [8_000];
  this.timeout(isFullRun() ? 60 * 60_000 : 180_000);

  it('cases recorded on both sides while the cable is out all arrive after it, exactly once', async function () {
    const unavailable = netnsUnavailable();
    if (unavailable) {
      console.warn(`    skipped: ${unavailable}`);
      this.skip();
    }
    const temp = await makeTempDir('cen-netns-');
    await using pair = await NetnsPair.create();
    const sides = { a: { country: 'KE' }, b: { country: 'TZ' } } as const;
    const dirs = { a: join(temp.path, 'ke'), b: join(temp.path, 'tz') };
    const parties = {} as Record<'a' | 'b', Party>;
    try {
      for (const side of ['a', 'b'] as const) {
        await initNode({
          dataDir: dirs[side],
          name: `Customs ${sides[side].country}`,
          country: sides[side].country,
          apiHost: '127.0.0.1',
          apiPort: 0,
          p2pPort: P2P_PORT,
          adminPassword: TEST_ADMIN_PASSWORD,
          tls: false,
        });
        // The peer port on the cable's address, the API on the namespace's own loopback.
        const file = join(dirs[side], 'config.json');
        const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        await writeFile(file, JSON.stringify({ ...config, p2pHost: pair.addresses[side] }, null, 2));
        const identity = await loadIdentity(dirs[side]);
        parties[side] = {
          nodeId: identity.nodeId,
          key: signingKeyFromLibp2p(identity.privateKey),
          country: sides[side].country,
        };
      }
      const sealed = await sealBetween(
        parties.a,
        parties.b,
        agreementBetween(parties.a, parties.b, {
          modes: ['sync'],
          itrAreas: [...vocabularies.itrArea.codes],
        }),
      );
      for (const [side, other] of [
        ['a', 'b'],
        ['b', 'a'],
      ] as const) {
        await using offline = await openServices(await loadConfig(dirs[side], {}));
        await offline.services.agreements.install(sealed, 'test:setup');
        await offline.services.peers.add(
          `/ip4/${pair.addresses[other]}/tcp/${P2P_PORT}/p2p/${parties[other].nodeId}`,
          'test:setup',
        );
      }

      const acked = {
        a: [] as { id: string; version: number }[],
        b: [] as { id: string; version: number }[],
      };
      const start = (side: 'a' | 'b') =>
        new ChildNode<Status>(
          CHILD,
          [dirs[side], parties[side === 'a' ? 'b' : 'a'].nodeId],
          (line) => {
            if (Array.isArray(line.created))
              acked[side].push(...(line.created as { id: string; version: number }[]));
            return 'connected' in line;
          },
          pair.exec(side),
        );
      const nodes = { a: start('a'), b: start('b') };
      try {
        const bothConnected = () =>
          Promise.all([
            nodes.a.until((s) => s.connected, 'KE connected to TZ', 60_000),
            nodes.b.until((s) => s.connected, 'TZ connected to KE', 60_000),
          ]);
        await bothConnected();
        const record = async (n: number) => {
          const before = acked.a.length + acked.b.length;
          nodes.a.send(`create ${n}`);
          nodes.b.send(`create ${n}`);
          const deadline = Date.now() + 30_000;
          while (acked.a.length + acked.b.length < before + 2 * n) {
            if (Date.now() > deadline) throw new Error('the nodes did not acknowledge the cases');
            await sleep(20);
          }
        };
        await record(5);
        let duringCuts = 0;
        let bothSawItDead = 0;
        const caughtUp: number[] = [];
        for (const ms of cuts) {
          await pair.setLink('down');
          // Officers keep working on both sides while the cable is out.
          const until = Date.now() + ms;
          while (Date.now() < until) {
            await record(2);
            duringCuts += 4;
            await sleep(Math.min(1_000, ms / 8));
          }
          // No reset crosses a pulled cable: each side must have found the link dead by itself.
          if (nodes.a.last?.connected === false && nodes.b.last?.connected === false) bothSawItDead++;
          await pair.setLink('up');
          const upAt = Date.now();
          const deadline = upAt + (isFullRun() ? 15 * 60_000 : 90_000);
          await Promise.all([
            nodes.a.until((s) => s.held >= acked.b.length, 'KE holds every TZ case', deadline - Date.now()),
            nodes.b.until((s) => s.held >= acked.a.length, 'TZ holds every KE case', deadline - Date.now()),
          ]);
          caughtUp.push(Date.now() - upAt);
        }
        await record(3);
        await Promise.all([
          nodes.a.until((s) => s.held >= acked.b.length, 'KE holds every TZ case', 60_000),
          nodes.b.until((s) => s.held >= acked.a.length, 'TZ holds every KE case', 60_000),
        ]);
        const serving = nodes.a.last!.connected && nodes.b.last!.connected;
        await Promise.all([nodes.a.kill('SIGTERM'), nodes.b.kill('SIGTERM')]);
        const tally = sumCounts([
          await checkExchange({ ownerDir: dirs.a, ownerNodeId: parties.a.nodeId, receiverDir: dirs.b }),
          await checkExchange({ ownerDir: dirs.b, ownerNodeId: parties.b.nodeId, receiverDir: dirs.a }),
        ]);
        reportRow({
          part: 'fault',
          scenario: `partition by a pulled cable (veth link down between two network namespaces) of ${cuts.map((ms) => `${ms / 1000} s`).join(' and ')} while both sides record cases`,
          tries: cuts.length,
          outcome: `${duringCuts} cases recorded while the cable was out arrived after it, unprompted, in ${caughtUp.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' and ')}; both nodes dropped the dead connection by themselves (silence limit 3 s) in ${bothSawItDead} of ${cuts.length} cuts`,
          recordsChecked: tally.recordsChecked,
          lost: tally.lost,
          duplicated: tally.duplicated,
          leaked: tally.leaked,
          servingAfter: serving,
        });
        expect(bothSawItDead, 'cuts both nodes noticed before the cable was back').to.equal(cuts.length);
        expect(tally.problems).to.deep.equal([]);
        expect(tally.recordsChecked).to.equal(acked.a.length + acked.b.length);
        expect(serving).to.equal(true);
      } finally {
        await Promise.all([nodes.a.kill('SIGKILL'), nodes.b.kill('SIGKILL')]);
      }
    } finally {
      await temp.remove();
    }
  });
});
