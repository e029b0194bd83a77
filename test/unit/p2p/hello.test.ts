import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { decodeHello, encodeHello, type Hello } from '../../../node/p2p/index.ts';

const KE = '12D3KooWEegFNoXS8w1voc1jSjsFob7xG9MB4UBnW8BG9JWZ5oSZ';
const hello: Hello = { nodeId: KE, name: 'Kenya Customs', country: 'KE', softwareVersion: '0.1.0' };

describe('hello frames', function () {
  it('round-trips a hello from the peer Noise authenticated', function () {
    expect(decodeHello(encodeHello(hello), KE)).to.deep.equal(hello);
  });

  it('refuses a hello that names another node, an empty name or a bad country', function () {
    for (const bad of [
      { ...hello, nodeId: 'someone-else' },
      { ...hello, name: '' },
      { ...hello, country: 'Kenya' },
    ]) {
      expect(() => decodeHello(encodeHello(bad), KE))
        .to.throw()
        .with.property('name', 'InvalidHelloError');
    }
  });

  it('refuses random bytes with InvalidHelloError, never another error', function () {
    for (let i = 0; i < 500; i++) {
      expect(() => decodeHello(randomBytes(1 + (i % 100)), KE))
        .to.throw()
        .with.property('name', 'InvalidHelloError');
    }
  });
});
