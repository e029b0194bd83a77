/**
 * The `aggregates` profile (policies/anonymise.ts) and how the WCO node adds a member's monthly
 * figures into the global statistics (node/global/aggregates.ts), without nodes.
 */
import { expect } from 'chai';
import { aggregateId, checkAggregate, type MonthAggregate } from '../../../policies/index.ts';
import { isUuidV7 } from '../../../protocol/ids.ts';
import { aggregateShare, withAggregates, type GlobalAggregate } from '../../../node/global/aggregates.ts';
import { factsOf, statsOf, StatsTable } from '../../../node/stats/index.ts';
import type { Case } from '../../../protocol/records.ts';

const PROFILE = { level: 'aggregates', version: 1 } as const;
const kg = (cases: number, quantity: number) => ({ cases, quantities: { kg: quantity }, valueUsd: 0 });

function march(): MonthAggregate {
  return {
    id: aggregateId('2026-03'),
    kind: 'aggregate',
    month: '2026-03',
    version: 12,
    all: {
      total: kg(3, 30),
      by: {
        itrArea: [{ key: 'drugs', ...kg(3, 30) }],
        commodity: [
          { key: 'cocaine', ...kg(2, 20) },
          { key: 'cannabis-herbal', ...kg(1, 10) },
        ],
        conveyanceMode: [
          { key: 'air-cargo', ...kg(1, 10) },
          { key: null, ...kg(2, 20) },
        ],
      },
    },
    areas: {
      drugs: {
        total: kg(3, 30),
        by: {
          commodity: [
            { key: 'cocaine', ...kg(2, 20) },
            { key: 'cannabis-herbal', ...kg(1, 10) },
          ],
          conveyanceMode: [
            { key: 'air-cargo', ...kg(1, 10) },
            { key: null, ...kg(2, 20) },
          ],
        },
      },
    },
  };
}

const held = (figures: MonthAggregate): GlobalAggregate => ({
  member: { nodeId: 'member', country: 'UG' },
  month: figures.month,
  version: figures.version,
  sha256: '0'.repeat(64),
  figures,
  agreementId: 'agreement',
  manifestId: 'manifest',
  receivedAt: '2026-04-01T00:00:00.000Z',
});

