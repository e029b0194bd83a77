/**
 * Accounts, sessions and the audit log on a real node over loopback HTTP, with cookies by hand:
 * every refusal of issue 3 ("done when") is tried and must answer the way the contract says.
 */
import { expect } from 'chai';
import {
  apiPaths,
  type ApiError,
  type AuditPage,
  type AuditVerifyResponse,
  type CreateUserResponse,
  type ResetUserResponse,
  type SessionResponse,
  type ThrottledDetails,
  type TotpConfirmResponse,
  type TotpEnrolmentResponse,
  type UserListResponse,
  type ValidationFailed,
} from '../../protocol/api.ts';
import type { Person } from '../../protocol/records.ts';
import { auditKey, AUDIT_NAMESPACE, verifyAuditLines } from '../../node/audit/index.ts';
import { totpCode } from '../../node/auth/index.ts';
import type { RecordStore } from '../../node/store/records.ts';
import { ApiClient, newTestPassword, startTestNode, type TestNode } from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';

const DAY_MS = 24 * 3600_000;
const signIn = (t: TestNode, body: Record<string, string>) =>
  new ApiClient(t.apiUrl).post<SessionResponse & ApiError<ThrottledDetails>>(apiPaths.session, body);

registerSecrets('personal data', ['Wanjiru', 'Nyambura', 'KE-PP-7781234']);

