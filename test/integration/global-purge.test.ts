/**
 * The end of a contribution agreement between real nodes over loopback: Kenya, Tanzania and
 * Uganda contribute to the WCO node; Kenya revokes its agreement and its cases leave the WCO
 * node's store, search index and API while the others' stay; Tanzania's agreement expires while
 * the WCO node is down and a purge of it dies half-way, and Uganda's expires too: the WCO node
 * finishes the one and does the other when it starts, counting every case once.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { countersign, draftAgreement, publicJwkOfNodeId, signAgreement } from '../../policies/index.ts';
import {
  apiPaths,
  type CaseContributionResponse,
  type GlobalCasePage,
  type GlobalMemberListResponse,
} from '../../protocol/api.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import type { CaseId } from '../../protocol/ids.ts';
import type { Role } from '../../protocol/roles.ts';
import { loadConfig } from '../../node/config.ts';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import {
  GLOBAL_INDEX_FILE,
  GLOBAL_NS,
  GLOBAL_PURGE_NS,
  GlobalPurge,
  GlobalStore,
  type GlobalPurgeMarker,
} from '../../node/global/index.ts';
import { initNode, openServices, startNode, type RunningNode, type StartOptions } from '../../node/index.ts';
import { globalCaseKey } from '../../node/global/keys.ts';
import { silentLoggers } from '../../node/log.ts';
import type { BatchOp } from '../../node/store/kv.ts';
import type { RecordStore } from '../../node/store/records.ts';
import { partyOf, type Party } from '../helpers/agreements.ts';
import { cenNode } from '../helpers/cli.ts';
import { testLoggers } from '../helpers/logs.ts';
import {
  ApiClient,
  freePort,
  makeTempDir,
  newTestPassword,
  TEST_ADMIN_PASSWORD,
  type TestNode,
} from '../helpers/node.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const DAY_MS = 86_400_000;
/** Long intervals: each test contributes and purges when it means to (or an agreement change does). */
const START: StartOptions = {
  p2p: { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 },
  exchange: { syncIntervalMs: 10 * 60_000, sweepIntervalMs: 10 * 60_000 },
  contribute: { intervalMs: 10 * 60_000 },
  globalPurge: { intervalMs: 10 * 60_000, batchCases: 4 },
  consoleDistDir: null,
};

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A node that can be stopped and started again (with another clock) on the same data directory. */
class TestbedNode {
  readonly name: string;
  readonly dataDir: string;
  running: RunningNode | undefined;
  readonly #remove: () => Promise<void>;
  readonly #logs: ReturnType<typeof testLoggers>;

  private constructor(name: string, dataDir: string, remove: () => Promise<void>) {
    this.name = name;
    this.dataDir = dataDir;
    this.#remove = remove;
    this.#logs = testLoggers(`global-purge-${name.replace(/\W+/g, '-')}`);
  }

  static async init(name: string, role: 'national' | 'wco', country?: string): Promise<TestbedNode> {
    const temp = await makeTempDir('cen-global-purge-');
    const dataDir = join(temp.path, 'node');
    await initNode({
      dataDir,
      name,
      role,
      ...(country ? { country } : {}),
      apiHost: '127.0.0.1',
      apiPort: 0,
      p2pPort: await freePort(),
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: false,
    });
    const node = new TestbedNode(name, dataDir, () => temp.remove());
    await node.start();
    return node;
  }

  get node(): RunningNode {
    if (!this.running) throw new Error(`${this.name} is stopped`);
    return this.running;
  }

  async start(clock?: () => Date): Promise<void> {
    this.running = await startNode(await loadConfig(this.dataDir, {}), {
      ...START,
      loggers: this.#logs.loggers,
      ...(clock ? { clock } : {}),
    });
  }

  async stop(): Promise<void> {
    await this.running?.close('test');
    this.running = undefined;
  }

