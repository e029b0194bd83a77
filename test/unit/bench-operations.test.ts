/**
 * The operations benchmark: its sizes come from the environment (a smoke run of the suite is
 * small unless told), and a run across two member processes, with fewer reports in the burst
 * than members (some post nothing), times every delivery and reports both figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { operationsBenchSize, runOperationsBench } from '../../bench/operations.bench.ts';

describe('the operations benchmark', function () {
  this.timeout(120_000);

  it('reads its sizes from the environment', () => {
    expect(operationsBenchSize({})).to.deep.equal({ members: 50, messages: 500, rounds: 30 });
    expect(operationsBenchSize({ BENCH_CASES: '100_000' })).to.deep.equal({
      members: 50,
      messages: 500,
      rounds: 30,
    });
    expect(operationsBenchSize({ BENCH_CASES: '1000' })).to.deep.equal({
      members: 3,
      messages: 20,
      rounds: 5,
    });
    expect(
      operationsBenchSize({ BENCH_CASES: '1000', BENCH_OPS_MEMBERS: '12', BENCH_OPS_MESSAGES: '1_000' }),
    ).to.deep.equal({ members: 12, messages: 1000, rounds: 5 });
    for (const bad of [
      { BENCH_OPS_MEMBERS: '1' },
      { BENCH_OPS_MESSAGES: 'many' },
      { BENCH_OPS_MEMBERS: '999' },
    ])
      expect(() => operationsBenchSize(bad), JSON.stringify(bad)).to.throw(RangeError);
  });

  it('delivers every report to every member across two member processes and reports the figures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cen-bench-operations-'));
    try {
      const result = await runOperationsBench({ members: 12, messages: 5, rounds: 2, dir });
      expect(result).to.deep.include({ members: 12, messages: 5, rounds: 2, memberProcesses: 2 });
      // Each report timed at the eleven members that did not post it, beside as many raw trips.
      expect(result.delivery.samples).to.equal(22);
      expect(result.raw.samples).to.equal(22);
      expect(result.delivery.p50Ms).to.be.above(0);
      expect(result.delivery.p99Ms).to.be.at.least(result.delivery.p95Ms);
      expect(result.p95Ratio).to.be.closeTo(result.delivery.p95Ms / result.raw.p95Ms, 1e-9);
      expect(result.sustained.messagesPerSecond).to.be.closeTo(5 / result.sustained.seconds, 1e-9);
      expect(result.frameBytes).to.be.above(500);
      expect(result.memory.membersMegabytes).to.be.above(12 * 5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
