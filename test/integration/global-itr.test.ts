/**
 * The ITR tables and data quality per member on a real WCO node: `GET /global/itr` and
 * `/global/itr.xlsx` and `/global/quality` for the WCO's analyst, and `cen-node global itr`
 * reproducing the same files byte for byte, through the running node and offline.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  apiPaths,
  type GlobalQualityResponse,
  type GlobalStatsResponse,
  type ItrResponse,
} from '../../protocol/api.ts';
import type { RecordStore } from '../../node/store/records.ts';
import { cenNode } from '../helpers/cli.ts';
import {
  GLOBAL_TEST_MEMBERS,
  globalContributions,
  storeContributions,
} from '../helpers/global-stats-fixtures.ts';
import { startTestNode, type TestNode } from '../helpers/node.ts';

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('ITR tables on the WCO node', function () {
  this.timeout(120_000);
  let wco: TestNode;
  const entries = globalContributions();

  before(async () => {
    wco = await startTestNode({ role: 'wco', name: 'WCO' });
    const global = wco.node.global!.store;
    // The node's own store holds the global namespaces: write there as a contribution batch would.
    const { kv } = wco.node.services.store as RecordStore;
    await storeContributions(global, (ops) => kv.batch(ops), entries);
  });
  after(async () => {
    await wco?.close();
  });

  it('answers the tables and the workbook to the WCO analyst, released through disclosure control', async () => {
    const analyst = await wco.loginAs('wco-analyst');
    const json = await analyst.get<ItrResponse>(`${apiPaths.globalItr}?year=2025`);
    expect(json.status).to.equal(200);
    expect(json.body).to.include({ from: 2025, to: 2025, minCell: 3 });
    const in2025 = entries.filter((e) =>
      (e.record as { seizureDate: string }).seizureDate.startsWith('2025'),
    );
    expect(json.body.cases).to.equal(in2025.length);
    const byCountry = json.body.tables.find((t) => t.id === 'areas-by-country')!;
    expect(byCountry.columns.keys).to.deep.equal(['BE', 'KE', 'TZ']);
    for (const f of byCountry.cells.flat())
      expect(f.suppressed || f.cases === 0 || f.cases! >= 3).to.equal(true);
    // TZ reported 2 cases in 2025: its column total is hidden.
    expect(byCountry.columnTotals[2]).to.deep.include({ cases: null, suppressed: true });

    const refused = await analyst.get(`${apiPaths.globalItr}?year=2025&from=2024`);
    expect(refused.status).to.equal(400);

    const xlsx = await fetch(`${wco.apiUrl}${apiPaths.globalItrXlsx}?year=2025`, {
      headers: { cookie: analyst.cookie! },
    });
    expect(xlsx.status).to.equal(200);
    expect(xlsx.headers.get('content-disposition')).to.contain('itr-2025.xlsx');
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).to.equal('PK');

    // The global statistics the WCO node releases (the same function members reach through the
    // global protocol): Tanzania's years hidden, its total shown.
    const stats = await analyst.get<GlobalStatsResponse>(
      `${apiPaths.globalStats}?dimension=country&period=year&from=2024-01-01&to=2025-12-31`,
    );
    expect(stats.status, JSON.stringify(stats.body)).to.equal(200);
    expect(stats.body.minCell).to.equal(3);
    const tz = stats.body.buckets.find((b) => b.key === 'TZ')!;
    expect(tz.series.map((cell) => cell.cases)).to.deep.equal([null, null]);
    expect(tz.cases).to.equal(5);

    const quality = await analyst.get<GlobalQualityResponse>(apiPaths.globalQuality);
    expect(quality.status).to.equal(200);
    expect(quality.body.items.map((m) => [m.country, m.quality.cases])).to.deep.equal(
      GLOBAL_TEST_MEMBERS.map((m) => [m.country, m.cases]).sort(([a], [b]) =>
        String(a).localeCompare(String(b)),
      ),
    );
  });

  it('cen-node global itr writes the same files through the running node and offline', async () => {
    const dir = (name: string) => join(wco.dataDir, '..', name);
    const run = async (out: string) => {
      const result = await cenNode([
        'global',
        'itr',
        '--data',
        wco.dataDir,
        '--year',
        '2025',
        '--out',
        dir(out),
      ]);
      expect(result.code, result.stderr).to.equal(0);
      return result.stdout;
    };
    const first = await run('itr-a');
    expect(first).to.contain('through the running node');
    expect(first).to.contain('itr-2025.xlsx');
    await run('itr-b');
    const quality = await cenNode(['global', 'quality', '--data', wco.dataDir]);
    expect(quality.code, quality.stderr).to.equal(0);
    expect(quality.stdout).to.match(/^TZ\s+5\s/m);

    await wco.node.close();
    const offline = await run('itr-c');
    expect(offline).to.contain('offline');
    const files = ['itr-2025.xlsx', 'csv/areas-by-country.csv', 'csv/drugs-commodity-by-country.csv'];
    for (const file of files) {
      const want = await sha256(join(dir('itr-a'), file));
      expect(await sha256(join(dir('itr-b'), file)), file).to.equal(want);
      expect(await sha256(join(dir('itr-c'), file)), file).to.equal(want);
    }
  });
});
