/**
 * Contributions to the WCO's global CEN between real nodes over loopback: Kenya's node (a member
 * with a `wco-contribution` agreement, profile case-level v1) and the WCO node. Validated cases
 * arrive once as their anonymised projection, drafts never; corrections and withdrawals follow;
 * while the WCO node is down the changes wait (through a restart of the member's node too) and
 * arrive afterwards with no loss and no duplicate; a forged batch with nominal data is refused and
 * logged; and random cases full of personal data leave none of it in the WCO node's store, logs
 * or API answers.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import { Level } from 'level';
import { v7 as uuidv7 } from 'uuid';
import {
  anonymiseCase,
  countersign,
  draftAgreement,
  openStatement,
  publicJwkOfNodeId,
  sha256Hex,
  signAgreement,
  signStatement,
} from '../../policies/index.ts';
import {
  apiPaths,
  type CaseContributionResponse,
  type GlobalCasePage,
  type GlobalMemberListResponse,
} from '../../protocol/api.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import {
  MANIFEST_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  receiptSchema,
  type Manifest,
} from '../../protocol/exchange.ts';
import { cen } from '../../protocol/gen/contribute.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import type { Role } from '../../protocol/roles.ts';
import { loadConfig } from '../../node/config.ts';
import { CONTRIBUTE_NS } from '../../node/contribute/index.ts';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import { PeerUnavailableError } from '../../node/exchange/errors.ts';
import { GLOBAL_NS } from '../../node/global/index.ts';
import { initNode, startNode, type RunningNode } from '../../node/index.ts';
import { framedStream } from '../../node/p2p/index.ts';
import { STORE_DIRECTORY } from '../../node/store/index.ts';
import type { BatchOp } from '../../node/store/kv.ts';
import type { RecordStore } from '../../node/store/records.ts';
import { partyOf, type Party } from '../helpers/agreements.ts';
import { leakedIn, personalCaseArb } from '../helpers/contribution-cases.ts';
import { testLoggers } from '../helpers/logs.ts';
import {
  ApiClient,
  freePort,
  makeTempDir,
  newTestPassword,
  TEST_ADMIN_PASSWORD,
  type TestNode,
} from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const ACTOR = { username: 'officer-ke' };
/** Long intervals: each test contributes when it means to (or when the connection opens). */
const START = {
  p2p: { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 },
  exchange: { syncIntervalMs: 10 * 60_000, sweepIntervalMs: 10 * 60_000 },
  contribute: { intervalMs: 10 * 60_000 },
  consoleDistDir: null,
};
const PROPERTY_RUNS = 8;

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A node that can be stopped and started again on the same data directory. */
class RestartableNode {
  readonly name: string;
  readonly dataDir: string;
  readonly logFile: string;
  running: RunningNode | undefined;
  readonly #remove: () => Promise<void>;
  readonly #logs: ReturnType<typeof testLoggers>;
  readonly #passwords = new Map<string, string>();

  private constructor(name: string, dataDir: string, remove: () => Promise<void>) {
    this.name = name;
    this.dataDir = dataDir;
    this.#remove = remove;
    this.#logs = testLoggers(`contribute-${name}`);
    this.logFile = this.#logs.path;
  }

  static async init(name: string, role: 'national' | 'wco', country?: string): Promise<RestartableNode> {
    const temp = await makeTempDir('cen-contribute-');
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
    const node = new RestartableNode(name, dataDir, () => temp.remove());
    await node.start();
    return node;
  }

  get node(): RunningNode {
    if (!this.running) throw new Error(`${this.name} is stopped`);
    return this.running;
  }

  async start(): Promise<void> {
    this.running = await startNode(await loadConfig(this.dataDir, {}), {
      ...START,
      loggers: this.#logs.loggers,
    });
  }

  async stop(): Promise<void> {
    await this.running?.close('test');
    this.running = undefined;
  }

