/**
 * The peer host's settings are checked before anything starts: a silence limit shorter than three
 * keep-alive intervals would take a quiet, healthy partner for a dead one.
 */
import { expect } from 'chai';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { PeerHost, type PeerHostComponents } from '../../../node/p2p/index.ts';
import { silentLoggers } from '../../../node/log.ts';

describe('PeerHost settings', () => {
  let components: PeerHostComponents;
  before(async () => {
    components = {
      privateKey: await generateKeyPair('Ed25519'),
      log: silentLoggers().root,
      activePeers: () => Promise.resolve(new Set<string>()),
      addressesOf: () => Promise.resolve([]),
    };
  });
  const self = { name: 'Kenya Customs', country: 'KE', softwareVersion: 'test' };
  const listen = { host: '127.0.0.1', port: 0 };

  it('refuses a silence limit shorter than three keep-alive intervals', () => {
    expect(
      () => new PeerHost(components, { listen, self, keepAliveIntervalMs: 1_000, silenceLimitMs: 2_999 }),
    )
      .to.throw(RangeError)
      .with.property('message')
      .that.matches(/at least three keep-alive intervals/);
    expect(
      () => new PeerHost(components, { listen, self, keepAliveIntervalMs: 0, silenceLimitMs: 10_000 }),
    ).to.throw(RangeError);
  });

  it('accepts the defaults and a limit of exactly three intervals', () => {
    expect(() => new PeerHost(components, { listen, self })).to.not.throw();
    expect(
      () => new PeerHost(components, { listen, self, keepAliveIntervalMs: 1_000, silenceLimitMs: 3_000 }),
    ).to.not.throw();
  });
});
