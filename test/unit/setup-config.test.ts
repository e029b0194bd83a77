/**
 * config.json of a node whose setup is pending (`init --setup-later`) and of a configured one:
 * what each reader accepts, and the atomic rewrite the setup uses.
 */
import { expect } from 'chai';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { configFileIssues, parseConfig, parseConfigState, writeConfigAtomically } from '../../node/config.ts';
import { makeTempDir } from '../helpers/node.ts';

const DIR = '/var/lib/cen-node';
const pendingFile = {
  configVersion: 1,
  setupPending: true,
  apiHost: '0.0.0.0',
  apiPort: 443,
  tls: { cert: 'tls/cert.pem', key: 'tls/key.pem' },
};
/** A configured node's file as the first releases wrote it. */
const configuredFile = {
  configVersion: 1,
  name: 'Kenya Customs',
  role: 'national',
  country: 'KE',
  apiPort: 8443,
  tls: { cert: 'tls/cert.pem', key: 'tls/key.pem' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('config of a pending and of a configured node', () => {
  it('reads a configured file unchanged, through both readers', () => {
    const config = parseConfig(configuredFile, {}, DIR);
    expect(config).to.include({
      name: 'Kenya Customs',
      role: 'national',
      country: 'KE',
      storeCountry: 'KE',
      apiPort: 8443,
    });
    const state = parseConfigState(configuredFile, {}, DIR);
    expect(state.setupPending).to.equal(false);
    expect(state.config).to.deep.equal(config);
  });

  it('reads a pending file as pending, with its listening addresses and certificate', () => {
    const state = parseConfigState(pendingFile, { CEN_API_PORT: '8443' }, DIR);
    expect(state.setupPending).to.equal(true);
    expect(state.config).to.include({ apiHost: '0.0.0.0', apiPort: 8443, p2pHost: '0.0.0.0', p2pPort: 9090 });
    expect(state.config.tls).to.deep.equal({
      certPath: `${DIR}/tls/cert.pem`,
      keyPath: `${DIR}/tls/key.pem`,
    });
    expect(state.config).not.to.have.any.keys('name', 'role', 'country');
  });

  it('refuses a pending file in the configured reader, naming the setup', () => {
    expect(() => parseConfig(pendingFile, {}, DIR))
      .to.throw(/setup .* is not finished/)
      .with.property('name', 'SetupPendingError');
  });

  it('refuses a pending file that carries an administration or serves plain HTTP beyond loopback', () => {
    expect(() => parseConfigState({ ...pendingFile, name: 'X' }, {}, DIR)).to.throw(/name/);
    expect(() => parseConfigState({ ...pendingFile, tls: false }, {}, DIR)).to.throw(/plain HTTP/);
    expect(() =>
      parseConfigState({ ...pendingFile, tls: false, apiHost: '127.0.0.1' }, {}, DIR),
    ).not.to.throw();
  });

  it('names the key of each problem of a would-be configured file', () => {
    const { setupPending: _pending, ...rest } = pendingFile;
    expect(
      configFileIssues({ ...rest, name: 'WCO', role: 'wco', country: 'KE' }).map((i) => i.key),
    ).to.deep.equal(['country']);
    expect(
      configFileIssues({ ...rest, name: 'KE', role: 'national', country: 'XX' }).map((i) => i.key),
    ).to.deep.equal(['country']);
    expect(configFileIssues({ ...rest, name: 'KE', role: 'national', country: 'KE' })).to.deep.equal([]);
  });

  it('rewrites config.json atomically: mode 0600, no temporary file left', async () => {
    const temp = await makeTempDir('cen-config-');
    try {
      await writeConfigAtomically(temp.path, configuredFile);
      await writeConfigAtomically(temp.path, { ...configuredFile, name: 'Renamed' });
      const file = join(temp.path, 'config.json');
      expect(JSON.parse(await readFile(file, 'utf8'))).to.include({ name: 'Renamed' });
      expect((await stat(file)).mode & 0o777).to.equal(0o600);
      expect(await readdir(temp.path)).to.deep.equal(['config.json']);
    } finally {
      await temp.remove();
    }
  });
});
