/**
 * Records between real nodes over loopback under real agreements. KE owns cases; TZ holds an
 * agreement with KE for drug cases up to handling H2, three fields, no nominal data, sync and on
 * demand; UG holds one with nominal data. What arrives, what never leaves, recalls, retention,
 * revocation and expiry, and garbage on the exchange protocol.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { lpStream } from '@libp2p/utils';
import type { Case, CaseInput } from '../../protocol/records.ts';
import {
  apiPaths,
  HEALTH_PATH,
  type ApiError,
  type CaseSharesResponse,
  type InboxItemResponse,
  type InboxListResponse,
  type PartnerListResponse,
  type PeerListResponse,
  type SendCaseResponse,
} from '../../protocol/api.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { cen } from '../../protocol/gen/exchange.js';
import { MANIFEST_JWS_TYPE } from '../../protocol/exchange.ts';
import { sha256Hex, signStatement } from '../../policies/index.ts';
import { framedStream } from '../../node/p2p/index.ts';
import { v7 as uuidv7 } from 'uuid';
import type { EvidenceEntry } from '../../node/evidence/index.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { startTestNode, type TestNode } from '../helpers/node.ts';
import { item, validCase, validPerson } from '../compliance/fixtures.ts';

const ACTOR = { username: 'officer-ke' };
/** Long intervals: the tests pull when they mean to, so what they see is what they caused. */
const QUIET = { syncIntervalMs: 10 * 60_000, sweepIntervalMs: 10 * 60_000 };
const P2P = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 };

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function evidenceOf(node: TestNode, kind: string, peer: string): Promise<EvidenceEntry[]> {
  const page = await node.node.services.evidence.list({ kind, peer, limit: 1000, order: 'oldest-first' });
  return page.items;
}
const idsIn = (entries: EvidenceEntry[]) => entries.flatMap((e) => (e.records ?? []).map((r) => r.id));

