/**
 * The `aggregates` contribution profile between real nodes over loopback: Uganda's node joins the
 * WCO node under an aggregates-only agreement, Kenya's under a case-level one. Uganda sends the
 * figures of each month of seizure and no case; the WCO node holds them per member and month,
 * counts them in `GET /global/members`, adds them with Kenya's cases in the global statistics and
 * the ITR tables, replaces a month when a case of it changes, refuses a case record under the
 * aggregates agreement (and an aggregate under the case-level one), and receives what Uganda
 * changed while it was down once it is back.
 */
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import {
  aggregateId,
  anonymiseCase,
  openStatement,
  sha256Hex,
  signStatement,
  type MonthAggregate,
} from '../../policies/index.ts';
import {
  apiPaths,
  type GlobalCasePage,
  type GlobalMemberListResponse,
  type GlobalStatsResponse,
  type ItrResponse,
} from '../../protocol/api.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import {
  MANIFEST_JWS_TYPE,
  RECEIPT_JWS_TYPE,
  receiptSchema,
  type Manifest,
  type ManifestEntry,
} from '../../protocol/exchange.ts';
import { cen } from '../../protocol/gen/contribute.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { CaseInput } from '../../protocol/records.ts';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import { PeerUnavailableError } from '../../node/exchange/errors.ts';
import {
  GLOBAL_AGGREGATES_NS,
  globalAggregateKey,
  type GlobalAggregate,
} from '../../node/global/aggregates.ts';
import { framedStream } from '../../node/p2p/index.ts';
import type { ApiClient } from '../helpers/node.ts';
import { contributionAgreement, connectUnder, eventually, joinWco, WcoTestNode } from '../helpers/wco.ts';
import { item, validCase } from '../compliance/fixtures.ts';

const ACTOR = { username: 'officer' };