  async loginAs(role: Role): Promise<ApiClient> {
    const username = `${role.replace(/[^a-z]/g, '')}1`;
    const password = newTestPassword();
    await this.node.services.auth.createUser({ username: 'test:setup' }, { username, role, password });
    const client = new ApiClient(this.node.apiUrl);
    const res = await client.post(apiPaths.session, { username, password });
    if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status}`);
    return client;
  }

  async close(): Promise<void> {
    await this.stop();
    this.#logs.close();
    await this.#remove();
  }
}

/** A case-level contribution agreement from a minute ago until `days` later. */
async function contributionAgreement(member: Party, wco: Party, name: string, days: number) {
  const from = new Date(Date.now() - 60_000);
  const doc: Agreement = draftAgreement({
    type: 'wco-contribution',
    parties: [
      { administration: member.country, name, nodeId: member.nodeId, key: publicJwkOfNodeId(member.nodeId) },
      {
        administration: 'WCO',
        name: 'World Customs Organization',
        nodeId: wco.nodeId,
        key: publicJwkOfNodeId(wco.nodeId),
      },
    ],
    legalBasis: { instrument: 'WCO CEN data contribution' },
    purposes: ['customs-enforcement'],
    modes: ['sync'],
    scope: { [member.nodeId]: { recordKinds: ['seizure', 'offence'], itrAreas: ['drugs'], nominal: false } },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + days * DAY_MS).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
  return { id: doc.id, sealed: await countersign(await signAgreement(doc, member.key), wco.key) };
}

describe('purging a member’s contributions when its agreement ends', function () {
  this.timeout(90_000);
  let wco: TestbedNode;
  let wcop: Party;
  const members: Record<'KE' | 'TZ' | 'UG', { node: TestbedNode; party: Party; agreementId: string }> =
    {} as never;
  /** The ids of the cases each member contributed. */
  const contributed: Record<'KE' | 'TZ' | 'UG', string[]> = { KE: [], TZ: [], UG: [] };

  const global = () => wco.node.global!.store;
  const heldIds = async (member: string) => {
    const ids: string[] = [];
    for await (const entry of global().all())
      if (entry.provenance.owner.nodeId === member) ids.push(entry.id);
    return ids.sort();
  };
  const evidenceOf = async (node: RunningNode, kind: string): Promise<EvidenceEntry[]> =>
    (await node.services.evidence.list({ kind, limit: 1000, order: 'oldest-first' })).items;
  /** Every case the search index finds (through the store's search, page by page). */
  const searchAll = async (query: Record<string, string> = {}) => {
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await global().search({ ...query, limit: 500, ...(cursor ? { cursor } : {}) });
      found.push(...page.items.map((c) => `${c.member.country}:${c.case.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  };

  before(async () => {
    const [wcoNode, ke, tz, ug] = await Promise.all([
      TestbedNode.init('World Customs Organization', 'wco'),
      TestbedNode.init('Kenya Revenue Authority', 'national', 'KE'),
      TestbedNode.init('Tanzania Revenue Authority', 'national', 'TZ'),
      TestbedNode.init('Uganda Revenue Authority', 'national', 'UG'),
    ]);
    wco = wcoNode;
    wcop = await partyOf({ dataDir: wco.dataDir } as TestNode, 'WCO');
    // Tanzania's agreement ends first (100 days), Uganda's later (200 days), Kenya's in a year.
    const days = { KE: 365, TZ: 100, UG: 200 } as const;
    for (const [country, node] of [
      ['KE', ke],
      ['TZ', tz],
      ['UG', ug],
    ] as const) {
      const party = await partyOf({ dataDir: node.dataDir } as TestNode, country);
      const { id, sealed } = await contributionAgreement(party, wcop, node.name, days[country]);
      for (const side of [node, wco]) await side.node.services.agreements.install(sealed, 'test:setup');
      await node.node.services.peers.add(wco.node.peerHost.multiaddrs()[0]!, 'test:setup');
      await wco.node.services.peers.add(node.node.peerHost.multiaddrs()[0]!, 'test:setup');
      members[country] = { node, party, agreementId: id };
    }
    await Promise.all([wco, ke, tz, ug].map((n) => n.node.peerHost.recheck()));
    for (const { node } of Object.values(members)) {
      await eventually(() => node.node.peerHost.status(wcop.nodeId).connected, `${node.name} is connected`);
    }
    // 9 cases from Kenya, 10 from Tanzania (more than two purge batches of 4), 3 from Uganda.
    for (const [country, count] of [
      ['KE', 9],
      ['TZ', 10],
      ['UG', 3],
    ] as const) {
      const { node } = members[country];
      for (let i = 0; i < count; i++) {
        const stored = await node.node.services.store.createCase(validCase({ items: [item(i % 3)] }), {
          username: 'officer',
        });
        contributed[country].push(stored.id);
      }
      await node.node.contributions!.contribute(wcop.nodeId);
      expect(await heldIds(members[country].party.nodeId)).to.deep.equal([...contributed[country]].sort());
    }
  });
  after(async () => {
    await Promise.all([wco, ...Object.values(members).map((m) => m.node)].map((n) => n?.close()));
  });

