import { mkdtemp, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { dataPaths } from '../../node/config.ts';
import { createIdentity, loadIdentity, multiaddrsOf } from '../../node/identity.ts';
import { parseNodeId } from '../../protocol/ids.ts';

describe('node identity', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-identity-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates an Ed25519 identity that loads back with the same peer id, mode 0600', async () => {
    const created = await createIdentity(dir);
    expect(parseNodeId(created.nodeId)).to.equal(created.nodeId);
    expect((await stat(dataPaths(dir).identity)).mode & 0o777).to.equal(0o600);
    const loaded = await loadIdentity(dir);
    expect(loaded.nodeId).to.equal(created.nodeId);
    expect(loaded.privateKey.type).to.equal('Ed25519');
  });

  it('never overwrites an existing identity', async () => {
    await createIdentity(dir);
    const err = await createIdentity(dir).catch((e: NodeJS.ErrnoException) => e);
    expect((err as NodeJS.ErrnoException).code).to.equal('EEXIST');
  });

  it('tightens a loosened key file and refuses garbage', async () => {
    await createIdentity(dir);
    await chmod(dataPaths(dir).identity, 0o644);
    await loadIdentity(dir);
    expect((await stat(dataPaths(dir).identity)).mode & 0o777).to.equal(0o600);
    await writeFile(dataPaths(dir).identity, 'not a key');
    const err = await loadIdentity(dir).catch((e: Error) => e);
    expect((err as Error).name).to.equal('ConfigError');
  });

  it('builds dialable multiaddrs', async () => {
    const { nodeId } = await createIdentity(dir);
    expect(multiaddrsOf('127.0.0.1', 9181, nodeId)).to.deep.equal([`/ip4/127.0.0.1/tcp/9181/p2p/${nodeId}`]);
    expect(multiaddrsOf('0.0.0.0', 9181, nodeId)[0]).to.match(/^\/ip4\/127\.0\.0\.1\//);
  });
});
