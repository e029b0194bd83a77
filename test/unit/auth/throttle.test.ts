import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clientKey,
  LoginThrottle,
  THROTTLE_NAMESPACE,
  type ThrottleVerdict,
} from '../../../node/auth/throttle.ts';
import { LevelKv } from '../../../node/store/level-kv.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';

const START = Date.parse('2026-11-02T08:00:00Z');
const at = (seconds: number) => new Date(START + seconds * 1000);
const IP = '198.51.100.7';

async function failTimes(throttle: LoginThrottle, n: number, username: string, ip: string, when: Date) {
  const verdicts: ThrottleVerdict[] = [];
  for (let i = 0; i < n; i++) verdicts.push(await throttle.fail(username, ip, when));
  return verdicts;
}

describe('login throttle', () => {
  let kv: MemoryKv;
  let throttle: LoginThrottle;
  beforeEach(() => {
    kv = new MemoryKv();
    throttle = new LoginThrottle(kv);
  });
  afterEach(async () => {
    await throttle.close();
    await kv.close();
  });

  it('allows four failures, locks on the fifth for a minute and says when to retry', async () => {
    const verdicts = await failTimes(throttle, 5, 'maria', IP, at(0));
    expect(verdicts.slice(0, 4)).to.deep.equal(Array(4).fill({ allowed: true }));
    expect(verdicts[4]).to.deep.equal({ allowed: false, retryAfterSeconds: 60 });
    expect(await throttle.check('maria', IP, at(20))).to.deep.equal({
      allowed: false,
      retryAfterSeconds: 40,
    });
    expect(await throttle.check('maria', IP, at(60))).to.deep.equal({ allowed: true });
  });

  it('answers the same for a username that does not exist as for one that does', async () => {
    // The throttle never looks users up; this pins that it stays so.
    const existing = await failTimes(throttle, 6, 'admin', IP, at(0));
    const unknown = await failTimes(throttle, 6, 'no-such-user-4711', '203.0.113.9', at(0));
    expect(unknown).to.deep.equal(existing);
    expect(await throttle.check('no-such-user-4711', '203.0.113.9', at(30))).to.deep.equal(
      await throttle.check('admin', IP, at(30)),
    );
  });

  it('doubles the lock for each failure after one, up to an hour', async () => {
    await failTimes(throttle, 5, 'maria', IP, at(0));
    let now = 60;
    const locks: number[] = [];
    for (let i = 0; i < 9; i++) {
      const verdict = await throttle.fail('maria', IP, at(now));
      expect(verdict.allowed).to.equal(false);
      const seconds = verdict.allowed ? 0 : verdict.retryAfterSeconds;
      locks.push(seconds);
      now += seconds;
    }
    expect(locks).to.deep.equal([120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600]);
  });

  it('does not lengthen a lock with attempts made during it', async () => {
    await failTimes(throttle, 5, 'maria', IP, at(0));
    expect(await throttle.fail('maria', IP, at(30))).to.deep.equal({ allowed: false, retryAfterSeconds: 30 });
    expect(await throttle.check('maria', IP, at(60))).to.deep.equal({ allowed: true });
  });

  it('counts only failures within 15 minutes', async () => {
    await failTimes(throttle, 4, 'maria', IP, at(0));
    expect(await throttle.fail('maria', IP, at(15 * 60))).to.deep.equal({ allowed: true });
  });

  it('locks an account attacked from many addresses', async () => {
    for (let i = 1; i <= 5; i++) await throttle.fail('maria', `192.0.2.${i}`, at(0));
    const verdict = await throttle.check('maria', '192.0.2.200', at(1));
    expect(verdict).to.deep.equal({ allowed: false, retryAfterSeconds: 59 });
    expect(await throttle.check('joseph', '192.0.2.200', at(1))).to.deep.equal({ allowed: true });
  });

  it('locks an address that tries many accounts', async () => {
    for (const username of ['ana', 'ben', 'carla', 'dev', 'eli']) await throttle.fail(username, IP, at(0));
    expect((await throttle.check('fatima', IP, at(1))).allowed).to.equal(false);
    expect(await throttle.check('fatima', '198.51.100.8', at(1))).to.deep.equal({ allowed: true });
  });

  it('forgets the account’s failures on success, but not the address’s', async () => {
    await failTimes(throttle, 4, 'maria', IP, at(0));
    await throttle.succeed('maria', IP, at(1));
    // The account starts again from zero: four more failures from elsewhere do not lock it.
    for (let i = 1; i <= 4; i++) await throttle.fail('maria', `192.0.2.${i}`, at(2));
    expect(await throttle.check('maria', '192.0.2.99', at(3))).to.deep.equal({ allowed: true });
    // The address still carries its four: one more failure there, on any account, locks it.
    expect((await throttle.fail('someone', IP, at(4))).allowed).to.equal(false);
  });

  it('treats spellings of one username and addresses of one host as one key', async () => {
    const spellings = ['Maria', ' maria', 'MARIA ', 'ｍａｒｉａ', 'maria'];
    for (const [i, username] of spellings.entries()) await throttle.fail(username, `192.0.2.${i + 1}`, at(0));
    expect((await throttle.check('maria', '192.0.2.250', at(1))).allowed).to.equal(false);

    for (let i = 1; i <= 5; i++) await throttle.fail(`user${i}`, `2001:db8:1:2::${i.toString(16)}`, at(0));
    expect((await throttle.check('other', '2001:db8:1:2:ffff::1', at(1))).allowed).to.equal(false);
    expect((await throttle.check('other', '2001:db8:1:3::1', at(1))).allowed).to.equal(true);
  });

  it('keys addresses by IPv4, IPv4-mapped IPv6 and IPv6 /64', () => {
    expect(clientKey('::ffff:192.0.2.1')).to.equal('192.0.2.1');
    expect(clientKey('192.0.2.1')).to.equal('192.0.2.1');
    expect(clientKey('2001:db8::1')).to.equal('2001:0db8:0000:0000::/64');
    expect(clientKey('2001:DB8:0:0:abcd::1%eth0')).to.equal('2001:0db8:0000:0000::/64');
    expect(clientKey('::1')).to.equal('0000:0000:0000:0000::/64');
    expect(clientKey(undefined)).to.equal('unknown');
  });

  it('does not store usernames in clear', async () => {
    await throttle.fail('maria.santos', IP, at(0));
    const keys: string[] = [];
    const values: string[] = [];
    for await (const [key, value] of kv.iterate(THROTTLE_NAMESPACE)) {
      keys.push(key);
      values.push(JSON.stringify(value));
    }
    expect(keys).to.have.length(2);
    expect(keys.join(' ') + values.join(' ')).to.not.include('maria');
  });

  it('purges keys that have been quiet for a day', async () => {
    await throttle.fail('maria', IP, at(0));
    expect(await throttle.purgeStale(at(3600))).to.equal(0);
    expect(await throttle.purgeStale(at(24 * 3600))).to.equal(2);
    expect(await throttle.check('maria', IP, at(24 * 3600))).to.deep.equal({ allowed: true });
  });

  it('counts concurrent failures without losing any', async () => {
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => throttle.fail('maria', IP, at(0))));
    expect(verdicts.filter((verdict) => !verdict.allowed)).to.have.length(1);
    expect((await throttle.check('maria', IP, at(1))).allowed).to.equal(false);
  });

  it('keeps a lock across a restart of the node', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cen-throttle-'));
    try {
      const first = await LevelKv.open(dir);
      await failTimes(new LoginThrottle(first), 5, 'maria', IP, at(0));
      await first.close();
      const second = await LevelKv.open(dir);
      try {
        expect(await new LoginThrottle(second).check('maria', IP, at(10))).to.deep.equal({
          allowed: false,
          retryAfterSeconds: 50,
        });
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