  it('deletes a member’s cases from the store, the index and the API when it revokes its agreement, and nobody else’s', async () => {
    const ke = members.KE;
    const analyst = await wco.loginAs('wco-analyst');
    const officer = await ke.node.loginAs('officer');
    const others = [...(await searchAll({ country: 'TZ' })), ...(await searchAll({ country: 'UG' }))];
    expect(others).to.have.length(13);

    await ke.node.node.services.agreements.revoke(
      ke.agreementId,
      'leaving the CEN',
      ke.party.key,
      'test:exchange-admin',
    );
    // The revocation reaches the WCO node by the agreements protocol; its arrival starts the purge.
    await eventually(async () => (await heldIds(ke.party.nodeId)).length === 0, 'Kenya’s cases are gone');
    await wco.node.globalPurge!.sweep();

    expect(await searchAll({ country: 'KE' })).to.deep.equal([]);
    expect(await searchAll({ q: 'cocaine', country: 'KE' })).to.deep.equal([]);
    const page = await analyst.get<GlobalCasePage>(`${apiPaths.globalCases}?limit=500`);
    expect(page.status).to.equal(200);
    expect(page.body.items.map((c) => c.case.id)).to.not.include.members(contributed.KE.slice(0, 1));
    expect(page.body.items.map((c) => `${c.member.country}:${c.case.id}`).sort()).to.deep.equal(
      [...others].sort(),
    );
    const listed = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(listed.body.items.map((m) => [m.country, m.cases])).to.deep.equal([
      ['TZ', 10],
      ['UG', 3],
    ]);
    // The others' cases are untouched, in the store and in the index.
    expect(await heldIds(members.TZ.party.nodeId)).to.deep.equal([...contributed.TZ].sort());
    expect((await searchAll()).sort()).to.deep.equal([...others].sort());

    // The evidence log says who, under which agreement, why and how many; never what.
    const purged = (await evidenceOf(wco.node, 'purged')).filter((e) => e.peer === ke.party.nodeId);
    expect(purged).to.have.length(1);
    expect(purged[0]).to.deep.include({ agreementId: ke.agreementId, direction: 'inbound' });
    expect(purged[0]!.details).to.include({ reason: 'agreement-revoked', cases: 9 });
    expect(purged[0]!.records).to.equal(undefined);
    // `cen-node check` finds the global store and its index consistent after the purge.
    expect(await wco.node.services.maintenance.check()).to.deep.equal({ ok: true, problems: [] });

    // Kenya stops contributing: a new case goes nowhere, and its cases say what became of them.
    const later = await ke.node.node.services.store.createCase(validCase({ items: [item(1)] }), {
      username: 'officer',
    });
    expect(await ke.node.node.contributions!.contribute()).to.deep.equal([]);
    expect(await heldIds(ke.party.nodeId)).to.deep.equal([]);
    const state = await officer.get<CaseContributionResponse>(apiPaths.caseContribution(contributed.KE[0]!));
    expect(state.status).to.equal(200);
    expect(state.body.items).to.have.length(1);
    expect(state.body.items[0]).to.include({
      wco: wcop.nodeId,
      agreementId: ke.agreementId,
      state: 'withdrawn',
      reason: 'agreement-ended',
      version: 1,
    });
    const none = await officer.get<CaseContributionResponse>(apiPaths.caseContribution(later.id));
    expect(none.body.items).to.deep.equal([]);
  });