describe('exchange between nodes under agreements', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode, ug: TestNode;
  let kep: Party, tzp: Party, ugp: Party;
  const cases: Record<string, Case> = {};

  const create = async (name: string, input: CaseInput) => {
    cases[name] = await ke.node.services.store.createCase(input, ACTOR);
    return cases[name];
  };
  const inboxIds = async (node: TestNode, owner: string) => {
    const ids: string[] = [];
    for await (const entry of node.node.exchange.inbox.all()) {
      if (entry.provenance.owner.nodeId === owner && entry.type === 'case') ids.push(entry.id);
    }
    return ids.sort();
  };

  before(async () => {
    const options = { p2p: P2P, exchange: QUIET };
    [ke, tz, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', ...options }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', ...options }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', ...options }),
    ]);
    [kep, tzp, ugp] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ'), partyOf(ug, 'UG')]);
    const keTz = await sealBetween(
      kep,
      tzp,
      agreementBetween(kep, tzp, { modes: ['sync', 'on-demand'], retentionDays: 30 }),
    );
    const keUg = await sealBetween(
      kep,
      ugp,
      agreementBetween(kep, ugp, {
        modes: ['sync'],
        nominal: true,
        fields: ['kind', 'seizureDate', 'items', 'persons'],
      }),
    );
    for (const [node, sealed] of [
      [ke, keTz],
      [tz, keTz],
      [ke, keUg],
      [ug, keUg],
    ] as const) {
      await node.node.services.agreements.install(sealed, 'test:setup');
    }
    for (const [a, b] of [
      [ke, tz],
      [tz, ke],
      [ke, ug],
      [ug, ke],
    ] as const) {
      await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
    }
    for (const node of [ke, tz, ug]) await node.node.peerHost.recheck();
    await eventually(
      () =>
        ke.node.peerHost.status(tz.node.nodeId).connected &&
        ke.node.peerHost.status(ug.node.nodeId).connected,
      'KE is connected to TZ and UG',
    );

    await create('drugs', validCase({ items: [item(0)] }));
    await create('revenue', validCase({ items: [item(3)] }));
    await create(
      'secret',
      validCase({ items: [item(1)], handling: { code: 'H3', source: 'A', reliability: 1 } }),
    );
    await create('mixed', validCase({ items: [item(0), item(3)] }));
    const person = await ke.node.services.store.createPerson(validPerson(), ACTOR);
    await create('nominal', validCase({ items: [item(2)], persons: [{ id: person.id, role: 'suspect' }] }));
  });
  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), ug?.close()]);
  });

  it('delivers the allowed cases with only the agreed fields; denied cases never leave, and both logs agree', async () => {
    // (A pull the connection started may have taken some of them already: count what TZ holds.)
    const result = await tz.node.exchange.pull(ke.node.nodeId);
    expect(result).to.include({ denied: 0, lag: 0 });
    const allowed = [cases.drugs!, cases.mixed!, cases.nominal!].map((c) => c.id).sort();
    expect(await inboxIds(tz, ke.node.nodeId)).to.deep.equal(allowed);

    const officer = await tz.loginAs('officer');
    const mixed = await officer.get<InboxItemResponse>(apiPaths.inboxItem(ke.node.nodeId, cases.mixed!.id));
    expect(mixed.status).to.equal(200);
    // Only kind, seizureDate and items travel, and only the drug item of the mixed case.
    expect(Object.keys(mixed.body.case).sort()).to.deep.equal([
      'id',
      'items',
      'kind',
      'seizureDate',
      'version',
    ]);
    expect(mixed.body.case.items!.map((i) => i.itrArea)).to.deep.equal(['drugs']);
    expect(mixed.body).to.include({ mode: 'sync', agreementVersion: 1 });
    expect(mixed.body.owner).to.include({ nodeId: ke.node.nodeId, country: 'KE' });
    const nominal = await officer.get<InboxItemResponse>(
      apiPaths.inboxItem(ke.node.nodeId, cases.nominal!.id),
    );
    expect(nominal.body.case).to.not.have.property('persons');
    expect(nominal.body.persons).to.deep.equal([]);

    // The owner's evidence names every case it refused to send, and TZ holds none of them.
    const denied = idsIn(await evidenceOf(ke, 'denied', tz.node.nodeId));
    expect(denied.sort()).to.deep.equal([cases.revenue!.id, cases.secret!.id].sort());
    for (const id of denied)
      expect(await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', id)).to.equal(undefined);
    // Both sides hold the same signed manifest and receipt for what did travel.
    const [sent] = await evidenceOf(ke, 'sent', tz.node.nodeId);
    const [received] = await evidenceOf(tz, 'received', ke.node.nodeId);
    expect(sent!.manifest).to.be.a('string').and.equal(received!.manifest);
    expect(sent!.receipt).to.equal(received!.receipt);
    expect((await ke.node.services.evidence.verify()).ok).to.equal(true);
    expect((await tz.node.services.evidence.verify()).ok).to.equal(true);

    const list = await officer.get<InboxListResponse>(`${apiPaths.inbox}?owner=${ke.node.nodeId}`);
    expect(list.body.items.map((i) => i.id).sort()).to.deep.equal(allowed);
  });

  it('sends linked persons only where the agreement allows nominal data', async () => {
    await ug.node.exchange.pull(ke.node.nodeId);
    const officer = await ug.loginAs('officer');
    const nominal = await officer.get<InboxItemResponse>(
      apiPaths.inboxItem(ke.node.nodeId, cases.nominal!.id),
    );
    expect(nominal.status).to.equal(200);
    expect(nominal.body.case.persons).to.have.length(1);
    expect(nominal.body.persons).to.have.length(1);
    expect(nominal.body.persons[0]).to.include({ familyName: 'Otieno', nationality: 'KE' });
    expect(nominal.body.persons[0]).to.not.have.property('notes');
  });

  it('is idempotent: pulling again changes nothing, and an edit arrives as a new version', async () => {
    const again = await tz.node.exchange.pull(ke.node.nodeId);
    expect(again).to.include({ stored: 0, denied: 0 });
    const edited = await ke.node.services.store.updateCase(
      cases.drugs!.id,
      { ...validCase({ items: [item(0, 40)] }) },
      cases.drugs!.version,
      ACTOR,
    );
    cases.drugs = edited;
    expect(await tz.node.exchange.pull(ke.node.nodeId)).to.include({ stored: 1 });
    const held = await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', edited.id);
    expect(held?.version).to.equal(edited.version);
    expect((held?.record.items as { quantity: number }[])[0]!.quantity).to.equal(40);
  });

  it('withdraws a case that falls out of scope, and one that is deleted', async () => {
    const raised = await ke.node.services.store.updateCase(
      cases.mixed!.id,
      validCase({ items: [item(0)], handling: { code: 'H3', source: 'A', reliability: 1 } }),
      cases.mixed!.version,
      ACTOR,
    );
    cases.mixed = raised;
    await ke.node.services.store.deleteCase(cases.drugs!.id, cases.drugs!.version, ACTOR);
    const result = await tz.node.exchange.pull(ke.node.nodeId);
    expect(result).to.include({ purged: 2 });
    expect(await inboxIds(tz, ke.node.nodeId)).to.deep.equal([cases.nominal!.id]);
    const purged = idsIn(await evidenceOf(tz, 'purged', ke.node.nodeId));
    expect(purged).to.include.members([cases.mixed.id, cases.drugs!.id]);
  });

  it('sends a case on demand with a message, and refuses what the agreement does not allow', async () => {
    const officer = await ke.loginAs('officer');
    const own = await create('on-demand', validCase({ items: [item(1)] }));
    const sent = await officer.post<SendCaseResponse>(apiPaths.caseSend(own.id), {
      peer: tz.node.nodeId,
      message: 'Same concealment as your case of March',
    });
    expect(sent.status).to.equal(200);
    expect(sent.body).to.include({ peer: tz.node.nodeId, outcome: 'stored' });
    const held = await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id);
    expect(held?.provenance).to.include({
      mode: 'on-demand',
      message: 'Same concealment as your case of March',
    });

    // The partners an officer may choose from, with what each agreement allows.
    const partners = await officer.get<PartnerListResponse>(apiPaths.partners);
    expect(
      partners.body.items.map((p) => [p.nodeId, p.administration, p.modes.join(',')]),
    ).to.have.deep.members([
      [tz.node.nodeId, 'TZ', 'sync,on-demand'],
      [ug.node.nodeId, 'UG', 'sync'],
    ]);

    const refused = await officer.post<ApiError<{ reason: string }>>(apiPaths.caseSend(cases.revenue!.id), {
      peer: tz.node.nodeId,
      message: 'Cigarettes',
    });
    expect(refused.status).to.equal(403);
    expect(refused.body.error).to.include({ code: 'transfer_denied' });
    expect(refused.body.error.details?.reason).to.equal('out-of-scope');
    // UG's agreement has no on-demand mode.
    const notAgreed = await officer.post<ApiError<{ reason: string }>>(apiPaths.caseSend(own.id), {
      peer: ug.node.nodeId,
      message: 'Tramadol',
    });
    expect(notAgreed.body.error.details?.reason).to.equal('mode-not-allowed');
    expect(await ug.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id)).to.equal(undefined);
  });

  it('recalls a case: the partner purges it and acknowledges, and the owner sees it', async () => {
    const officer = await ke.loginAs('officer');
    const id = cases.nominal!.id;
    const shares = await officer.get<CaseSharesResponse>(apiPaths.caseShares(id));
    expect(shares.body.items.map((s) => s.peer).sort()).to.deep.equal(
      [tz.node.nodeId, ug.node.nodeId].sort(),
    );
    const recalled = await officer.post<CaseSharesResponse>(apiPaths.caseRecall(id), {
      reason: 'Entered in error',
      peers: [tz.node.nodeId],
    });
    expect(recalled.status).to.equal(200);
    expect(recalled.body.items.find((s) => s.peer === tz.node.nodeId)?.recall?.status).to.equal('pending');
    // The recall nudges TZ, which pulls it at once.
    await eventually(
      async () => (await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', id)) === undefined,
      'TZ purged the recalled case',
    );
    await eventually(async () => {
      const after = await officer.get<CaseSharesResponse>(apiPaths.caseShares(id));
      return after.body.items.find((s) => s.peer === tz.node.nodeId)?.recall?.status === 'acknowledged';
    }, 'KE sees the recall acknowledged');
    expect(idsIn(await evidenceOf(ke, 'recall-acknowledged', tz.node.nodeId))).to.include(id);
    // UG was not asked to, and keeps its copy.
    expect(await ug.node.exchange.inbox.get(ke.node.nodeId, 'case', id)).to.not.equal(undefined);
    // A recalled case is not sent again by sync.
    expect(await tz.node.exchange.pull(ke.node.nodeId)).to.include({ stored: 0 });
  });

  it('purges at the end of retention and tells the owner with a signed notice', async () => {
    const own = await create('kept', validCase({ items: [item(0)] }));
    await tz.node.exchange.pull(ke.node.nodeId);
    expect(await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id)).to.not.equal(undefined);
    tz.clock.advance(31 * 86_400_000);
    try {
      expect(await tz.node.exchange.sweep()).to.be.greaterThan(0);
      expect(await inboxIds(tz, ke.node.nodeId)).to.deep.equal([]);
      await tz.node.exchange.pull(ke.node.nodeId);
      const acks = await evidenceOf(ke, 'purge-acknowledged', tz.node.nodeId);
      expect(idsIn(acks)).to.include(own.id);
      expect(acks[0]!.purgeNotice).to.be.a('string');
      const officer = await ke.loginAs('officer');
      const shares = await officer.get<CaseSharesResponse>(apiPaths.caseShares(own.id));
      expect(shares.body.items).to.deep.equal([]);
    } finally {
      tz.clock.advance(-31 * 86_400_000);
    }
  });

  it('shows each partner’s sync state in the peers list', async () => {
    const admin = await tz.login();
    const { body } = await admin.get<PeerListResponse>(apiPaths.peers);
    const peer = body.items.find((p) => p.nodeId === ke.node.nodeId);
    expect(peer?.sync?.lag).to.equal(0);
    expect(peer?.sync?.received).to.be.greaterThan(0);
    expect(Date.parse(peer!.sync!.lastCompleteAt!)).to.not.be.NaN;
  });

  it('keeps serving its API and other partners after 10,000 malformed frames on exchange streams', async function () {
    this.timeout(120_000);
    const connection = tz.node.peerHost.libp2p
      .getConnections()
      .find((c) => c.remotePeer.toString() === ke.node.nodeId && c.status === 'open')!;
    const Frame = cen.exchange.v1.ExchangeFrame;
    const kinds = [
      // random bytes, often with an absurd length prefix
      () => randomBytes(1 + (randomBytes(1)[0]! % 200)),
      // a well-framed message that decodes to nothing useful
      () => randomBytes(1 + (randomBytes(1)[0]! % 64)),
      // an empty oneof
      () => Frame.encode({}).finish(),
      // a chunk nobody asked for, with a forged manifest
      () => Frame.encode({ chunk: { manifest: 'x.y.z', records: [randomBytes(32)] } }).finish(),
      // a length prefix over the frame limit
      () => Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]),
    ];
    let sent = 0;
    const garbage = async (n: number) => {
      try {
        const stream = await connection.newStream(PROTOCOLS.exchange.id, {
          signal: AbortSignal.timeout(5_000),
        });
        const bytes = kinds[n % kinds.length]!();
        if (n % 2 === 0) await lpStream(stream).write(bytes, { signal: AbortSignal.timeout(5_000) });
        else stream.send(bytes);
        sent++;
        await stream.close({ signal: AbortSignal.timeout(5_000) });
      } catch {
        // KE aborts what it cannot read, or a stream over its limit: that is the point.
      }
    };
    for (let n = 0; n < 10_000; n += 8)
      await Promise.all(Array.from({ length: 8 }, (_, i) => garbage(n + i)));
    expect(sent).to.be.greaterThan(5_000);
    expect((await fetch(`${ke.apiUrl}${HEALTH_PATH}`)).status).to.equal(200);
    // UG still pulls, and TZ itself still can.
    const own = await create('after-garbage', validCase({ items: [item(0)] }));
    await ug.node.exchange.pull(ke.node.nodeId);
    expect(await ug.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id)).to.not.equal(undefined);
    await tz.node.exchange.pull(ke.node.nodeId);
    expect(await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id)).to.not.equal(undefined);
  });

  it('refuses a forged, tampered or mismatched delivery with a reason, and stores nothing of it', async () => {
    const own = validCase({ items: [item(0)] });
    const record = new TextEncoder().encode(
      JSON.stringify({ kind: own.kind, seizureDate: own.seizureDate, items: own.items }),
    );
    const [agreement] = (await tz.node.services.agreements.list()).filter(
      (a) => a.peer.nodeId === ke.node.nodeId,
    );
    const manifest = (overrides: Record<string, unknown> = {}) => ({
      id: uuidv7(),
      from: tz.node.nodeId,
      to: ke.node.nodeId,
      agreementId: agreement!.id,
      agreementVersion: agreement!.version,
      mode: 'on-demand',
      entries: [{ type: 'case', id: uuidv7(), version: 1, op: 'upsert', sha256: sha256Hex(record) }],
      message: 'Forged',
      at: new Date().toISOString(),
      ...overrides,
    });
    const deliver = async (jws: string, records: Uint8Array[]) => {
      const stream = await tz.node.peerHost.openStream(ke.node.nodeId, 'exchange');
      const frames = framedStream(stream, PROTOCOLS.exchange, cen.exchange.v1.ExchangeFrame);
      await frames.write({ delivery: { manifest: jws, records } });
      const answer = await frames.read(5_000).catch(() => undefined);
      stream.abort(new Error('done'));
      return answer?.refusal?.code;
    };
    const signed = (m: object, key = tzp.key) => signStatement(MANIFEST_JWS_TYPE, m as { from: string }, key);
    // Signed by UG's key while claiming to be TZ's.
    expect(await deliver(await signed(manifest(), ugp.key), [record])).to.equal('bad-manifest');
    // TZ's signature over another payload.
    const [header, , signature] = (await signed(manifest())).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(manifest({ message: 'Changed' }))).toString('base64url')}.${signature}`;
    expect(await deliver(tampered, [record])).to.equal('bad-manifest');
    // Under an agreement that does not exist.
    expect(await deliver(await signed(manifest({ agreementId: uuidv7() })), [record])).to.equal(
      'agreement-mismatch',
    );
    // A record that is not the one the manifest lists.
    expect(await deliver(await signed(manifest()), [new TextEncoder().encode('{}')])).to.equal('bad-record');
    const fromTz: string[] = [];
    for await (const entry of ke.node.exchange.inbox.all()) {
      if (entry.provenance.owner.nodeId === tz.node.nodeId) fromTz.push(entry.id);
    }
    expect(fromTz).to.deep.equal([]);
  });

  it('stops on both sides when the agreement expires, and when it is revoked (the partner purges)', async () => {
    const own = await create('late', validCase({ items: [item(0)] }));
    // Past TZ's agreement validity on KE's clock: KE refuses to serve, TZ's pull fails.
    ke.clock.advance(400 * 86_400_000);
    try {
      const failed = await tz.node.exchange.pull(ke.node.nodeId).then(
        () => 'pulled',
        (err: Error) => err.message,
      );
      expect(failed).to.match(/agreement/);
      expect(await tz.node.exchange.inbox.get(ke.node.nodeId, 'case', own.id)).to.equal(undefined);
    } finally {
      ke.clock.advance(-400 * 86_400_000);
    }
    // Past it on TZ's clock: TZ does not even ask.
    tz.clock.advance(400 * 86_400_000);
    try {
      expect(await tz.node.exchange.pull(ke.node.nodeId)).to.include({ stored: 0 });
    } finally {
      tz.clock.advance(-400 * 86_400_000);
    }

    await ug.node.exchange.pull(ke.node.nodeId);
    expect(await inboxIds(ug, ke.node.nodeId)).to.not.deep.equal([]);
    const [agreement] = (await ug.node.services.agreements.list()).filter(
      (a) => a.peer.nodeId === ke.node.nodeId,
    );
    const { revocation } = await ke.node.services.agreements.revoke(
      agreement!.id,
      'ended',
      kep.key,
      'test:setup',
    );
    // However the revocation reaches UG (by the agreements protocol, or by hand), UG purges.
    await ug.node.services.agreements.addRevocation(revocation.jws, 'test:setup').catch(() => undefined);
    const failed = await ug.node.exchange.pull(ke.node.nodeId).then(
      (r) => r,
      (err: Error) => err,
    );
    expect(failed).to.not.be.instanceOf(Error);
    expect(await ug.node.exchange.sweep()).to.be.greaterThan(0);
    expect(await inboxIds(ug, ke.node.nodeId)).to.deep.equal([]);
    expect(
      await ug.node.exchange.inbox.get(ke.node.nodeId, 'person', cases.nominal!.persons[0]!.id),
    ).to.equal(undefined);
  });
});
