import { expect } from 'chai';
import { hashPassword } from '../../../node/auth/passwords.ts';
import {
  checkPassword,
  inactivityStatus,
  nextPasswordHistory,
  PASSWORD_POLICY,
  passwordRuleIssues,
  passwordStatus,
} from '../../../node/auth/password-policy.ts';

const rules = (password: string, username = 'maria') =>
  passwordRuleIssues(password, { username }).map((issue) => issue.rule);

describe('password policy', () => {
  it('accepts long passphrases and mixed passwords', () => {
    expect(rules('correct horse battery staple')).to.deep.equal([]);
    expect(rules('Kq7#mZ2!pL9w')).to.deep.equal([]);
    expect(rules('lowercaseonlyislong')).to.deep.equal([]);
  });

  it('refuses passwords that are too short or too long, counting characters as people do', () => {
    expect(rules('Short1!abcd')).to.deep.equal(['min-length']);
    expect(rules('x'.repeat(PASSWORD_POLICY.maxLength + 1))).to.deep.equal(['max-length']);
    // Twelve characters outside the BMP are 24 UTF-16 units, but twelve characters.
    expect(rules('🔑🚢📦🛃🔑🚢📦🛃🔑🚢📦🛃')).to.not.include('min-length');
    expect(rules('🔑🚢📦🛃🔑🚢📦🛃🔑🚢📦')).to.deep.equal(['min-length']);
  });

  it('refuses a password that contains the username, whatever its case', () => {
    expect(rules('my-MARIA-account-2026', 'maria')).to.deep.equal(['contains-username']);
  });

  it('refuses the most common passwords, with digits, symbols or leetspeak around them', () => {
    for (const password of [
      'Password1234',
      'P@ssw0rd!2026',
      'qwertyuiop12',
      'Summer2026!!',
      'iloveyou2026!',
      'Welcome123456',
    ]) {
      expect(rules(password), password).to.include('common');
    }
  });

  it('refuses keyboard and alphabet runs and repeated patterns', () => {
    expect(rules('123456789012')).to.include('sequence');
    expect(rules('zyxwvutsrqpo')).to.include('sequence');
    expect(rules('aaaaaaaaaaaaaaaaaaaa')).to.include('repetitive');
    expect(rules('Ab1!Ab1!Ab1!Ab1!')).to.include('repetitive');
  });

  it('needs two character classes below 16 characters, one from 16 on', () => {
    expect(rules('lowercaseonly')).to.deep.equal(['character-classes']);
    expect(rules('lowercaseonlyyes')).to.deep.equal([]);
    expect(rules('lowercase-only')).to.deep.equal([]);
  });

  it('reports every issue on the path `password` with a sentence', () => {
    const issues = passwordRuleIssues('mariamariamaria', { username: 'maria' });
    expect(issues.length).to.be.greaterThan(1);
    for (const issue of issues) {
      expect(issue.path).to.equal('password');
      expect(issue.message).to.be.a('string').and.not.equal('');
    }
  });

  it('refuses one of the last passwords and accepts a new one', async () => {
    const old = await hashPassword('Old-passphrase-4711');
    const older = await hashPassword('Older-passphrase-0815');
    const previousHashes = [old, older];
    const reused = await checkPassword('Older-passphrase-0815', { username: 'maria', previousHashes });
    expect(reused.map((issue) => issue.rule)).to.deep.equal(['reused']);
    expect(
      await checkPassword('Brand-new-passphrase-99', { username: 'maria', previousHashes }),
    ).to.deep.equal([]);
  });

  it('keeps a history of the last five hashes, newest first', () => {
    const history = nextPasswordHistory('h6', ['h5', 'h4', 'h3', 'h2', 'h1']);
    expect(history).to.deep.equal(['h6', 'h5', 'h4', 'h3', 'h2']);
    expect(nextPasswordHistory('h1')).to.deep.equal(['h1']);
  });

  describe('expiry', () => {
    const user = { createdAt: '2026-01-01T00:00:00.000Z', passwordChangedAt: '2026-03-01T00:00:00.000Z' };

    it('expires a password 90 days after it was set, reminding from 10 days before', () => {
      const fresh = passwordStatus(user, new Date('2026-03-02T00:00:00Z'));
      expect(fresh).to.include({ expired: false, remind: false, expiresAt: '2026-05-30T00:00:00.000Z' });
      expect(fresh.remindFrom).to.equal('2026-05-20T00:00:00.000Z');

      const soon = passwordStatus(user, new Date('2026-05-25T12:00:00Z'));
      expect(soon).to.include({ expired: false, remind: true, daysLeft: 5 });

      const lastMoment = passwordStatus(user, new Date('2026-05-29T23:59:00Z'));
      expect(lastMoment).to.include({ expired: false, daysLeft: 1 });

      expect(passwordStatus(user, new Date('2026-05-30T00:00:00Z'))).to.include({
        expired: true,
        remind: false,
        daysLeft: 0,
      });
    });

    it('counts from account creation when the password was never changed', () => {
      expect(
        passwordStatus({ createdAt: user.createdAt }, new Date('2026-02-01T00:00:00Z')).expiresAt,
      ).to.equal('2026-04-01T00:00:00.000Z');
    });
  });

  describe('inactivity', () => {
    it('blocks an account unused for 90 days, reminding from 10 days before', () => {
      const last = '2026-01-01T00:00:00.000Z';
      expect(inactivityStatus(last, new Date('2026-03-01T00:00:00Z'))).to.include({
        blocked: false,
        remind: false,
      });
      expect(inactivityStatus(last, new Date('2026-03-25T00:00:00Z'))).to.include({
        blocked: false,
        remind: true,
        daysLeft: 7,
      });
      const blocked = inactivityStatus(new Date(last), new Date('2026-04-01T00:00:00Z'));
      expect(blocked).to.include({ blocked: true, daysLeft: 0, blocksAt: '2026-04-01T00:00:00.000Z' });
    });

    it('refuses a date it cannot read rather than never blocking', () => {
      expect(() => inactivityStatus('yesterday', new Date())).to.throw(RangeError);
    });
  });
});
