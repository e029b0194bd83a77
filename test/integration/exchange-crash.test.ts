/**
 * kill -9 in the middle of a sync, on either side: KE owns 2,000 cases that TZ may all receive;
 * TZ pulls them in chunks of 50. TZ is killed while its inbox fills, restarted, then KE is killed
 * while TZ is still behind, and restarted. In the end TZ holds exactly KE's cases, each once, at
 * its current version; KE's record of who holds what says the same; both evidence logs verify.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { loadIdentity } from '../../node/identity.ts';
import { loadConfig } from '../../node/config.ts';
import { initNode, openServices } from '../../node/index.ts';
import { LevelKv } from '../../node/store/level-kv.ts';
import { EXCHANGE_NS, type InboxEntry, type Share } from '../../node/exchange/index.ts';
import { STORE_DIRECTORY } from '../../node/store/index.ts';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import { agreementBetween, sealBetween, type Party } from '../helpers/agreements.ts';
import { freePort, makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';
import { item, validCase } from '../compliance/fixtures.ts';
import { checkExchange, checkNodeChains } from '../helpers/consistency.ts';
import { reportRow } from '../helpers/reliability.ts';
import { ChildNode } from '../helpers/child-node.ts';

const CHILD = fileURLToPath(new URL('./exchange-crash-child.ts', import.meta.url));
const CASES = 2000;
const ALL_AREAS = ['drugs', 'revenue', 'ipr-health-safety', 'environment', 'security', 'money-laundering'];

interface Report {
  inbox: number;
  shares: number;
  lag: number[];
  peers: number;
}

async function readNamespace<T>(dataDir: string, ns: string): Promise<T[]> {
  const kv = await LevelKv.open(join(dataDir, STORE_DIRECTORY));
  try {
    const values: T[] = [];
    for await (const [, value] of kv.iterate(ns)) values.push(value as T);
    return values;
  } finally {
    await kv.close();
  }
}

describe('exchange after kill -9 mid-sync', function () {
  this.timeout(180_000);
  let temp: { path: string; remove(): Promise<void> };
  const running: ChildNode<Report>[] = [];

  after(async () => {
    for (const child of running) if (child.process.exitCode === null) await child.kill('SIGKILL');
    await temp?.remove();
  });

  it('ends with identical record sets on both sides, nothing lost and nothing twice', async () => {
    temp = await makeTempDir('cen-exchange-crash-');
    const dirs = { ke: join(temp.path, 'ke'), tz: join(temp.path, 'tz') };
    const ports = { ke: await freePort(), tz: await freePort() };
    for (const [name, country] of [
      ['ke', 'KE'],
      ['tz', 'TZ'],
    ] as const) {
      await initNode({
        dataDir: dirs[name],
        name: `${country} Customs`,
        country,
        apiHost: '127.0.0.1',
        apiPort: 0,
        p2pPort: ports[name],
        adminPassword: TEST_ADMIN_PASSWORD,
        tls: false,
      });
    }
    const party = async (dir: string, country: string): Promise<Party> => {
      const identity = await loadIdentity(dir);
      return { nodeId: identity.nodeId, key: signingKeyFromLibp2p(identity.privateKey), country };
    };
    const [kep, tzp] = [await party(dirs.ke, 'KE'), await party(dirs.tz, 'TZ')];
    const sealed = await sealBetween(
      kep,
      tzp,
      agreementBetween(kep, tzp, { itrAreas: ALL_AREAS, maxCode: 'H3', modes: ['sync'] }),
    );
    const ids: string[] = [];
    for (const [name, other] of [
      ['ke', tzp],
      ['tz', kep],
    ] as const) {
      await using offline = await openServices(await loadConfig(dirs[name], {}));
      await offline.services.agreements.install(sealed, 'test:setup');
      const otherPort = name === 'ke' ? ports.tz : ports.ke;
      await offline.services.peers.add(`/ip4/127.0.0.1/tcp/${otherPort}/p2p/${other.nodeId}`, 'test:setup');
      if (name === 'ke') {
        for (let done = 0; done < CASES; done += 500) {
          const batch = Array.from({ length: 500 }, (_, i) =>
            validCase({ items: [item(done + i)], narrative: `Case ${done + i} of the crash test.` }),
          );
          const created = await offline.services.store.createCases(batch, { username: 'test:setup' });
          ids.push(...created.map((c) => c.id));
        }
      }
    }

    let ke = new ChildNode<Report>(CHILD, [dirs.ke]);
    let tz = new ChildNode<Report>(CHILD, [dirs.tz]);
    running.push(ke, tz);
    // TZ dies while its inbox fills.
    const first = await tz.until((r) => r.inbox >= 400, 'TZ holds 400 cases');
    await tz.kill('SIGKILL');
    tz = new ChildNode<Report>(CHILD, [dirs.tz]);
    running.push(tz);
    // KE dies while TZ is still behind.
    const second = await tz.until((r) => r.inbox >= 1000, 'TZ holds 1,000 cases');
    await ke.kill('SIGKILL');
    // Both kills fell in the middle of the sync (reports come every 100 ms, chunks of 50).
    expect(
      [first.inbox, second.inbox].every((n) => n < CASES),
      `${first.inbox}, ${second.inbox}`,
    ).to.equal(true);
    ke = new ChildNode<Report>(CHILD, [dirs.ke]);
    running.push(ke);
    const caughtUp = await tz.until(
      (r) => r.inbox >= CASES && r.lag.length === 1 && r.lag[0] === 0,
      'TZ has caught up',
    );
    await ke.until((r) => r.shares >= CASES, 'KE has every receipt');
    await Promise.all([ke.kill('SIGTERM'), tz.kill('SIGTERM')]);

    const inbox = await readNamespace<InboxEntry>(dirs.tz, EXCHANGE_NS.inbox);
    const held = inbox.map((e) => e.id).sort();
    expect(held.length, 'no case twice').to.equal(new Set(held).size);
    expect(held).to.deep.equal([...ids].sort());
    expect(inbox.every((e) => e.version === 1 && e.provenance.owner.nodeId === kep.nodeId)).to.equal(true);
    const shares = await readNamespace<Share>(dirs.ke, EXCHANGE_NS.shares);
    expect(shares.map((s) => s.id).sort()).to.deep.equal([...ids].sort());
    for (const dir of [dirs.ke, dirs.tz]) {
      await using offline = await openServices(await loadConfig(dir, {}));
      const report = await offline.services.evidence.verify();
      expect(report, dir).to.include({ ok: true });
    }
    // The issue-10 checker too: duplicates, leaks, cursors and every chain, as one report row.
    const counts = await checkExchange({ ownerDir: dirs.ke, ownerNodeId: kep.nodeId, receiverDir: dirs.tz });
    const chains = [await checkNodeChains(dirs.ke), await checkNodeChains(dirs.tz)];
    reportRow({
      part: 'fault',
      scenario: `SIGKILL of the receiver, then of the owner, during a ${CASES}-case sync`,
      tries: 1,
      outcome: `caught up after both restarts; chains ${chains.every((c) => c.ok) ? 'verify' : 'BROKEN'}`,
      recordsChecked: counts.recordsChecked,
      lost: counts.lost,
      duplicated: counts.duplicated,
      leaked: counts.leaked,
      // A fresh sync between the restarted nodes completed (TZ reported no lag behind KE).
      servingAfter: caughtUp.peers === 1 && caughtUp.lag[0] === 0,
    });
    expect([...counts.problems, ...chains.flatMap((c) => c.problems)]).to.deep.equal([]);
  });
});