describe('accounts, sessions and audit over HTTP', function () {
  this.timeout(60_000);
  let t: TestNode;

  before(async () => {
    // Every request comes from 127.0.0.1: the refusals tried here would otherwise lock that
    // address for the rest of the file. Throttling itself is tested on a node of its own below.
    t = await startTestNode({ country: 'KE', throttle: { maxFailures: 1000 } });
  });
  after(async () => {
    await t?.close();
  });

  describe('the first administrator', () => {
    it('must enrol a second factor before anything else, then signs in with it', async () => {
      const client = new ApiClient(t.apiUrl);
      const first = await client.post<SessionResponse>(apiPaths.session, {
        username: 'admin',
        password: t.adminPassword,
      });
      expect(first.status).to.equal(200);
      expect(first.body).to.include({ mustChangePassword: false, totpEnrolmentRequired: true });
      expect(first.body.user).to.deep.equal({ username: 'admin', role: 'national-admin' });
      const restricted = await client.get<ApiError>(apiPaths.users);
      expect(restricted.status).to.equal(403);
      expect(restricted.body.error.code).to.equal('totp_enrolment_required');
      expect((await client.get(apiPaths.session)).status).to.equal(200);

      const enrolment = await client.post<TotpEnrolmentResponse>(apiPaths.sessionTotp, {});
      expect(enrolment.status).to.equal(200);
      expect(enrolment.body.qrSvg).to.match(/^<svg|<\?xml/);
      expect(enrolment.body.uri).to.contain(`secret=${enrolment.body.secret}`);
      const wrong = await client.post<ValidationFailed>(apiPaths.sessionTotpConfirm, { code: '000000' });
      expect(wrong.status).to.equal(400);
      t.clock.advance(30_000);
      const confirmed = await client.post<TotpConfirmResponse>(apiPaths.sessionTotpConfirm, {
        code: totpCode(enrolment.body.secret, t.clock.now()),
      });
      expect(confirmed.status).to.equal(200);
      expect(confirmed.body.recoveryCodes).to.have.length(10);
      expect((await client.get(apiPaths.users)).status).to.equal(200);
      t.totpSecrets.set('admin', enrolment.body.secret);
      t.clock.advance(30_000); // the confirming code's step is used up

      const again = await signIn(t, { username: 'admin', password: t.adminPassword });
      expect(again.status).to.equal(401);
      expect(again.body.error.code).to.equal('second_factor_required');
      const withCode = await signIn(t, {
        username: 'admin',
        password: t.adminPassword,
        totp: t.freshTotp('admin'),
      });
      expect(withCode.status).to.equal(200);
      expect(withCode.body.totpEnrolmentRequired).to.equal(false);
      expect((await client.delete(apiPaths.session)).status).to.equal(204);
      expect((await client.get(apiPaths.session)).status).to.equal(401);
    });

    it('refuses a replayed TOTP code', async () => {
      const code = t.freshTotp('admin');
      const first = await signIn(t, { username: 'admin', password: t.adminPassword, totp: code });
      expect(first.status).to.equal(200);
      const replayed = await signIn(t, { username: 'admin', password: t.adminPassword, totp: code });
      expect(replayed.status).to.equal(401);
      expect(replayed.body.error.code).to.equal('second_factor_invalid');
      expect(replayed.headers.get('set-cookie')).to.equal(null);
    });
  });

  describe('refusals', () => {
    it('answers a wrong password, an unknown user and a disabled account with the same 401', async () => {
      const password = await t.createUser('kamau', 'officer');
      const admin = await t.login();
      expect((await admin.patch(apiPaths.user('kamau'), { disabled: true })).status).to.equal(200);
      const answers = await Promise.all([
        signIn(t, { username: 'kamau', password: 'Wrong-Password-Entirely-1' }),
        signIn(t, { username: 'no-such-user', password }),
        signIn(t, { username: 'kamau', password: `${password}x` }),
      ]);
      for (const answer of answers) {
        expect(answer.status).to.equal(401);
        expect(answer.body.error).to.deep.equal(answers[0].body.error);
        expect(answer.body.error.code).to.equal('invalid_credentials');
      }
      // Only the right password may learn that the account is disabled.
      const disabled = await signIn(t, { username: 'kamau', password });
      expect(disabled.status).to.equal(401);
      expect(disabled.body.error.code).to.equal('account_disabled');
    });

    it('refuses a forged, an expired and a revoked session cookie', async () => {
      const forged = new ApiClient(t.apiUrl, `cen_session=${'A'.repeat(43)}`);
      expect((await forged.get<ApiError>(apiPaths.session)).status).to.equal(401);
      const garbage = new ApiClient(t.apiUrl, 'cen_session=../../etc/passwd');
      expect((await garbage.get(apiPaths.session)).status).to.equal(401);

      const officer = await t.loginAs('officer');
      expect((await officer.get(apiPaths.cases)).status).to.equal(200);
      t.clock.advance(31 * 60_000); // idle for longer than 30 minutes
      const expired = await officer.get<ApiError>(apiPaths.cases);
      expect(expired.status).to.equal(401);
      expect(expired.body.error.code).to.equal('unauthenticated');

      const again = await t.loginAs('officer');
      const admin = await t.login();
      const revoked = await admin.delete<{ revoked: number }>(apiPaths.userSessions('officer1'));
      expect(revoked.status).to.equal(200);
      expect(revoked.body.revoked).to.be.at.least(1);
      expect((await again.get(apiPaths.cases)).status).to.equal(401);
    });

    it('refuses a role raising its own permissions', async () => {
      const admin = await t.login();
      const own = await admin.patch<ApiError>(apiPaths.user('admin'), { role: 'auditor' });
      expect(own.status).to.equal(403);
      const officer = await t.loginAs('officer');
      const self = await officer.patch<ApiError>(apiPaths.user('officer1'), { role: 'national-admin' });
      expect(self.status).to.equal(403);
      const create = await officer.post<ApiError>(apiPaths.users, {
        username: 'mallory',
        role: 'national-admin',
      });
      expect(create.status).to.equal(403);
      const list = await admin.get<UserListResponse>(apiPaths.users);
      expect(list.body.items.find((u) => u.username === 'officer1')?.role).to.equal('officer');
      expect(list.body.items.find((u) => u.username === 'admin')?.role).to.equal('national-admin');
      expect(list.body.items.map((u) => u.username)).not.to.include('mallory');
    });

    it('refuses state-changing requests started by another site', async () => {
      const officer = await t.loginAs('officer');
      const body = { kind: 'seizure' }; // not a valid case: refused with 400 once the request is heard
      const origin = await officer.request<ApiError>('POST', apiPaths.cases, body, {
        origin: 'https://evil.example',
      });
      expect(origin.status).to.equal(403);
      expect(origin.body.error.code).to.equal('cross_site_request');
      const fetchSite = await officer.request<ApiError>('POST', apiPaths.cases, body, {
        'sec-fetch-site': 'cross-site',
      });
      expect(fetchSite.status).to.equal(403);
      const login = await new ApiClient(t.apiUrl).request<ApiError>(
        'POST',
        apiPaths.session,
        { username: 'officer1', password: 'x' },
        { origin: 'https://evil.example' },
      );
      expect(login.status).to.equal(403);
      // The console's own origin passes (400: the empty case is not valid, but it was heard).
      const own = await officer.request('POST', apiPaths.cases, body, {
        origin: t.apiUrl,
        'sec-fetch-site': 'same-origin',
      });
      expect(own.status).to.equal(400);
    });

    it('sends a strict Content-Security-Policy and no-store on API answers', async () => {
      const response = await new ApiClient(t.apiUrl).get(apiPaths.cases);
      expect(response.headers.get('content-security-policy')).to.contain("default-src 'none'");
      expect(response.headers.get('content-security-policy')).to.contain("frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).to.equal('no-store');
      expect(response.headers.get('x-frame-options')).to.equal('DENY');
      // Plain HTTP on loopback: no HSTS (it is sent over HTTPS, see tls.test.ts).
      expect(response.headers.get('strict-transport-security')).to.equal(null);
    });
  });

  describe('after a long absence', () => {
    // The clock jumps months ahead here: a node of its own, so other tests' users stay active.
    let late: TestNode;
    before(async () => {
      late = await startTestNode({ country: 'UG' });
    });
    after(async () => {
      await late?.close();
    });

    it('forces a change of an expired password: the session can do nothing else until then', async () => {
      const password = await late.createUser('akinyi', 'officer');
      // Used regularly (or the account would be blocked for inactivity first), never changed.
      late.clock.advance(45 * DAY_MS);
      expect((await signIn(late, { username: 'akinyi', password })).body.mustChangePassword).to.equal(false);
      late.clock.advance(46 * DAY_MS);
      const client = new ApiClient(late.apiUrl);
      const expired = await client.post<SessionResponse>(apiPaths.session, { username: 'akinyi', password });
      expect(expired.status).to.equal(200);
      expect(expired.body.mustChangePassword).to.equal(true);
      const blocked = await client.get<ApiError>(apiPaths.cases);
      expect(blocked.status).to.equal(403);
      expect(blocked.body.error.code).to.equal('password_change_required');
      const weak = await client.post<ValidationFailed>(apiPaths.sessionPassword, {
        current: password,
        next: 'akinyi2026',
      });
      expect(weak.status).to.equal(400);
      expect(weak.body.error.details?.map((i) => i.path)).to.include('next');
      const wrongCurrent = await client.post<ValidationFailed>(apiPaths.sessionPassword, {
        current: 'Not-My-Password-00',
        next: newTestPassword(),
      });
      expect(wrongCurrent.body.error.details?.[0]).to.include({ path: 'current' });
      const changed = await client.post(apiPaths.sessionPassword, {
        current: password,
        next: newTestPassword(),
      });
      expect(changed.status).to.equal(204);
      expect((await client.get(apiPaths.cases)).status).to.equal(200);
    });

    it('blocks an account unused for 90 days, saying so only after the right password', async () => {
      const password = await late.createUser('ochieng', 'analyst');
      late.clock.advance(91 * DAY_MS);
      const wrong = await signIn(late, { username: 'ochieng', password: 'Wrong-Password-Entirely-1' });
      expect(wrong.body.error.code).to.equal('invalid_credentials');
      const right = await signIn(late, { username: 'ochieng', password });
      expect(right.status).to.equal(401);
      expect(right.body.error.code).to.equal('account_blocked');
    });
  });

  describe('the contact point', () => {
    it('creates an account with a one-time password that must be changed at first sign-in', async () => {
      const admin = await t.login();
      const created = await admin.post<CreateUserResponse>(apiPaths.users, {
        username: 'wanjiku',
        role: 'analyst',
        displayName: 'Analyst Wanjiku',
      });
      expect(created.status).to.equal(201);
      expect(created.body.user).to.include({
        username: 'wanjiku',
        role: 'analyst',
        mustChangePassword: true,
        totpEnrolled: false,
      });
      const client = new ApiClient(t.apiUrl);
      const first = await client.post<SessionResponse>(apiPaths.session, {
        username: 'wanjiku',
        password: created.body.oneTimePassword,
      });
      expect(first.status).to.equal(200);
      expect(first.body).to.include({ mustChangePassword: true });
      expect((await client.get(apiPaths.cases)).status).to.equal(403);
      const next = newTestPassword();
      expect(
        (await client.post(apiPaths.sessionPassword, { current: created.body.oneTimePassword, next })).status,
      ).to.equal(204);
      expect((await client.get(apiPaths.cases)).status).to.equal(200);
      // Used once: the one-time password opens nothing any more.
      const reused = await signIn(t, { username: 'wanjiku', password: created.body.oneTimePassword });
      expect(reused.status).to.equal(401);
      expect((await signIn(t, { username: 'wanjiku', password: next })).status).to.equal(200);
    });

    it('resets an account to a one-time code that works once', async () => {
      const password = await t.createUser('mwangi', 'officer');
      const officer = await t.login('mwangi', password);
      const admin = await t.login();
      const reset = await admin.post<ResetUserResponse>(apiPaths.userReset('mwangi'), {});
      expect(reset.status).to.equal(200);
      expect((await officer.get(apiPaths.cases)).status).to.equal(401); // the reset ended the session
      expect((await signIn(t, { username: 'mwangi', password })).status).to.equal(401);
      const withCode = await signIn(t, { username: 'mwangi', password: reset.body.oneTimeCode });
      expect(withCode.status).to.equal(200);
      expect(withCode.body.mustChangePassword).to.equal(true);
      expect((await signIn(t, { username: 'mwangi', password: reset.body.oneTimeCode })).status).to.equal(
        401,
      );
      expect((await admin.post(apiPaths.userReset('admin'), {})).status).to.equal(403);
      expect((await admin.post(apiPaths.userReset('nobody'), {})).status).to.equal(404);
    });
  });

  describe('the audit log', () => {
    it('records sign-ins, account changes and nominal reads with ids only, for auditors', async () => {
      const officer = await t.loginAs('officer');
      const person = await officer.post<Person>(apiPaths.persons, {
        familyName: 'Wanjiru',
        givenNames: 'Grace Nyambura',
        documents: [{ type: 'passport', number: 'KE-PP-7781234', country: 'KE' }],
      });
      expect(person.status).to.equal(201);
      expect((await officer.get(apiPaths.person(person.body.id))).status).to.equal(200);

      const auditor = await t.loginAs('auditor');
      const reads = await auditor.get<AuditPage>(`${apiPaths.audit}?action=nominal-read&actor=officer1`);
      expect(reads.status).to.equal(200);
      expect(reads.body.items[0]).to.include({ target: person.body.id, outcome: 'ok' });
      expect(reads.body.items[0]?.details).to.deep.equal({ type: 'person' });
      const everything = await auditor.get<AuditPage>(`${apiPaths.audit}?limit=1000`);
      const actions = new Set(everything.body.items.map((e) => e.action));
      for (const action of [
        'login',
        'login-failed',
        'logout',
        'user-created',
        'user-disabled',
        'password-changed',
        'password-reset',
        'totp-enrolled',
        'session-revoked',
        'record-created',
        'nominal-read',
        'permission-denied',
      ]) {
        expect(actions, action).to.include(action);
      }
      const text = JSON.stringify(everything.body);
      for (const personal of ['Wanjiru', 'Nyambura', 'KE-PP-7781234', t.adminPassword])
        expect(text).not.to.contain(personal);

      const page = await auditor.get<AuditPage>(`${apiPaths.audit}?limit=2`);
      expect(page.body.items).to.have.length(2);
      const next = await auditor.get<AuditPage>(`${apiPaths.audit}?limit=2&cursor=${page.body.nextCursor}`);
      expect(next.body.items[0]!.seq).to.equal(page.body.items[1]!.seq - 1);
      expect((await auditor.get(`${apiPaths.audit}?colour=red`)).status).to.equal(400);
    });

    it('exports a log that verifies anywhere, and names the first tampered entry', async () => {
      const auditor = await t.loginAs('auditor');
      const exported = await auditor.get<string>(apiPaths.auditExport);
      expect(exported.status).to.equal(200);
      expect(exported.headers.get('content-type')).to.contain('application/x-ndjson');
      const lines = exported.body.split('\n');
      expect((await verifyAuditLines(lines)).ok).to.equal(true);
      expect((await auditor.get<AuditVerifyResponse>(apiPaths.auditVerify)).body.ok).to.equal(true);

      // Someone with access to the disk changes an entry behind the node's back.
      const kv = (t.node.services.store as RecordStore).kv;
      const victim = (await kv.get(AUDIT_NAMESPACE, auditKey(3))) as Record<string, unknown>;
      await kv.batch([
        { type: 'put', ns: AUDIT_NAMESPACE, key: auditKey(3), value: { ...victim, actor: 'someone-else' } },
      ]);
      const verified = await auditor.get<AuditVerifyResponse>(apiPaths.auditVerify);
      expect(verified.status).to.equal(200);
      expect(verified.body.ok).to.equal(false);
      expect(verified.body.checked).to.equal(2);
      expect(verified.body.firstBad?.seq).to.equal(3);
      expect(verified.body.firstBad?.reason).to.contain('3');
    });
  });

  describe('throttling', () => {
    let strict: TestNode;
    before(async () => {
      strict = await startTestNode({ country: 'TZ' });
    });
    after(async () => {
      await strict?.close();
    });

    it('answers 429 with Retry-After after repeated failures, for known and unknown users alike', async () => {
      const password = await strict.createUser('juma', 'officer');
      for (let i = 0; i < 4; i++) {
        expect(
          (await signIn(strict, { username: 'juma', password: `Wrong-Guess-${i}-abc` })).status,
        ).to.equal(401);
      }
      const fifth = await signIn(strict, { username: 'juma', password: 'Wrong-Guess-5-abc' });
      expect(fifth.status).to.equal(401);
      // Locked now: even the right password is not tried.
      const locked = await signIn(strict, { username: 'juma', password });
      expect(locked.status).to.equal(429);
      expect(locked.body.error.code).to.equal('throttled');
      expect(Number(locked.headers.get('retry-after'))).to.be.within(1, 60);
      expect(locked.body.error.details?.retryAfterSeconds).to.equal(
        Number(locked.headers.get('retry-after')),
      );
      // From this address, an unknown name answers the same: the lock says nothing about accounts.
      const unknown = await signIn(strict, { username: 'nobody-here', password });
      expect(unknown.status).to.equal(429);
      strict.clock.advance(61_000);
      expect((await signIn(strict, { username: 'juma', password })).status).to.equal(200);
    });
  });
});
