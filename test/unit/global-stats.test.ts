/**
 * Released figures of the global CEN: statistics, ITR tables and data quality per member, over
 * a global store filled with anonymised contributions of three members of very different sizes.
 * Every released figure is compared with a count made here by brute force over the stored cases;
 * no released figure counts 1..minCell-1 cases; hidden figures carry no number at all; the ITR
 * files are byte-identical on a second run.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { ItrTable, ReleasedFigures } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import {
  buildGlobalTable,
  globalQuality,
  globalStatistics,
  globalStatisticsOf,
  GlobalStore,
  itrTablesOf,
  writeItrFiles,
  type GlobalEntry,
} from '../../node/global/index.ts';
import { parseConfig } from '../../node/config.ts';
import { ConfigError, ValidationError } from '../../node/errors.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import {
  GLOBAL_TEST_MEMBERS,
  globalContributions,
  storeContributions,
} from '../helpers/global-stats-fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';

const MEMBERS = GLOBAL_TEST_MEMBERS;
const MIN_CELL = 3;
const TODAY = '2026-06-30';

const caseOf = (e: GlobalEntry) => e.record as unknown as Case;

/** Asserts a released figure: either hidden with no number, or the true count and never a small one. */
function expectReleased(f: ReleasedFigures, truth: number, what: string): void {
  if (f.suppressed) {
    expect(f, what).to.deep.include({ cases: null, quantities: null, valueUsd: null });
    return;
  }
  expect(f.cases, what).to.equal(truth);
  expect(truth === 0 || truth >= MIN_CELL, `${what}: released ${truth}`).to.equal(true);
}

describe('the smallest released count (config minCellCount)', () => {
  const wco = { configVersion: 1, name: 'WCO', role: 'wco' };
  it('is 3 unless the configuration says otherwise', () => {
    expect(parseConfig(wco, {}, '/data/wco').minCellCount).to.equal(3);
    expect(parseConfig({ ...wco, minCellCount: 5 }, {}, '/data/wco').minCellCount).to.equal(5);
  });
  it('refuses a count that would release single cases', () => {
    expect(() => parseConfig({ ...wco, minCellCount: 1 }, {}, '/data/wco')).to.throw(
      ConfigError,
      /minCellCount/,
    );
    expect(() => parseConfig({ ...wco, minCellCount: 2.5 }, {}, '/data/wco')).to.throw(
      ConfigError,
      /minCellCount/,
    );
  });
});

