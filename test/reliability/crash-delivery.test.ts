/**
 * SIGKILL during a WCO contribution (issue 10): a member node with validated cases full of personal
 * data (linked persons and businesses, narrative) contributes them to the WCO node in batches of 20;
 * each node runs in a child process, and one of them is killed with SIGKILL at a random moment of
 * the contribution, restarted, and the contribution catches up. Then every case the member recorded
 * as acknowledged is on the WCO node's global store once (nothing lost or duplicated), nothing
 * nominal reached it (nothing leaked), every chain of both nodes verifies, and both serve.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import fc from 'fast-check';
import { loadConfig } from '../../node/config.ts';
import { initNode, openServices } from '../../node/index.ts';
import { countersign, signAgreement } from '../../policies/index.ts';
import { partyOf, type Party } from '../helpers/agreements.ts';
import { personalCaseArb } from '../helpers/contribution-cases.ts';
import {
  checkContribution,
  checkNodeChains,
  sumCounts,
  type ConsistencyCounts,
} from '../helpers/consistency.ts';
import { freePort, makeTempDir, TEST_ADMIN_PASSWORD, type TestNode } from '../helpers/node.ts';
import { reportRow, trials } from '../helpers/reliability.ts';
import { contributionAgreement, type WcoTestNode } from '../helpers/wco.ts';
import { ChildNode } from '../helpers/child-node.ts';

const CHILD = fileURLToPath(new URL('./crash-delivery-child.ts', import.meta.url));
const CASES = 200;
const ACTOR = { username: 'test:setup' };

interface Report {
  apiUrl: string;
  acknowledged: number;
  global: number;
}

interface Federation {
  member: { dir: string; party: Party };
  wco: { dir: string; party: Party };
  secrets: string[];
}

/** A member and a WCO node, stopped, under a contribution agreement, the member holding CASES nominal cases. */
async function federation(root: string): Promise<Federation> {
  const dirs = { member: join(root, 'member'), wco: join(root, 'wco') };
  const ports = { member: await freePort(), wco: await freePort() };
  await initNode({
    dataDir: dirs.member,
    name: 'KRA',
    country: 'KE',
    apiHost: '127.0.0.1',
    apiPort: 0,
    p2pPort: ports.member,
    adminPassword: TEST_ADMIN_PASSWORD,
    tls: false,
  });
  await initNode({
    dataDir: dirs.wco,
    name: 'WCO',
    role: 'wco',
    apiHost: '127.0.0.1',
    apiPort: 0,
    p2pPort: ports.wco,
    adminPassword: TEST_ADMIN_PASSWORD,
    tls: false,
  });
  const member = { dir: dirs.member, party: await partyOf({ dataDir: dirs.member } as TestNode, 'KE') };
  const wco = { dir: dirs.wco, party: await partyOf({ dataDir: dirs.wco } as TestNode, 'WCO') };
  const agreement = contributionAgreement(
    { name: 'KRA', country: 'KE', nodeId: member.party.nodeId } as WcoTestNode,
    { name: 'WCO', country: 'WCO', nodeId: wco.party.nodeId } as WcoTestNode,
  );
  const sealed = await countersign(await signAgreement(agreement, member.party.key), wco.party.key);
  const secrets: string[] = [];
  for (const [self, other, port] of [
    [member, wco, ports.wco],
    [wco, member, ports.member],
  ] as const) {
    await using offline = await openServices(await loadConfig(self.dir, {}));
    const { services } = offline;
    await services.agreements.install(sealed, 'test:setup');
    await services.peers.add(`/ip4/127.0.0.1/tcp/${port}/p2p/${other.party.nodeId}`, 'test:setup');
    if (self !== member) continue;
    const samples = fc.sample(personalCaseArb(), CASES);
    const inputs = [];
    for (const g of samples) {
      secrets.push(...g.secrets);
      const persons = await services.store.createPersons(g.persons, ACTOR);
      const businesses = await services.store.createBusinesses(g.businesses, ACTOR);
      inputs.push({
        ...g.input,
        // No photo files exist for these cases: their metadata would only queue deliveries that fail.
        photos: [],
        persons: persons.map((p) => ({ id: p.id, role: 'suspect' })),
        businesses: businesses.map((b) => ({ id: b.id, role: 'owner' })),
      });
    }
    await services.store.createCases(inputs, ACTOR);
  }
  return { member, wco, secrets: [...new Set(secrets)] };
}

