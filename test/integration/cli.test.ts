import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../node/config.ts';
import { initNode, openServices } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { auditKey, AUDIT_NAMESPACE, verifyAuditLines } from '../../node/audit/index.ts';
import { openStore } from '../../node/store/index.ts';
import { RECORD_NAMESPACE } from '../../node/store/keys.ts';
import type { CasePage, SessionResponse } from '../../protocol/api.ts';
import { parseNodeId } from '../../protocol/ids.ts';
import { cenNode, startCenNode, type StartedNode } from '../helpers/cli.ts';
import { ApiClient, freePort, makeTempDir } from '../helpers/node.ts';
import { registerSecret } from '../helpers/secrets.ts';

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('cen-node CLI', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let adminPassword: string;
  let apiPort: number;

  before(async () => {
    temp = await makeTempDir('cen-cli-');
    dataDir = join(temp.path, 'ke');
    apiPort = await freePort();
  });
  after(async () => {
    await temp.remove();
  });

  describe('init', () => {
    it('creates a private data directory and identity and shows the generated password once', async () => {
      const { code, stdout, stderr } = await cenNode([
        'init',
        '--data',
        dataDir,
        '--name',
        'Kenya Revenue Authority - Customs',
        '--country',
        'KE',
        '--api-port',
        String(apiPort),
        '--p2p-port',
        '19181',
        '--insecure-http', // fetch below has no way to trust a self-signed certificate (see tls.test.ts)
      ]);
      expect(code, stderr).to.equal(0);
      expect(await mode(dataDir)).to.equal(0o700);
      expect(await mode(join(dataDir, 'identity.key'))).to.equal(0o600);
      expect(await mode(join(dataDir, 'config.json'))).to.equal(0o600);
      const match = /Password:\s+(\S+)/.exec(stdout);
      expect(match, stdout).to.not.equal(null);
      adminPassword = match![1]!;
      registerSecret('password', adminPassword);
      expect(stdout).to.contain('Administrator: admin (national-admin)');
      expect(stdout).to.contain('enrols a second factor');
      expect(adminPassword.length).to.be.at.least(20);
      expect(stdout.split(adminPassword)).to.have.length(2); // printed exactly once
      const config = JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(config).to.include({
        name: 'Kenya Revenue Authority - Customs',
        country: 'KE',
        role: 'national',
        apiPort,
      });
      expect(JSON.stringify(config)).not.to.contain(adminPassword);
    });

    it('refuses a directory that is not empty and leaves it untouched', async () => {
      const before = await readFile(join(dataDir, 'config.json'), 'utf8');
      const { code, stderr } = await cenNode([
        'init',
        '--data',
        dataDir,
        '--name',
        'Other',
        '--country',
        'TZ',
      ]);
      expect(code).to.equal(1);
      expect(stderr).to.contain('is not empty');
      expect(await readFile(join(dataDir, 'config.json'), 'utf8')).to.equal(before);
    });

    it('refuses a national node without a country, creating nothing', async () => {
      const dir = join(temp.path, 'nowhere');
      const { code, stderr } = await cenNode(['init', '--data', dir, '--name', 'Somewhere']);
      expect(code).to.equal(1);
      expect(stderr).to.contain('--country');
      expect(await stat(dir).catch(() => 'absent')).to.equal('absent');
    });

    it('takes the administrator password from a file, and a WCO node needs no country', async () => {
      const dir = join(temp.path, 'wco');
      const passwordFile = join(temp.path, 'wco-password.txt');
      await writeFile(passwordFile, 'a-long-unattended-password\n', { mode: 0o600 });
      registerSecret('password', 'a-long-unattended-password');
      const { code, stdout, stderr } = await cenNode([
        'init',
        '--data',
        dir,
        '--name',
        'World Customs Organization',
        '--role',
        'wco',
        '--admin-password-file',
        passwordFile,
      ]);
      expect(code, stderr).to.equal(0);
      expect(stdout).not.to.contain('a-long-unattended-password');
      expect(stdout).to.contain('SHA-256 fingerprint');
      const opened = await openServices(await loadConfig(dir, {}), { loggers: silentLoggers() });
      try {
        const admin = await opened.services.auth.signIn({
          username: 'admin',
          password: 'a-long-unattended-password',
        });
        expect(admin.response.user.role).to.equal('wco-admin');
        expect(admin.response.totpEnrolmentRequired).to.equal(true);
        expect(opened.services.config.storeCountry).to.equal('WCO');
      } finally {
        await opened.close();
      }
      const id = JSON.parse((await cenNode(['id', '--data', dir])).stdout) as Record<string, unknown>;
      expect(id).to.include({ role: 'wco', country: null });
    });
  });

  describe('offline commands', () => {
    it('id prints the identity as JSON', async () => {
      const { code, stdout } = await cenNode(['id', '--data', dataDir]);
      expect(code).to.equal(0);
      const id = JSON.parse(stdout) as { nodeId: string; multiaddrs: string[]; apiUrl: string };
      expect(parseNodeId(id.nodeId)).to.equal(id.nodeId);
      expect(id).to.include({
        name: 'Kenya Revenue Authority - Customs',
        country: 'KE',
        role: 'national',
        running: false,
      });
      expect(id.apiUrl).to.equal(`http://127.0.0.1:${apiPort}`);
      expect(id.multiaddrs).to.deep.equal([`/ip4/127.0.0.1/tcp/19181/p2p/${id.nodeId}`]);
    });

    it('seeds, checks and reindexes without a running node', async () => {
      const seeded = await cenNode(['seed', '--data', dataDir, '--cases', '150', '--seed', '1']);
      expect(seeded.code, seeded.stderr).to.equal(0);
      expect(seeded.stdout).to.match(/Seeded 150 cases, \d+ persons and \d+ businesses \(offline\)/);
      const check = await cenNode(['check', '--data', dataDir]);
      expect(check.code, check.stdout).to.equal(0);
      expect(check.stdout).to.contain('Store check (offline): ok');
      const reindex = await cenNode(['reindex', '--data', dataDir]);
      expect(reindex.code).to.equal(0);
      expect(reindex.stdout).to.contain('150 cases');
    });

    it('check exits 1 and names the problem when a stored record was tampered with', async () => {
      const dir = join(temp.path, 'tampered');
      await initNode({
        dataDir: dir,
        name: 'Tampered',
        country: 'TZ',
        adminPassword: 'Tampered-Lantern-88',
        tls: false,
      });
      const store = await openStore(dir, { country: 'TZ' });
      try {
        const c = await store.createCase(
          {
            kind: 'seizure',
            form: 'simplified',
            status: 'draft',
            seizureDate: '2026-01-10',
            items: [{ itrArea: 'drugs', commodity: 'khat', quantity: 40, unit: 'kg' }],
          },
          { username: 'test' },
        );
        // Change the stored case behind the store's back: its latest revision no longer matches.
        const tampered = { ...c, items: [{ ...c.items[0]!, quantity: 4 }] };
        await store.kv.batch([{ type: 'put', ns: RECORD_NAMESPACE.case, key: c.id, value: tampered }]);
      } finally {
        await store.close();
      }
      const check = await cenNode(['check', '--data', dir]);
      expect(check.code).to.equal(1);
      expect(check.stdout).to.match(/problem|BROKEN/);
    });

    it('adds, lists, resets and disables users offline, and refuses an unknown role', async () => {
      const added = await cenNode([
        'user',
        'add',
        '--data',
        dataDir,
        '--username',
        'analyst1',
        '--role',
        'analyst',
      ]);
      expect(added.code, added.stderr).to.equal(0);
      expect(added.stdout).to.match(/Created user analyst1 \(analyst\) offline/);
      const oneTime = /One-time password: (\S{20,})/.exec(added.stdout);
      expect(oneTime, added.stdout).to.not.equal(null);
      registerSecret('one-time password', oneTime![1]);
      const refused = await cenNode(['user', 'add', '--data', dataDir, '--username', 'x1', '--role', 'boss']);
      expect(refused.code).to.not.equal(0);
      const wrongKind = await cenNode([
        'user',
        'add',
        '--data',
        dataDir,
        '--username',
        'x1',
        '--role',
        'wco-admin',
      ]);
      expect(wrongKind.code).to.equal(1);
      expect(wrongKind.stderr).to.contain('role');

      const list = await cenNode(['user', 'list', '--data', dataDir]);
      expect(list.code, list.stderr).to.equal(0);
      expect(list.stdout).to.match(/^admin\s+national-admin\s+active\s+never\s+-$/m);
      expect(list.stdout).to.match(/^analyst1\s+analyst\s+must change password/m);

      const reset = await cenNode(['user', 'reset', '--data', dataDir, '--username', 'analyst1']);
      expect(reset.code, reset.stderr).to.equal(0);
      const code = /One-time code: (\S{20,})/.exec(reset.stdout);
      expect(code, reset.stdout).to.not.equal(null);
      registerSecret('one-time password', code![1]);

      const disabled = await cenNode(['user', 'disable', '--data', dataDir, '--username', 'analyst1']);
      expect(disabled.code, disabled.stderr).to.equal(0);
      const json = JSON.parse((await cenNode(['user', 'list', '--data', dataDir, '--json'])).stdout) as {
        username: string;
        disabled: boolean;
      }[];
      expect(json.find((u) => u.username === 'analyst1')?.disabled).to.equal(true);
      expect((await cenNode(['user', 'enable', '--data', dataDir, '--username', 'analyst1'])).code).to.equal(
        0,
      );
    });

    it('verifies and exports the audit log, and names the first tampered entry', async () => {
      const verified = await cenNode(['audit', 'verify', '--data', dataDir]);
      expect(verified.code, verified.stderr).to.equal(0);
      expect(verified.stdout).to.match(/Audit log \(offline\): ok, \d+ entries checked/);
      const out = join(temp.path, 'audit.jsonl');
      const exported = await cenNode(['audit', 'export', '--data', dataDir, '--out', out]);
      expect(exported.code, exported.stderr).to.equal(0);
      const lines = (await readFile(out, 'utf8')).trim().split('\n');
      expect((await verifyAuditLines(lines)).ok).to.equal(true);
      const actions = lines.map((line) => (JSON.parse(line) as { action: string }).action);
      expect(actions).to.include.members([
        'user-created',
        'password-reset',
        'user-disabled',
        'user-enabled',
        'audit-exported',
      ]);
      expect(actions.at(-1)).to.equal('audit-exported');

      const dir = join(temp.path, 'audit-tampered');
      await initNode({
        dataDir: dir,
        name: 'Audited',
        country: 'TZ',
        adminPassword: 'Audited-Lantern-88',
        tls: false,
      });
      for (const username of ['ana', 'bea', 'cid']) {
        expect(
          (await cenNode(['user', 'add', '--data', dir, '--username', username, '--role', 'officer'])).code,
        ).to.equal(0);
      }
      const store = await openStore(dir, { country: 'TZ' });
      try {
        const entry = (await store.kv.get(AUDIT_NAMESPACE, auditKey(3))) as Record<string, unknown>;
        await store.kv.batch([
          {
            type: 'put',
            ns: AUDIT_NAMESPACE,
            key: auditKey(3),
            value: { ...entry, details: { role: 'national-admin' } },
          },
        ]);
      } finally {
        await store.close();
      }
      const broken = await cenNode(['audit', 'verify', '--data', dir]);
      expect(broken.code).to.equal(1);
      expect(broken.stdout).to.contain('BROKEN').and.to.contain('first bad entry: 3');
    });
  });

  describe('while the node runs', () => {
    let node: StartedNode;
    before(async () => {
      node = await startCenNode(dataDir);
    });
    after(async () => {
      if (node.child.exitCode === null) await node.stop('SIGKILL');
    });

    it('serves the API on the configured port and reminds how to sign in', async () => {
      expect(node.apiUrl).to.equal(`http://127.0.0.1:${apiPort}`);
      await node.waitForStderr('sign in as "admin"');
      const health = await fetch(`${node.apiUrl}/healthz`);
      expect(health.status).to.equal(200);
    });

    it('runs id, seed, check, reindex and user add through the control socket', async () => {
      const id = JSON.parse((await cenNode(['id', '--data', dataDir])).stdout) as {
        running: boolean;
        apiUrl: string;
      };
      expect(id).to.include({ running: true, apiUrl: node.apiUrl });

      const seeded = await cenNode(['seed', '--data', dataDir, '--cases', '40', '--seed', '2']);
      expect(seeded.code, seeded.stderr).to.equal(0);
      expect(seeded.stdout).to.contain('Seeded 40 cases').and.to.contain('through the running node');

      const check = await cenNode(['check', '--data', dataDir]);
      expect(check.code, check.stdout + check.stderr).to.equal(0);
      expect(check.stdout).to.contain('Store check (through the running node): ok');

      const reindex = await cenNode(['reindex', '--data', dataDir]);
      expect(reindex.stdout).to.contain('190 cases').and.to.contain('through the running node');

      const passwordFile = join(temp.path, 'officer.txt');
      await writeFile(passwordFile, 'officer-password-123\n', { mode: 0o600 });
      registerSecret('password', 'officer-password-123');
      const added = await cenNode([
        'user',
        'add',
        '--data',
        dataDir,
        '--username',
        'officer1',
        '--role',
        'officer',
        '--password-file',
        passwordFile,
      ]);
      expect(added.code, added.stderr).to.equal(0);
      expect(added.stdout).not.to.contain('officer-password-123');

      const api = new ApiClient(node.apiUrl);
      const login = await api.post('/api/v1/session', {
        username: 'officer1',
        password: 'officer-password-123',
      });
      expect(login.status).to.equal(200);
      const admin = await new ApiClient(node.apiUrl).post<SessionResponse>('/api/v1/session', {
        username: 'admin',
        password: adminPassword,
      });
      expect(admin.status).to.equal(200);
      expect(admin.body.totpEnrolmentRequired).to.equal(true);
      const page = await api.get<CasePage>('/api/v1/cases?limit=500');
      expect(page.body.items).to.have.length(190);

      // Accounts through the running node: the officer's session ends when the account is disabled.
      const disabled = await cenNode(['user', 'disable', '--data', dataDir, '--username', 'officer1']);
      expect(disabled.stdout).to.contain('Disabled officer1 (through the running node)');
      expect((await api.get('/api/v1/cases')).status).to.equal(401);
      const list = await cenNode(['user', 'list', '--data', dataDir]);
      expect(list.stdout).to.match(/^officer1\s+officer\s+disabled/m);
      const verified = await cenNode(['audit', 'verify', '--data', dataDir]);
      expect(verified.code).to.equal(0);
      expect(verified.stdout).to.contain('through the running node');
    });

    it('refuses a second node on the same data directory', async () => {
      const second = await cenNode(['start', '--data', dataDir]);
      expect(second.code).to.equal(1);
      expect(second.stderr).to.contain('already running');
    });

    it('shuts down cleanly on SIGTERM with exit code 0, releasing the store', async () => {
      const { code, signal } = await node.stop('SIGTERM');
      expect(signal).to.equal(null);
      expect(code).to.equal(0);
      expect(node.stdout()).to.contain('"event":"node.stopped"');
      expect(await stat(join(dataDir, 'control.sock')).catch(() => 'gone')).to.equal('gone');
      const id = await cenNode(['id', '--data', dataDir]);
      expect(JSON.parse(id.stdout)).to.include({ running: false });
    });
  });
});
