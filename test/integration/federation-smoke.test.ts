import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { runFederation } from '../../bench/federation.ts';
import { isFullRun } from '../helpers/reliability.ts';

describe('federation simulator (make federation), N = 6', function () {
  this.timeout(120_000);

  it('runs six members and the WCO node in two processes, measures them and ends consistent', async () => {
    const resultsDir = await mkdtemp(join(tmpdir(), 'cen-federation-results-'));
    try {
      const result = await runFederation({
        nodes: 6,
        rate: 3,
        durationMs: 20_000,
        perProcess: 4,
        resultsDir,
      });
      expect(result.processes).to.equal(2);
      expect(result.rows).to.have.length(7);
      for (const row of result.rows) {
        expect(row.rssMbPerNode, row.node).to.be.greaterThan(0);
        expect(row.connections, row.node).to.equal(row.partners);
      }
      const members = result.rows.filter((r) => r.node !== 'wco');
      for (const row of members) {
        expect(row.partners, row.node).to.be.within(3, 5); // 2-4 bilateral partners and the WCO node
        expect(row.casesCreated, row.node).to.be.greaterThan(0);
        expect(row.lagP50Ms, row.node).to.be.a('number');
        expect(row.lagP99Ms, row.node).to.be.a('number');
      }
      expect(result.processesCpu.every((p) => p.cpuPercent > 0 && p.rssMb > 0)).to.equal(true);
      expect(result.wco.ingestPerSecond).to.be.greaterThan(0);
      expect(result.casesCreated).to.equal(members.reduce((n, r) => n + r.casesCreated, 0));
      expect(result.consistency.wco).to.include({
        recordsChecked: result.casesCreated,
        lost: 0,
        duplicated: 0,
        leaked: 0,
      });
      expect(result.wco.held).to.equal(result.casesCreated);
      expect(result.consistency.bilateral).to.include({ lost: 0, duplicated: 0, leaked: 0 });
      expect(result.consistency.bilateral.recordsChecked).to.be.greaterThan(0);
      expect(result.consistency.ok, result.consistency.problems.join('\n')).to.equal(true);
      const written = JSON.parse(await readFile(result.files.json, 'utf8')) as { nodes: number };
      expect(written.nodes).to.equal(6);
      expect(await readFile(result.files.md, 'utf8')).to.include('| node | region |');
    } finally {
      await rm(resultsDir, { recursive: true, force: true });
    }
  });

  it('stops the WCO node mid-traffic, starts it again, and every member catches up consistently', async function () {
    // Another federation start: `make reliability` and `make federation` run it, `make test` keeps to one.
    if (!isFullRun()) this.skip();
    const resultsDir = await mkdtemp(join(tmpdir(), 'cen-federation-results-'));
    try {
      const result = await runFederation({
        nodes: 6,
        rate: 3,
        durationMs: 15_000,
        perProcess: 4,
        scenario: 'wco-outage',
        outageMs: 2000,
        resultsDir,
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
        recordsChecked: result.casesCreated,
        lost: 0,
        duplicated: 0,
        leaked: 0,
      });
      expect(result.wco.held).to.equal(result.casesCreated);
      expect(result.consistency.ok, result.consistency.problems.join('\n')).to.equal(true);
      expect(result.files.md).to.match(/federation-N6-wco-outage\.md$/);
      expect(await readFile(result.files.md, 'utf8')).to.include('The WCO node was stopped');
    } finally {
      await rm(resultsDir, { recursive: true, force: true });
    }
  });
});
