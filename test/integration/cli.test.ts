import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../node/config.ts';
import { initNode, openServices } from '../../node/index.ts';
import { silentLoggers } from '../../node/log.ts';
import { openStore } from '../../node/store/index.ts';
import { RECORD_NAMESPACE } from '../../node/store/keys.ts';
import type { CasePage } from '../../protocol/api.ts';
import { parseNodeId } from '../../protocol/ids.ts';
import { cenNode, startCenNode, type StartedNode } from '../helpers/cli.ts';
import { ApiClient, freePort, makeTempDir } from '../helpers/node.ts';

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
      ]);
      expect(code, stderr).to.equal(0);
      expect(await mode(dataDir)).to.equal(0o700);
      expect(await mode(join(dataDir, 'identity.key'))).to.equal(0o600);
      expect(await mode(join(dataDir, 'config.json'))).to.equal(0o600);
      const match = /Password:\s+(\S+)/.exec(stdout);
      expect(match, stdout).to.not.equal(null);
      adminPassword = match![1]!;
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
      const opened = await openServices(await loadConfig(dir, {}), { loggers: silentLoggers() });
      try {
        const admin = await opened.services.auth.users.authenticate('admin', 'a-long-unattended-password');
        expect(admin.role).to.equal('admin');
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
      await initNode({ dataDir: dir, name: 'Tampered', country: 'TZ', adminPassword: 'tampered-password-1' });
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

    it('adds a user offline and refuses an unknown role', async () => {
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
      expect(added.stdout).to.match(/Password: \S{20,}/);
      const refused = await cenNode(['user', 'add', '--data', dataDir, '--username', 'x1', '--role', 'boss']);
      expect(refused.code).to.not.equal(0);
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
      expect(login.status).to.equal(201);
      const admin = await new ApiClient(node.apiUrl).post('/api/v1/session', {
        username: 'admin',
        password: adminPassword,
      });
      expect(admin.status).to.equal(201);
      const page = await api.get<CasePage>('/api/v1/cases?limit=500');
      expect(page.body.items).to.have.length(190);
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
