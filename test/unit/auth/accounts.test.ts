import { expect } from 'chai';
import { AuditLog } from '../../../node/audit/index.ts';
import {
  createAuth,
  SESSIONS_NAMESPACE,
  totpCode,
  USERS_NAMESPACE,
  type Auth,
  type User,
} from '../../../node/auth/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { registerSecret } from '../../helpers/secrets.ts';

const PASSWORD = 'Correct-Horse-Battery-42';
const OPERATOR = { username: 'cli:root' };
const DAY_MS = 24 * 3600_000;
registerSecret('password', PASSWORD);

function clockAt(iso: string) {
  let now = Date.parse(iso);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

async function errorOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

describe('accounts', () => {
  let kv: MemoryKv;
  let time: ReturnType<typeof clockAt>;
  let audit: AuditLog;
  let auth: Auth;

  beforeEach(() => {
    kv = new MemoryKv();
    time = clockAt('2026-11-02T08:00:00Z');
    audit = new AuditLog(kv, { clock: time.clock });
    auth = createAuth(kv, {
      audit,
      nodeRole: 'national',
      clock: time.clock,
      policy: { idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000 },
      // Generous, so that tests about other rules never trip over throttling.
      throttle: { maxFailures: 50 },
    });
  });
  afterEach(async () => {
    await audit.close();
    await kv.close();
  });

  const actions = async () =>
    (await audit.list({ order: 'oldest-first', limit: 1000 })).items.map((e) => e.action);

  describe('creating accounts', () => {
    it('stores an argon2id hash, never the password, and audits the creation', async () => {
      await auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD });
      const stored = await auth.users.get('ana');
      expect(stored?.passwordHash).to.match(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(JSON.stringify(stored)).not.to.contain(PASSWORD);
      const [entry] = (await audit.list()).items;
      expect(entry).to.include({ action: 'user-created', actor: 'cli:root', target: 'ana', outcome: 'ok' });
      expect(entry?.details).to.deep.equal({ role: 'officer' });
    });

    it('refuses duplicate usernames, roles of the other kind of node, bad names and weak passwords', async () => {
      await auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD });
      const duplicate = await errorOf(
        auth.createUser(OPERATOR, { username: 'ana', role: 'analyst', password: PASSWORD }),
      );
      expect(duplicate.name).to.equal('UserExistsError');
      const invalid = await errorOf(
        auth.createUser(OPERATOR, { username: 'A B', role: 'wco-admin', password: 'password123' }),
      );
      expect(invalid.name).to.equal('ValidationError');
      expect((invalid.issues as { path: string }[]).map((i) => i.path)).to.deep.equal([
        'username',
        'role',
        'password',
      ]);
    });

    it('creates one user when two creations of the same name race', async () => {
      const results = await Promise.allSettled([
        auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD }),
        auth.createUser(OPERATOR, { username: 'ana', role: 'analyst', password: PASSWORD }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      expect(await auth.users.list()).to.have.length(1);
    });

    it('gives an account without a password a one-time password that must be changed', async () => {
      const created = await auth.createUser(OPERATOR, { username: 'ana', role: 'officer' });
      registerSecret('one-time password', created.oneTimePassword);
      expect(created.user).to.include({ mustChangePassword: true, totpEnrolled: false, disabled: false });
      const signedIn = await auth.signIn({ username: 'ana', password: created.oneTimePassword! });
      expect(signedIn.response.mustChangePassword).to.equal(true);
      expect(signedIn.session.pending).to.deep.equal(['password-change']);
      // Once: the same one-time password does not open a second session.
      const again = await errorOf(auth.signIn({ username: 'ana', password: created.oneTimePassword! }));
      expect(again).to.include({ name: 'SignInRefusedError', code: 'invalid_credentials' });
    });
  });

  describe('signing in', () => {
    beforeEach(async () => {
      await auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD });
    });

    it('refuses a wrong password, an unknown user and a disabled account alike before the password is right', async () => {
      await auth.createUser(OPERATOR, { username: 'bob', role: 'officer', password: PASSWORD });
      await auth.updateUser({ username: 'admin', role: 'national-admin' }, 'bob', { disabled: true });
      const wrong = await errorOf(auth.signIn({ username: 'ana', password: 'Not-The-Password-1' }));
      const unknown = await errorOf(auth.signIn({ username: 'nobody', password: PASSWORD }));
      const disabledWrong = await errorOf(auth.signIn({ username: 'bob', password: 'Not-The-Password-1' }));
      for (const err of [wrong, unknown, disabledWrong]) {
        expect(err).to.include({ name: 'SignInRefusedError', code: 'invalid_credentials' });
        expect(err.message).to.equal(wrong.message);
      }
      const disabledRight = await errorOf(auth.signIn({ username: 'bob', password: PASSWORD }));
      expect(disabledRight).to.include({ code: 'account_disabled' });
      const failed = (await audit.list({ action: 'login-failed', order: 'oldest-first' })).items;
      expect(failed.map((e) => e.actor)).to.deep.equal(['ana', 'unknown', 'bob', 'bob']);
      expect(JSON.stringify(failed)).not.to.contain('Not-The-Password');
    });

    it('forces a change of an expired password and reminds from 10 days before', async () => {
      time.advance(79 * DAY_MS);
      let signedIn = await auth.signIn({ username: 'ana', password: PASSWORD });
      expect(signedIn.response.passwordExpiresInDays).to.equal(undefined);
      time.advance(2 * DAY_MS); // day 81: 9 days left
      signedIn = await auth.signIn({ username: 'ana', password: PASSWORD });
      expect(signedIn.response).to.include({ passwordExpiresInDays: 9, mustChangePassword: false });
      time.advance(10 * DAY_MS); // day 91: expired
      signedIn = await auth.signIn({ username: 'ana', password: PASSWORD });
      expect(signedIn.response.mustChangePassword).to.equal(true);
      expect(signedIn.session.pending).to.deep.equal(['password-change']);
      await auth.changePassword(signedIn.token, signedIn.session, {
        current: PASSWORD,
        next: 'Fresh-Lantern-Harbour-77',
      });
      expect((await auth.sessions.lookup(signedIn.token))?.pending).to.deep.equal([]);
      const login = (await audit.list({ action: 'login' })).items.at(0);
      expect(login?.details).to.include({ passwordExpired: true });
    });

    it('blocks an account after 90 days without sign-in, telling so only after the right password', async () => {
      time.advance(85 * DAY_MS);
      const reminded = await auth.signIn({ username: 'ana', password: PASSWORD });
      expect(reminded.response.inactivityBlocksInDays).to.equal(5);
      time.advance(91 * DAY_MS);
      expect(await errorOf(auth.signIn({ username: 'ana', password: 'Not-The-Password-1' }))).to.include({
        code: 'invalid_credentials',
      });
      expect(await errorOf(auth.signIn({ username: 'ana', password: PASSWORD }))).to.include({
        code: 'account_blocked',
      });
      const stored = await auth.users.get('ana');
      expect(stored).to.include({ disabled: true, disabledReason: 'inactivity' });
      expect((await audit.list({ action: 'user-disabled' })).items[0]).to.include({
        actor: 'system:inactivity',
      });
      // Re-enabled by an administrator: the inactivity period starts again.
      await auth.updateUser({ username: 'admin', role: 'national-admin' }, 'ana', { disabled: false });
      expect((await auth.signIn({ username: 'ana', password: PASSWORD })).response.user.username).to.equal(
        'ana',
      );
    });

    it('blocks idle accounts in the periodic sweep too', async () => {
      await auth.createUser(OPERATOR, { username: 'bob', role: 'analyst', password: PASSWORD });
      time.advance(50 * DAY_MS);
      await auth.signIn({ username: 'bob', password: PASSWORD });
      time.advance(45 * DAY_MS);
      expect(await auth.blockInactiveAccounts()).to.equal(1);
      expect((await auth.users.get('ana'))?.disabled).to.equal(true);
      expect((await auth.users.get('bob'))?.disabled).to.equal(false);
      const summary = (await auth.listUsers()).find((u) => u.username === 'bob');
      expect(summary?.inactivityBlocksInDays).to.equal(undefined);
      time.advance(40 * DAY_MS); // bob: 85 days since sign-in
      expect((await auth.listUsers()).find((u) => u.username === 'bob')?.inactivityBlocksInDays).to.equal(5);
    });

    it('throttles after repeated failures, for this account from any address, and tells when to retry', async () => {
      const strict = createAuth(kv, {
        audit,
        clock: time.clock,
        throttle: { maxFailures: 3, baseLockMs: 60_000 },
      });
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        await errorOf(strict.signIn({ username: 'ana', password: 'Not-The-Password-1' }, { ip }));
      }
      const throttled = await errorOf(
        strict.signIn({ username: 'ana', password: PASSWORD }, { ip: '198.51.100.9' }),
      );
      expect(throttled).to.include({ name: 'ThrottledError', retryAfterSeconds: 60 });
      time.advance(61_000);
      expect(
        (await strict.signIn({ username: 'ana', password: PASSWORD }, { ip: '198.51.100.9' })).token,
      ).to.be.a('string');
      expect(await actions()).to.include('login-locked');
    });
  });

  describe('second factor', () => {
    let secret: string;
    let recovery: string[];
    beforeEach(async () => {
      await auth.createUser(OPERATOR, { username: 'root1', role: 'national-admin', password: PASSWORD });
      const first = await auth.signIn({ username: 'root1', password: PASSWORD });
      expect(first.response.totpEnrolmentRequired).to.equal(true);
      expect(first.session.pending).to.deep.equal(['totp-enrolment']);
      const enrolment = await auth.startTotpEnrolment(first.session);
      secret = enrolment.secret;
      registerSecret('TOTP secret', secret);
      expect(enrolment.uri).to.match(/^otpauth:\/\/totp\//);
      expect(enrolment.qrSvg).to.contain('<svg');
      time.advance(30_000);
      const { recoveryCodes } = await auth.confirmTotp(
        first.token,
        first.session,
        totpCode(secret, time.clock()),
      );
      expect(recoveryCodes).to.have.length(10);
      recovery = recoveryCodes;
      expect((await auth.sessions.lookup(first.token))?.pending).to.deep.equal([]);
      time.advance(30_000);
    });

    it('asks for the code after the right password, accepts it once, and refuses it replayed', async () => {
      const asked = await errorOf(auth.signIn({ username: 'root1', password: PASSWORD }));
      expect(asked).to.include({ code: 'second_factor_required' });
      const code = totpCode(secret, time.clock());
      const signedIn = await auth.signIn({ username: 'root1', password: PASSWORD, totp: code });
      expect(signedIn.session).to.include({ secondFactor: 'totp' });
      expect(signedIn.response.totpEnrolmentRequired).to.equal(false);
      const replayed = await errorOf(auth.signIn({ username: 'root1', password: PASSWORD, totp: code }));
      expect(replayed).to.include({ code: 'second_factor_invalid' });
      const failure = (await audit.list({ action: 'login-failed' })).items[0];
      expect(failure?.details).to.deep.equal({ reason: 'second-factor', code: 'replayed' });
    });

    it('lets only one of two simultaneous sign-ins with the same code through', async () => {
      const code = totpCode(secret, time.clock());
      const results = await Promise.allSettled([
        auth.signIn({ username: 'root1', password: PASSWORD, totp: code }),
        auth.signIn({ username: 'root1', password: PASSWORD, totp: code }),
      ]);
      expect(results.map((r) => r.status).sort()).to.deep.equal(['fulfilled', 'rejected']);
    });

    it('signs in once with each recovery code', async () => {
      const used = await auth.signIn({ username: 'root1', password: PASSWORD, recoveryCode: recovery[0]! });
      expect(used.session.secondFactor).to.equal('recovery-code');
      const again = await errorOf(
        auth.signIn({ username: 'root1', password: PASSWORD, recoveryCode: recovery[0]! }),
      );
      expect(again).to.include({ code: 'second_factor_invalid' });
      expect((await auth.users.get('root1'))?.recoveryCodes).to.have.length(9);
      expect((await audit.list({ action: 'recovery-code-used' })).items[0]?.details).to.deep.equal({
        remaining: 9,
      });
    });

    it('refuses a second enrolment; a reset with `totp` makes the user enrol again', async () => {
      const signedIn = await auth.signIn({
        username: 'root1',
        password: PASSWORD,
        totp: totpCode(secret, time.clock()),
      });
      expect((await errorOf(auth.startTotpEnrolment(signedIn.session))).name).to.equal(
        'TotpAlreadyEnrolledError',
      );
      const reset = await auth.resetUser({ username: 'other', role: 'national-admin' }, 'root1', {
        totp: true,
      });
      registerSecret('one-time password', reset.oneTimeCode);
      expect(await auth.sessionOf(signedIn.token)).to.equal(undefined);
      const afterReset = await auth.signIn({ username: 'root1', password: reset.oneTimeCode });
      expect(afterReset.session.pending).to.deep.equal(['password-change', 'totp-enrolment']);
      await auth.changePassword(afterReset.token, afterReset.session, {
        current: reset.oneTimeCode,
        next: 'Second-Harbour-Lantern-9',
      });
      const enrolment = await auth.startTotpEnrolment(afterReset.session);
      registerSecret('TOTP secret', enrolment.secret);
      expect(enrolment.secret).not.to.equal(secret);
      expect(await actions()).to.include.members(['password-reset', 'totp-reset']);
    });
  });

  describe('contact point', () => {
    const admin = { username: 'root1', role: 'national-admin' };
    beforeEach(async () => {
      await auth.createUser(OPERATOR, { username: 'root1', role: 'national-admin', password: PASSWORD });
      await auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD });
    });

    it('refuses a role raising its own permissions, and audits the attempt', async () => {
      const own = await errorOf(auth.updateUser(admin, 'root1', { role: 'auditor' }));
      expect(own.name).to.equal('ForbiddenError');
      const officer = await errorOf(
        auth.updateUser({ username: 'ana', role: 'officer' }, 'ana', { role: 'national-admin' }),
      );
      expect(officer.name).to.equal('ForbiddenError');
      const foreign = await errorOf(
        auth.createUser({ username: 'ana', role: 'officer' }, { username: 'eve', role: 'analyst' }),
      );
      expect(foreign.name).to.equal('ForbiddenError');
      expect(await auth.users.get('eve')).to.equal(undefined);
      const denied = (await audit.list({ outcome: 'denied', order: 'oldest-first' })).items;
      expect(denied.map((e) => [e.action, e.actor, e.target])).to.deep.equal([
        ['role-changed', 'root1', 'root1'],
        ['role-changed', 'ana', 'ana'],
        ['user-created', 'ana', 'eve'],
      ]);
    });

    it('changes a role, ending the sessions that held the old one', async () => {
      const signedIn = await auth.signIn({ username: 'ana', password: PASSWORD });
      const changed = await auth.updateUser(admin, 'ana', { role: 'analyst' });
      expect(changed.role).to.equal('analyst');
      expect(await auth.sessionOf(signedIn.token)).to.equal(undefined);
      const entries = (await audit.list({ target: 'ana', order: 'oldest-first' })).items;
      expect(entries.map((e) => e.action)).to.include.members(['role-changed', 'session-revoked']);
      expect(entries.find((e) => e.action === 'role-changed')?.details).to.deep.equal({
        from: 'officer',
        to: 'analyst',
      });
    });

    it('resets to a one-time code that works once, within 24 hours, and stops the old password', async () => {
      const reset = await auth.resetUser(admin, 'ana');
      registerSecret('one-time password', reset.oneTimeCode);
      expect(await errorOf(auth.signIn({ username: 'ana', password: PASSWORD }))).to.include({
        code: 'invalid_credentials',
      });
      time.advance(25 * 3600_000);
      expect(await errorOf(auth.signIn({ username: 'ana', password: reset.oneTimeCode }))).to.include({
        code: 'invalid_credentials',
      });
      const second = await auth.resetUser(admin, 'ana');
      registerSecret('one-time password', second.oneTimeCode);
      const signedIn = await auth.signIn({ username: 'ana', password: second.oneTimeCode });
      expect(signedIn.response.mustChangePassword).to.equal(true);
      // The old password is in the history: it cannot come back.
      const reused = await errorOf(
        auth.changePassword(signedIn.token, signedIn.session, {
          current: second.oneTimeCode,
          next: PASSWORD,
        }),
      );
      expect((reused.issues as { path: string; rule: string }[])[0]).to.include({
        path: 'next',
        rule: 'reused',
      });
      const weak = await errorOf(
        auth.changePassword(signedIn.token, signedIn.session, {
          current: second.oneTimeCode,
          next: 'password1234',
        }),
      );
      expect((weak.issues as { path: string }[])[0]?.path).to.equal('next');
      await auth.changePassword(signedIn.token, signedIn.session, {
        current: second.oneTimeCode,
        next: 'New-Lantern-Harbour-31',
      });
      expect(
        (await auth.signIn({ username: 'ana', password: 'New-Lantern-Harbour-31' })).response
          .mustChangePassword,
      ).to.equal(false);
      expect(await actions()).to.include.members(['password-reset', 'password-changed']);
    });
  });

  describe('sessions', () => {
    let user: User;
    beforeEach(async () => {
      await auth.createUser(OPERATOR, { username: 'ana', role: 'officer', password: PASSWORD });
      user = (await auth.users.get('ana'))!;
    });
    const newSession = () =>
      auth.sessions.create({ userId: user.id, username: user.username, role: user.role });

    it('stores only a hash of the token', async () => {
      const { token } = await newSession();
      const keys: string[] = [];
      for await (const [key, value] of kv.iterate(SESSIONS_NAMESPACE)) {
        keys.push(key);
        expect(JSON.stringify(value)).not.to.contain(token);
      }
      expect(keys).to.have.length(1);
      expect(keys[0]).not.to.equal(token);
      expect((await auth.sessions.lookup(token))?.username).to.equal('ana');
    });

    it('ends after the idle time, and use keeps it alive', async () => {
      const { token } = await newSession();
      time.advance(20 * 60_000);
      expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      time.advance(20 * 60_000); // 20 min after the last use
      expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      time.advance(31 * 60_000);
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
    });

    it('ends at the absolute expiry however busy the user is', async () => {
      const { token } = await newSession();
      for (let i = 0; i < 16; i++) {
        time.advance(29 * 60_000);
        expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      }
      time.advance(29 * 60_000); // 8 h 13 min after sign-in, 29 min after the last use
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
    });

    it('refuses revoked, malformed and unknown tokens, and purges expired ones', async () => {
      const { token } = await newSession();
      const other = await newSession();
      await auth.sessions.revoke(token);
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
      expect(await auth.sessions.lookup('../../etc/passwd')).to.equal(undefined);
      expect(await auth.sessions.lookup(undefined)).to.equal(undefined);
      time.advance(9 * 3600_000);
      expect(await auth.sessions.purgeExpired()).to.equal(1);
      expect(await auth.sessions.lookup(other.token)).to.equal(undefined);
    });

    it('refuses a session whose account was disabled since', async () => {
      const { token } = await newSession();
      expect(await auth.sessionOf(token)).to.not.equal(undefined);
      await kv.batch([{ type: 'put', ns: USERS_NAMESPACE, key: 'ana', value: { ...user, disabled: true } }]);
      expect(await auth.sessionOf(token)).to.equal(undefined);
    });
  });

  it('upgrades accounts of the first release: admin becomes the national administrator, audited', async () => {
    const old = {
      id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b',
      username: 'admin',
      role: 'admin',
      passwordHash: (await auth.users.list()).length === 0 ? '$argon2id$v=19$m=19456,t=2,p=1$x$y' : '',
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: 'system:init',
    };
    await kv.batch([{ type: 'put', ns: USERS_NAMESPACE, key: 'admin', value: old }]);
    expect(await auth.users.migrate()).to.equal(1);
    const upgraded = await auth.users.get('admin');
    expect(upgraded).to.include({
      role: 'national-admin',
      schema: 2,
      disabled: false,
      mustChangePassword: false,
    });
    expect(upgraded?.passwordHistory).to.deep.equal([old.passwordHash]);
    expect((await audit.list()).items[0]).to.include({
      action: 'role-changed',
      actor: 'system:upgrade',
      target: 'admin',
    });
    expect(await auth.users.migrate()).to.equal(0);
  });
});
