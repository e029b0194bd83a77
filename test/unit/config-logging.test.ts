import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLoggers, events } from '../../node/log.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('logging', () => {
  it('writes JSON lines with the event name and subsystem', () => {
    const { lines, destination } = capture();
    const loggers = createLoggers({ level: 'info', destination });
    events.loginSucceeded(loggers.auth, { username: 'ana', secondFactor: 'totp' });
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ event: 'auth.login', subsystem: 'auth', username: 'ana', level: 30 });
  });

  it('redacts secrets and personal data wherever they sit', () => {
    const { lines, destination } = capture();
    const { root } = createLoggers({ level: 'info', destination });
    root.info({
      password: 'hunter2hunter2',
      req: { headers: { cookie: 'cen_session=abc', authorization: 'Bearer x' } },
      person: {
        familyName: 'Mwangi',
        givenNames: 'Peter',
        birthDate: '1980-01-02',
        documents: [{ number: 'A1' }],
      },
      case: {
        id: 'c1',
        narrative: 'Mr Mwangi carried…',
        persons: [{ id: 'p' }],
        items: [{ commodity: 'cocaine' }],
      },
      sessionId: 's',
      account: {
        totpSecret: 'JBSWY3DPEHPK3PXP',
        recoveryCodes: ['k7m2-x9qa-aaaa-bbbb'],
        oneTimePassword: 'OneTimeSecret42',
        current: 'x',
      },
      enrolment: { secret: 'KRSXG5CTMVRXEZLU', uri: 'otpauth://totp/x?secret=KRSXG5CTMVRXEZLU' },
    });
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'hunter2',
      'abc',
      'Bearer',
      'Mwangi',
      'Peter',
      '1980',
      'A1',
      'carried',
      'JBSWY3DPEHPK3PXP',
      'k7m2',
      'OneTimeSecret42',
      'KRSXG5CTMVRXEZLU',
    ]) {
      expect(text, secret).not.to.contain(secret);
    }
    expect(text).to.contain('cocaine'); // non-personal fields stay readable
    expect(text).to.contain('[redacted]');
  });

  it('respects the level', () => {
    const { lines, destination } = capture();
    const { root } = createLoggers({ level: 'warn', destination });
    root.info('quiet');
    root.warn('loud');
    expect(lines.map((l) => l.msg)).to.deep.equal(['loud']);
  });
});