describe('aggregates-only contributions to the WCO node', function () {
  this.timeout(60_000);
  let wco: WcoTestNode;
  let ke: WcoTestNode;
  let ug: WcoTestNode;
  let analyst: ApiClient;

  const create = (node: WcoTestNode, input: CaseInput) => node.node.services.store.createCase(input, ACTOR);
  const contribute = async (node: WcoTestNode) => (await node.node.contributions!.contribute(wco.nodeId))[0]!;
  const monthOf = async (month: string) =>
    (await wco.node.global!.store.kv.get(GLOBAL_AGGREGATES_NS, globalAggregateKey(ug.nodeId, month))) as
      GlobalAggregate | undefined;
  const evidenceOf = async (node: WcoTestNode, kind: string): Promise<EvidenceEntry[]> =>
    (await node.node.services.evidence.list({ kind, limit: 1000, order: 'oldest-first' })).items;
  const stats = async (query: string) => {
    const res = await analyst.get<GlobalStatsResponse>(`${apiPaths.globalStats}?${query}`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    return res.body;
  };
  /** Sends one batch to the WCO node as `from` and returns its receipt's outcomes. */
  const forge = async (from: WcoTestNode, entries: ManifestEntry[], records: Uint8Array[]) => {
    const manifest: Manifest = {
      id: uuidv7(),
      from: from.nodeId,
      to: wco.nodeId,
      agreementId: (await from.node.services.agreements.states())[0]!.agreement.id,
      agreementVersion: 1,
      mode: 'sync',
      cursor: { from: 0, to: 0 },
      head: 0,
      complete: false,
      entries,
      at: new Date().toISOString(),
    };
    const stream = await from.node.peerHost.openStream(wco.nodeId, 'contribute');
    const frames = framedStream(stream, PROTOCOLS.contribute, cen.contribute.v1.ContributeFrame);
    await frames.write({
      batch: { manifest: await signStatement(MANIFEST_JWS_TYPE, manifest, from.party.key), records },
    });
    const reply = await frames.read();
    await frames.close().catch(() => undefined);
    const receipt = await openStatement(reply.receipt?.receipt, RECEIPT_JWS_TYPE, receiptSchema, {
      signer: wco.nodeId,
    });
    if (!receipt.ok) throw new Error(`${receipt.reason}: ${receipt.detail}`);
    return receipt.statement.outcomes;
  };

  before(async () => {
    [wco, ke, ug] = await Promise.all([
      WcoTestNode.init('World Customs Organization', 'wco'),
      WcoTestNode.init('Kenya Revenue Authority', 'national', 'KE'),
      WcoTestNode.init('Uganda Revenue Authority', 'national', 'UG'),
    ]);
    await joinWco(ke, wco);
    await connectUnder(ug, wco, contributionAgreement(ug, wco, { level: 'aggregates' }));
    analyst = await wco.loginAs('wco-analyst');
  });
  after(async () => {
    await Promise.all([wco?.close(), ke?.close(), ug?.close()]);
  });

  it('sends the figures of each month and no case; the WCO node holds them per month and counts them', async () => {
    const ref = 'UG/2026/SECRET-REF-77';
    for (let i = 0; i < 3; i++)
      await create(ug, validCase({ ref, seizureDate: `2026-03-1${i}`, items: [item(0, 10 + i)] }));
    await create(ug, validCase({ seizureDate: '2026-04-02', items: [item(1, 4)] }));
    await create(ug, validCase({ status: 'draft', seizureDate: '2026-03-20', items: [item(0, 500)] }));

    const run = await contribute(ug);
    expect(run.counts).to.deep.equal({ stored: 2, unchanged: 0, purged: 0, denied: 0 });

    const march = await monthOf('2026-03');
    expect(march?.member).to.include({ nodeId: ug.nodeId, country: 'UG' });
    expect(march?.figures.all.total).to.deep.equal({ cases: 3, quantities: { kg: 33 }, valueUsd: 0 });
    expect(march?.figures.all.by.commodity).to.deep.equal([
      { key: 'cocaine', cases: 3, quantities: { kg: 33 }, valueUsd: 0 },
    ]);
    expect(march?.figures.areas.drugs?.by.conveyanceMode).to.deep.equal([
      { key: 'sea-container', cases: 3, quantities: { kg: 33 }, valueUsd: 0 },
    ]);
    expect((await monthOf('2026-04'))?.figures.all.total.cases).to.equal(1);
    // Codes and figures only: nothing typed into a case travels.
    const held = JSON.stringify([march, await monthOf('2026-04')]);
    for (const text of [ref, 'Mombasa', 'tea', 'Example Line', 'anomalies'])
      expect(held).to.not.contain(text);

    // No case record: the global search finds none of Uganda's.
    const page = await analyst.get<GlobalCasePage>(`${apiPaths.globalCases}?country=UG`);
    expect(page.status).to.equal(200);
    expect(page.body.items).to.deep.equal([]);
    const members = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(members.body.items.find((m) => m.nodeId === ug.nodeId)).to.include({
      country: 'UG',
      cases: 0,
      aggregateMonths: 2,
      upToDate: true,
    });
    const received = (await evidenceOf(wco, 'contribution-received')).flatMap((e) => e.records ?? []);
    expect(received.filter((r) => r.type === 'aggregate').map((r) => r.id)).to.include.members([
      aggregateId('2026-03'),
      aggregateId('2026-04'),
    ]);
    const sent = (await evidenceOf(ug, 'contributed')).flatMap((e) => e.records ?? []);
    expect(sent.map((r) => [r.type, r.outcome])).to.deep.include(['aggregate', 'stored']);

    // Nothing changed: nothing is sent again; a new draft changes no month's figures either.
    expect((await contribute(ug)).counts).to.deep.equal({ stored: 0, unchanged: 0, purged: 0, denied: 0 });
    await create(ug, validCase({ status: 'draft', seizureDate: '2026-03-21' }));
    const quiet = await contribute(ug);
    expect(quiet.counts).to.deep.equal({ stored: 0, unchanged: 0, purged: 0, denied: 0 });
    expect(quiet.cursor).to.equal(quiet.head);
    expect((await monthOf('2026-03'))?.version).to.equal(march?.version);
  });

  it("adds a month's figures with a case-level member's cases in the global statistics and the ITR tables", async () => {
    for (let i = 0; i < 3; i++)
      await create(ke, validCase({ seizureDate: `2026-03-0${i + 1}`, items: [item(0, 1)] }));
    expect((await contribute(ke)).counts.stored).to.equal(3);

    const byCountry = await stats('dimension=country&period=month&from=2026-03-01&to=2026-03-31');
    expect(byCountry.total.cases).to.equal(6);
    expect(byCountry.total.quantities).to.deep.equal({ kg: 36 });
    expect(byCountry.buckets.map((b) => [b.key, b.cases])).to.have.deep.members([
      ['KE', 3],
      ['UG', 3],
    ]);
    const byCommodity = await stats('dimension=commodity&period=month&from=2026-03-01&to=2026-03-31');
    expect(byCommodity.buckets.map((b) => [b.key, b.cases])).to.deep.equal([['cocaine', 6]]);
    // Within a carried filter, a carried dimension: exact.
    const seaDrugs = await stats(
      'dimension=conveyanceMode&itrArea=drugs&period=month&from=2026-03-01&to=2026-03-31',
    );
    expect(seaDrugs.buckets.map((b) => [b.key, b.cases])).to.deep.equal([['sea-container', 6]]);
    // A dimension the aggregates do not carry: Uganda's cases are "not recorded".
    const byOffence = await stats('dimension=offenceType&period=month&from=2026-03-01&to=2026-03-31');
    expect(byOffence.buckets.map((b) => [b.key, b.cases])).to.have.deep.members([
      ['smuggling', 3],
      [null, 3],
    ]);

    const itr = await analyst.get<ItrResponse>(`${apiPaths.globalItr}?year=2026`);
    expect(itr.status).to.equal(200);
    const areas = itr.body.tables.find((t) => t.id === 'areas-by-country')!;
    const drugs = areas.rows.keys.indexOf('drugs');
    expect(areas.columns.keys).to.include.members(['KE', 'UG']);
    expect(areas.cells[drugs]![areas.columns.keys.indexOf('UG')]!.cases).to.equal(4);
    expect(areas.cells[drugs]![areas.columns.keys.indexOf('KE')]!.cases).to.equal(3);
    expect(areas.total.cases).to.equal(7);
  });

  it('sends a month again when a case of it changes, and both months when a seizure moves to another', async () => {
    const store = ug.node.services.store;
    const before = (await monthOf('2026-03'))!;
    const [march] = (await store.searchCases({ from: '2026-03-10', to: '2026-03-10' })).items;
    const ref = 'UG/2026/SECRET-REF-77';
    await store.updateCase(
      march!.id,
      validCase({ ref, seizureDate: '2026-03-10', items: [item(0, 50)] }),
      march!.version,
      ACTOR,
    );
    const [april] = (await store.searchCases({ from: '2026-04-02', to: '2026-04-02' })).items;
    await store.updateCase(
      april!.id,
      validCase({ seizureDate: '2026-03-25', items: [item(1, 4)] }),
      april!.version,
      ACTOR,
    );

    const run = await contribute(ug);
    expect(run.counts).to.deep.equal({ stored: 1, unchanged: 0, purged: 1, denied: 0 });
    const after = (await monthOf('2026-03'))!;
    expect(after.version).to.be.above(before.version);
    expect(after.figures.all.total).to.deep.equal({ cases: 4, quantities: { kg: 73 + 4 }, valueUsd: 0 });
    expect(await monthOf('2026-04')).to.equal(undefined);
    const members = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(members.body.items.find((m) => m.nodeId === ug.nodeId)?.aggregateMonths).to.equal(1);
    const byCountry = await stats('dimension=country&period=month&from=2026-03-01&to=2026-04-30');
    expect(byCountry.buckets.find((b) => b.key === 'UG')?.series.map((c) => c.cases)).to.deep.equal([4, 0]);
  });

  it('refuses a case record under an aggregates agreement, and an aggregate under a case-level one', async () => {
    const projected = anonymiseCase(
      {
        ...validCase(),
        id: uuidv7(),
        version: 1,
        reportingCountry: 'UG',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      },
      { level: 'case-level', version: 1 },
    );
    if (!projected.ok) throw new Error(projected.detail);
    const record = new TextEncoder().encode(canonicalJson(projected.record));
    const outcomes = await forge(
      ug,
      [{ type: 'case', id: projected.record.id!, version: 1, op: 'upsert', sha256: sha256Hex(record) }],
      [record],
    );
    expect(outcomes.map((o) => [o.outcome, o.reason])).to.deep.equal([['denied', 'out-of-scope']]);
    expect(await wco.node.global!.store.get(ug.nodeId, projected.record.id!)).to.equal(undefined);

    const aggregate: MonthAggregate = {
      ...(await monthOf('2026-03'))!.figures,
      id: aggregateId('2026-05'),
      month: '2026-05',
      version: 1,
    };
    const bytes = new TextEncoder().encode(canonicalJson(aggregate));
    const refused = await forge(
      ke,
      [{ type: 'aggregate', id: aggregate.id, version: 1, op: 'upsert', sha256: sha256Hex(bytes) }],
      [bytes],
    );
    expect(refused.map((o) => [o.outcome, o.reason])).to.deep.equal([['denied', 'out-of-scope']]);
    // Free text slipped into an aggregate under the aggregates agreement: refused too.
    const chatty = { ...aggregate, note: 'Driver Peter Otienoqzxwv' };
    const chattyBytes = new TextEncoder().encode(canonicalJson(chatty));
    const alsoRefused = await forge(
      ug,
      [{ type: 'aggregate', id: aggregate.id, version: 1, op: 'upsert', sha256: sha256Hex(chattyBytes) }],
      [chattyBytes],
    );
    expect(alsoRefused.map((o) => o.outcome)).to.deep.equal(['denied']);
    expect(
      await wco.node.global!.store.kv.get(GLOBAL_AGGREGATES_NS, globalAggregateKey(ke.nodeId, '2026-05')),
    ).to.equal(undefined);
    expect(await monthOf('2026-05')).to.equal(undefined);
    const denied = (await evidenceOf(wco, 'denied')).flatMap((e) => e.records ?? []);
    expect(denied.map((r) => [r.type, r.id, r.reason])).to.deep.include.members([
      ['case', projected.record.id, 'out-of-scope'],
      ['aggregate', aggregate.id, 'out-of-scope'],
      ['aggregate', aggregate.id, 'not-an-aggregate'],
    ]);
    expect(await wco.log()).to.not.contain('Otienoqzxwv');
  });

  it('keeps the changes while the WCO node is down and sends them when it is back', async () => {
    await wco.stop();
    await create(ug, validCase({ seizureDate: '2026-05-05', items: [item(3, 200)] }));
    let error: unknown;
    try {
      await contribute(ug);
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(PeerUnavailableError);

    await wco.start();
    await eventually(async () => (await monthOf('2026-05')) !== undefined, 'May reaches the WCO node');
    const may = (await monthOf('2026-05'))!;
    expect(may.figures.all.total).to.deep.equal({ cases: 1, quantities: { sticks: 200 }, valueUsd: 0 });
    expect(Object.keys(may.figures.areas)).to.deep.equal(['revenue']);
  });

  it("deletes an ended member's months with its agreement", async () => {
    analyst = await wco.loginAs('wco-analyst'); // the WCO node's API moved with its restart
    const agreementId = (await ug.node.services.agreements.states())[0]!.agreement.id;
    await ug.node.services.agreements.revoke(
      agreementId,
      'leaving the CEN',
      ug.party.key,
      'test:exchange-admin',
    );
    await eventually(async () => (await monthOf('2026-03')) === undefined, 'Uganda’s months are gone');
    await wco.node.globalPurge!.sweep();
    expect(await monthOf('2026-05')).to.equal(undefined);
    const members = await analyst.get<GlobalMemberListResponse>(apiPaths.globalMembers);
    expect(members.body.items.map((m) => m.country)).to.deep.equal(['KE']);
    const purged = (await evidenceOf(wco, 'purged')).filter((e) => e.peer === ug.nodeId);
    expect(purged.map((e) => e.details)).to.deep.equal([
      {
        reason: 'agreement-revoked',
        cases: 0,
        aggregateMonths: 2,
        country: 'UG',
        startedAt: purged[0]!.details!.startedAt,
      },
    ]);
    const byCountry = await stats('dimension=country&period=month&from=2026-03-01&to=2026-03-31');
    expect(byCountry.buckets.map((b) => b.key)).to.deep.equal(['KE']);
  });
});
