/**
 * First boot of a node made by `init --setup-later`: the restricted node, the first
 * administrator's one-time password, password change and TOTP enrolment, the setup through the
 * API and through `cen-node setup` (offline and against the running pending node), and the same
 * process then serving the full API.
 */
import { expect } from 'chai';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  apiPaths,
  HEALTH_PATH,
  type HealthResponse,
  type SessionResponse,
  type SetupResponse,
  type SetupStatusResponse,
  type TotpEnrolmentResponse,
} from '../../protocol/api.ts';
import { totpCode } from '../../node/auth/index.ts';
import { loadConfig, loadConfigState, type PendingNodeConfig } from '../../node/config.ts';
import { initNode, startNode, type RunningNode } from '../../node/index.ts';
import { startPendingNode, type PendingNode } from '../../node/setup.ts';
import { cenNode, spawnCenNode } from '../helpers/cli.ts';
import { ApiClient, freePort, makeTempDir, newTestPassword } from '../helpers/node.ts';
import { testLoggers } from '../helpers/logs.ts';
import { registerSecret } from '../helpers/secrets.ts';

/** Signs in with `password`; changes it when the node asks, and enrols a second factor when it asks. */
async function signIn(url: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  const signedIn = await client.post<SessionResponse>(apiPaths.session, { username, password });
  expect(signedIn.status, JSON.stringify(signedIn.body)).to.equal(200);
  if (signedIn.body.mustChangePassword) {
    const next = newTestPassword();
    registerSecret('password', next);
    const changed = await client.post(apiPaths.sessionPassword, { current: password, next });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(204);
  }
  const session = await client.get<SessionResponse>(apiPaths.session);
  if (session.body.totpEnrolmentRequired) {
    const started = await client.post<TotpEnrolmentResponse>(apiPaths.sessionTotp, {});
    expect(started.status).to.equal(200);
    // The authenticator app names the node once: "CEN node" or "CEN <administration>".
    const issuer = new URL(started.body.uri).searchParams.get('issuer') ?? '';
    expect(issuer).to.match(/^CEN /);
    expect(issuer).not.to.match(/^CEN CEN/);
    const confirmed = await client.post(apiPaths.sessionTotpConfirm, {
      code: totpCode(started.body.secret, new Date()),
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(200);
  }
  return client;
}

/** Waits for a condition of the child's output (the summary follows the log line it waits for). */
async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the expected output did not come');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('first boot: init --setup-later and the setup', function () {
  this.timeout(90_000);

  describe('through the API of the running pending node', () => {
    let temp: { path: string; remove(): Promise<void> };
    let dataDir: string;
    let oneTimePassword: string;
    let pending: PendingNode | undefined;
    let node: RunningNode | undefined;
    const logs = testLoggers('setup');

    before(async () => {
      temp = await makeTempDir('cen-setup-');
      dataDir = join(temp.path, 'node');
      const result = await initNode({
        setupLater: true,
        dataDir,
        apiHost: '127.0.0.1',
        apiPort: 0,
        p2pPort: await freePort(),
        tls: false,
      });
      expect(result.generatedPassword).to.be.a('string');
      oneTimePassword = result.generatedPassword!;
      registerSecret('one-time password', oneTimePassword);
    });
    after(async () => {
      await pending?.close('test done');
      await node?.close('test done');
      logs.close();
      await temp.remove();
    });

    it('writes a pending config.json, mode 0600, that loadConfig refuses with a clear message', async () => {
      const file = JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(file).to.include({ configVersion: 1, setupPending: true });
      expect(file).not.to.have.any.keys('name', 'role', 'country');
      expect((await stat(join(dataDir, 'config.json'))).mode & 0o777).to.equal(0o600);
      try {
        await loadConfig(dataDir, {});
        expect.fail('a pending config loaded as a configured one');
      } catch (err) {
        expect((err as Error).name).to.equal('SetupPendingError');
        expect((err as Error).message).to.contain('cen-node setup');
      }
    });

    it('serves only health, sign-in and setup, then the same process the configured node', async () => {
      const state = await loadConfigState(dataDir, {});
      expect(state.setupPending).to.equal(true);
      pending = await startPendingNode(state.config as PendingNodeConfig, {
        loggers: logs.loggers,
        consoleDistDir: null,
      });
      const url = pending.apiUrl;
      const health = await new ApiClient(url).get<HealthResponse>(HEALTH_PATH);
      expect(health.body).to.deep.equal({ status: 'ok', store: 'ok', setup: 'pending' });

      // The one-time password opens a session that must change it, then enrol a second factor.
      const restricted = new ApiClient(url);
      const first = await restricted.post<SessionResponse>(apiPaths.session, {
        username: 'admin',
        password: oneTimePassword,
      });
      expect(first.status).to.equal(200);
      expect(first.body.mustChangePassword).to.equal(true);
      expect((await restricted.get(apiPaths.setup)).status).to.equal(403);
      const admin = await signIn(url, 'admin', oneTimePassword).catch(() => undefined);
      expect(admin, 'the one-time password works once').to.equal(undefined);

      const next = newTestPassword();
      registerSecret('password', next);
      expect(
        (await restricted.post(apiPaths.sessionPassword, { current: oneTimePassword, next })).status,
      ).to.equal(204);
      const client = await signIn(url, 'admin', next);

      const status = await client.get<SetupStatusResponse>(apiPaths.setup);
      expect(status.status).to.equal(200);
      expect(status.body.pending).to.equal(true);
      expect(status.body.current.url).to.equal(url);
      expect(status.body.interfaces.every((i) => !i.address.startsWith('127.'))).to.equal(true);
      // No records, no peers on a pending node.
      expect((await client.get(apiPaths.cases)).status).to.equal(404);

      const port = Number(new URL(url).port);
      const p2pPort = await freePort();
      const base = { name: 'Kenya Revenue Authority', apiHost: '127.0.0.1', apiPort: port, p2pPort };
      const refused = async (body: unknown, path: string) => {
        const response = await client.post<{ error: { code: string; details: { path: string }[] } }>(
          apiPaths.setup,
          body,
        );
        expect(response.status, JSON.stringify(response.body)).to.equal(400);
        expect(response.body.error.details.map((d) => d.path)).to.include(path);
      };
      await refused({ ...base, role: 'national', country: 'XX' }, 'country');
      await refused({ ...base, role: 'national' }, 'country');
      await refused({ ...base, role: 'wco', country: 'KE' }, 'country');
      await refused({ ...base, role: 'national', country: 'KE', apiHost: '192.0.2.1' }, 'apiHost');
      // Plain HTTP beyond loopback stays impossible (this node has no certificate).
      await refused({ ...base, role: 'national', country: 'KE', apiHost: '0.0.0.0' }, 'apiHost');
      expect(JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8'))).to.include({
        setupPending: true,
      });

      const done = await client.post<SetupResponse>(apiPaths.setup, {
        ...base,
        role: 'national',
        country: 'ke',
      });
      expect(done.status, JSON.stringify(done.body)).to.equal(200);
      expect(done.body).to.include({
        url,
        moved: false,
        signInAgain: false,
        role: 'national',
        country: 'KE',
      });

      const config = await pending.configured;
      pending = undefined;
      expect(config).to.include({ name: 'Kenya Revenue Authority', role: 'national', country: 'KE' });
      const written = JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(written).to.include({
        configVersion: 1,
        name: 'Kenya Revenue Authority',
        country: 'KE',
        apiPort: port,
      });
      expect(written).not.to.have.property('setupPending');
      expect((await stat(join(dataDir, 'config.json'))).mode & 0o777).to.equal(0o600);

      // The caller (cen-node start) goes on with the full node, on the same address.
      node = await startNode(await loadConfig(dataDir, {}), { loggers: logs.loggers, consoleDistDir: null });
      expect(node.apiUrl).to.equal(url);
      const after = await client.get<SetupStatusResponse>(apiPaths.setup);
      expect(after.status, 'the session survives the restart').to.equal(200);
      expect(after.body.pending).to.equal(false);
      const again = await client.post<{ error: { code: string } }>(apiPaths.setup, {
        ...base,
        role: 'national',
        country: 'KE',
      });
      expect(again.status).to.equal(409);
      expect(again.body.error.code).to.equal('setup_complete');

      const officerPassword = newTestPassword();
      registerSecret('password', officerPassword);
      await node.services.auth.createUser(
        { username: 'test:setup' },
        { username: 'officer1', role: 'officer', password: officerPassword },
      );
      const officer = await signIn(url, 'officer1', officerPassword);
      expect((await officer.get(apiPaths.cases)).status).to.equal(200);
      expect((await officer.get(apiPaths.setup)).status, 'only the administrator').to.equal(403);

      const auditorPassword = newTestPassword();
      registerSecret('password', auditorPassword);
      await node.services.auth.createUser(
        { username: 'test:setup' },
        { username: 'auditor1', role: 'auditor', password: auditorPassword },
      );
      const auditor = await signIn(url, 'auditor1', auditorPassword);
      const audit = await auditor.get<{ items: { action: string; actor: string; details?: unknown }[] }>(
        `${apiPaths.audit}?action=node-setup`,
      );
      expect(audit.status).to.equal(200);
      expect(audit.body.items.map((e) => e.actor)).to.deep.equal(['admin']);
      expect(audit.body.items[0]!.details).to.include({ role: 'national', country: 'KE', apiPort: port });
    });
  });

  describe('with cen-node setup', () => {
    const temps: { remove(): Promise<void> }[] = [];
    after(async () => {
      for (const temp of temps) await temp.remove();
    });
    it('sets up a stopped node offline, makes a WCO administrator, and refuses a second setup', async () => {
      const temp = await makeTempDir('cen-setup-cli-');
      temps.push(temp);
      const dataDir = join(temp.path, 'node');
      const init = await cenNode([
        'init',
        '--data',
        dataDir,
        '--setup-later',
        '--insecure-http',
        '--api-port',
        String(await freePort()),
      ]);
      expect(init.code, init.stderr).to.equal(0);
      const password = /One-time password:\s+(\S+)/.exec(init.stdout)?.[1];
      expect(password, init.stdout).to.be.a('string');
      registerSecret('one-time password', password);

      const refused = await cenNode([
        'init',
        '--data',
        join(temp.path, 'other'),
        '--setup-later',
        '--country',
        'KE',
      ]);
      expect(refused.code).to.equal(1);
      expect(refused.stderr).to.contain('leave out --country');

      const bad = await cenNode([
        'setup',
        '--data',
        dataDir,
        '--name',
        'WCO',
        '--role',
        'wco',
        '--country',
        'KE',
      ]);
      expect(bad.code).to.equal(1);
      expect(bad.stderr).to.contain('country');

      const p2p = String(await freePort());
      const done = await cenNode([
        'setup',
        '--data',
        dataDir,
        '--name',
        'World Customs Organization',
        '--role',
        'wco',
        '--p2p-port',
        p2p,
      ]);
      expect(done.code, done.stderr).to.equal(0);
      expect(done.stdout).to.contain('Setup complete').and.to.contain('cen-node start');
      const config = await loadConfig(dataDir, {});
      expect(config).to.include({ role: 'wco', name: 'World Customs Organization' });

      const users = await cenNode(['user', 'list', '--data', dataDir]);
      expect(users.code, users.stderr).to.equal(0);
      expect(users.stdout).to.match(/admin\b.*wco-admin/);

      const again = await cenNode(['setup', '--data', dataDir, '--name', 'X', '--role', 'wco']);
      expect(again.code).to.equal(1);
      expect(again.stderr).to.contain('configured already');
    });

    it('sets up a running pending node through its control socket, which goes on as the configured node', async () => {
      const temp = await makeTempDir('cen-setup-run-');
      temps.push(temp);
      const dataDir = join(temp.path, 'node');
      const apiPort = String(await freePort());
      const init = await cenNode([
        'init',
        '--data',
        dataDir,
        '--setup-later',
        '--insecure-http',
        '--api-port',
        apiPort,
      ]);
      expect(init.code, init.stderr).to.equal(0);
      registerSecret('one-time password', /One-time password:\s+(\S+)/.exec(init.stdout)?.[1]);

      const child = spawnCenNode(['start', '--data', dataDir], { CEN_LOG_LEVEL: 'info' });
      let stdout = '';
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const logged = (event: string) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            if (stdout.includes(`"event":"${event}"`)) resolve();
          };
          child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            stdout += chunk;
            check();
          });
          check();
          void exited.then(() => reject(new Error(`cen-node start exited before ${event}:\n${stderr}`)));
        });
      try {
        await logged('node.setup-pending');
        await until(() => stderr.includes('setup of this node is pending'));
        const health = await new ApiClient(`http://127.0.0.1:${apiPort}`).get<HealthResponse>(HEALTH_PATH);
        expect(health.body.setup).to.equal('pending');

        const other = await cenNode(['user', 'list', '--data', dataDir]);
        expect(other.code).to.equal(1);
        expect(other.stderr).to.contain('setup is pending');

        const done = await cenNode([
          'setup',
          '--data',
          dataDir,
          '--name',
          'Kenya Revenue Authority',
          '--role',
          'national',
          '--country',
          'KE',
          '--p2p-port',
          String(await freePort()),
        ]);
        expect(done.code, done.stderr).to.equal(0);
        expect(done.stdout).to.contain('now starts as configured');
        await logged('node.started');
        const id = await cenNode(['id', '--data', dataDir]);
        expect(id.code, id.stderr).to.equal(0);
        expect(JSON.parse(id.stdout)).to.include({ name: 'Kenya Revenue Authority', running: true });
        const health2 = await new ApiClient(`http://127.0.0.1:${apiPort}`).get<HealthResponse>(HEALTH_PATH);
        expect(health2.body).to.deep.equal({ status: 'ok', store: 'ok' });
        child.kill('SIGTERM');
        expect(await exited, 'a clean shutdown').to.equal(0);
      } finally {
        child.kill('SIGKILL');
      }
    });
  });
});
