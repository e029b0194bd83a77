/**
 * Two real nodes install the agreement they both signed through the API, as their exchange
 * administrators would, list it active, and see it revoked on both sides once one revokes and
 * the other installs the revocation; the refusals answer with their codes and change nothing.
 */
import { expect } from 'chai';
import { signAgreement, type SealedAgreement } from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import {
  apiPaths,
  type AgreementDetail,
  type AgreementListResponse,
  type ApiError,
  type AuditPage,
  type PeerListResponse,
  type PeerSummary,
  type RevokeAgreementResponse,
} from '../../protocol/api.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { testNode } from '../unit/policies/fixtures.ts';

describe('agreements and peers through the API of two nodes', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode;
  let keParty: Party, tzParty: Party;
  let keAdmin: ApiClient, tzAdmin: ApiClient;
  let doc: Agreement;
  let sealed: SealedAgreement;

  before(async () => {
    [ke, tz] = await Promise.all([startTestNode({ country: 'KE' }), startTestNode({ country: 'TZ' })]);
    [keParty, tzParty] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ')]);
    // Exchange administrators sign in with a second factor (the helper enrols one).
    [keAdmin, tzAdmin] = await Promise.all([ke.loginAs('exchange-admin'), tz.loginAs('exchange-admin')]);
    // KE drafts and signs; TZ's administrator countersigns on their own node's key.
    doc = agreementBetween(keParty, tzParty);
    sealed = await sealBetween(keParty, tzParty, doc);
  });
  after(async () => {
    await Promise.all([ke?.close(), tz?.close()]);
  });

  it('installs the sealed agreement on both nodes and lists it active, each with the other as peer', async () => {
    for (const [admin, peer] of [
      [keAdmin, tzParty],
      [tzAdmin, keParty],
    ] as const) {
      const installed = await admin.post<AgreementDetail>(apiPaths.agreements, sealed);
      expect(installed.status, JSON.stringify(installed.body)).to.equal(201);
      expect(installed.headers.get('location')).to.equal(apiPaths.agreement(doc.id));
      const list = await admin.get<AgreementListResponse>(apiPaths.agreements);
      expect(list.body.items.map((a) => [a.id, a.version, a.status, a.peer.nodeId])).to.deep.equal([
        [doc.id, 1, 'active', peer.nodeId],
      ]);
    }
    const again = await keAdmin.post<AgreementDetail>(apiPaths.agreements, sealed);
    expect(again.status).to.equal(200);
    const detail = await keAdmin.get<AgreementDetail>(apiPaths.agreement(doc.id));
    expect(detail.body.agreement).to.deep.equal(doc);
    expect(detail.body.sealed).to.deep.equal(sealed);
  });

  it('lets the auditor read agreements but not install them', async () => {
    const auditor = await ke.loginAs('auditor');
    expect((await auditor.get(apiPaths.agreements)).status).to.equal(200);
    expect((await auditor.post(apiPaths.agreements, sealed)).status).to.equal(403);
  });

  it('adds the partner as a peer by multiaddr and shows the active agreement with it', async () => {
    const multiaddr = `/ip4/127.0.0.1/tcp/${tz.node.config.p2pPort}/p2p/${tzParty.nodeId}`;
    const added = await keAdmin.post<PeerSummary>(apiPaths.peers, { multiaddr });
    expect(added.status, JSON.stringify(added.body)).to.equal(201);
    const list = await keAdmin.get<PeerListResponse>(apiPaths.peers);
    expect(list.body.items).to.have.length(1);
    expect(list.body.items[0]).to.include({ nodeId: tzParty.nodeId, activeAgreement: true });
    // The running peer host reports the connection; whether it is up yet depends on its dial.
    expect(list.body.items[0]!.status).to.be.oneOf(['connected', 'disconnected']);
    const bad = await keAdmin.post<ApiError>(apiPaths.peers, { multiaddr: '/ip4/127.0.0.1/tcp/9090' });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.code).to.equal('validation_failed');
    const removed = await keAdmin.delete(apiPaths.peer(tzParty.nodeId));
    expect(removed.status).to.equal(200);
    expect((await keAdmin.get<PeerListResponse>(apiPaths.peers)).body.items).to.deep.equal([]);
    expect((await keAdmin.delete<ApiError>(apiPaths.peer(tzParty.nodeId))).status).to.equal(404);
  });

  it('refuses an agreement of two other nodes, a half-signed one, a tampered one and an older version', async () => {
    const be = await testNode('BE');
    const others = await sealBetween(tzParty, be, agreementBetween(tzParty, be));
    const notParty = await keAdmin.post<ApiError>(apiPaths.agreements, others);
    expect([notParty.status, notParty.body.error.code]).to.deep.equal([422, 'agreement_not_a_party']);

    const half = await signAgreement(agreementBetween(keParty, tzParty), keParty.key);
    const halfSigned = await keAdmin.post<ApiError>(apiPaths.agreements, half);
    expect([halfSigned.status, halfSigned.body.error.code]).to.deep.equal([
      422,
      'agreement_not_countersigned',
    ]);

    const widened = { ...doc, scope: { ...doc.scope }, handling: { ...doc.handling, maxCode: 'H3' } };
    const tampered = { ...sealed, payload: Buffer.from(JSON.stringify(widened)).toString('base64url') };
    const bad = await keAdmin.post<ApiError<{ reason: string }>>(apiPaths.agreements, tampered);
    expect([bad.status, bad.body.error.code, bad.body.error.details?.reason]).to.deep.equal([
      400,
      'agreement_invalid',
      'bad-signature',
    ]);

    const newer = agreementBetween(keParty, tzParty, { version: 2 });
    const older = agreementBetween(keParty, tzParty, { version: 1, id: newer.id });
    expect(
      (await keAdmin.post(apiPaths.agreements, await sealBetween(keParty, tzParty, newer))).status,
    ).to.equal(201);
    const refused = await keAdmin.post<ApiError>(
      apiPaths.agreements,
      await sealBetween(keParty, tzParty, older),
    );
    expect([refused.status, refused.body.error.code]).to.deep.equal([409, 'agreement_version_older']);

    const list = await keAdmin.get<AgreementListResponse>(apiPaths.agreements);
    expect(list.body.items.map((a) => [a.id, a.version]).sort()).to.deep.equal(
      [
        [doc.id, 1],
        [newer.id, 2],
      ].sort(),
    );
    const auditor = await ke.loginAs('auditor');
    const denied = await auditor.get<AuditPage>(
      `${apiPaths.audit}?action=agreement-installed&outcome=denied`,
    );
    expect(denied.body.items.map((e) => e.details?.reason).sort()).to.deep.equal([
      'agreement_invalid',
      'agreement_not_a_party',
      'agreement_not_countersigned',
      'agreement_version_older',
    ]);
  });

  it('revokes on one node and, once the other installs the revocation, both list it revoked', async () => {
    const revoked = await keAdmin.post<RevokeAgreementResponse>(apiPaths.agreementRevoke(doc.id), {
      reason: 'the agreement is being renegotiated',
    });
    expect(revoked.status, JSON.stringify(revoked.body)).to.equal(200);
    expect(revoked.body.agreement).to.include({ status: 'revoked', revokedBy: keParty.nodeId });
    const keList = await keAdmin.get<AgreementListResponse>(apiPaths.agreements);
    expect(keList.body.items.find((a) => a.id === doc.id)?.status).to.equal('revoked');
    const twice = await keAdmin.post<ApiError>(apiPaths.agreementRevoke(doc.id), {});
    expect([twice.status, twice.body.error.code]).to.deep.equal([409, 'agreement_revoked']);

    // Until the revocation reaches it, the partner still holds the agreement active.
    expect((await tzAdmin.get<AgreementListResponse>(apiPaths.agreements)).body.items[0]?.status).to.equal(
      'active',
    );
    const forged = await tzAdmin.post<ApiError>(apiPaths.agreementRevocations(doc.id), {
      revocation: `${revoked.body.revocation.jws.slice(0, -4)}AAAA`,
    });
    expect([forged.status, forged.body.error.code]).to.deep.equal([400, 'revocation_invalid']);
    const received = await tzAdmin.post<RevokeAgreementResponse>(apiPaths.agreementRevocations(doc.id), {
      revocation: revoked.body.revocation.jws,
    });
    expect(received.status, JSON.stringify(received.body)).to.equal(201);
    const tzList = await tzAdmin.get<AgreementListResponse>(apiPaths.agreements);
    expect(tzList.body.items.map((a) => [a.id, a.status, a.revokedBy])).to.deep.equal([
      [doc.id, 'revoked', keParty.nodeId],
    ]);
    expect(await tz.node.services.agreements.active()).to.deep.equal([]);

    const auditor = await tz.loginAs('auditor');
    const entries = await auditor.get<AuditPage>(`${apiPaths.audit}?action=agreement-revoked&outcome=ok`);
    expect(entries.body.items.map((e) => [e.actor, e.target, e.details?.by])).to.deep.equal([
      ['exchangeadmin1', doc.id, keParty.nodeId],
    ]);
  });

  it('answers 404 for an agreement it does not hold', async () => {
    const missing = await keAdmin.get<ApiError>(apiPaths.agreement('01900000-0000-7000-8000-0000000000aa'));
    expect([missing.status, missing.body.error.code]).to.deep.equal([404, 'not_found']);
  });
});