  it('finishes at start a purge that died half-way, and purges a member whose agreement expired while it was down', async () => {
    const [tz, ug] = [members.TZ, members.UG];
    const writesBefore = await searchAll();
    await wco.stop();

    // 150 days on, Tanzania's agreement has expired; a purge begins and dies after its first
    // batch of deletions (the process is gone before the next batch is written).
    const clock150 = () => new Date(Date.now() + 150 * DAY_MS);
    {
      await using offline = await openServices(await loadConfig(wco.dataDir, {}), {
        loggers: silentLoggers(),
      });
      const { services } = offline;
      const kv = (services.store as RecordStore).kv;
      const store = await GlobalStore.open({ kv, indexPath: join(wco.dataDir, GLOBAL_INDEX_FILE) });
      let commits = 0;
      const dying = {
        entryOps: services.evidence.entryOps.bind(services.evidence),
        commit: async (ops: BatchOp[]) => {
          if (++commits === 3) throw new Error('killed');
          await services.evidence.commit(ops);
          return [];
        },
      };
      const purge = new GlobalPurge(
        {
          kv,
          global: store,
          agreements: services.agreements,
          evidence: dying,
          self: wcop.nodeId,
          log: silentLoggers().root,
          clock: clock150,
        },
        { batchCases: 4 },
      );
      let died: unknown;
      await purge.sweep().catch((err: unknown) => (died = err));
      expect((died as Error | undefined)?.message).to.equal('killed');
      await store.close();
      const marker = (await kv.get(GLOBAL_PURGE_NS, tz.party.nodeId)) as GlobalPurgeMarker | undefined;
      expect(marker).to.include({ member: tz.party.nodeId, reason: 'agreement-expired', deleted: 4 });
      expect(await kv.get(GLOBAL_NS.members, tz.party.nodeId)).to.equal(undefined);
      expect(await kv.get(GLOBAL_NS.members, ug.party.nodeId)).to.not.equal(undefined);
      expect(writesBefore.filter((c) => c.startsWith('TZ:'))).to.have.length(10);
    }

    // 250 days on, Uganda's has expired too: the node finishes one purge and does the other.
    await wco.start(() => new Date(Date.now() + 250 * DAY_MS));
    await eventually(async () => (await global().count()) === 0, 'the WCO node holds no case');
    await wco.node.globalPurge!.sweep();
    expect(await searchAll()).to.deep.equal([]);
    expect(await global().members()).to.deep.equal([]);
    expect(await wco.node.globalPurge!.purging(tz.party.nodeId)).to.equal(false);
    const purged = await evidenceOf(wco.node, 'purged');
    const about = (m: Party) => purged.filter((e) => e.peer === m.nodeId).map((e) => e.details);
    expect(about(tz.party)).to.deep.equal([
      { reason: 'agreement-expired', cases: 10, country: 'TZ', startedAt: about(tz.party)[0]!.startedAt },
    ]);
    expect(about(ug.party)).to.have.length(1);
    expect(about(ug.party)[0]).to.include({ reason: 'agreement-expired', cases: 3 });
    expect(await wco.node.services.evidence.verify()).to.include({ ok: true });
    expect(await wco.node.services.maintenance.check()).to.deep.equal({ ok: true, problems: [] });
  });

  it('takes everything again from a member that signs a new agreement after the purge', async () => {
    const ke = members.KE;
    const { id, sealed } = await contributionAgreement(ke.party, wcop, ke.node.name, 365);
    for (const side of [ke.node, wco]) await side.node.services.agreements.install(sealed, 'test:setup');
    await Promise.all([ke.node, wco].map((n) => n.node.peerHost.recheck()));
    await eventually(() => ke.node.node.peerHost.status(wcop.nodeId).connected, 'Kenya is connected again');
    // Kenya's node held "contributed" for its first 9 cases, under the old agreement: they go again
    // (the connection opening starts the push; this one follows it).
    await ke.node.node.contributions!.contribute(wcop.nodeId);
    const held = await heldIds(ke.party.nodeId);
    expect(held).to.have.length(10);
    expect(held).to.include.members(contributed.KE);
    expect((await global().members()).map((m) => [m.country, m.cases])).to.deep.equal([['KE', 10]]);
    const state = await ke.node.node.contributions!.caseContribution(
      (await ke.node.node.services.store.getCase(contributed.KE[0]! as CaseId))!,
    );
    expect(state).to.deep.equal([state[0]]);
    expect(state[0]).to.include({ state: 'contributed', agreementId: id });
  });

  it('has `cen-node check` look at the global store: ok while running, a case under another member’s key named', async () => {
    const running = await cenNode(['check', '--data', wco.dataDir]);
    expect(running.code, running.stdout + running.stderr).to.equal(0);
    expect(running.stdout).to.contain('Store check (through the running node): ok');

    await wco.stop();
    // A copy of one of Kenya's cases under Uganda's key, as a faulty write would leave it.
    const id = contributed.KE[0]!;
    {
      await using offline = await openServices(await loadConfig(wco.dataDir, {}), {
        loggers: silentLoggers(),
      });
      const kv = (offline.services.store as RecordStore).kv;
      const entry = await kv.get(GLOBAL_NS.cases, globalCaseKey(members.KE.party.nodeId, id));
      expect(entry).to.not.equal(undefined);
      const key = globalCaseKey(members.UG.party.nodeId, id);
      await kv.batch([{ type: 'put', ns: GLOBAL_NS.cases, key, value: entry }]);
    }
    const offline = await cenNode(['check', '--data', wco.dataDir]);
    expect(offline.code).to.equal(1);
    expect(offline.stdout).to.contain(
      `global case ${id} is kept under member ${members.UG.party.nodeId} but was contributed by ${members.KE.party.nodeId}`,
    );
    expect(offline.stdout).to.contain(
      `member ${members.UG.party.nodeId} has 1 global cases and no member row`,
    );
    expect(offline.stdout).to.contain('the search index lacks 1 cases LevelDB holds');
  });
});