describe('reliability: SIGKILL during delivery', function () {
  this.timeout(240_000);
  let temp: { path: string; remove(): Promise<void> };
  const running: ChildNode<Report>[] = [];

  before(async () => {
    temp = await makeTempDir('cen-crash-delivery-');
  });

  after(async () => {
    for (const child of running) await child.kill('SIGKILL');
    await temp?.remove();
  });

  for (const victim of ['member', 'wco'] as const) {
    const who = victim === 'member' ? 'the member' : 'the WCO node';
    it(`SIGKILL of ${who} during a contribution: every acknowledged case once on the WCO node, nothing nominal`, async () => {
      const tries = trials({ short: 1, full: 10 });
      const counts: ConsistencyCounts[] = [];
      const problems: string[] = [];
      let serving = true;
      let killedMidway = 0;
      let chainsChecked = 0;
      for (let trial = 0; trial < tries; trial++) {
        const fed = await federation(join(temp.path, `${victim}-${trial}`));
        const spawnOf = (side: 'member' | 'wco') => {
          const child = new ChildNode<Report>(CHILD, [fed[side].dir]);
          running.push(child);
          return child;
        };
        const nodes = { member: spawnOf('member'), wco: spawnOf('wco') };
        // A random moment of the contribution: after 1 to 8 of its 10 batches were acknowledged.
        const threshold = 20 * (1 + Math.floor(Math.random() * 8));
        const before = await nodes.member.until(
          (r) => r.acknowledged >= threshold,
          `${threshold} acknowledged`,
        );
        await nodes[victim].kill('SIGKILL');
        if (before.acknowledged < CASES) killedMidway++;
        nodes[victim] = spawnOf(victim);
        const done = await nodes.member.until((r) => r.acknowledged >= CASES, 'every case is acknowledged');
        await nodes.wco.until((r) => r.global >= CASES, 'the WCO node holds every case');
        // Serving afterwards: both answer /healthz, and the WCO node's contribution protocol took
        // the catch-up after the restart.
        for (const url of [done.apiUrl, nodes.wco.last!.apiUrl]) {
          const health = await fetch(`${url}/healthz`).catch(() => undefined);
          serving &&= health?.status === 200;
        }
        await Promise.all([nodes.member.kill('SIGTERM'), nodes.wco.kill('SIGTERM')]);
        const count = await checkContribution({
          memberDir: fed.member.dir,
          memberNodeId: fed.member.party.nodeId,
          wcoDir: fed.wco.dir,
          secrets: fed.secrets,
        });
        if (count.recordsChecked !== CASES)
          problems.push(`the member recorded ${count.recordsChecked} of ${CASES} cases as acknowledged`);
        counts.push(count);
        for (const dir of [fed.member.dir, fed.wco.dir]) {
          const chains = await checkNodeChains(dir);
          problems.push(...chains.problems.map((p) => `${dir}: ${p}`));
          chainsChecked += chains.checked;
        }
      }
      const total = sumCounts(counts);
      reportRow({
        part: 'fault',
        scenario: `SIGKILL of ${who} at a random moment while a member contributes ${CASES} nominal cases (batches of 20), then restart`,
        tries,
        outcome: `killed mid-contribution ${killedMidway}/${tries}; caught up after restart; ${chainsChecked} chain entries ${problems.length === 0 ? 'verify' : 'checked, PROBLEMS'}`,
        recordsChecked: total.recordsChecked,
        lost: total.lost,
        duplicated: total.duplicated,
        leaked: total.leaked,
        servingAfter: serving,
      });
      expect([...total.problems, ...problems]).to.deep.equal([]);
      expect({ lost: total.lost, duplicated: total.duplicated, leaked: total.leaked }).to.deep.equal({
        lost: 0,
        duplicated: 0,
        leaked: 0,
      });
      expect(serving, 'GET /healthz on both nodes afterwards').to.equal(true);
    });
  }
});
