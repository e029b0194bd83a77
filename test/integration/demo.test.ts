import { expect } from 'chai';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { logFilePath } from '../helpers/logs.ts';
import { registerSecrets } from '../helpers/secrets.ts';

const CEN_NODE_BIN = fileURLToPath(new URL('../../bin/cen-node.js', import.meta.url));

/** Runs `cen-node` (through the running node's control socket) and parses its JSON output. */
async function cenNodeJson<T>(...args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, [CEN_NODE_BIN, ...args]);
  return JSON.parse(stdout) as T;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function childPids(pid: number): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({
    stdout: '',
  }));
  return stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);
}

interface DemoRow {
  key: string;
  country: string;
  url: string;
  user: string;
  userPassword: string;
  password: string;
}

describe('cen-node demo', function () {
  // Four nodes, each command a process of its own: generous for a machine busy with other tests.
  this.timeout(300_000);
  let dir: string;
  let demo: ChildProcess | undefined;
  let nodes: number[] = [];

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'cen-demo-'));
  });
  after(async function () {
    // Only if the test failed half-way: leave no process behind.
    if (demo && demo.exitCode === null) demo.kill('SIGKILL');
    for (const pid of nodes) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('runs three seeded national nodes and a WCO node with signed agreements, connected partners, contributions to the WCO node, sign-in, and stops them all on SIGTERM', async function () {
    // A random port range, so that a developer's own `make demo` (8181-8184) is not in the way.
    const basePort = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(
      process.execPath,
      [CEN_NODE_BIN, 'demo', '--dir', dir, '--cases', '20', '--base-port', String(basePort)],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CEN_API_PORT: '', CEN_API_HOST: '' } },
    );
    demo = child;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => {
        if (stdout.includes('Press Ctrl-C')) resolve();
      });
      void exited.then((code) =>
        reject(new Error(`demo exited (${code}) before it was up:\n${stdout}\n${stderr}`)),
      );
    });

    const rows: DemoRow[] = [
      ...stdout.matchAll(
        /^(ke|tz|be|wco)\s+.+?\s+(KE|TZ|BE|\(wco\))\s+(http:\/\/127\.0\.0\.1:\d+\/)\s+(officer|analyst) \/ (\S+)\s+admin \/ (\S+)$/gm,
      ),
    ].map((m) => ({
      key: m[1]!,
      country: m[2]!,
      url: m[3]!,
      user: m[4]!,
      userPassword: m[5]!,
      password: m[6]!,
    }));
    for (const row of rows) registerSecrets('password', [row.password, row.userPassword]);
    expect(stdout).to.contain('enrols a second factor');
    expect(rows.map((r) => r.key)).to.deep.equal(['ke', 'tz', 'be', 'wco']);
    expect(rows.map((r) => r.country)).to.deep.equal(['KE', 'TZ', 'BE', '(wco)']);
    expect(rows.map((r) => r.url)).to.deep.equal(
      [0, 1, 2, 3].map((i) => `http://127.0.0.1:${basePort + i}/`),
    );

    for (const row of rows) {
      const health = await fetch(`${row.url}healthz`);
      expect(health.status, `${row.key} /healthz`).to.equal(200);
      expect(row.password).to.equal(
        (await readFile(join(dir, row.key, 'admin-password.txt'), 'utf8')).trim(),
      );
      const admin = await fetch(`${row.url}api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: row.password }),
      });
      expect(admin.status, `${row.key} admin sign-in`).to.equal(200);
      expect(((await admin.json()) as { totpEnrolmentRequired: boolean }).totpEnrolmentRequired).to.equal(
        true,
      );
      const login = await fetch(`${row.url}api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: row.user, password: row.userPassword }),
      });
      expect(login.status, `${row.key} sign-in`).to.equal(200);
      if (row.key === 'wco') continue;
      // The national nodes hold their synthetic cases.
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const cases = await fetch(`${row.url}api/v1/cases?limit=50`, { headers: { cookie } });
      expect(cases.status).to.equal(200);
      const page = (await cases.json()) as { items: { reportingCountry: string }[] };
      expect(page.items.length).to.equal(20);
      expect(page.items.every((c) => c.reportingCountry === row.country)).to.equal(true);
    }

    // The agreements: signed by both, installed and active on both sides, shown in the table.
    const ids = new Map<string, string>();
    for (const key of ['ke', 'tz', 'be', 'wco'])
      ids.set(key, (await cenNodeJson<{ nodeId: string }>('id', '--data', join(dir, key))).nodeId);
    const activeWith = async (key: string) =>
      (
        await cenNodeJson<{ peer: { nodeId: string }; status: string; modes: string[] }[]>(
          'agreement',
          'list',
          '--json',
          '--data',
          join(dir, key),
        )
      )
        .filter((a) => a.status === 'active')
        .map((a) => ({ peer: a.peer.nodeId, modes: a.modes.join(',') }));
    // Each national node also holds its contribution agreement with the WCO node (sync only).
    const toWco = { peer: ids.get('wco'), modes: 'sync' };
    expect(await activeWith('ke')).to.have.deep.members([
      { peer: ids.get('tz'), modes: 'sync,on-demand,query' },
      { peer: ids.get('be'), modes: 'sync,on-demand' },
      toWco,
    ]);
    expect(await activeWith('tz')).to.have.deep.members([
      { peer: ids.get('ke'), modes: 'sync,on-demand,query' },
      toWco,
    ]);
    expect(await activeWith('be')).to.have.deep.members([
      { peer: ids.get('ke'), modes: 'sync,on-demand' },
      toWco,
    ]);
    expect((await activeWith('wco')).map((a) => a.peer)).to.have.members(
      ['ke', 'tz', 'be'].map((k) => ids.get(k)),
    );
    expect(stdout).to.match(
      /^KE–TZ\s.*\ssync,on-demand,query\s+drugs,revenue\s+yes\s+ke: active, tz: active$/m,
    );
    expect(stdout).to.match(/^BE–KE\s.*\ssync,on-demand\s+all\s+no\s+be: active, ke: active$/m);

    // Kenya is connected to both partners; Tanzania and Belgium, without an agreement, are not;
    // every national node is connected to the WCO node.
    const connected = async (key: string) =>
      (
        await cenNodeJson<{ nodeId: string; status: string }[]>(
          'peer',
          'list',
          '--json',
          '--data',
          join(dir, key),
        )
      )
        .filter((p) => p.status === 'connected')
        .map((p) => p.nodeId);
    expect(await connected('ke')).to.have.members([ids.get('tz'), ids.get('be'), ids.get('wco')]);
    expect(await connected('tz')).to.have.members([ids.get('ke'), ids.get('wco')]);
    expect(await connected('be')).to.have.members([ids.get('ke'), ids.get('wco')]);
    // Records flowed both ways under both agreements before the table was printed.
    for (const [node, peer] of [
      ['ke', 'tz'],
      ['tz', 'ke'],
      ['ke', 'be'],
      ['be', 'ke'],
    ]) {
      const row = new RegExp(String.raw`^${node}\s+${peer}\s+connected\s+(\d+)\s+0 changes$`, 'm').exec(
        stdout,
      );
      expect(row, `${node} from ${peer}`).to.not.equal(null);
      expect(Number(row![1]), `records ${node} received from ${peer}`).to.be.above(0);
    }
    expect(stdout).not.to.match(/^(tz\s+be|be\s+tz)\s/m);

    // The national nodes contributed their validated cases to the WCO node before the table was
    // printed; the WCO analyst finds them in the global CEN, anonymised.
    const wcoRow = rows.find((r) => r.key === 'wco')!;
    const analyst = await fetch(`${wcoRow.url}api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: wcoRow.user, password: wcoRow.userPassword }),
    });
    const wcoCookie = analyst.headers.get('set-cookie')!.split(';')[0]!;
    const members = (await (
      await fetch(`${wcoRow.url}api/v1/global/members`, { headers: { cookie: wcoCookie } })
    ).json()) as { items: { nodeId: string; country: string; cases: number; upToDate: boolean }[] };
    for (const key of ['ke', 'tz', 'be']) {
      const member = members.items.find((m) => m.nodeId === ids.get(key));
      expect(member, `${key} contributed`).to.include({ country: key.toUpperCase(), upToDate: true });
      expect(member!.cases, `${key}'s cases on the WCO node`).to.be.above(0).and.at.most(20);
      expect(stdout).to.match(new RegExp(String.raw`^${key}\s+${member!.cases}\s+up to date$`, 'm'));
    }
    const global = (await (
      await fetch(`${wcoRow.url}api/v1/global/cases?country=KE&limit=50`, { headers: { cookie: wcoCookie } })
    ).json()) as { items: { member: { country: string }; case: Record<string, unknown> }[] };
    expect(global.items.length).to.equal(members.items.find((m) => m.nodeId === ids.get('ke'))!.cases);
    for (const item of global.items) {
      expect(item.member.country).to.equal('KE');
      expect(item.case).to.not.have.any.keys('narrative', 'persons', 'businesses', 'ref', 'office');
    }

    // The global statistics it printed are those released to members: no figure of 1 or 2 cases.
    const stats = (await (
      await fetch(`${wcoRow.url}api/v1/global/stats?dimension=itrArea&period=year`, {
        headers: { cookie: wcoCookie },
      })
    ).json()) as { minCell: number; total: { cases: number | null } };
    expect(stats.minCell).to.equal(3);
    const table = stdout.slice(stdout.indexOf('Global statistics')).split('\n\n')[0]!.split('\n').slice(2);
    const allAreas = table.find((line) => line.startsWith('all areas'));
    expect(allAreas?.split(/\s+/).at(-1)).to.equal(String(stats.total.cases ?? 'x'));
    const figures = table.slice(1).flatMap((line) => line.split(/\s+/).filter((t) => /^(\d+|x)$/.test(t)));
    expect(figures.length).to.be.above(0);
    expect(figures.filter((f) => f === '1' || f === '2')).to.deep.equal([]);

    // The demo operation: Kenya organises, Tanzania and Belgium accepted, Tanzania's report
    // reached both before the section was printed.
    for (const key of ['ke', 'tz', 'be'])
      registerSecrets('password', [(await readFile(join(dir, key, 'analyst-password.txt'), 'utf8')).trim()]);
    expect(stdout).to.include('Operation "Operation demo"');
    for (const [key, part] of [
      ['ke', 'organiser'],
      ['tz', 'accepted'],
      ['be', 'accepted'],
    ]) {
      const held = new RegExp(String.raw`^${key}\s+${part}\s+(\d+)$`, 'm').exec(stdout);
      expect(held, `${key} in the operation`).to.not.equal(null);
      expect(Number(held![1]), `messages ${key} holds`).to.equal(1);
    }
    expect(stdout).to.include("posted by tz's officer reached ke and be");
    // Belgium's officer, named a participant when its analyst accepted, reads Tanzania's report.
    const beRow = rows.find((r) => r.key === 'be')!;
    const beOfficer = await fetch(`${beRow.url}api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: beRow.user, password: beRow.userPassword }),
    });
    const beCookie = beOfficer.headers.get('set-cookie')!.split(';')[0]!;
    const operations = (await (
      await fetch(`${beRow.url}api/v1/operations`, { headers: { cookie: beCookie } })
    ).json()) as { items: { definition: { id: string; name: string }; role: string; status: string }[] };
    const operation = operations.items.find((o) => o.definition.name === 'Operation demo');
    expect(operation).to.include({ role: 'member', status: 'accepted' });
    const thread = (await (
      await fetch(`${beRow.url}api/v1/operations/${operation!.definition.id}/messages`, {
        headers: { cookie: beCookie },
      })
    ).json()) as {
      items: { kind: string; from: string; author?: string; report?: { commodity?: string } }[];
    };
    const reports = thread.items.filter((e) => e.kind === 'message');
    expect(reports.map((e) => [e.from, e.author, e.report?.commodity])).to.deep.equal([
      [ids.get('tz'), 'officer', 'heroin'],
    ]);

    nodes = await childPids(child.pid!);
    expect(nodes).to.have.lengthOf(4);

    child.kill('SIGTERM');
    expect(await exited, stderr).to.equal(0);
    // The nodes' logs join the run's, to be scanned for the passwords above.
    for (const row of rows) await copyFile(join(dir, row.key, 'node.log'), logFilePath(`demo-${row.key}`));
    for (const pid of nodes) expect(isAlive(pid), `node process ${pid}`).to.equal(false);
    for (const row of rows) {
      const answered = await fetch(`${row.url}healthz`).then(
        () => true,
        () => false,
      );
      expect(answered, `${row.key} still answers`).to.equal(false);
    }
  });
});
