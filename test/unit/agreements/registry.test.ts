import { expect } from 'chai';
import { CompactSign } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { AgreementRegistry, type InstallResult } from '../../../node/agreements/index.ts';
import { AuditLog } from '../../../node/audit/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import {
  decide,
  draftAgreement,
  openRevocation,
  signAgreement,
  type SealedAgreement,
} from '../../../policies/index.ts';
import { REVOCATION_JWS_TYPE, type Agreement } from '../../../protocol/agreement.ts';
import { parseNodeId } from '../../../protocol/ids.ts';
import { bilateralDraft, ownCase, sealBoth, testNode, type TestNode } from '../policies/fixtures.ts';

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('AgreementRegistry', () => {
  let ke: TestNode, tz: TestNode, be: TestNode;
  let doc: Agreement;
  let sealed: SealedAgreement;
  let kv: MemoryKv;
  let audit: AuditLog;
  let now: Date;
  let registry: AgreementRegistry;

  const registryOf = (node: TestNode, store = kv, log = audit) =>
    new AgreementRegistry({ kv: store, audit: log, nodeId: parseNodeId(node.nodeId), clock: () => now });

  const auditActions = async () =>
    (await audit.list({ order: 'oldest-first' })).items.map((e) => `${e.action} ${e.outcome}`);

  before(async () => {
    [ke, tz, be] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
    doc = draftAgreement(bilateralDraft(ke, tz));
    sealed = await sealBoth(ke, tz, doc);
  });

  beforeEach(() => {
    kv = new MemoryKv();
    audit = new AuditLog(kv);
    now = new Date('2026-06-01T00:00:00Z');
    registry = registryOf(ke);
  });

  it('installs an agreement both parties signed and lists it active, with the partner as peer', async () => {
    const result = await registry.install(sealed, 'maria');
    expect(result.installed).to.equal(true);
    expect(result.agreement.sealed).to.deep.equal(sealed);
    expect(await registry.list()).to.deep.equal([
      {
        id: doc.id,
        version: 1,
        type: 'bilateral',
        peer: { nodeId: tz.nodeId, administration: 'TZ', name: 'Customs TZ' },
        modes: ['sync', 'on-demand'],
        validity: doc.validity,
        status: 'active',
        installedAt: now.toISOString(),
      },
    ]);
    expect((await registry.get(doc.id))?.agreement).to.deep.equal(doc);
    expect(await registry.activePeers()).to.deep.equal(new Set([tz.nodeId]));
    expect(await auditActions()).to.deep.equal(['agreement-installed ok']);
  });

  it('installs the same version again without change (idempotent)', async () => {
    await registry.install(sealed, 'maria');
    const again = await registry.install(JSON.parse(JSON.stringify(sealed)), 'maria');
    expect(again.installed).to.equal(false);
    expect(await registry.list()).to.have.length(1);
    expect(await auditActions()).to.deep.equal(['agreement-installed ok']);
  });

  it('refuses an agreement between two other nodes (not a party), and audits the refusal', async () => {
    const other = await sealBoth(tz, be, draftAgreement(bilateralDraft(tz, be)));
    const err = await errorOf(registry.install(other, 'maria'));
    expect(err.name).to.equal('NotAPartyError');
    expect(await registry.list()).to.deep.equal([]);
    expect(await auditActions()).to.deep.equal(['agreement-installed denied']);
  });

  it('refuses an agreement only one party signed', async () => {
    const half = await signAgreement(doc, ke.key);
    expect((await errorOf(registry.install(half, 'maria'))).name).to.equal('NotCountersignedError');
    expect(await registry.list()).to.deep.equal([]);
  });

  it('refuses a tampered agreement (payload changed after signing) and anything malformed', async () => {
    const changed = { ...doc, handling: { ...doc.handling, maxCode: 'H3' } };
    const tampered = {
      ...sealed,
      payload: Buffer.from(JSON.stringify(changed)).toString('base64url'),
    };
    const err = await errorOf(registry.install(tampered, 'maria'));
    expect(err.name).to.equal('AgreementSignatureError');
    expect((err as Error & { reason: string }).reason).to.equal('bad-signature');
    expect((await errorOf(registry.install({ hello: 'world' }, 'maria'))).name).to.equal(
      'AgreementSignatureError',
    );
    expect((await errorOf(registry.install(undefined, 'maria'))).name).to.equal('AgreementSignatureError');
    expect(await registry.list()).to.deep.equal([]);
  });

  it('replaces a version by a newer one and refuses an older one', async () => {
    const v2 = await sealBoth(ke, tz, { ...doc, version: 2, modes: ['query'] });
    await registry.install(v2, 'maria');
    const err = await errorOf(registry.install(sealed, 'maria'));
    expect(err.name).to.equal('OlderVersionError');
    expect((await registry.list()).map((a) => [a.version, a.modes])).to.deep.equal([[2, ['query']]]);
  });

  it('refuses another document under an installed id and version', async () => {
    await registry.install(sealed, 'maria');
    const other = await sealBoth(ke, tz, { ...doc, purposes: ['something-else'] });
    expect((await errorOf(registry.install(other, 'maria'))).name).to.equal('AgreementConflictError');
  });

  it('reports expired and not-yet-valid agreements by the clock', async () => {
    await registry.install(sealed, 'maria');
    now = new Date('2025-12-31T23:59:59Z');
    expect((await registry.list())[0]?.status).to.equal('not-yet-valid');
    now = new Date('2027-01-01T00:00:00Z');
    expect((await registry.list())[0]?.status).to.equal('expired');
    expect(await registry.active()).to.deep.equal([]);
  });

  it('revokes with its own key: listed revoked, refused by decide(), not revoked twice', async () => {
    await registry.install(sealed, 'maria');
    const result = await registry.revoke(doc.id, 'the treaty ended', ke.key, 'maria');
    expect(result.revocation).to.include({ agreementId: doc.id, agreementVersion: 1, by: ke.nodeId });
    const verified = await openRevocation(result.revocation.jws, doc);
    expect(verified.ok).to.equal(true);
    const [listed] = await registry.list();
    expect(listed).to.include({ status: 'revoked', revokedBy: ke.nodeId });
    expect(await registry.active()).to.deep.equal([]);
    const decision = decide(
      await registry.states(),
      {
        direction: 'outbound',
        mode: 'sync',
        localNodeId: ke.nodeId,
        peerNodeId: tz.nodeId,
        record: ownCase(),
      },
      now,
    );
    expect(decision).to.include({ allow: false, reason: 'revoked' });
    expect((await errorOf(registry.revoke(doc.id, 'again', ke.key, 'maria'))).name).to.equal(
      'AlreadyRevokedError',
    );
    expect((await errorOf(registry.revoke(uuidv7(), 'x', ke.key, 'maria'))).name).to.equal(
      'UnknownAgreementError',
    );
    expect(await auditActions()).to.deep.equal(['agreement-installed ok', 'agreement-revoked ok']);
  });

  it('refuses to install a revoked version again (409), saying what to do instead', async () => {
    await registry.install(sealed, 'maria');
    await registry.revoke(doc.id, 'the treaty ended', ke.key, 'maria');
    const err = (await errorOf(registry.install(sealed, 'maria'))) as Error & {
      status: number;
      code: string;
    };
    expect(err).to.include({ name: 'RevokedAgreementError', status: 409, code: 'agreement_revoked' });
    expect(err.message).to.include('draft a new version');
    expect((await registry.list())[0]).to.include({ status: 'revoked' });
    expect((await auditActions()).at(-1)).to.equal('agreement-installed denied');
  });

  it('installs the partner’s revocation after verifying it, once', async () => {
    await registry.install(sealed, 'maria');
    const partnerKv = new MemoryKv();
    const partner = registryOf(tz, partnerKv, new AuditLog(partnerKv));
    await partner.install(sealed, 'juma');
    const { revocation } = await partner.revoke(doc.id, 'ended', tz.key, 'juma');

    const added = await registry.addRevocation(revocation.jws, `peer:${tz.nodeId}`);
    expect(added.added).to.equal(true);
    expect(added.agreement).to.include({ status: 'revoked', revokedBy: tz.nodeId });
    expect((await registry.addRevocation(revocation.jws, 'maria')).added).to.equal(false);
    expect((await registry.get(doc.id))?.revocations.map((r) => r.by)).to.deep.equal([tz.nodeId]);
  });

  it('refuses a revocation that does not verify, names another agreement, or an unknown one', async () => {
    await registry.install(sealed, 'maria');
    // A third node cannot revoke: it is not a party, even with a well-formed statement.
    const byOutsider = await new CompactSign(
      Buffer.from(
        JSON.stringify({
          agreementId: doc.id,
          agreementVersion: 1,
          by: be.nodeId,
          at: now.toISOString(),
          reason: 'x',
        }),
      ),
    )
      .setProtectedHeader({ alg: 'EdDSA', typ: REVOCATION_JWS_TYPE, kid: be.nodeId })
      .sign(be.key);
    const outsider = (await errorOf(registry.addRevocation(byOutsider, 'maria'))) as Error & {
      reason?: string;
    };
    expect(outsider.name).to.equal('RevocationInvalidError');
    expect(outsider.reason).to.equal('signer-not-party');
    expect((await registry.list())[0]?.status).to.equal('active');
    const bad = (await errorOf(registry.addRevocation('a.b.c', 'maria'))) as Error & { reason?: string };
    expect(bad.name).to.equal('RevocationInvalidError');
    const { revocation } = await registry.revoke(doc.id, 'ended', ke.key, 'maria');
    const [h, p, s] = revocation.jws.split('.') as [string, string, string];
    const forged = `${h}.${p}.${s.slice(0, -4)}AAAA`;
    const kv2 = new MemoryKv();
    const fresh = registryOf(ke, kv2, new AuditLog(kv2));
    await fresh.install(sealed, 'maria');
    const forgedErr = (await errorOf(fresh.addRevocation(forged, 'maria'))) as Error & { reason?: string };
    expect(forgedErr.name).to.equal('RevocationInvalidError');
    expect(forgedErr.reason).to.equal('bad-signature');
    expect((await fresh.list())[0]?.status).to.equal('active');
    const wrongId = await errorOf(
      fresh.addRevocation(revocation.jws, 'maria', '01900000-0000-7000-8000-0000000000aa'),
    );
    expect(wrongId.name).to.equal('RevocationInvalidError');
    const kv3 = new MemoryKv();
    const empty = registryOf(ke, kv3, new AuditLog(kv3));
    expect((await errorOf(empty.addRevocation(revocation.jws, 'maria'))).name).to.equal(
      'UnknownAgreementError',
    );
  });

  it('reads back and re-verifies what it stored, revocations included', async () => {
    await registry.install(sealed, 'maria');
    await registry.revoke(doc.id, 'ended', ke.key, 'maria');
    const reopened = registryOf(ke);
    expect(await reopened.list()).to.deep.equal(await registry.list());
    expect((await reopened.states())[0]?.revocations).to.have.length(1);
  });

  it('makes a newer version active again after the older one was revoked', async () => {
    await registry.install(sealed, 'maria');
    await registry.revoke(doc.id, 'renegotiating', ke.key, 'maria');
    const v2 = await sealBoth(ke, tz, { ...doc, version: 2 });
    const result: InstallResult = await registry.install(v2, 'maria');
    expect(result.agreement.status).to.equal('active');
    expect((await registry.active()).map((s) => s.agreement.version)).to.deep.equal([2]);
  });
});
