import { expect } from 'chai';
import { Secret } from 'otpauth';
import {
  hashRecoveryCode,
  newEnrolment,
  newRecoveryCodes,
  totpCode,
  totpStep,
  useRecoveryCode,
  verifyTotp,
} from '../../../node/auth/totp.ts';

/** Fixed, so every code below is known and no assertion depends on chance. */
const SECRET = Secret.fromLatin1('12345678901234567890').base32;
const NOW = new Date('2026-11-02T08:00:10Z');
const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000);

describe('TOTP second factor', () => {
  it('agrees with the RFC 6238 test vector', () => {
    // RFC 6238 appendix B: ASCII secret "12345678901234567890", T = 59 s, SHA-1 → 94287082 (8 digits).
    expect(verifyTotp(SECRET, '287082', undefined, new Date(59_000))).to.deep.equal({ ok: true, step: 1 });
  });

  it('enrols with a base32 secret, a key URI an authenticator app reads, and its QR code', async () => {
    const enrolment = await newEnrolment('maria', 'CEN Kenya');
    expect(enrolment.secret).to.match(/^[A-Z2-7]{32}$/);
    const uri = new URL(enrolment.uri);
    expect(uri.protocol).to.equal('otpauth:');
    expect(uri.searchParams.get('secret')).to.equal(enrolment.secret);
    expect(uri.searchParams.get('issuer')).to.equal('CEN Kenya');
    expect(decodeURIComponent(uri.pathname)).to.include('maria');
    expect(enrolment.qrSvg).to.match(/^<svg[^>]*>/);
    expect(enrolment.qrSvg).to.include('<path');
    expect((await newEnrolment('maria', 'CEN Kenya')).secret).to.not.equal(enrolment.secret);
  });

  it('accepts the current code and one step either side, nothing further', () => {
    const step = totpStep(NOW);
    const codes = [-90, -30, 0, 30, 60].map((offset) => totpCode(SECRET, at(offset)));
    expect(new Set(codes).size).to.equal(codes.length);
    const [tooOld, earlier, current, later, tooNew] = codes as [string, string, string, string, string];
    expect(verifyTotp(SECRET, current, undefined, NOW)).to.deep.equal({ ok: true, step });
    expect(verifyTotp(SECRET, earlier, undefined, NOW)).to.deep.equal({ ok: true, step: step - 1 });
    expect(verifyTotp(SECRET, later, undefined, NOW)).to.deep.equal({ ok: true, step: step + 1 });
    expect(verifyTotp(SECRET, tooOld, undefined, NOW)).to.deep.equal({ ok: false, reason: 'wrong-code' });
    expect(verifyTotp(SECRET, tooNew, undefined, NOW)).to.deep.equal({ ok: false, reason: 'wrong-code' });
  });

  it('refuses a code used once already, and any code of an earlier step', () => {
    const code = totpCode(SECRET, NOW);
    const first = verifyTotp(SECRET, code, undefined, NOW);
    expect(first.ok).to.equal(true);
    const lastUsedStep = first.ok ? first.step : -1;
    expect(verifyTotp(SECRET, code, lastUsedStep, at(5))).to.deep.equal({ ok: false, reason: 'replayed' });
    const previous = totpCode(SECRET, at(-30));
    expect(previous).to.not.equal(code);
    expect(verifyTotp(SECRET, previous, lastUsedStep, NOW)).to.deep.equal({ ok: false, reason: 'replayed' });
    expect(verifyTotp(SECRET, totpCode(SECRET, at(30)), lastUsedStep, at(30))).to.deep.equal({
      ok: true,
      step: lastUsedStep + 1,
    });
  });

  it('works with a freshly enrolled secret', async () => {
    const { secret } = await newEnrolment('maria', 'CEN');
    expect(verifyTotp(secret, totpCode(secret, NOW), undefined, NOW)).to.deep.equal({
      ok: true,
      step: totpStep(NOW),
    });
  });

  it('tells a malformed code from a wrong one, and tolerates spaces', () => {
    expect(verifyTotp(SECRET, '12345', undefined, NOW)).to.deep.equal({ ok: false, reason: 'malformed' });
    expect(verifyTotp(SECRET, 'abcdef', undefined, NOW)).to.deep.equal({ ok: false, reason: 'malformed' });
    const code = totpCode(SECRET, NOW);
    expect(verifyTotp(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, undefined, NOW).ok).to.equal(true);
    const nearby = [-30, 0, 30].map((offset) => totpCode(SECRET, at(offset)));
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(nearby).to.not.include(wrong);
    expect(verifyTotp(SECRET, wrong, undefined, NOW)).to.deep.equal({ ok: false, reason: 'wrong-code' });
  });
});

describe('recovery codes', () => {
  it('makes ten distinct readable codes and stores only their hashes', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).to.have.length(10);
    expect(new Set(codes).size).to.equal(10);
    for (const code of codes) expect(code).to.match(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    expect(hashes).to.have.length(10);
    for (const hash of hashes) {
      expect(hash).to.match(/^[0-9a-f]{64}$/);
      expect(codes.some((code) => hash.includes(code.replace(/-/g, '')))).to.equal(false);
    }
  });

  it('lets each code in once', () => {
    const { codes, hashes } = newRecoveryCodes();
    const first = useRecoveryCode(hashes, codes[3]!);
    expect(first.ok).to.equal(true);
    const remaining = first.ok ? first.remaining : [];
    expect(remaining).to.have.length(9);
    expect(remaining).to.not.include(hashes[3]);
    expect(useRecoveryCode(remaining, codes[3]!)).to.deep.equal({ ok: false });
    expect(useRecoveryCode(remaining, codes[4]!).ok).to.equal(true);
  });

  it('accepts a code typed in capitals, without dashes or with look-alike letters', () => {
    const { codes, hashes } = newRecoveryCodes();
    const code = codes[0]!;
    expect(useRecoveryCode(hashes, code.toUpperCase().replace(/-/g, ' ')).ok).to.equal(true);
    const stored = [hashRecoveryCode('0q1z-1k0m-abcd-0011')];
    expect(useRecoveryCode(stored, 'OQIZ-lkOm-ABCD-oOiL').ok).to.equal(true);
  });

  it('refuses codes that are not one of them', () => {
    const { hashes } = newRecoveryCodes();
    expect(useRecoveryCode(hashes, 'aaaa-bbbb-cccc-dddd')).to.deep.equal({ ok: false });
    expect(useRecoveryCode(hashes, '')).to.deep.equal({ ok: false });
    expect(useRecoveryCode([], newRecoveryCodes().codes[0]!)).to.deep.equal({ ok: false });
  });
});
