import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  dataPaths,
  isLoopbackHost,
  loadConfig,
  parseConfig,
  WCO_STORE_COUNTRY,
  writeConfigFile,
} from '../../node/config.ts';

const national = {
  configVersion: 1,
  name: 'Kenya Revenue Authority - Customs',
  role: 'national',
  country: 'KE',
};

function configErrorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('applies defaults and opens a national store with its own country', () => {
    const config = parseConfig(national, {}, '/data/ke');
    expect(config).to.include({
      dataDir: '/data/ke',
      name: national.name,
      role: 'national',
      country: 'KE',
      storeCountry: 'KE',
      apiHost: '127.0.0.1',
      apiPort: 8080,
      p2pPort: 9090,
      logLevel: 'info',
    });
  });

  it('gives a WCO node no country and the WCO store country', () => {
    const config = parseConfig({ configVersion: 1, name: 'WCO', role: 'wco' }, {}, '/data/wco');
    expect(config.country).to.equal(undefined);
    expect(config.storeCountry).to.equal(WCO_STORE_COUNTRY);
  });

  it('lets the environment override port, host and log level', () => {
    const config = parseConfig(
      { ...national, tls: { cert: 'tls/cert.pem', key: 'tls/key.pem' } },
      { CEN_API_PORT: '9443', CEN_API_HOST: '0.0.0.0', CEN_LOG_LEVEL: 'debug' },
      '/data/ke',
    );
    expect(config).to.include({ apiPort: 9443, apiHost: '0.0.0.0', logLevel: 'debug' });
  });

  it('names the bad key and where it came from', () => {
    const fromFile = configErrorOf(() => parseConfig({ ...national, apiPort: 70000 }, {}, '/data/ke'));
    expect(fromFile.name).to.equal('ConfigError');
    expect(fromFile.message).to.contain('/data/ke/config.json: apiPort');

    const fromEnv = configErrorOf(() => parseConfig(national, { CEN_LOG_LEVEL: 'loud' }, '/data/ke'));
    expect(fromEnv.message).to.contain('environment CEN_LOG_LEVEL (logLevel)');

    const badPort = configErrorOf(() => parseConfig(national, { CEN_API_PORT: '80a' }, '/data/ke'));
    expect(badPort.message).to.contain('CEN_API_PORT');

    const unknown = configErrorOf(() => parseConfig({ ...national, apiPrt: 1 }, {}, '/data/ke'));
    expect(unknown.message).to.contain('apiPrt');
  });

  it('serves HTTPS from files in the data directory, and plain HTTP only on loopback', () => {
    const tls = parseConfig(
      { ...national, tls: { cert: 'tls/cert.pem', key: '/etc/cen/key.pem' } },
      {},
      '/data/ke',
    );
    expect(tls.tls).to.deep.equal({ certPath: '/data/ke/tls/cert.pem', keyPath: '/etc/cen/key.pem' });
    expect(parseConfig({ ...national, tls: false }, {}, '/data/ke').tls).to.equal(false);
    // A file of the first release has no `tls`: plain HTTP, under the same loopback rule.
    expect(parseConfig(national, {}, '/data/ke').tls).to.equal(false);
    for (const apiHost of ['0.0.0.0', '192.0.2.4', 'cen.example']) {
      const refused = configErrorOf(() => parseConfig({ ...national, tls: false, apiHost }, {}, '/data/ke'));
      expect(refused.message).to.contain('plain HTTP is allowed only on a loopback address');
    }
    const fromEnv = configErrorOf(() => parseConfig(national, { CEN_API_HOST: '0.0.0.0' }, '/data/ke'));
    expect(fromEnv.message).to.contain('environment CEN_API_HOST');
    expect(
      ['127.0.0.1', '127.8.9.1', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'].every(isLoopbackHost),
    ).to.equal(true);
    expect(
      ['0.0.0.0', '::', '10.0.0.1', 'localhost.example', '::ffff:10.0.0.1'].some(isLoopbackHost),
    ).to.equal(false);
  });

  it('refuses a national node without a real country and a WCO node with one', () => {
    expect(configErrorOf(() => parseConfig({ ...national, country: 'XX' }, {}, '/d')).message).to.contain(
      ': country',
    );
    expect(
      configErrorOf(() => parseConfig({ ...national, country: undefined }, {}, '/d')).message,
    ).to.contain(': country');
    const wco = configErrorOf(() =>
      parseConfig({ configVersion: 1, name: 'WCO', role: 'wco', country: 'BE' }, {}, '/d'),
    );
    expect(wco.message).to.contain('a WCO node has no country');
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cen-config-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('writes a config that loads back, readable only by its owner', async () => {
      const written = await writeConfigFile(dir, {
        name: 'Belgian Customs',
        role: 'national',
        country: 'BE',
        apiPort: 8181,
      });
      expect((await stat(dataPaths(dir).config)).mode & 0o777).to.equal(0o600);
      expect(await loadConfig(dir, {})).to.deep.equal(written);
      expect(JSON.parse(await readFile(dataPaths(dir).config, 'utf8'))).to.include({
        configVersion: 1,
        apiPort: 8181,
      });
    });

    it('explains a missing or broken config file', async () => {
      const missing = await loadConfig(dir, {}).catch((err: Error) => err);
      expect((missing as Error).message).to.contain('cen-node init');
      await writeFile(dataPaths(dir).config, '{ not json');
      const broken = await loadConfig(dir, {}).catch((err: Error) => err);
      expect((broken as Error).message).to.contain('not valid JSON');
    });
  });
});