describe('the aggregates contribution profile', () => {
  it('names each month by a UUIDv7 of its first instant', () => {
    expect(aggregateId('2026-03')).to.satisfy(isUuidV7);
    expect(aggregateId('2026-03')).to.not.equal(aggregateId('2026-04'));
    expect(aggregateId('2026-03') < aggregateId('2026-04')).to.equal(true);
    expect(() => aggregateId('2026-13')).to.throw(RangeError);
  });

  it('accepts a month of codes and figures, and nothing more', () => {
    expect(checkAggregate(march(), PROFILE)).to.deep.equal({ ok: true, record: march() });
    const refused = (record: unknown) => {
      const result = checkAggregate(record, PROFILE);
      return result.ok ? 'accepted' : result.reason;
    };
    expect(refused({ ...march(), note: 'Driver Peter Otieno' })).to.equal('not-an-aggregate');
    const freeKey = march();
    freeKey.all.by.commodity![0]!.key = 'white powder in tea boxes';
    expect(refused(freeKey)).to.equal('not-an-aggregate');
    const negative = march();
    negative.all.total.cases = -1;
    expect(refused(negative)).to.equal('not-an-aggregate');
    expect(refused({ ...march(), id: aggregateId('2026-04') })).to.equal('not-an-aggregate');
    expect(checkAggregate(march(), { level: 'case-level', version: 1 })).to.include({
      reason: 'not-aggregates',
    });
    expect(checkAggregate(march(), { level: 'aggregates', version: 9 })).to.include({
      reason: 'unknown-profile',
    });
  });

  it('answers a query exactly when it can, puts what it does not carry under "not recorded", and leaves out what it cannot cross', () => {
    const month = held(march());
    const keys = (share: ReturnType<typeof aggregateShare>) =>
      share && [...share.buckets].map(([key, figures]) => [key, figures.cases]);
    expect(keys(aggregateShare(month, {}, 'commodity'))).to.deep.equal([
      ['cocaine', 2],
      ['cannabis-herbal', 1],
    ]);
    expect(keys(aggregateShare(month, { itrArea: 'drugs' }, 'conveyanceMode'))).to.deep.equal([
      ['air-cargo', 1],
      [null, 2],
    ]);
    expect(aggregateShare(month, { commodity: 'cocaine' }, undefined)?.total.cases).to.equal(2);
    expect(keys(aggregateShare(month, { commodity: 'cocaine' }, 'country'))).to.deep.equal([['UG', 2]]);
    expect(keys(aggregateShare(month, {}, 'offenceType'))).to.deep.equal([[null, 3]]);
    expect(keys(aggregateShare(month, { commodity: 'cocaine' }, 'conveyanceMode'))).to.deep.equal([
      [null, 2],
    ]);
    expect(aggregateShare(month, { country: 'KE' }, 'commodity')).to.equal(undefined);
    expect(aggregateShare(month, { commodity: 'cocaine', conveyanceMode: 'air-cargo' }, undefined)).to.equal(
      undefined,
    );
    expect(aggregateShare(month, { itrArea: 'revenue' }, undefined)).to.equal(undefined);
  });

  it("adds a month's figures into a case-level answer's cells, totals and trends", () => {
    const table = new StatsTable();
    const own = {
      id: '019a0000-0000-7000-8000-000000000001',
      seizureDate: '2026-04-03',
      createdAt: '2026-04-03T10:00:00.000Z',
      reportingCountry: 'KE',
      offenceTypes: [],
      offenders: [],
      items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 5, unit: 'kg' }],
    } as unknown as Case;
    table.put(factsOf(own));
    const query = {
      dimension: 'commodity' as const,
      period: 'month' as const,
      from: '2026-03-01',
      to: '2026-04-30',
    };
    const cases = statsOf(table, { ...query, top: 1000 }, { today: '2026-11-29' });
    const merged = withAggregates(cases, [held(march())], query, '2026-11-29');
    expect(merged.periods).to.deep.equal(['2026-03', '2026-04']);
    expect(merged.total.cases).to.equal(4);
    expect(merged.total.series.map((c) => c.cases)).to.deep.equal([3, 1]);
    expect(merged.total.series[1]!.trend.previous.cases).to.equal(3);
    expect(merged.buckets.map((b) => [b.key, b.cases, b.quantities])).to.deep.equal([
      ['cocaine', 3, { kg: 25 }],
      ['cannabis-herbal', 1, { kg: 10 }],
    ]);
    // Without `from` the periods start with the first that holds a case, or a month of figures.
    const open = { period: 'year' as const, to: '2026-04-30' };
    const sinceFirst = withAggregates(
      statsOf(table, open, { today: '2026-11-29' }),
      [held(march())],
      open,
      '2026-11-29',
    );
    expect(sinceFirst.periods).to.deep.equal(['2026']);
    expect(sinceFirst.total.series.map((c) => c.cases)).to.deep.equal([4]);
    const earlier = { ...march(), id: aggregateId('2025-12'), month: '2025-12' };
    const monthly = { period: 'month' as const, to: '2026-04-30' };
    const fromDecember = withAggregates(
      statsOf(table, monthly, { today: '2026-11-29' }),
      [held(earlier)],
      monthly,
      '2026-11-29',
    );
    expect(fromDecember.periods).to.deep.equal(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(fromDecember.total.series.map((c) => c.cases)).to.deep.equal([3, 0, 0, 0, 1]);
    // Free text finds no aggregate.
    expect(withAggregates(cases, [held(march())], { ...query, q: 'cocaine' }, '2026-11-29')).to.equal(cases);
  });
});
