import { expect } from 'chai';
import { createAuth, SESSIONS_NAMESPACE, type Auth } from '../../../node/auth/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';

const PASSWORD = 'correct horse battery';

function clockAt(iso: string) {
  let now = Date.parse(iso);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('accounts and sessions', () => {
  let kv: MemoryKv;
  let time: ReturnType<typeof clockAt>;
  let auth: Auth;

  beforeEach(() => {
    kv = new MemoryKv();
    time = clockAt('2026-11-02T08:00:00Z');
    auth = createAuth(kv, { policy: { idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000 }, clock: time.clock });
  });
  afterEach(async () => {
    await kv.close();
  });

  it('stores an argon2id hash, never the password, and signs the user in', async () => {
    const created = await auth.users.create(
      { username: 'ana', role: 'officer', password: PASSWORD },
      'admin',
    );
    expect(created).not.to.have.property('passwordHash');
    const stored = await auth.users.get('ana');
    expect(stored?.passwordHash).to.match(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(stored)).not.to.contain(PASSWORD);
    const user = await auth.users.authenticate('ana', PASSWORD);
    expect(user).to.include({ username: 'ana', role: 'officer' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    await auth.users.create({ username: 'ana', role: 'officer', password: PASSWORD }, 'admin');
    const wrong = await errorOf(auth.users.authenticate('ana', 'not the password'));
    const unknown = await errorOf(auth.users.authenticate('bob', PASSWORD));
    expect(wrong.name).to.equal('AuthenticationError');
    expect(unknown.name).to.equal('AuthenticationError');
    expect(wrong.message).to.equal(unknown.message);
  });

  it('refuses duplicate usernames, bad roles, bad names and short passwords', async () => {
    await auth.users.create({ username: 'ana', role: 'officer', password: PASSWORD }, 'admin');
    expect(
      (await errorOf(auth.users.create({ username: 'ana', role: 'analyst', password: PASSWORD }, 'x'))).name,
    ).to.equal('UserExistsError');
    const invalid = await errorOf(
      auth.users.create({ username: 'A B', role: 'boss', password: 'short' }, 'x'),
    );
    expect(invalid.name).to.equal('ValidationError');
    expect((invalid as unknown as { issues: { path: string }[] }).issues.map((i) => i.path)).to.deep.equal([
      'username',
      'role',
      'password',
    ]);
  });

  it('creates one user when two creations of the same name race', async () => {
    const results = await Promise.allSettled([
      auth.users.create({ username: 'ana', role: 'officer', password: PASSWORD }, 'a'),
      auth.users.create({ username: 'ana', role: 'admin', password: PASSWORD }, 'b'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    expect(await auth.users.list()).to.have.length(1);
  });

  describe('sessions', () => {
    let user: Awaited<ReturnType<Auth['users']['create']>>;
    beforeEach(async () => {
      user = await auth.users.create({ username: 'ana', role: 'officer', password: PASSWORD }, 'admin');
    });

    it('stores only a hash of the token', async () => {
      const { token } = await auth.sessions.create(user);
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
      const { token } = await auth.sessions.create(user);
      time.advance(20 * 60_000);
      expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      time.advance(20 * 60_000); // 20 min after the last use
      expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      time.advance(31 * 60_000);
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
    });

    it('ends at the absolute expiry however busy the user is', async () => {
      const { token } = await auth.sessions.create(user);
      for (let i = 0; i < 16; i++) {
        time.advance(29 * 60_000);
        expect(await auth.sessions.lookup(token)).to.not.equal(undefined);
      }
      time.advance(29 * 60_000); // 8 h 13 min after sign-in, 29 min after the last use
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
    });

    it('refuses revoked, malformed and unknown tokens, and purges expired ones', async () => {
      const { token } = await auth.sessions.create(user);
      const other = await auth.sessions.create(user);
      await auth.sessions.revoke(token);
      expect(await auth.sessions.lookup(token)).to.equal(undefined);
      expect(await auth.sessions.lookup('../../etc/passwd')).to.equal(undefined);
      expect(await auth.sessions.lookup(undefined)).to.equal(undefined);
      time.advance(9 * 3600_000);
      expect(await auth.sessions.purgeExpired()).to.equal(1);
      expect(await auth.sessions.lookup(other.token)).to.equal(undefined);
    });
  });
});
