/**
 * The WCO ingest benchmark at a small size: its sizes come from the environment (a smoke run of
 * the suite is small unless told), and a run has every member's cases stored on the WCO node,
 * each through a signed batch, with both figures and their ratio.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { contributeBenchSize, runContributeBench } from '../../bench/contribute.bench.ts';

describe('the WCO ingest benchmark', function () {
  this.timeout(120_000);

  it('reads its sizes from the environment', () => {
    expect(contributeBenchSize({})).to.deep.equal({ members: 185, casesPerMember: 1000 });
    expect(contributeBenchSize({ BENCH_CASES: '100000' })).to.deep.equal({
      members: 185,
      casesPerMember: 1000,
    });
    expect(contributeBenchSize({ BENCH_CASES: '1000' })).to.deep.equal({ members: 4, casesPerMember: 250 });
    expect(
      contributeBenchSize({ BENCH_CASES: '1000', BENCH_CONTRIB_MEMBERS: '12', BENCH_CONTRIB_CASES: '1_500' }),
    ).to.deep.equal({ members: 12, casesPerMember: 1500 });
    for (const bad of [
      { BENCH_CONTRIB_MEMBERS: '0' },
      { BENCH_CONTRIB_CASES: 'many' },
      { BENCH_CONTRIB_MEMBERS: '999' },
    ])
      expect(() => contributeBenchSize(bad), JSON.stringify(bad)).to.throw(RangeError);
  });

  it('stores every member’s cases on the WCO node and reports both figures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cen-bench-contribute-'));
    try {
      const result = await runContributeBench({ members: 3, casesPerMember: 120, dir });
      expect(result).to.deep.include({ members: 3, casesPerMember: 120, cases: 360 });
      expect(result.ingest.stored).to.equal(360);
      // One batch per member: 120 cases fit in one (500 at most).
      expect(result.ingest.batches).to.equal(3);
      expect(result.raw.recordsPerSecond).to.be.above(0);
      expect(result.ingest.casesPerSecond).to.be.above(0);
      expect(result.ingest.wcoCpuSeconds).to.be.above(0);
      expect(result.ingest.casesPerWcoCpuSecond).to.be.closeTo(360 / result.ingest.wcoCpuSeconds, 1e-6);
      expect(result.ratio).to.be.closeTo(result.ingest.casesPerSecond / result.raw.recordsPerSecond, 1e-9);
      expect(result.megabytes).to.be.above(0.05);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
