import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { expect } from 'chai';
import { GeneralSign, generalVerify, importJWK } from 'jose';
import {
  agreementStatus,
  countersign,
  draftAgreement,
  InvalidAgreementError,
  isActive,
  openAgreement,
  openRevocation,
  revoke,
  SealError,
  signAgreement,
  type SealedAgreement,
} from '../../../policies/index.ts';
import { AGREEMENT_JWS_TYPE, type Agreement } from '../../../protocol/agreement.ts';
import { bilateralDraft, party, sealBoth, testNode, type TestNode } from './fixtures.ts';

const now = new Date('2026-06-01T00:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('policies: sealing and opening agreements', () => {
  let ke: TestNode, tz: TestNode, be: TestNode;
  let doc: Agreement;
  let sealed: SealedAgreement;

  before(async () => {
    [ke, tz, be] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
    doc = draftAgreement(bilateralDraft(ke, tz));
    sealed = await sealBoth(ke, tz, doc);
  });

  it('opens an agreement both parties signed and reports it active', async () => {
    const opened = await openAgreement(sealed, { now });
    expect(opened.ok).to.equal(true);
    if (!opened.ok) return;
    expect(opened.signedBy).to.deep.equal([ke.nodeId, tz.nodeId]);
    expect(opened.complete).to.equal(true);
    expect(opened.agreement).to.deep.equal(doc);
    expect(isActive(opened, now)).to.equal(true);
  });

  it('signs the same payload twice with protected headers alg, typ and kid only', () => {
    expect(sealed.signatures).to.have.length(2);
    const headers = sealed.signatures.map(
      (s) => JSON.parse(Buffer.from(s.protected, 'base64url').toString()) as Record<string, unknown>,
    );
    expect(headers).to.deep.equal([
      { alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId },
      { alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: tz.nodeId },
    ]);
  });

  it('verifies with plain jose generalVerify and with node:crypto, given only the parties’ public JWKs', async () => {
    for (const [index, p] of doc.parties.entries()) {
      const key = await importJWK(p.key, 'EdDSA');
      const result = await generalVerify(
        { payload: sealed.payload, signatures: [sealed.signatures[index]!] },
        key,
        { algorithms: ['EdDSA'] },
      );
      expect(JSON.parse(new TextDecoder().decode(result.payload))).to.deep.equal(doc);
      const s = sealed.signatures[index]!;
      const ok = cryptoVerify(
        null,
        Buffer.from(`${s.protected}.${sealed.payload}`),
        createPublicKey({ key: p.key, format: 'jwk' }),
        Buffer.from(s.signature, 'base64url'),
      );
      expect(ok).to.equal(true);
    }
  });

  it('is not sealed with one signature, and countersigning needs the other party', async () => {
    const first = await signAgreement(doc, ke.key);
    const opened = await openAgreement(first, { now });
    expect(opened.ok && opened.complete).to.equal(false);
    if (opened.ok)
      expect(agreementStatus(opened, now)).to.deep.equal({ active: false, reason: 'not-sealed' });
    await expectRejection(countersign(first, be.key), 'SealError');
    await expectRejection(signAgreement(first, ke.key), 'SealError');
    await expectRejection(countersign(sealed, be.key), 'SealError');
    expect(SealError.name).to.equal('SealError');
  });

  const refusals: [string, () => unknown, string][] = [
    ['a tampered payload', () => tamper(sealed), 'bad-signature'],
    ['alg none', () => withHeader({ alg: 'none', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId }), 'bad-header'],
    ['HS256', () => hs256(), 'bad-header'],
    ['a wrong typ', () => resign({ alg: 'EdDSA', typ: 'JWT', kid: ke.nodeId }), 'bad-header'],
    [
      'an extra protected member',
      () =>
        resign({
          alg: 'EdDSA',
          typ: AGREEMENT_JWS_TYPE,
          kid: ke.nodeId,
          jku: 'https://attacker.example/keys',
        }),
      'bad-header',
    ],
    [
      'an alg in the unprotected header',
      () => ({
        ...sealed,
        signatures: sealed.signatures.map((s) => ({ ...s, header: { alg: 'EdDSA' } })),
      }),
      'malformed',
    ],
    [
      'an extra top-level member',
      () => ({ ...sealed, protected: sealed.signatures[0]!.protected }),
      'malformed',
    ],
    [
      'three signatures',
      () => ({ ...sealed, signatures: [...sealed.signatures, sealed.signatures[0]!] }),
      'malformed',
    ],
    [
      'a duplicated signer',
      () => ({ ...sealed, signatures: [sealed.signatures[0]!, sealed.signatures[0]!] }),
      'duplicate-signer',
    ],
    ['a signature by a non-party', () => resignWith(be, be.nodeId), 'signer-not-party'],
    ['a non-party claiming a party’s kid', () => resignWith(be, ke.nodeId), 'bad-signature'],
    ['a swapped key', () => swappedKey(), 'key-mismatch'],
    ['a non-canonical payload', () => nonCanonical(), 'not-canonical'],
    ['garbage', () => 'not a jws', 'malformed'],
    ['a payload that is not an agreement', () => nonAgreement(), 'invalid-agreement'],
  ];
  for (const [name, make, reason] of refusals) {
    it(`refuses ${name} (${reason})`, async () => {
      const opened = await openAgreement(await make(), { now });
      expect(opened.ok).to.equal(false);
      if (!opened.ok) expect(opened.reason).to.equal(reason);
    });
  }

  it('refuses an agreement between other nodes when the trusted node ids are given (replay)', async () => {
    const opened = await openAgreement(sealed, { now, trustedNodeIds: [ke.nodeId, be.nodeId] });
    expect(opened.ok).to.equal(false);
    if (!opened.ok) expect(opened.reason).to.equal('untrusted-party');
  });

  it('refuses to draft a party whose key is not the one its node id embeds', () => {
    const draft = bilateralDraft(ke, tz);
    draft.parties[0] = { ...party(ke), key: party(be).key };
    expect(() => draftAgreement(draft)).to.throw(InvalidAgreementError);
  });

  it('tells not yet valid and expired, with until exclusive', async () => {
    const opened = await openAgreement(sealed, { now });
    if (!opened.ok) throw new Error(opened.reason);
    const at = (iso: string) => agreementStatus(opened, new Date(iso));
    expect(at('2025-12-31T23:59:59.999Z')).to.deep.equal({ active: false, reason: 'not-yet-valid' });
    expect(at('2026-01-01T00:00:00.000Z')).to.deep.equal({ active: true });
    expect(at('2026-12-31T23:59:59.999Z')).to.deep.equal({ active: true });
    expect(at('2027-01-01T00:00:00.000Z')).to.deep.equal({ active: false, reason: 'expired' });
    const later = await openAgreement(sealed, { now: new Date('2027-02-01T00:00:00Z') });
    expect(later.ok && later.validity).to.equal('expired');
  });

  describe('revocation', () => {
    it('a revocation by either party ends the agreement', async () => {
      const jws = await revoke(doc, tz.key, { at: now, reason: 'superseded' });
      const opened = await openRevocation(jws, doc);
      expect(opened.ok).to.equal(true);
      if (!opened.ok) return;
      expect(opened.revocation).to.include({ agreementId: doc.id, agreementVersion: 1, by: tz.nodeId });
      expect(
        agreementStatus({ agreement: doc, signedBy: [ke.nodeId, tz.nodeId] }, now, [opened.revocation]),
      ).to.deep.equal({
        active: false,
        reason: 'revoked',
      });
    });

    it('refuses a revocation by a non-party, for another agreement, tampered or with the agreement typ', async () => {
      await expectRejection(revoke(doc, be.key, { at: now, reason: 'x' }), 'SealError');
      const other = draftAgreement(bilateralDraft(ke, tz));
      const jws = await revoke(doc, ke.key, { at: now, reason: 'ended' });
      expect(await reasonOf(openRevocation(jws, other))).to.equal('other-agreement');
      const [h, p, s] = jws.split('.') as [string, string, string];
      const forged = b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), reason: 'forged' });
      expect(await reasonOf(openRevocation(`${h}.${forged}.${s}`, doc))).to.equal('bad-signature');
      const wrongTyp = `${b64({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })}.${p}.${s}`;
      expect(await reasonOf(openRevocation(wrongTyp, doc))).to.equal('bad-header');
      const byOther = await new GeneralSign(Buffer.from(p, 'base64url'))
        .addSignature(be.key)
        .setProtectedHeader({ alg: 'EdDSA', typ: 'cen-revocation+json', kid: be.nodeId })
        .sign();
      expect(await reasonOf(openRevocation(byOther, doc))).to.equal('signer-not-party');
    });
  });

  async function reasonOf(p: Promise<{ ok: boolean; reason?: string }>) {
    const r = await p;
    return r.ok ? 'ok' : r.reason;
  }

  async function expectRejection(p: Promise<unknown>, name: string) {
    try {
      await p;
    } catch (err) {
      expect((err as Error).name).to.equal(name);
      return;
    }
    expect.fail(`expected ${name}`);
  }

  function tamper(s: SealedAgreement): SealedAgreement {
    const payload = JSON.parse(Buffer.from(s.payload, 'base64url').toString()) as Agreement;
    payload.handling.maxCode = 'H3';
    return { ...s, payload: Buffer.from(JSON.stringify(payload)).toString('base64url') };
  }

  function withHeader(header: object): SealedAgreement {
    return { payload: sealed.payload, signatures: [{ protected: b64(header), signature: 'AA' }] };
  }

  async function hs256(): Promise<unknown> {
    const jws = await new GeneralSign(Buffer.from(sealed.payload, 'base64url'))
      .addSignature(new Uint8Array(32).fill(7))
      .setProtectedHeader({ alg: 'HS256', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })
      .sign();
    return jws;
  }

  async function resign(header: Record<string, unknown>, signer: TestNode = ke): Promise<unknown> {
    return new GeneralSign(Buffer.from(sealed.payload, 'base64url'))
      .addSignature(signer.key)
      .setProtectedHeader(header)
      .sign();
  }

  function resignWith(signer: TestNode, kid: string) {
    return resign({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid }, signer);
  }

  async function swappedKey(): Promise<unknown> {
    // Mallory writes KE's node id with her own key and signs as KE.
    const forged = { ...doc, parties: [{ ...party(ke), key: party(be).key }, party(tz)] };
    const canonical = (await import('canonicalize')).default(forged)!;
    return new GeneralSign(Buffer.from(canonical))
      .addSignature(be.key)
      .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })
      .sign();
  }

  async function nonCanonical(): Promise<unknown> {
    const jws = await new GeneralSign(Buffer.from(JSON.stringify(doc, null, 2)))
      .addSignature(ke.key)
      .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })
      .sign();
    return jws;
  }

  async function nonAgreement(): Promise<unknown> {
    const bogus = { parties: doc.parties, anything: true };
    return new GeneralSign(Buffer.from(JSON.stringify(bogus)))
      .addSignature(ke.key)
      .setProtectedHeader({ alg: 'EdDSA', typ: AGREEMENT_JWS_TYPE, kid: ke.nodeId })
      .sign();
  }
});