describe('released figures of the global CEN', () => {
  let dir: { path: string; remove(): Promise<void> };
  let kv: MemoryKv;
  let store: GlobalStore;
  const entries = globalContributions();

  before(async () => {
    dir = await makeTempDir('cen-global-stats-');
    kv = new MemoryKv();
    store = await GlobalStore.open({ kv, indexPath: join(dir.path, 'global.sqlite') });
    await storeContributions(store, (ops) => kv.batch(ops), entries);
  });
  after(async () => {
    await store.close();
    await dir.remove();
  });

  describe('statistics', () => {
    it('by reporting country and year: true counts where released, small ones hidden, totals shown', async () => {
      const answer = await globalStatistics(
        store,
        { dimension: 'country', period: 'year', from: '2024-01-01', to: '2025-12-31' },
        { minCell: MIN_CELL, today: TODAY },
      );
      expect(answer.minCell).to.equal(MIN_CELL);
      expect(answer.periods).to.deep.equal(['2024', '2025']);
      expect(answer.total.cases).to.equal(entries.length);
      const byCountry = new Map(answer.buckets.map((b) => [b.key, b]));
      expect([...byCountry.keys()].sort()).to.deep.equal(['BE', 'KE', 'TZ']);
      for (const member of MEMBERS) {
        const bucket = byCountry.get(member.country)!;
        const mine = entries.filter((e) => caseOf(e).reportingCountry === member.country);
        expectReleased(bucket, mine.length, member.country);
        answer.periods.forEach((year, p) =>
          expectReleased(
            bucket.series[p]!,
            mine.filter((e) => caseOf(e).seizureDate.startsWith(year)).length,
            `${member.country} ${year}`,
          ),
        );
      }
      // TZ's 2 cases of 2025 are hidden, and so is its 2024 (which its total would give away).
      const tz = byCountry.get('TZ')!;
      expect(tz.series.map((cell) => cell.suppressed)).to.deep.equal([true, true]);
      expect(tz.cases).to.equal(5);
      expect(answer.suppressed).to.be.greaterThan(2);
      // A hidden cell's trend is hidden, and so is the trend of the cell after it.
      tz.series.forEach((cell, p) => {
        if (cell.suppressed || (p > 0 && tz.series[p - 1]!.suppressed)) expect(cell.trend).to.equal(null);
      });
    });

    it('by commodity: buckets with small totals are hidden, listed after the shown ones', async () => {
      const answer = await globalStatistics(
        store,
        { dimension: 'commodity', period: 'year' },
        { minCell: 10, today: TODAY },
      );
      const firstHidden = answer.buckets.findIndex((b) => b.suppressed);
      if (firstHidden >= 0)
        expect(answer.buckets.slice(firstHidden).every((b) => b.suppressed)).to.equal(true);
      for (const bucket of answer.buckets) {
        const truth = entries.filter((e) => caseOf(e).items.some((i) => i.commodity === bucket.key)).length;
        if (!bucket.suppressed) {
          expect(bucket.cases).to.equal(truth);
          expect(truth).to.be.at.least(10);
        }
        for (const cell of bucket.series)
          if (!cell.suppressed) expect(cell.cases).to.be.oneOf([0, ...range(10, 1000)]);
      }
    });

    it('checks a raw query string as the global protocol hands it over', async () => {
      const statistics = globalStatisticsOf(store, { minCell: MIN_CELL, today: TODAY });
      const answer = await statistics({ dimension: 'country', period: 'year', top: '2' });
      expect(answer.buckets).to.have.length(2);
      expect(answer.bucketsOmitted).to.equal(1);
      try {
        await statistics({ dimension: 'shoeSize' });
        expect.fail('an unknown dimension was accepted');
      } catch (err) {
        expect(err).to.be.instanceOf(ValidationError);
      }
    });
  });

  describe('ITR tables', () => {
    it('every table: released cells are true counts, never small; hidden cells carry no number', async () => {
      const report = itrTablesOf(await buildGlobalTable(store), { from: 2024, to: 2025, minCell: MIN_CELL });
      expect(report.cases).to.equal(entries.length);
      expect(report.tables.map((t) => t.id)).to.include.members([
        'areas-by-country',
        'areas-by-year',
        'drugs-commodity-by-country',
        'revenue-conveyance-by-country',
        'drugs-origin-by-destination',
      ]);
      for (const t of report.tables) {
        for (const f of [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total]) {
          if (f.suppressed) expect(f).to.deep.include({ cases: null, quantities: null, valueUsd: null });
          else expect(f.cases === 0 || f.cases! >= MIN_CELL, `${t.id}: ${f.cases}`).to.equal(true);
        }
      }
      const byCountry = report.tables.find((t) => t.id === 'drugs-commodity-by-country')!;
      const truth = (commodity: string | null, country: string | null) =>
        entries.filter(
          (e) =>
            (country === null || caseOf(e).reportingCountry === country) &&
            caseOf(e).items.some(
              (i) => i.itrArea === 'drugs' && (commodity === null || i.commodity === commodity),
            ),
        ).length;
      expectTable(byCountry, truth);
      // TZ's few drug seizures cannot all be shown.
      const tz = byCountry.columns.keys.indexOf('TZ');
      expect(tz).to.be.at.least(0);
      expect(byCountry.cells.some((row) => row[tz]!.suppressed)).to.equal(true);
    });

    it('writes the same bytes twice: one workbook and a CSV per table', async () => {
      const report = itrTablesOf(await buildGlobalTable(store), { from: 2025, to: 2025, minCell: MIN_CELL });
      const first = await writeItrFiles(report, join(dir.path, 'itr-a'));
      // A second run over the same data, later: a new table, a new report.
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const again = itrTablesOf(await buildGlobalTable(store), { from: 2025, to: 2025, minCell: MIN_CELL });
      const second = await writeItrFiles(again, join(dir.path, 'itr-b'));
      expect(first.map((f) => f.replace('itr-a', ''))).to.deep.equal(
        second.map((f) => f.replace('itr-b', '')),
      );
      for (const [i, file] of first.entries())
        expect(await sha256(file), file).to.equal(await sha256(second[i]!));
      expect(await readdir(join(dir.path, 'itr-a', 'csv'))).to.have.length(report.tables.length);

      // The workbook reads back: a sheet per table, the hidden cells marked, never a number.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(first[0]!);
      expect(workbook.worksheets.map((s) => s.name)).to.deep.equal([
        'about',
        ...report.tables.map((t) => t.id),
      ]);
      const sheet = workbook.getWorksheet('drugs-commodity-by-country')!;
      const values = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
      const table = report.tables.find((t) => t.id === 'drugs-commodity-by-country')!;
      if (table.cells.flat().some((f) => f.suppressed)) expect(values).to.include('x');
      const csv = await readFile(join(dir.path, 'itr-a', 'csv', 'areas-by-country.csv'), 'utf8');
      expect(csv.split('\n')[0]).to.match(/^row,row_label,column,column_label,cases,value_usd/);
    });
  });

  describe('data quality per member', () => {
    it('counts each member its cases and how late they arrived', async () => {
      const answer = await globalQuality(store, { from: '2024-01-01', to: '2025-12-31' }, { today: TODAY });
      expect(answer.items.map((m) => m.country).sort()).to.deep.equal(['BE', 'KE', 'TZ']);
      for (const member of MEMBERS) {
        const item = answer.items.find((m) => m.country === member.country)!;
        expect(item.quality.cases).to.equal(member.cases);
        expect(item.arrival.medianDays).to.equal(member.arrivalDays);
        expect(item.quality.completeness.route.share).to.equal(1);
      }
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** Every released cell and total of a table against `truth(row key, column key)` (null: all). */
function expectTable(t: ItrTable, truth: (row: string | null, column: string | null) => number): void {
  t.rows.keys.forEach((r, i) => {
    t.columns.keys.forEach((c, j) => expectReleased(t.cells[i]![j]!, truth(r, c), `${t.id} ${r}×${c}`));
    expectReleased(t.rowTotals[i]!, truth(r, null), `${t.id} ${r} total`);
  });
  t.columns.keys.forEach((c, j) => expectReleased(t.columnTotals[j]!, truth(null, c), `${t.id} total×${c}`));
  expectReleased(t.total, truth(null, null), `${t.id} total`);
}