  /** A client signed in as a user of `role` (created once; roles without a second factor only). */
  async loginAs(role: Role): Promise<ApiClient> {
    const username = `${role.replace(/[^a-z]/g, '')}1`;
    if (!this.#passwords.has(username)) {
      const password = newTestPassword();
      await this.node.services.auth.createUser({ username: 'test:setup' }, { username, role, password });
      this.#passwords.set(username, password);
    }
    const client = new ApiClient(this.node.apiUrl);
    const res = await client.post(apiPaths.session, { username, password: this.#passwords.get(username) });
    if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status}`);
    return client;
  }

  async log(): Promise<string> {
    return readFile(this.logFile, 'utf8');
  }

  async close(): Promise<void> {
    await this.stop();
    this.#logs.close();
    await this.#remove();
  }
}

/** Every entry of every namespace of a stopped node's LevelDB, as text. */
async function dumpStore(dataDir: string): Promise<string> {
  const db = new Level<string, string>(join(dataDir, STORE_DIRECTORY), {
    keyEncoding: 'utf8',
    valueEncoding: 'utf8',
  });
  await db.open();
  const parts: string[] = [];
  try {
    for await (const [key, value] of db.iterator()) parts.push(key, value);
  } finally {
    await db.close();
  }
  return parts.join('\n');
}

/** Every other file of a data directory (the search index, configuration, keys), as text. */
async function dumpFiles(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (name === STORE_DIRECTORY) continue;
    if ((await stat(path)).isDirectory()) parts.push(await dumpFiles(path));
    else parts.push((await readFile(path)).toString('latin1'));
  }
  return parts.join('\n');
}

describe('contributions to the WCO node', function () {
  this.timeout(60_000);
  let ke: RestartableNode;
  let wco: RestartableNode;
  let kep: Party;
  let wcop: Party;
  let analyst: ApiClient;
  let officer: ApiClient;
  /** Everything personal the property test put into Kenya's cases. */
  const secrets: string[] = [];

  const create = (input: CaseInput) => ke.node.services.store.createCase(input, ACTOR);
  const contribute = () => ke.node.contributions!.contribute(wcop.nodeId);
  const held = (id: string) => wco.node.global!.store.get(kep.nodeId, id);
  const heldCase = async (id: string) => (await held(id))?.record as Partial<Case> | undefined;
  const storeOf = (node: RestartableNode) => node.node.services.store as RecordStore;
  const stateOf = async (id: string) => {
    const res = await officer.get<CaseContributionResponse>(apiPaths.caseContribution(id));
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length(1);
    return res.body.items[0]!;
  };
  const evidenceOf = async (node: RestartableNode, kind: string): Promise<EvidenceEntry[]> =>
    (await node.node.services.evidence.list({ kind, limit: 1000, order: 'oldest-first' })).items;
  const idsIn = (entries: EvidenceEntry[], outcome?: string) =>
    entries.flatMap((e) =>
      (e.records ?? []).filter((r) => !outcome || r.outcome === outcome).map((r) => r.id),
    );

  before(async () => {
    [ke, wco] = await Promise.all([
      RestartableNode.init('Kenya Revenue Authority', 'national', 'KE'),
      RestartableNode.init('World Customs Organization', 'wco'),
    ]);
    kep = await partyOf({ dataDir: ke.dataDir } as TestNode, 'KE');
    wcop = await partyOf({ dataDir: wco.dataDir } as TestNode, 'WCO');
    // As `cen-node agreement draft --type wco-contribution --profile case-level` writes it.
    const from = new Date(Date.now() - 60_000);
    const doc = draftAgreement({
      type: 'wco-contribution',
      parties: [
        {
          administration: 'KE',
          name: 'Kenya Revenue Authority',
          nodeId: kep.nodeId,
          key: publicJwkOfNodeId(kep.nodeId),
        },
        {
          administration: 'WCO',
          name: 'World Customs Organization',
          nodeId: wcop.nodeId,
          key: publicJwkOfNodeId(wcop.nodeId),
        },
      ],
      legalBasis: { instrument: 'WCO CEN data contribution' },
      purposes: ['customs-enforcement'],
      modes: ['sync'],
      scope: {
        [kep.nodeId]: {
          recordKinds: ['seizure', 'offence'],
          itrAreas: ['drugs', 'environment', 'ipr-health-safety', 'revenue', 'security', 'money-laundering'],
          nominal: false,
        },
      },
      handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
      validity: {
        from: from.toISOString(),
        until: new Date(from.getTime() + 365 * 86_400_000).toISOString(),
      },
      profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
    });
    const sealed = await countersign(await signAgreement(doc, kep.key), wcop.key);
    for (const node of [ke, wco]) await node.node.services.agreements.install(sealed, 'test:setup');
    await ke.node.services.peers.add(wco.node.peerHost.multiaddrs()[0]!, 'test:setup');
    await wco.node.services.peers.add(ke.node.peerHost.multiaddrs()[0]!, 'test:setup');
    for (const node of [ke, wco]) await node.node.peerHost.recheck();
    await eventually(
      () => ke.node.peerHost.status(wcop.nodeId).connected,
      'Kenya is connected to the WCO node',
    );
    [analyst, officer] = await Promise.all([wco.loginAs('wco-analyst'), ke.loginAs('officer')]);
  });
  after(async () => {
    await Promise.all([ke?.close(), wco?.close()]);
  });

  it('contributes a validated case once, as its anonymised projection; a draft never', async () => {
    const validated = await create(validCase({ ref: 'KE/2026/0001' }));
    const draft = await create(validCase({ status: 'draft', items: [item(1)] }));
    const first = await contribute();
    expect(first[0]!.counts.stored).to.be.at.least(1);

    const stored = await held(validated.id);
    expect(stored?.version).to.equal(1);
    expect(stored?.provenance.owner).to.include({ nodeId: kep.nodeId, country: 'KE' });
    expect(stored?.record).to.not.have.any.keys('ref', 'narrative', 'office', 'persons', 'createdBy');
    expect(stored?.record.items).to.deep.equal([
      { itrArea: 'drugs', commodity: 'cocaine', quantity: 12.5, unit: 'kg' },
    ]);
    expect(await held(draft.id)).to.equal(undefined);

    // Nothing new: nothing is sent again.
    const again = await contribute();
    expect(again[0]!.counts).to.deep.equal({ stored: 0, unchanged: 0, purged: 0, denied: 0 });

    const page = await analyst.get<GlobalCasePage>(`${apiPaths.globalCases}?country=KE&commodity=cocaine`);
    expect(page.status).to.equal(200);
    expect(page.body.items.map((c) => c.case.id)).to.include(validated.id);
    const found = page.body.items.find((c) => c.case.id === validated.id)!;
    expect(found.member).to.deep.equal({
      nodeId: kep.nodeId,
      country: 'KE',
      name: 'Kenya Revenue Authority',
    });
    expect(
      (await analyst.get<GlobalCasePage>(`${apiPaths.globalCases}?q=cocaine&country=KE`)).body.items.map(
        (c) => c.case.id,
      ),
    ).to.include(validated.id);
    expect(
      (await analyst.get<GlobalCasePage>(`${apiPaths.globalCases}?country=TZ`)).body.items,
    ).to.deep.equal([]);

    expect(await stateOf(validated.id)).to.include({ state: 'contributed', version: 1, wco: wcop.nodeId });
    expect(await stateOf(draft.id)).to.include({ state: 'not-contributed', reason: 'not-validated' });
    // Both sides keep the signed batch: the member with the WCO node's receipt.
    expect(idsIn(await evidenceOf(ke, 'contributed'), 'stored')).to.include(validated.id);
    expect(idsIn(await evidenceOf(wco, 'contribution-received'), 'stored')).to.include(validated.id);
    const members = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(members.body.items).to.deep.equal([
      {
        nodeId: kep.nodeId,
        country: 'KE',
        name: 'Kenya Revenue Authority',
        cases: 1,
        lastReceivedAt: members.body.items[0]!.lastReceivedAt,
        upToDate: true,
      },
    ]);
  });

  it('sends a correction and a withdrawal; a case no longer contributable is withdrawn, and refused here', async () => {
    const a = await create(validCase({ items: [item(0, 40)] }));
    const b = await create(validCase({ items: [item(3)] }));
    const c = await create(validCase({ items: [item(5)] }));
    await contribute();
    expect((await heldCase(a.id))?.items?.[0]?.quantity).to.equal(40);

    const corrected = await ke.node.services.store.updateCase(
      a.id,
      validCase({ items: [item(0, 41)] }),
      a.version,
      ACTOR,
    );
    await ke.node.services.store.deleteCase(b.id, b.version, ACTOR);
    const secret = await ke.node.services.store.updateCase(
      c.id,
      validCase({ items: [item(5)], handling: { code: 'H3', source: 'A', reliability: 1 } }),
      c.version,
      ACTOR,
    );
    expect((await stateOf(a.id)).state).to.equal('pending');
    const run = await contribute();
    expect(run[0]!.counts).to.include({ stored: 1, purged: 2 });
    expect(run[0]!.refusedHere).to.equal(1);

    expect(await held(a.id)).to.deep.include({ version: corrected.version });
    expect((await heldCase(a.id))?.items?.[0]?.quantity).to.equal(41);
    expect(await held(b.id)).to.equal(undefined);
    expect(await held(c.id)).to.equal(undefined);
    expect(await stateOf(a.id)).to.include({ state: 'contributed', version: 2 });
    expect(await stateOf(b.id)).to.include({ state: 'withdrawn', reason: 'deleted' });
    expect(await stateOf(c.id)).to.include({ state: 'withdrawn', reason: 'handling-above-limit' });
    // Kenya's own check refused the H3 case: in its evidence log, with the reason.
    const denied = (await evidenceOf(ke, 'denied')).flatMap((e) => e.records ?? []);
    expect(denied).to.deep.include({
      type: 'case',
      id: c.id,
      version: secret.version,
      outcome: 'denied',
      reason: 'handling-above-limit',
    });
    expect(idsIn(await evidenceOf(wco, 'purged'))).to.include.members([b.id, c.id]);
  });

  it('refuses a forged batch with nominal data or free text, keeps none of it, and logs the refusal', async () => {
    const base = anonymiseCase(
      {
        ...validCase(),
        id: uuidv7(),
        version: 1,
        reportingCountry: 'KE',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      },
      { level: 'case-level', version: 1 },
    );
    if (!base.ok) throw new Error(base.detail);
    const nominal = { ...base.record, id: uuidv7(), persons: [{ id: uuidv7(), role: 'suspect' }] };
    const chatty = {
      ...base.record,
      id: uuidv7(),
      narrative: 'Driver Peter Otienoqzxwv, passport AB7654321',
    };
    const foreign = { ...base.record, id: uuidv7(), reportingCountry: 'TZ' };
    const records = [nominal, chatty, foreign].map((r) => new TextEncoder().encode(canonicalJson(r)));
    const manifest: Manifest = {
      id: uuidv7(),
      from: kep.nodeId,
      to: wcop.nodeId,
      agreementId: (await ke.node.services.agreements.states())[0]!.agreement.id,
      agreementVersion: 1,
      mode: 'sync',
      cursor: { from: 0, to: 0 },
      head: 0,
      complete: false,
      entries: [nominal, chatty, foreign].map((r, i) => ({
        type: 'case' as const,
        id: r.id,
        version: 1,
        op: 'upsert' as const,
        sha256: sha256Hex(records[i]!),
      })),
      at: new Date().toISOString(),
    };
    const send = async (jws: string, bytes: Uint8Array[]) => {
      const stream = await ke.node.peerHost.openStream(wcop.nodeId, 'contribute');
      const frames = framedStream(stream, PROTOCOLS.contribute, cen.contribute.v1.ContributeFrame);
      await frames.write({ batch: { manifest: jws, records: bytes } });
      const reply = await frames.read();
      await frames.close().catch(() => undefined);
      return reply;
    };
    const reply = await send(await signStatement(MANIFEST_JWS_TYPE, manifest, kep.key), records);
    const receipt = await openStatement(reply.receipt?.receipt, RECEIPT_JWS_TYPE, receiptSchema, {
      signer: wcop.nodeId,
    });
    if (!receipt.ok) throw new Error(receipt.detail);
    expect(receipt.statement.outcomes.map((o) => [o.outcome, o.reason])).to.deep.equal([
      ['denied', 'nominal-not-allowed'],
      ['denied', 'not-anonymised'],
      ['denied', 'out-of-scope'],
    ]);
    for (const r of [nominal, chatty, foreign]) expect(await held(r.id)).to.equal(undefined);
    const refused = (await evidenceOf(wco, 'denied')).flatMap((e) => e.records ?? []);
    expect(refused.map((r) => [r.id, r.reason])).to.deep.include.members([
      [nominal.id, 'nominal-not-allowed'],
      [chatty.id, 'not-anonymised'],
      [foreign.id, 'out-of-scope'],
    ]);
    expect(await wco.log())
      .to.contain(chatty.id)
      .and.not.contain('Otienoqzxwv')
      .and.not.contain('AB7654321');

    // A record that names another case than its manifest entry: the whole batch is refused.
    const swapped = { ...manifest, id: uuidv7(), entries: [{ ...manifest.entries[0]!, id: uuidv7() }] };
    const refusal = await send(await signStatement(MANIFEST_JWS_TYPE, swapped, kep.key), [records[0]!]);
    expect(refusal.refusal?.code).to.equal('bad-record');
  });

  it(`leaves none of the personal data of ${PROPERTY_RUNS} random cases in the WCO node's store, logs or answers`, async () => {
    const auditor = await wco.loginAs('auditor');
    await fc.assert(
      fc.asyncProperty(personalCaseArb(), async (g) => {
        secrets.push(...g.secrets);
        registerSecrets('personal data', g.secrets);
        const store = ke.node.services.store;
        const persons = await Promise.all(g.persons.map((p) => store.createPerson(p, ACTOR)));
        const businesses = await Promise.all(g.businesses.map((b) => store.createBusiness(b, ACTOR)));
        const stored = await create({
          ...g.input,
          persons: persons.map((p) => ({ id: p.id, role: 'suspect' })),
          businesses: businesses.map((b) => ({ id: b.id, role: 'owner' })),
        });
        await contribute();
        const entry = await held(stored.id);
        expect(entry, 'the case reached the WCO node').to.not.equal(undefined);
        const answers = [
          JSON.stringify(entry),
          JSON.stringify((await analyst.get(`${apiPaths.globalCases}?limit=500`)).body),
          JSON.stringify(
            (await analyst.get(`${apiPaths.globalCases}?q=${encodeURIComponent(g.persons[0]!.familyName)}`))
              .body,
          ),
          JSON.stringify((await analyst.get(apiPaths.globalMembers)).body),
          JSON.stringify((await auditor.get(`${apiPaths.evidence}?limit=500`)).body),
          await wco.log(),
        ].join('\n');
        expect(leakedIn(answers, g.secrets)).to.deep.equal([]);
        expect(leakedIn(answers, g.privatePhotos)).to.deep.equal([]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('queues while the WCO node is down, across a restart of its own, and catches up with no loss and no duplicate', async () => {
    const before = await Promise.all([
      create(validCase({ items: [item(2)] })),
      create(validCase({ items: [item(4)] })),
    ]);
    await contribute();
    await wco.stop();

    const waiting = [
      await create(validCase({ items: [item(0)], seizureDate: '2026-04-01' })),
      await create(validCase({ items: [item(6)], seizureDate: '2026-04-02' })),
      await create(validCase({ items: [item(7)], seizureDate: '2026-04-03' })),
      await create(validCase({ status: 'draft' })),
    ];
    const corrected = await ke.node.services.store.updateCase(
      before[0].id,
      validCase({ items: [item(2, 99)] }),
      1,
      ACTOR,
    );
    await ke.node.services.store.deleteCase(before[1].id, 1, ACTOR);
    let unreachable: unknown;
    await contribute().catch((err: unknown) => (unreachable = err));
    expect(unreachable).to.be.instanceOf(PeerUnavailableError);
    expect((await stateOf(waiting[0]!.id)).state).to.equal('pending');

    // The member's node stops and starts again: the queue is its change log and cursor.
    await ke.stop();
    await ke.start();
    officer = await ke.loginAs('officer');
    await wco.start();
    analyst = await wco.loginAs('wco-analyst');

    // What the WCO node must hold for Kenya: every live contributable case, at its latest version.
    const expected = new Map<string, number>();
    for await (const c of storeOf(ke).iterateCases()) {
      const live = !c.deletedAt && c.status !== 'draft' && (c.handling?.code ?? 'H0') !== 'H3';
      if (live) expected.set(c.id, c.version);
    }
    const holds = async () => {
      const got = new Map<string, number>();
      for await (const e of wco.node.global!.store.all())
        if (e.provenance.owner.nodeId === kep.nodeId) got.set(e.id, e.version);
      return got;
    };
    // No prompt from the test: the connection opening starts the catch-up.
    await eventually(
      async () => JSON.stringify([...(await holds())].sort()) === JSON.stringify([...expected].sort()),
      'the WCO node holds exactly Kenya’s contributable cases',
      // Two restarts and a reconnection first: slow on a loaded machine.
      45_000,
    );
    expect((await holds()).get(corrected.id)).to.equal(2);
    expect((await heldCase(corrected.id))?.items?.[0]?.quantity).to.equal(99);
    await eventually(
      async () => (await wco.node.global!.store.member(kep.nodeId))?.complete === true,
      'Kenya is up to date',
    );
    const members = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(members.body.items[0]).to.include({ cases: expected.size, upToDate: true });
    // Kenya records the receipt just after the WCO node stored the batch.
    await eventually(
      async () => (await stateOf(waiting[0]!.id)).state === 'contributed',
      'Kenya holds the receipt',
    );
    expect(await stateOf(waiting[0]!.id)).to.include({ state: 'contributed', version: 1 });

    // Each version was stored once, whatever was sent again.
    const stored = idsIn(await evidenceOf(wco, 'contribution-received'), 'stored');
    const versions = (await evidenceOf(wco, 'contribution-received'))
      .flatMap((e) => e.records ?? [])
      .filter((r) => r.outcome === 'stored')
      .map((r) => `${r.id}@${r.version}`);
    expect(new Set(versions).size).to.equal(versions.length);
    expect(stored).to.include.members(waiting.slice(0, 3).map((c) => c.id));

    // A member that lost every receipt (its contribution state wiped) sends everything again:
    // the WCO node finds each case unchanged and counts nothing twice.
    const wipe: BatchOp[] = [];
    for (const ns of Object.values(CONTRIBUTE_NS))
      for await (const [key] of storeOf(ke).kv.iterate(ns)) wipe.push({ type: 'del', ns, key });
    await storeOf(ke).kv.batch(wipe);
    const resent = await contribute();
    expect(resent[0]!.counts).to.include({ stored: 0, unchanged: expected.size });
    expect((await wco.node.global!.store.member(kep.nodeId))?.cases).to.equal(expected.size);
    let count = 0;
    for await (const [key] of storeOf(wco).kv.iterate(GLOBAL_NS.cases))
      if (key.startsWith(kep.nodeId)) count++;
    expect(count).to.equal(expected.size);
  });

  it("keeps none of the personal data anywhere in the WCO node's data directory; both evidence logs verify", async () => {
    expect(secrets.length).to.be.above(0);
    // Both evidence logs verify: their chains, and every manifest and receipt with its signer's key.
    for (const node of [ke, wco]) {
      const report = await node.node.services.evidence.verify();
      expect(report, node.name).to.include({ ok: true });
    }
    await wco.stop();
    const everything = `${await dumpStore(wco.dataDir)}\n${await dumpFiles(wco.dataDir)}`;
    expect(everything).to.contain(kep.nodeId);
    expect(leakedIn(everything, secrets)).to.deep.equal([]);
  });
});
