import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { runFederation, type FederationOptions } from '../../bench/federation.ts';
import { isFullRun } from '../helpers/reliability.ts';

describe('federation simulator (make federation), N = 6', function () {
  this.timeout(120_000);
  let resultsDir: string;
  beforeEach(async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'cen-federation-results-'));
  });
  afterEach(async () => {
    await rm(resultsDir, { recursive: true, force: true });
  });

  /** Six members, four to a process, writing into this test's results folder. */
  const runSix = (options: Omit<FederationOptions, 'nodes' | 'perProcess' | 'rate' | 'resultsDir'>) =>
    runFederation({ nodes: 6, rate: 3, perProcess: 4, resultsDir, ...options });

  it('runs six members in two processes and the WCO node in its own, with an operation, and ends consistent', async () => {
    const result = await runSix({
      durationMs: 20_000,
    });
    expect(result.processes).to.equal(3);
    expect(result.rows).to.have.length(7);
    for (const row of result.rows) {
      expect(row.rssMbPerNode, row.node).to.be.greaterThan(0);
      expect(row.connections, row.node).to.equal(row.partners);
    }
    const members = result.rows.filter((r) => r.node !== 'wco');
    for (const row of members) {
      // 2-4 bilateral partners and the WCO node; the operation's organiser is partner to every member.
      if (row.node === members[0]!.node) expect(row.partners, row.node).to.equal(6);
      else expect(row.partners, row.node).to.be.within(3, 5);
      expect(row.casesCreated, row.node).to.be.greaterThan(0);
      expect(row.lagP50Ms, row.node).to.be.a('number');
      expect(row.lagP99Ms, row.node).to.be.a('number');
    }
    expect(result.processesCpu.every((p) => p.cpuPercent > 0 && p.rssMb > 0)).to.equal(true);
    expect(result.wco.ingestPerSecond).to.be.greaterThan(0);
    expect(result.casesCreated).to.equal(members.reduce((n, r) => n + r.casesCreated, 0));
    // Cases above the contribution agreements' handling limit stay with their members.
    const forWco = result.casesCreated - result.casesKeptByMembers;
    expect(result.consistency.wco).to.include({
      recordsChecked: forWco,
      lost: 0,
      duplicated: 0,
      leaked: 0,
    });
    expect(result.wco.held).to.equal(forWco);
    // The operation: every other member invited, accepting, posting; each holds the whole thread.
    const op = result.operation!;
    expect(op).to.include({ organiser: members[0]!.node, members: 5, postErrors: 0 });
    expect(op.posted).to.be.greaterThan(10);
    expect(op.deliveries).to.be.greaterThan(op.posted);
    expect(op.settledMs).to.be.a('number');
    expect(op.consistency).to.include({ lost: 0, duplicated: 0, leaked: 0 });
    expect(op.consistency.recordsChecked).to.be.greaterThan(6 * 10);
    expect(result.consistency.bilateral).to.include({ lost: 0, duplicated: 0, leaked: 0 });
    expect(result.consistency.bilateral.recordsChecked).to.be.greaterThan(0);
    expect(result.consistency.ok, result.consistency.problems.join('\n')).to.equal(true);
    const written = JSON.parse(await readFile(result.files.json, 'utf8')) as { nodes: number };
    expect(written.nodes).to.equal(6);
    expect(await readFile(result.files.md, 'utf8')).to.include('| node | region |');
  });

  it('stops the WCO node mid-traffic, starts it again, and every member catches up consistently', async function () {
    // Another federation start: `make reliability` and `make federation` run it, `make test` keeps to one.
    if (!isFullRun()) this.skip();
    const result = await runSix({
      durationMs: 15_000,
      scenario: 'wco-outage',
      outageMs: 2000,
    });
    const fault = result.fault!;
    expect(fault.kind).to.equal('wco-outage');
    expect(fault.nodes).to.deep.equal(['wco']);
    // Traffic went on while the WCO node was down: cases waited for it.
    expect(fault.backlogAtRecovery).to.be.greaterThan(0);
    expect(fault.reconnectMs).to.be.a('number');
    expect(fault.catchUpMs).to.be.a('number');
    for (const row of result.rows) expect(row.connections, row.node).to.equal(row.partners);
    expect(result.lag.unreceipted).to.equal(0);
    expect(result.consistency.wco).to.include({
      recordsChecked: result.casesCreated - result.casesKeptByMembers,
      lost: 0,
      duplicated: 0,
      leaked: 0,
    });
    expect(result.wco.held).to.equal(result.casesCreated - result.casesKeptByMembers);
    expect(result.consistency.ok, result.consistency.problems.join('\n')).to.equal(true);
    expect(result.files.md).to.match(/federation-N6-wco-outage\.md$/);
    expect(await readFile(result.files.md, 'utf8')).to.include('The WCO node was stopped');
  });

  it('receipts one member’s backlog of cases while the others’ traffic goes on', async function () {
    if (!isFullRun()) this.skip();
    const result = await runSix({
      durationMs: 10_000,
      scenario: 'backlog',
      backlogCases: 3000,
    });
    const fault = result.fault!;
    expect(fault).to.include({ kind: 'backlog', backlogAtRecovery: 3000 });
    expect(fault.nodes).to.have.length(1);
    expect(fault.catchUpMs).to.be.a('number');
    const backlogged = result.rows.find((r) => r.node === fault.nodes[0])!;
    expect(backlogged.casesCreated).to.be.greaterThan(3000);
    expect(result.operation).to.equal(undefined);
    expect(result.wco.held).to.equal(result.casesCreated - result.casesKeptByMembers);
    expect(result.consistency.ok, result.consistency.problems.join('\n')).to.equal(true);
    expect(await readFile(result.files.md, 'utf8')).to.include('held a backlog of 3000 validated cases');
  });
});
