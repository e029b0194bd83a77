/**
 * AgreementProposals on two in-memory nodes, KE and TZ, with the network replaced by a loop that
 * hands each queued message to the other side's `receive…` and its answer back: the proposal,
 * countersignature, decline and revocation flows, what is refused (and not stored), idempotence,
 * newer versions, and what survives a restart.
 */
import { expect } from 'chai';
import { GeneralSign } from 'jose';
import {
  AgreementProposals,
  AgreementRegistry,
  type Receipt,
  type StoredDelivery,
} from '../../../node/agreements/index.ts';
import { AuditLog } from '../../../node/audit/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { draftAgreement, signAgreement, type SealedAgreement } from '../../../policies/index.ts';
import { AGREEMENT_JWS_TYPE, type Agreement } from '../../../protocol/agreement.ts';
import { parseNodeId } from '../../../protocol/ids.ts';
import { bilateralDraft, testNode, type TestNode } from '../policies/fixtures.ts';

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

interface Side {
  node: TestNode;
  kv: MemoryKv;
  audit: AuditLog;
  agreements: AgreementRegistry;
  proposals: AgreementProposals;
}

describe('AgreementProposals', () => {
  let ke: TestNode, tz: TestNode, ug: TestNode;
  let now: Date;
  let KE: Side, TZ: Side;
  const clock = () => now;

  function sideOf(node: TestNode, kv = new MemoryKv()): Side {
    const audit = new AuditLog(kv, { clock });
    const nodeId = parseNodeId(node.nodeId);
    const agreements = new AgreementRegistry({ kv, audit, nodeId, clock });
    const proposals = new AgreementProposals({ kv, audit, agreements, nodeId, signingKey: node.key, clock });
    return { node, kv, audit, agreements, proposals };
  }

  /** What the receiving side's protocol handler does with one queued message. */
  function receive(to: Side, from: Side, delivery: StoredDelivery): Promise<Receipt> {
    const peer = from.node.nodeId;
    switch (delivery.kind) {
      case 'proposal':
        return to.proposals.receiveProposal(peer, delivery.payload, delivery.note ?? '');
      case 'countersigned':
        return to.proposals.receiveCountersigned(peer, delivery.payload);
      case 'revocation':
        return to.proposals.receiveRevocation(peer, delivery.payload);
      case 'decline':
        return to.proposals.receiveDecline(peer, delivery.agreementId, delivery.version, delivery.payload);
    }
  }

  /** Delivers everything `from` owes `to`, as the protocol service would; returns the receipts. */
  async function deliverAll(from: Side, to: Side): Promise<Receipt[]> {
    const receipts: Receipt[] = [];
    for (const delivery of await from.proposals.pendingDeliveries(to.node.nodeId)) {
      const receipt = await receive(to, from, delivery);
      receipts.push(receipt);
      await from.proposals.deliveryAnswered(
        delivery,
        receipt.ok ? undefined : { code: receipt.code, message: receipt.message },
      );
    }
    return receipts;
  }

  const draft = (overrides: Partial<Agreement> = {}) =>
    draftAgreement(
      bilateralDraft(ke, tz, {
        validity: { from: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' },
        ...overrides,
      }),
    );
  const actions = async (side: Side) =>
    (await side.audit.list({ order: 'oldest-first' })).items.map((e) => `${e.action} ${e.outcome}`);

  before(async () => {
    [ke, tz, ug] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('UG')]);
  });

  beforeEach(() => {
    now = new Date('2026-06-01T00:00:00Z');
    KE = sideOf(ke);
    TZ = sideOf(tz);
  });

  it('proposes, delivers, countersigns on the partner’s node and installs on both', async () => {
    const doc = draft();
    const signed = await signAgreement(doc, ke.key);
    const proposed = await KE.proposals.propose(signed, '  as agreed in Arusha  ', 'maria');
    expect(proposed.created).to.equal(true);
    expect(proposed.proposal).to.include({
      id: doc.id,
      version: 1,
      direction: 'outgoing',
      state: 'pending-delivery',
      proposedBy: ke.nodeId,
      note: 'as agreed in Arusha',
    });
    expect(proposed.proposal.delivery).to.include({ state: 'pending', attempts: 0 });

    expect(await deliverAll(KE, TZ)).to.deep.equal([
      { ok: true, outcome: 'stored', agreementId: doc.id, version: 1 },
    ]);
    expect((await KE.proposals.get(doc.id))!.state).to.equal('delivered');
    const incoming = (await TZ.proposals.get(doc.id))!;
    expect(incoming).to.include({ direction: 'incoming', state: 'received', proposedBy: ke.nodeId });
    expect(incoming.note).to.equal('as agreed in Arusha');
    expect(incoming.partner).to.deep.equal({ nodeId: ke.nodeId, administration: 'KE', name: 'Customs KE' });
    expect(incoming.agreement).to.deep.equal(doc);
    expect(incoming.sealed).to.deep.equal(signed);
    // Seen from TZ: what TZ would send is the scope keyed by TZ, what it would receive KE's.
    expect(incoming.allows.toPartner).to.deep.equal(doc.scope[tz.nodeId]);
    expect(incoming.allows.fromPartner).to.deep.equal(doc.scope[ke.nodeId]);
    expect(await TZ.agreements.list()).to.deep.equal([]);

    const answered = await TZ.proposals.countersign(doc.id, 'juma', 1);
    expect(answered.agreement.status).to.equal('active');
    expect(answered.proposal).to.include({ state: 'countersigned' });
    expect(answered.proposal.answer).to.include({ kind: 'countersigned', by: 'juma' });
    expect(answered.proposal.delivery).to.include({ state: 'pending' });

    expect(await deliverAll(TZ, KE)).to.deep.equal([
      { ok: true, outcome: 'stored', agreementId: doc.id, version: 1 },
    ]);
    for (const side of [KE, TZ]) {
      expect((await side.agreements.list()).map((a) => [a.id, a.status])).to.deep.equal([[doc.id, 'active']]);
    }
    expect((await KE.proposals.get(doc.id))!.state).to.equal('countersigned');
    expect((await TZ.proposals.get(doc.id))!.delivery).to.include({ state: 'delivered' });
    expect(await KE.proposals.pendingDeliveries()).to.deep.equal([]);
    expect(await TZ.proposals.pendingDeliveries()).to.deep.equal([]);

    expect(await actions(KE)).to.deep.equal([
      'agreement-proposed ok',
      'agreement-delivered ok',
      'agreement-installed ok',
      'agreement-received ok',
    ]);
    expect(await actions(TZ)).to.deep.equal([
      'agreement-received ok',
      'agreement-installed ok',
      'agreement-countersigned ok',
      'agreement-delivered ok',
    ]);
  });

  it('stores a proposal delivered twice once, and lets a newer version replace an unanswered one', async () => {
    const v1 = draft();
    const signed1 = await signAgreement(v1, ke.key);
    await KE.proposals.propose(signed1, undefined, 'maria');
    const [delivery] = await KE.proposals.pendingDeliveries();
    expect((await receive(TZ, KE, delivery!)).ok).to.equal(true);
    expect(await receive(TZ, KE, delivery!)).to.include({ ok: true, outcome: 'unchanged' });
    expect(await TZ.proposals.list()).to.have.length(1);

    // KE proposes version 2 before TZ has heard of version 1: version 1 is no longer sent.
    const v2 = draftAgreement({
      ...bilateralDraft(ke, tz, { validity: v1.validity }),
      id: v1.id,
      version: 2,
    });
    const again = await KE.proposals.propose(signed1, undefined, 'maria');
    expect(again.created).to.equal(false);
    await KE.proposals.propose(await signAgreement(v2, ke.key), 'now with version 2', 'maria');
    const pending = await KE.proposals.pendingDeliveries();
    expect(pending.map((d) => [d.kind, d.version])).to.deep.equal([['proposal', 2]]);
    expect((await KE.proposals.deliveries()).map((d) => [d.version, d.state])).to.deep.equal([
      [1, 'superseded'],
      [2, 'pending'],
    ]);
    await deliverAll(KE, TZ);
    const listed = await TZ.proposals.list();
    expect(listed.map((p) => [p.id, p.version, p.state, p.note])).to.deep.equal([
      [v1.id, 2, 'received', 'now with version 2'],
    ]);
    // Version 1 again, late: refused, version 2 stays.
    expect(await receive(TZ, KE, delivery!)).to.include({ ok: false, code: 'conflict' });
    expect((await TZ.proposals.get(v1.id))!.version).to.equal(2);
  });

  it('refuses forged, tampered, misaddressed, expired and malformed proposals and stores none', async () => {
    const doc = draft();
    const signed = await signAgreement(doc, ke.key);
    const payload = JSON.parse(Buffer.from(signed.payload, 'base64url').toString('utf8')) as Agreement;
    payload.handling.retentionDays = 36_500;
    const tampered: SealedAgreement = {
      ...signed,
      payload: Buffer.from(JSON.stringify(payload)).toString('base64url'),
    };
    // UG's key signs as if it were KE (kid: KE): a third node's signature.
    const forgedJws = await new GeneralSign(Buffer.from(signed.payload, 'base64url'))
      .addSignature(ug.key)
      .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })
      .sign();
    const forged: SealedAgreement = {
      payload: signed.payload,
      signatures: [
        { protected: forgedJws.signatures[0]!.protected!, signature: forgedJws.signatures[0]!.signature },
      ],
    };
    const keUg = await signAgreement(draftAgreement(bilateralDraft(ke, ug)), ke.key);
    const ugTz = await signAgreement(draftAgreement(bilateralDraft(ug, tz)), ug.key);
    const signedByTz = await signAgreement(draft(), tz.key);
    const expired = await signAgreement(
      draft({ validity: { from: '2025-01-01T00:00:00.000Z', until: '2026-01-01T00:00:00.000Z' } }),
      ke.key,
    );
    const cases: [string, string, string][] = [
      ['tampered', JSON.stringify(tampered), 'bad-signature'],
      ['forged by a third node', JSON.stringify(forged), 'bad-signature'],
      ['between KE and UG', JSON.stringify(keUg), 'not-a-party'],
      ['between UG and TZ, sent by KE', JSON.stringify(ugTz), 'wrong-sender'],
      ['signed by TZ itself', JSON.stringify(signedByTz), 'wrong-sender'],
      ['expired', JSON.stringify(expired), 'expired'],
      ['not JSON', '{"payload": ', 'invalid'],
      ['not a sealed agreement', JSON.stringify({ hello: 'world' }), 'invalid'],
    ];
    for (const [what, text, code] of cases) {
      const receipt = await TZ.proposals.receiveProposal(ke.nodeId, text, '');
      expect(receipt, what).to.include({ ok: false, code });
    }
    expect(await TZ.proposals.list()).to.deep.equal([]);
    expect(await TZ.agreements.list()).to.deep.equal([]);
  });

  it('refuses to propose what this node has not signed alone, or another document under a proposed version', async () => {
    const doc = draft();
    const onlyTz = await signAgreement(doc, tz.key);
    expect((await errorOf(KE.proposals.propose(onlyTz, undefined, 'maria'))).name).to.equal(
      'ProposalNotSignedError',
    );
    const both = await signAgreement(await signAgreement(doc, ke.key), tz.key);
    expect((await errorOf(KE.proposals.propose(both, undefined, 'maria'))).name).to.equal(
      'ProposalNotSignedError',
    );
    const notOurs = await signAgreement(draftAgreement(bilateralDraft(ug, tz)), ug.key);
    expect((await errorOf(KE.proposals.propose(notOurs, undefined, 'maria'))).name).to.equal(
      'NotAPartyError',
    );
    const tampered = { ...(await signAgreement(doc, ke.key)), payload: 'e30' };
    expect((await errorOf(KE.proposals.propose(tampered, undefined, 'maria'))).name).to.equal(
      'AgreementSignatureError',
    );
    await KE.proposals.propose(await signAgreement(doc, ke.key), undefined, 'maria');
    const other = draftAgreement({ ...bilateralDraft(ke, tz, { modes: ['query'] }), id: doc.id, version: 1 });
    expect(
      (await errorOf(KE.proposals.propose(await signAgreement(other, ke.key), undefined, 'maria'))).name,
    ).to.equal('ProposalConflictError');
    expect(await KE.proposals.list()).to.have.length(1);
  });

  it('delivers a decline with its reason, and then neither side can answer it again', async () => {
    const doc = draft();
    await KE.proposals.propose(await signAgreement(doc, ke.key), undefined, 'maria');
    await deliverAll(KE, TZ);
    expect((await errorOf(KE.proposals.countersign(doc.id, 'maria'))).name).to.equal('ProposalStateError');
    const declined = await TZ.proposals.decline(doc.id, 'wrong legal basis', 'juma');
    expect(declined).to.include({ state: 'declined' });
    expect(await deliverAll(TZ, KE)).to.deep.equal([
      { ok: true, outcome: 'stored', agreementId: doc.id, version: 1 },
    ]);
    const seen = (await KE.proposals.get(doc.id))!;
    expect(seen.state).to.equal('declined');
    expect(seen.answer).to.include({
      kind: 'declined',
      reason: 'wrong legal basis',
      by: `peer:${tz.nodeId}`,
    });
    expect((await errorOf(TZ.proposals.countersign(doc.id, 'juma'))).name).to.equal('ProposalStateError');
    expect(await actions(KE)).to.deep.equal([
      'agreement-proposed ok',
      'agreement-delivered ok',
      'agreement-received ok',
      'agreement-declined ok',
    ]);
    expect(await actions(TZ)).to.deep.equal([
      'agreement-received ok',
      'agreement-declined ok',
      'agreement-delivered ok',
    ]);
    expect(await TZ.agreements.list()).to.deep.equal([]);
    expect(await KE.agreements.list()).to.deep.equal([]);
  });

  it('refuses a countersigned agreement or a decline of nothing this node proposed', async () => {
    const doc = draft();
    const both = await signAgreement(await signAgreement(doc, ke.key), tz.key);
    expect(await KE.proposals.receiveCountersigned(tz.nodeId, JSON.stringify(both))).to.include({
      ok: false,
      code: 'unknown-proposal',
    });
    expect(await KE.proposals.receiveDecline(tz.nodeId, doc.id, 1, 'no')).to.include({
      ok: false,
      code: 'unknown-proposal',
    });
    expect(await KE.agreements.list()).to.deep.equal([]);
  });

  it('queues this node’s revocation once and the partner holds it after delivery', async () => {
    const doc = draft();
    await KE.proposals.propose(await signAgreement(doc, ke.key), undefined, 'maria');
    await deliverAll(KE, TZ);
    await TZ.proposals.countersign(doc.id, 'juma');
    await deliverAll(TZ, KE);

    const queued: string[] = [];
    KE.agreements.onRevokedHere((revoked) => {
      void KE.proposals.enqueueRevocation(revoked).then((peer) => peer && queued.push(peer));
    });
    await KE.agreements.revoke(doc.id, 'ended', ke.key, 'maria');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(queued).to.deep.equal([tz.nodeId]);
    // After a crash the queue is repaired from the registry, without a second copy.
    expect(await KE.proposals.reconcile()).to.deep.equal([]);
    expect((await KE.proposals.pendingDeliveries()).map((d) => d.kind)).to.deep.equal(['revocation']);

    expect(await deliverAll(KE, TZ)).to.deep.equal([
      { ok: true, outcome: 'stored', agreementId: doc.id, version: 1 },
    ]);
    expect((await TZ.agreements.list()).map((a) => [a.status, a.revokedBy])).to.deep.equal([
      ['revoked', ke.nodeId],
    ]);
    // A revocation from a node that is not the other party is refused.
    const [sent] = (await KE.proposals.deliveries()).filter((d) => d.kind === 'revocation');
    expect(await TZ.proposals.receiveRevocation(ug.nodeId, sent!.payload)).to.include({
      ok: false,
      code: 'wrong-sender',
    });
  });

  it('queues a revocation made while no deliverer ran (offline CLI) when reconciled at start', async () => {
    const doc = draft();
    const sealed = await signAgreement(await signAgreement(doc, ke.key), tz.key);
    await KE.agreements.install(sealed, 'maria');
    await TZ.agreements.install(sealed, 'juma');
    await KE.agreements.revoke(doc.id, 'ended', ke.key, 'maria');
    expect(await KE.proposals.pendingDeliveries()).to.deep.equal([]);
    expect(await KE.proposals.reconcile()).to.deep.equal([tz.nodeId]);
    await deliverAll(KE, TZ);
    expect((await TZ.agreements.list())[0]!.status).to.equal('revoked');
  });

  it('keeps proposals and queued messages across a restart', async () => {
    const doc = draft();
    await KE.proposals.propose(await signAgreement(doc, ke.key), 'note', 'maria');
    const reopened = sideOf(ke, KE.kv);
    expect((await reopened.proposals.list()).map((p) => [p.id, p.state, p.note])).to.deep.equal([
      [doc.id, 'pending-delivery', 'note'],
    ]);
    expect(await reopened.proposals.peersWithPendingDeliveries()).to.deep.equal(new Set([tz.nodeId]));
    await deliverAll(reopened, TZ);
    expect((await reopened.proposals.get(doc.id))!.state).to.equal('delivered');
  });

  it('marks a proposal refused by the partner, with the code', async () => {
    const doc = draft();
    await KE.proposals.propose(await signAgreement(doc, ke.key), undefined, 'maria');
    const [delivery] = await KE.proposals.pendingDeliveries();
    await KE.proposals.deliveryFailed(delivery!, 'connection refused');
    expect((await KE.proposals.get(doc.id))!.delivery).to.include({
      state: 'pending',
      attempts: 1,
      lastError: 'connection refused',
    });
    await KE.proposals.deliveryAnswered(delivery!, { code: 'not-a-party', message: 'not us' });
    const refused = (await KE.proposals.get(doc.id))!;
    expect(refused.state).to.equal('refused');
    expect(refused.delivery).to.deep.include({
      state: 'refused',
      refusal: { code: 'not-a-party', message: 'not us' },
    });
    expect(await KE.proposals.pendingDeliveries()).to.deep.equal([]);
    expect((await actions(KE)).at(-1)).to.equal('agreement-delivery-refused denied');
  });
});
