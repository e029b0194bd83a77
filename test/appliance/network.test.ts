/**
 * Three installed appliances on one network: each a fresh Debian root with the package installed
 * by dpkg, in its own network namespace with its own address, cabled to a switch (a bridge in a
 * fourth namespace). Their operators finish the setup with `cen-node setup`, seal agreements with
 * the `agreement` commands, add each other as peers and boot the machines, whose systemd starts
 * the installed unit.
 * Kenya's cases reach Tanzania and Belgium; with Tanzania's cable pulled, Belgium still receives
 * what Kenya records, and once the cable is back Tanzania catches up on its own.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { expect } from 'chai';
import {
  applianceTestsUnavailable,
  buildTestPackage,
  DebianMachine,
  NetworkSwitch,
} from '../helpers/debian-root.ts';

interface Site {
  country: string;
  name: string;
  address: string;
  machine: DebianMachine;
  cable: string;
  nodeId: string;
}

const SITES = [
  { country: 'KE', name: 'Kenya Revenue Authority - Customs', address: '10.232.0.11' },
  { country: 'TZ', name: 'Tanzania Revenue Authority - Customs', address: '10.232.0.12' },
  { country: 'BE', name: 'Belgian Customs', address: '10.232.0.13' },
] as const;

interface EvidenceLine {
  kind: string;
  direction: string;
  peer: string;
  records?: { type: string; id: string; outcome?: string }[];
}

/**
 * The case ids a node has received from `peer`, from its evidence log (`cen-node evidence export`
 * into a folder the node's service and this command both see).
 */
