import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { AgreementRegistry } from '../../../node/agreements/index.ts';
import { AuditLog } from '../../../node/audit/index.ts';
import { EvidenceLog } from '../../../node/evidence/index.ts';
import { createAuth } from '../../../node/auth/index.ts';
import { parseConfig, dataPaths } from '../../../node/config.ts';
import {
  callControl,
  ControlServer,
  probeControlSocket,
  routeCommand,
  type NodeServices,
} from '../../../node/control/index.ts';
import { createIdentity } from '../../../node/identity.ts';
import { silentLoggers } from '../../../node/log.ts';
import { PeerBook } from '../../../node/peers/index.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { RecordStore } from '../../../node/store/records.ts';
import { makeTempDir } from '../../helpers/node.ts';

async function errorOf(promise: Promise<unknown>): Promise<Error & { issues?: { path: string }[] }> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('control socket', function () {
  this.timeout(20_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let services: NodeServices;
  let store: RecordStore;
  let socketPath: string;

  beforeEach(async () => {
    temp = await makeTempDir('cen-control-');
    const config = parseConfig(
      { configVersion: 1, name: 'Test', role: 'national', country: 'KE', p2pPort: 9181 },
      {},
      temp.path,
    );
    store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
    const audit = new AuditLog(store.kv);
    const identity = await createIdentity(temp.path);
    const agreements = new AgreementRegistry({ kv: store.kv, audit, nodeId: identity.nodeId });
    services = {
      config,
      identity,
      store,
      audit,
      evidence: new EvidenceLog(store.kv, { nodeId: identity.nodeId }),
      auth: createAuth(store.kv, { audit }),
      agreements,
      peers: new PeerBook({
        kv: store.kv,
        audit,
        nodeId: identity.nodeId,
        activePeers: () => agreements.activePeers(),
      }),
      loggers: silentLoggers(),
      apiUrl: 'http://127.0.0.1:8181',
      running: true,
      maintenance: {
        reindex: () => Promise.resolve({ cases: 0 }),
        check: () => Promise.resolve({ ok: true, problems: [] }),
      },
    };
    socketPath = dataPaths(temp.path).controlSocket;
  });
  afterEach(async () => {
    await store.close();
    await temp.remove();
  });

  it('runs a command inside the node, on a socket only its owner can open', async () => {
    await using _server = await ControlServer.listen(socketPath, services, silentLoggers().control);
    expect((await stat(socketPath)).mode & 0o777).to.equal(0o600);
    const result = (await callControl(socketPath, 'id', {})) as Record<string, unknown>;
    expect(result).to.include({
      nodeId: services.identity.nodeId,
      name: 'Test',
      country: 'KE',
      running: true,
    });
    expect(result.multiaddrs).to.deep.equal([`/ip4/127.0.0.1/tcp/9181/p2p/${services.identity.nodeId}`]);
  });

  it('streams progress events before the result', async () => {
    await using _server = await ControlServer.listen(socketPath, services, silentLoggers().control);
    const progress: [number, number][] = [];
    const result = await callControl(socketPath, 'seed', { cases: 30, seed: 7 }, (done, total) =>
      progress.push([done, total]),
    );
    expect(result).to.include({ cases: 30 });
    expect(progress.length).to.be.at.least(1);
    expect(progress.at(-1)).to.deep.equal([30, 30]);
    expect((await store.counts()).cases).to.equal(30);
  });

  it('brings errors back under their own name, with validation issues', async () => {
    await using _server = await ControlServer.listen(socketPath, services, silentLoggers().control);
    const weak = await errorOf(
      callControl(socketPath, 'user-add', { username: 'ana', role: 'officer', password: 'short' }),
    );
    expect(weak.name).to.equal('ValidationError');
    expect(weak.issues?.map((i) => i.path)).to.deep.equal(['password']);
    const existing = await errorOf(callControl(socketPath, 'user-reset', { username: 'nobody' }));
    expect(existing.name).to.equal('NotFoundError');
    const unknown = await errorOf(callControl(socketPath, 'format-disk', {}));
    expect(unknown.name).to.equal('ValidationError');
    const badArgs = await errorOf(callControl(socketPath, 'seed', { cases: 'many' }));
    expect(badArgs.issues?.map((i) => i.path)).to.deep.equal(['cases']);
  });

  it('tells a running node from a stale socket file, and removes the stale one', async () => {
    expect(await probeControlSocket(socketPath)).to.equal('not-running');
    // A process that dies while listening leaves its socket file behind.
    const child = spawn(process.execPath, [
      '-e',
      `require('node:net').createServer().listen(${JSON.stringify(socketPath)}, () => process.kill(process.pid, 'SIGKILL'))`,
    ]);
    await new Promise((resolve) => child.on('exit', resolve));
    expect((await stat(socketPath)).isSocket()).to.equal(true);
    expect(await probeControlSocket(socketPath)).to.equal('not-running');
    expect(await stat(socketPath).catch(() => 'gone')).to.equal('gone');

    await using _server = await ControlServer.listen(socketPath, services, silentLoggers().control);
    expect(await probeControlSocket(socketPath)).to.equal('running');
  });

  it('routes a command to the running node, or runs it offline when none runs', async () => {
    let openedOffline = 0;
    const openOffline = () => {
      openedOffline++;
      const close = () => Promise.resolve();
      return Promise.resolve({
        services: { ...services, running: false },
        close,
        [Symbol.asyncDispose]: close,
      });
    };
    const offline = await routeCommand(temp.path, 'id', {}, { openOffline });
    expect(offline.via).to.equal('offline');
    expect(offline.result.running).to.equal(false);

    const server = await ControlServer.listen(socketPath, services, silentLoggers().control);
    const online = await routeCommand(temp.path, 'id', {}, { openOffline });
    expect(online.via).to.equal('node');
    expect(online.result.running).to.equal(true);
    expect(openedOffline).to.equal(1);
    await server.close();
    expect(await stat(join(temp.path, 'control.sock')).catch(() => 'gone')).to.equal('gone');
  });
});
