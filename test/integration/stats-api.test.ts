/**
 * `GET /api/v1/stats` and `/stats/quality` on a real node: an analyst gets the figures of cases an
 * officer has just entered (quantities per unit, values, trends), the officer is refused, bad
 * parameters are named, and `cen-node reindex` rebuilds the statistics database too.
 */
import { expect } from 'chai';
import { apiPaths, type QualityResponse, type StatsResponse } from '../../protocol/api.ts';
import type { CaseInput } from '../../protocol/records.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';

const TODAY = new Date().toISOString().slice(0, 10);
/** The first day of the month before this one, and of this one. */
const THIS_MONTH = `${TODAY.slice(0, 7)}-01`;
const LAST_MONTH = (() => {
  const date = new Date(`${THIS_MONTH}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
})();

function seizure(seizureDate: string, items: CaseInput['items'], extra: Partial<CaseInput> = {}): CaseInput {
  return { kind: 'seizure', form: 'simplified', status: 'draft', seizureDate, items, ...extra };
}

describe('statistics API', function () {
  this.timeout(60_000);
  let t: TestNode;
  let officer: ApiClient;
  let analyst: ApiClient;

  before(async () => {
    t = await startTestNode({ country: 'KE' });
    officer = await t.loginAs('officer');
    analyst = await t.loginAs('analyst');
    const cases = [
      seizure(LAST_MONTH, [
        { itrArea: 'drugs', commodity: 'cocaine', quantity: 2, unit: 'kg', valueUsd: 50_000 },
      ]),
      seizure(
        THIS_MONTH,
        [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 3.5, unit: 'kg', valueUsd: 80_000 }],
        {
          conveyance: { mode: 'air-passenger' },
          detection: { method: 'risk-profiling' },
          location: { type: 'airport' },
        },
      ),
      seizure(THIS_MONTH, [
        { itrArea: 'drugs', commodity: 'cocaine', quantity: 1, unit: 'kg' },
        { itrArea: 'drugs', commodity: 'tramadol', quantity: 5000, unit: 'tablets', valueUsd: 1_000 },
      ]),
      seizure(THIS_MONTH, [
        { itrArea: 'revenue', commodity: 'cigarettes', quantity: 20_000, unit: 'sticks' },
      ]),
    ];
    for (const input of cases) {
      const created = await officer.post(apiPaths.cases, input);
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
    }
  });

  after(async () => {
    await t?.close();
  });

  it('gives an analyst counts, quantities per unit, values and trends of the cases just entered', async () => {
    const response = await analyst.get<StatsResponse>(
      `${apiPaths.stats}?dimension=commodity&itrArea=drugs&from=${LAST_MONTH}`,
    );
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    const stats = response.body;
    expect(stats.periods).to.deep.equal([LAST_MONTH.slice(0, 7), THIS_MONTH.slice(0, 7)]);
    expect(stats.total.cases).to.equal(3);
    // Only drug items count: the cigarettes case is filtered out, the tramadol counted in tablets.
    expect(stats.total.quantities).to.deep.equal({ kg: 6.5, tablets: 5000 });
    expect(stats.total.valueUsd).to.equal(131_000);
    expect(stats.units).to.deep.equal(['kg', 'tablets']);
    const cocaine = stats.buckets.find((bucket) => bucket.key === 'cocaine')!;
    expect(cocaine.cases).to.equal(3);
    expect(cocaine.series.map((cell) => cell.cases)).to.deep.equal([1, 2]);
    expect(cocaine.series[1]!.quantities).to.deep.equal({ kg: 4.5 });
    // This month against last month: twice the cases, 125 % more kilograms.
    expect(cocaine.series[1]!.trend.percent.cases).to.equal(100);
    expect(cocaine.series[1]!.trend.percent.quantities.kg).to.equal(125);
    expect(cocaine.series[0]!.trend.percent.cases).to.equal(null); // nothing the month before
    expect(stats.buckets.find((bucket) => bucket.key === 'tramadol')?.cases).to.equal(1);
    expect(stats.previousSpan?.to).to.equal(
      new Date(Date.parse(LAST_MONTH) - 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('counts cases without a value as "not recorded", and totals without a dimension', async () => {
    const byMode = await analyst.get<StatsResponse>(`${apiPaths.stats}?dimension=conveyanceMode&period=year`);
    expect(byMode.status).to.equal(200);
    expect(byMode.body.buckets.map((bucket) => [bucket.key, bucket.cases])).to.deep.equal([
      [null, 3],
      ['air-passenger', 1],
    ]);
    const totals = await analyst.get<StatsResponse>(apiPaths.stats);
    expect(totals.body.dimension).to.equal(null);
    expect(totals.body.buckets).to.deep.equal([]);
    expect(totals.body.total.cases).to.equal(4);
    expect(totals.body.total.quantities).to.deep.equal({ kg: 6.5, sticks: 20_000, tablets: 5000 });
  });

  it('gives the data-quality view: completeness of key fields and delay of entry', async () => {
    const response = await analyst.get<QualityResponse>(`${apiPaths.statsQuality}?from=${LAST_MONTH}`);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    const { total, months } = response.body;
    expect(total.cases).to.equal(4);
    expect(total.completeness.conveyance).to.deep.equal({ complete: 1, share: 0.25 });
    expect(total.completeness.quantity).to.deep.equal({ complete: 4, share: 1 });
    expect(total.completeness.value).to.deep.equal({ complete: 2, share: 0.5 });
    expect(months.map((month) => [month.month, month.cases])).to.deep.equal([
      [LAST_MONTH.slice(0, 7), 1],
      [THIS_MONTH.slice(0, 7), 3],
    ]);
    const delay = Math.round((Date.parse(TODAY) - Date.parse(LAST_MONTH)) / 86_400_000);
    expect(months[0]!.timeliness.medianDays).to.equal(delay);
    expect(total.timeliness.p90Days).to.equal(delay);
    expect(response.body.targetDays).to.equal(30);
  });

  it('refuses an officer, and names unknown dimensions, codes and parameters', async () => {
    const refused = await officer.get<{ error: { code: string } }>(apiPaths.stats);
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('forbidden');
    expect((await officer.get(apiPaths.statsQuality)).status).to.equal(403);

    const bad = await analyst.get<{ error: { code: string; details: { path: string; rule: string }[] } }>(
      `${apiPaths.stats}?dimension=colour&commodity=gold-bars&cursor=x&top=0&from=2026-02-30`,
    );
    expect(bad.status).to.equal(400);
    expect(bad.body.error.code).to.equal('validation_failed');
    expect(bad.body.error.details.map((issue) => issue.path).sort()).to.deep.equal(
      ['commodity', 'cursor', 'dimension', 'from', 'top'].sort(),
    );
    const reversed = await analyst.get<{ error: { details: { rule: string }[] } }>(
      `${apiPaths.statsQuality}?from=2026-02-01&to=2026-01-01`,
    );
    expect(reversed.status).to.equal(400);
    expect(reversed.body.error.details[0]!.rule).to.equal('date-range');
  });

  it('rebuilds the statistics database with the full-text index (cen-node reindex)', async () => {
    const before = await analyst.get<StatsResponse>(`${apiPaths.stats}?dimension=itrArea`);
    expect(await t.node.services.maintenance.reindex()).to.deep.equal({ cases: 4, statistics: { cases: 4 } });
    const after = await analyst.get<StatsResponse>(`${apiPaths.stats}?dimension=itrArea`);
    expect(after.body).to.deep.equal(before.body);
  });
});