async function receivedFrom(site: Site, peer: Site): Promise<Set<string>> {
  const out = `/var/backups/cen-node/evidence-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`;
  await site.machine.must(['cen-node', 'evidence', 'export', '--out', out]);
  const ids = new Set<string>();
  for (const line of (await readFile(site.machine.path(out), 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as EvidenceLine;
    if (entry.kind !== 'received' || entry.peer !== peer.nodeId) continue;
    for (const record of entry.records ?? []) if (record.type === 'case') ids.add(record.id);
  }
  return ids;
}

/** The ids of the cases a node holds as their author, from an export of its own cases. */
async function ownCaseIds(site: Site): Promise<Set<string>> {
  const out = `/var/backups/cen-node/cases-${Date.now()}.csv`;
  await site.machine.must(['cen-node', 'export', '--format', 'csv', '--out', out, '--country', site.country]);
  const [header, ...rows] = (await readFile(site.machine.path(out), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  expect(header).to.match(/^Case id,/);
  return new Set(rows.map((row) => row.slice(0, row.indexOf(','))));
}

async function eventually(what: string, check: () => Promise<boolean>, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

describe('three installed appliances in their own network namespaces', function () {
  this.timeout(600_000);
  let network: NetworkSwitch;
  const sites: Site[] = [];

  before(async function () {
    const unavailable = applianceTestsUnavailable();
    if (unavailable) {
      console.warn(`    skipped: ${unavailable}`);
      this.skip();
    }
    const deb = await buildTestPackage();
    network = await NetworkSwitch.create('sw');
    for (const site of SITES) {
      const machine = await DebianMachine.create(site.country.toLowerCase(), { netns: true });
      const cable = await machine.link(`${site.address}/24`, {
        netns: network.netns,
        bridge: network.bridge,
      });
      sites.push({ ...site, machine, cable, nodeId: '' });
    }
    // Three IT teams install at the same time.
    await Promise.all(
      sites.map(async (site) => {
        const { machine } = site;
        await machine.must(['dpkg', '-i', await machine.copyIn(deb)]);
        await machine.must([
          'cen-node',
          'setup',
          '--name',
          site.name,
          '--role',
          'national',
          '--country',
          site.country,
          '--api-host',
          site.address,
          '--api-port',
          '8443',
          '--p2p-host',
          site.address,
          '--p2p-port',
          '9090',
        ]);
        site.nodeId = (JSON.parse(await machine.must(['cen-node', 'id'])) as { nodeId: string }).nodeId;
      }),
    );
  });

  after(async () => {
    for (const site of sites) await site.machine.close();
    await network?.close();
  });

  const siteOf = (country: string) => () => sites.find((site) => site.country === country)!;
  const [ke, tz, be] = [siteOf('KE'), siteOf('TZ'), siteOf('BE')];

  it('seals agreements with the agreement commands and peers the nodes by their addresses', async () => {
    for (const partner of [tz(), be()]) {
      const owner = ke();
      const draft = `/tmp/agreement-${partner.country}.json`;
      await owner.machine.must([
        'cen-node',
        'agreement',
        'draft',
        '--with',
        partner.nodeId,
        '--country',
        partner.country,
        '--name',
        partner.name,
        '--modes',
        'sync',
        '--out',
        draft,
      ]);
      await owner.machine.must(['cen-node', 'agreement', 'sign', draft, '--out', `${draft}.signed`]);
      // The signed file travels to the partner (by mail, in practice); the sealed one comes back.
      await copyFile(owner.machine.path(`${draft}.signed`), partner.machine.path(`${draft}.signed`));
      await partner.machine.must([
        'cen-node',
        'agreement',
        'countersign',
        `${draft}.signed`,
        '--out',
        `${draft}.sealed`,
      ]);
      await partner.machine.must(['cen-node', 'agreement', 'install', `${draft}.sealed`]);
      await copyFile(partner.machine.path(`${draft}.sealed`), owner.machine.path(`${draft}.sealed`));
      await owner.machine.must(['cen-node', 'agreement', 'install', `${draft}.sealed`]);
      await owner.machine.must([
        'cen-node',
        'peer',
        'add',
        `/ip4/${partner.address}/tcp/9090/p2p/${partner.nodeId}`,
      ]);
      await partner.machine.must([
        'cen-node',
        'peer',
        'add',
        `/ip4/${owner.address}/tcp/9090/p2p/${owner.nodeId}`,
      ]);
    }
    // Each machine boots; its systemd starts the installed, enabled unit.
    await Promise.all(sites.map((site) => site.machine.boot()));
    for (const site of sites) {
      const active = await site.machine.run(['systemctl', 'is-active', 'cen-node']);
      expect(active.stdout.trim(), site.country).to.equal('active');
      await eventually(`${site.country} serving`, () =>
        site.machine.exists('/var/lib/cen-node/data/control.sock'),
      );
    }
  });

  it("delivers Kenya's cases to both partners over their own addresses", async () => {
    await ke().machine.must(['cen-node', 'seed', '--cases', '10', '--seed', '1']);
    const cases = await ownCaseIds(ke());
    expect(cases.size).to.equal(10);
    for (const partner of [tz(), be()]) {
      await eventually(`${partner.country} receiving Kenya's cases`, async () => {
        const received = await receivedFrom(partner, ke());
        return [...cases].every((id) => received.has(id));
      });
    }
  });

  it("keeps exchanging with Belgium while Tanzania's cable is out, and Tanzania catches up when it is back", async () => {
    const before = await ownCaseIds(ke());
    await network.setCable(tz().cable, 'down');
    try {
      await ke().machine.must(['cen-node', 'seed', '--cases', '5', '--seed', '2']);
      const now = await ownCaseIds(ke());
      const added = [...now].filter((id) => !before.has(id));
      expect(added).to.have.length(5);
      await eventually('Belgium receiving the new cases', async () => {
        const received = await receivedFrom(be(), ke());
        return added.every((id) => received.has(id));
      });
      // Tanzania cannot have them: its cable is out.
      const cut = await receivedFrom(tz(), ke());
      expect(added.filter((id) => cut.has(id))).to.deep.equal([]);
      await network.setCable(tz().cable, 'up');
      await eventually(
        'Tanzania catching up once its cable is back',
        async () => {
          const received = await receivedFrom(tz(), ke());
          return added.every((id) => received.has(id));
        },
        180,
      );
    } finally {
      await network.setCable(tz().cable, 'up');
    }
  });
});
