/**
 * Illicit-Trade-Report-style tables from the global CEN, for a year or a range of years: cases,
 * quantities (per unit) and values by ITR area, commodity, year, reporting country, route
 * (origin × destination), conveyance mode, detection method and concealment, each a two-way
 * cross-tabulation released through disclosure control (policies/disclosure.ts). The figures
 * come from the national statistics table (node/stats) built over the global cases, with the
 * same filters and the same reading of items; a case with several values on one axis (two
 * commodities) counts in each cell it belongs to and once in every total.
 *
 * `writeItrFiles` writes one XLSX workbook (a sheet per table) and one CSV per table. The
 * output is byte-identical for the same data: rows and columns sorted by code, the workbook's
 * dates fixed to the last day of the range, and every zip entry's time stamp fixed.
 *
 * @example
 *   const report = itrTablesOf(await globalTableOf(store), { from: 2025, to: 2025, minCell: 3 });
 *   await writeItrFiles(report, '/tmp/itr-2025'); // itr-2025.xlsx, csv/areas-by-country.csv, …
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DEFAULT_MIN_CELL, suppress } from '../../policies/disclosure.ts';
import {
  STATS_DIMENSIONS,
  type ItrAxis,
  type ItrResponse,
  type ItrTable,
  type ReleasedFigures,
} from '../../protocol/api.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { dayNumber } from '../stats/rows.ts';
import { compareUnits, forEachMatch, itemQualifies, matcherOf } from '../stats/query.ts';
import { placeOf } from '../stats/rows.ts';
import { NONE, VALUE_DIMENSION, type StatsTable } from '../stats/table.ts';
import type { AggregateDimension, AggregateFigures } from '../../policies/index.ts';
import { aggregatesOf, type GlobalAggregate } from './aggregates.ts';

export interface ItrOptions {
  /** First and last year of seizure. */
  from: number;
  to: number;
  minCell?: number;
}

/** What a released cell shows in files: statistical offices' usual mark for a hidden figure. */
export const SUPPRESSED_MARK = 'x';

const AREA_SHORT: Readonly<Record<string, string>> = {
  drugs: 'drugs',
  environment: 'env',
  'ipr-health-safety': 'ipr',
  revenue: 'revenue',
  security: 'security',
  'cultural-heritage': 'heritage',
  'money-laundering': 'aml',
};

const AXIS_SHORT: Readonly<Record<ItrAxis, string>> = {
  itrArea: 'areas',
  commodity: 'commodity',
  country: 'country',
  year: 'year',
  conveyanceMode: 'conveyance',
  detectionMethod: 'detection',
  concealmentMethod: 'concealment',
  routeOrigin: 'origin',
  routeDestination: 'destination',
  routeCountry: 'route',
  routeDeparture: 'departure',
  routeTransit: 'transit',
  status: 'status',
  kind: 'kind',
  direction: 'direction',
  offenceType: 'offence',
  locationType: 'location',
  offenderNationality: 'nationality',
};

const AXIS_TITLE: Readonly<Partial<Record<ItrAxis, string>>> = {
  itrArea: 'ITR area',
  commodity: 'commodity',
  country: 'reporting country',
  year: 'year',
  conveyanceMode: 'conveyance mode',
  detectionMethod: 'detection method',
  concealmentMethod: 'concealment method',
  routeOrigin: 'origin',
  routeDestination: 'destination',
};

/** The tables of every ITR area: rows × columns. */
const PER_AREA: readonly [ItrAxis, ItrAxis][] = [
  ['commodity', 'country'],
  ['commodity', 'year'],
  ['conveyanceMode', 'country'],
  ['detectionMethod', 'country'],
  ['concealmentMethod', 'country'],
  ['routeOrigin', 'routeDestination'],
];

/** A figure being added up. */
class Sum {
  cases = 0;
  valueUsd = 0;
  readonly quantities = new Map<number, number>();
}

/** One case's keys on an axis, each with the items that belong to it. */
interface Group {
  key: number;
  items: readonly number[];
}

/** Reads a case's keys on an axis from the statistics table. */
function axisReader(
  table: StatsTable,
  axis: ItrAxis,
): { item: Int32Array | undefined; groups: (slot: number, counted: readonly number[]) => Group[] } {
  if (axis === 'year')
    return { item: undefined, groups: (slot, counted) => [{ key: table.year[slot]!, items: counted }] };
  const place = placeOf(axis);
  if (place.table === 'items') {
    const column = place.column === 'itrArea' ? table.itemArea : table.itemCommodity;
    return {
      item: column,
      groups: (_slot, counted) => {
        const groups: { key: number; items: number[] }[] = [];
        for (const i of counted) {
          const key = column[i]!;
          const group = groups.find((g) => g.key === key);
          if (group) group.items.push(i);
          else groups.push({ key, items: [i] });
        }
        return groups.length > 0 ? groups : [{ key: NONE, items: [] }];
      },
    };
  }
  if (place.table === 'cases') {
    const column = table.columns[place.column];
    return { item: undefined, groups: (slot, counted) => [{ key: column[slot]!, items: counted }] };
  }
  const dimension = VALUE_DIMENSION[place.dimension];
  return {
    item: undefined,
    groups: (slot, counted) => {
      const groups: Group[] = [];
      const end = table.valueStart[slot]! + table.valueCount[slot]!;
      for (let v = table.valueStart[slot]!; v < end; v++)
        if (table.valueDimension[v] === dimension) groups.push({ key: table.valueCode[v]!, items: counted });
      return groups.length > 0 ? groups : [{ key: NONE, items: [] }];
    },
  };
}

/** Sums of one cross-tabulation: cells, row and column totals, grand total. */
interface CrossTab {
  cells: Map<number, Map<number, Sum>>;
  rows: Map<number, Sum>;
  columns: Map<number, Sum>;
  total: Sum;
}

function add(table: StatsTable, sum: Sum, items: readonly number[]): void {
  sum.cases++;
  for (const i of items) {
    const value = table.itemValue[i]!;
    if (!Number.isNaN(value)) sum.valueUsd += value;
    const unit = table.itemUnit[i]!;
    const quantity = table.itemQuantity[i]!;
    if (unit !== NONE && !Number.isNaN(quantity))
      sum.quantities.set(unit, (sum.quantities.get(unit) ?? 0) + quantity);
  }
}

const sumIn = <K>(map: Map<K, Sum>, key: K): Sum => {
  let sum = map.get(key);
  if (sum === undefined) map.set(key, (sum = new Sum()));
  return sum;
};

/** One pass over the matching cases adding each into its cells and totals. */
function crossTab(
  table: StatsTable,
  itrArea: string | null,
  rows: ItrAxis,
  columns: ItrAxis,
  from: number,
  to: number,
): CrossTab {
  const matcher = matcherOf(table, itrArea === null ? {} : { itrArea });
  const rowReader = axisReader(table, rows);
  const columnReader = axisReader(table, columns);
  const both = rowReader.item !== undefined && columnReader.item !== undefined;
  const tab: CrossTab = { cells: new Map(), rows: new Map(), columns: new Map(), total: new Sum() };
  const counted: number[] = [];
  const pairs = new Set<number>();
  forEachMatch(table, matcher, dayNumber(`${from}-01-01`), dayNumber(`${to}-12-31`), (slot) => {
    counted.length = 0;
    const start = table.itemStart[slot]!;
    const end = start + table.itemCount[slot]!;
    for (let i = start; i < end; i++) if (itemQualifies(table, matcher, i)) counted.push(i);
    add(table, tab.total, counted);
    const rowGroups = rowReader.groups(slot, counted);
    const columnGroups = columnReader.groups(slot, counted);
    for (const g of rowGroups) add(table, sumIn(tab.rows, g.key), g.items);
    for (const g of columnGroups) add(table, sumIn(tab.columns, g.key), g.items);
    if (both) {
      // Two item axes (area × commodity): an item belongs to the cell of its own two codes.
      pairs.clear();
      for (const i of counted) pairs.add(rowReader.item![i]! * 1_000_000 + columnReader.item![i]!);
      if (counted.length === 0) pairs.add(NONE);
      for (const pair of pairs) {
        const r = Math.floor(pair / 1_000_000);
        const c = pair % 1_000_000;
        const items = counted.filter((i) => rowReader.item![i] === r && columnReader.item![i] === c);
        add(table, sumIn(sumIn2(tab.cells, r), c), items);
      }
      return;
    }
    for (const rg of rowGroups)
      for (const cg of columnGroups) {
        const items =
          rowReader.item !== undefined ? rg.items : columnReader.item !== undefined ? cg.items : counted;
        add(table, sumIn(sumIn2(tab.cells, rg.key), cg.key), items);
      }
  });
  return tab;
}

function addFigures(table: StatsTable, sum: Sum, figures: AggregateFigures): void {
  sum.cases += figures.cases;
  sum.valueUsd += figures.valueUsd;
  for (const [unit, quantity] of Object.entries(figures.quantities)) {
    const code = table.codeOf(unit);
    sum.quantities.set(code, (sum.quantities.get(code) ?? 0) + quantity);
  }
}

/**
 * Adds the members' monthly aggregates of the years into a cross-tabulation (aggregates.ts): an
 * axis is the month's year, the member's country, or a dimension the aggregate carries (within
 * the table's ITR area); one it does not carry holds its cases under "not recorded", and so do
 * both axes when each is a carried dimension, since an aggregate crosses none with another.
 */
function addAggregates(
  table: StatsTable,
  tab: CrossTab,
  aggregates: readonly GlobalAggregate[],
  itrArea: string | null,
  rows: ItrAxis,
  columns: ItrAxis,
  from: number,
  to: number,
): void {
  for (const held of aggregates) {
    const year = Number(held.month.slice(0, 4));
    if (year < from || year > to) continue;
    const base = itrArea === null ? held.figures.all : held.figures.areas[itrArea];
    if (!base || base.total.cases === 0) continue;
    const groupsOf = (axis: ItrAxis): { key: number; figures: AggregateFigures }[] | undefined => {
      if (axis === 'year') return [{ key: year, figures: base.total }];
      if (axis === 'country') return [{ key: table.codeOf(held.member.country), figures: base.total }];
      const cells = base.by[axis as AggregateDimension];
      return cells?.map((cell) => ({ key: table.codeOf(cell.key), figures: cell }));
    };
    let rowGroups = groupsOf(rows);
    let columnGroups = groupsOf(columns);
    const constant = (axis: ItrAxis) => axis === 'year' || axis === 'country';
    if (!constant(rows) && !constant(columns)) {
      rowGroups = undefined;
      columnGroups = undefined;
    }
    const notRecorded = [{ key: NONE, figures: base.total }];
    const r = rowGroups ?? notRecorded;
    const c = columnGroups ?? notRecorded;
    addFigures(table, tab.total, base.total);
    for (const g of r) addFigures(table, sumIn(tab.rows, g.key), g.figures);
    for (const g of c) addFigures(table, sumIn(tab.columns, g.key), g.figures);
    // One side is a single group (the year, the country or "not recorded"): the cells are the other side's.
    const cells =
      r.length === 1
        ? c.map((g) => ({ r: r[0]!.key, c: g.key, figures: g.figures }))
        : r.map((g) => ({ r: g.key, c: c[0]!.key, figures: g.figures }));
    for (const cell of cells) addFigures(table, sumIn(sumIn2(tab.cells, cell.r), cell.c), cell.figures);
  }
}

function sumIn2(map: Map<number, Map<number, Sum>>, key: number): Map<number, Sum> {
  let inner = map.get(key);
  if (inner === undefined) map.set(key, (inner = new Map<number, Sum>()));
  return inner;
}

const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;

function figuresOf(table: StatsTable, sum: Sum | undefined, hidden: boolean): ReleasedFigures {
  if (hidden) return { cases: null, quantities: null, valueUsd: null, suppressed: true };
  const quantities: [string, number][] = [];
  for (const [unit, quantity] of sum?.quantities ?? [])
    quantities.push([table.nameOf(unit)!, tidy(quantity)]);
  quantities.sort(([a], [b]) => compareUnits(a, b));
  return {
    cases: sum?.cases ?? 0,
    quantities: Object.fromEntries(quantities),
    valueUsd: tidy(sum?.valueUsd ?? 0),
    suppressed: false,
  };
}

/** Keys in code order, "not recorded" last; years in order. */
function sortedKeys(table: StatsTable, axis: ItrAxis, keys: Iterable<number>): number[] {
  const name = (k: number) => (axis === 'year' ? String(k) : table.nameOf(k));
  return [...keys].sort((a, b) => {
    const na = name(a);
    const nb = name(b);
    return na === nb ? 0 : na === null ? 1 : nb === null ? -1 : na < nb ? -1 : 1;
  });
}

function releasedTable(
  table: StatsTable,
  tab: CrossTab,
  spec: { id: string; title: string; itrArea: string | null; rows: ItrAxis; columns: ItrAxis },
  minCell: number,
): ItrTable {
  const rowKeys = sortedKeys(table, spec.rows, tab.rows.keys());
  const columnKeys = sortedKeys(table, spec.columns, tab.columns.keys());
  const keyName = (axis: ItrAxis, k: number) => (axis === 'year' ? String(k) : table.nameOf(k));
  let pattern = {
    cells: [] as boolean[][],
    rowTotals: [] as boolean[],
    columnTotals: [] as boolean[],
    grandTotal: false,
  };
  if (rowKeys.length > 0 && columnKeys.length > 0) {
    pattern = suppress(
      {
        cells: rowKeys.map((r) => columnKeys.map((c) => tab.cells.get(r)?.get(c)?.cases ?? 0)),
        rowTotals: rowKeys.map((r) => tab.rows.get(r)!.cases),
        columnTotals: columnKeys.map((c) => tab.columns.get(c)!.cases),
        grandTotal: tab.total.cases,
      },
      { minCell },
    );
  } else pattern.grandTotal = tab.total.cases > 0 && tab.total.cases < minCell;
  const cells = rowKeys.map((r, i) =>
    columnKeys.map((c, j) => figuresOf(table, tab.cells.get(r)?.get(c), pattern.cells[i]![j]!)),
  );
  const rowTotals = rowKeys.map((r, i) => figuresOf(table, tab.rows.get(r), pattern.rowTotals[i]!));
  const columnTotals = columnKeys.map((c, j) =>
    figuresOf(table, tab.columns.get(c), pattern.columnTotals[j]!),
  );
  const total = figuresOf(table, tab.total, pattern.grandTotal);
  const units = new Set<string>();
  for (const f of [...cells.flat(), ...rowTotals, ...columnTotals, total])
    for (const unit of Object.keys(f.quantities ?? {})) units.add(unit);
  return {
    id: spec.id,
    title: spec.title,
    itrArea: spec.itrArea,
    rows: { axis: spec.rows, keys: rowKeys.map((k) => keyName(spec.rows, k)) },
    columns: { axis: spec.columns, keys: columnKeys.map((k) => keyName(spec.columns, k)) },
    cells,
    rowTotals,
    columnTotals,
    total,
    units: [...units].sort(compareUnits),
  };
}

const years = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

/** Every ITR table of the years `from`..`to`, from a statistics table of the global cases. */
export function itrTablesOf(table: StatsTable, options: ItrOptions): ItrResponse {
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  const { from, to } = options;
  const specs: { id: string; title: string; itrArea: string | null; rows: ItrAxis; columns: ItrAxis }[] = [
    {
      id: 'areas-by-country',
      title: `Cases by ITR area and reporting country, ${years(from, to)}`,
      itrArea: null,
      rows: 'itrArea',
      columns: 'country',
    },
    {
      id: 'areas-by-year',
      title: `Cases by ITR area and year, ${years(from, to)}`,
      itrArea: null,
      rows: 'itrArea',
      columns: 'year',
    },
  ];
  for (const area of vocabularies.itrArea.codes) {
    const label = vocabularies.itrArea.label(area, 'en');
    for (const [rows, columns] of PER_AREA)
      specs.push({
        id: `${AREA_SHORT[area] ?? area}-${AXIS_SHORT[rows]}-by-${AXIS_SHORT[columns]}`,
        title: `${label}: cases by ${AXIS_TITLE[rows] ?? rows} and ${AXIS_TITLE[columns] ?? columns}, ${years(from, to)}`,
        itrArea: area,
        rows,
        columns,
      });
  }
  const aggregates = aggregatesOf(table);
  const tables = specs.map((spec) => {
    const tab = crossTab(table, spec.itrArea, spec.rows, spec.columns, from, to);
    addAggregates(table, tab, aggregates, spec.itrArea, spec.rows, spec.columns, from, to);
    return releasedTable(table, tab, spec, minCell);
  });
  const all = tables[0]!;
  return { from, to, minCell, cases: all.total.suppressed ? 0 : (all.total.cases ?? 0), tables };
}

// --- files

/** An axis key's English label (the code itself when the vocabulary does not know it). */
function labelOf(axis: ItrAxis, key: string | null): string {
  if (key === null) return 'not recorded';
  if (axis === 'year') return key;
  const vocabulary = vocabularies[STATS_DIMENSIONS[axis]];
  return vocabulary.label(key, 'en');
}

const shown = (value: number | null | undefined): number | string =>
  value === null || value === undefined ? SUPPRESSED_MARK : value;

/** The figure a block of the sheet shows: cases, the value, or one unit's quantity. */
type Measure = { name: string; of: (f: ReleasedFigures) => number | string };

function measuresOf(t: ItrTable): Measure[] {
  return [
    { name: 'cases', of: (f) => shown(f.cases) },
    ...t.units.map((unit) => ({
      name: `quantity (${unit})`,
      of: (f: ReleasedFigures) => (f.suppressed ? SUPPRESSED_MARK : (f.quantities?.[unit] ?? 0)),
    })),
    { name: 'value (USD)', of: (f) => shown(f.valueUsd) },
  ];
}

/** The workbook's one date: the last day of the range, so that a second run writes the same bytes. */
const fixedDate = (report: ItrResponse) => new Date(Date.UTC(report.to, 11, 31));

/** The report as one XLSX workbook, byte-identical for the same report. */
export async function itrWorkbook(report: ItrResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cen-node';
  workbook.lastModifiedBy = 'cen-node';
  workbook.created = fixedDate(report);
  workbook.modified = fixedDate(report);
  const about = workbook.addWorksheet('about');
  about.addRows([
    ['Illicit Trade Report tables of the global CEN'],
    ['years', years(report.from, report.to)],
    ['cases', report.cases],
    [
      'disclosure control',
      `figures of 1 to ${report.minCell - 1} cases are hidden, and so are those that would reveal them`,
    ],
    ['mark of a hidden figure', SUPPRESSED_MARK],
    [],
    ['sheet', 'table'],
    ...report.tables.map((t) => [t.id, t.title]),
  ]);
  for (const t of report.tables) {
    const sheet = workbook.addWorksheet(t.id);
    sheet.addRow([t.title]);
    for (const measure of measuresOf(t)) {
      sheet.addRow([]);
      sheet.addRow([
        `${AXIS_TITLE[t.rows.axis] ?? t.rows.axis} \\ ${AXIS_TITLE[t.columns.axis] ?? t.columns.axis}: ${measure.name}`,
        '',
        ...t.columns.keys.map((k) => k ?? '-'),
        'total',
      ]);
      sheet.addRow(['', '', ...t.columns.keys.map((k) => labelOf(t.columns.axis, k)), '']);
      t.rows.keys.forEach((key, r) =>
        sheet.addRow([
          key ?? '-',
          labelOf(t.rows.axis, key),
          ...t.cells[r]!.map((f) => measure.of(f)),
          measure.of(t.rowTotals[r]!),
        ]),
      );
      sheet.addRow(['total', '', ...t.columnTotals.map((f) => measure.of(f)), measure.of(t.total)]);
    }
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  fixZipTimes(buffer, fixedDate(report));
  return buffer;
}

/**
 * Sets every entry's modification time in a zip (local headers and central directory) to
 * `date`: the zip library stamps entries with the time of writing.
 */
export function fixZipTimes(zip: Buffer, date: Date): void {
  const dosTime = 0; // midnight
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('not a zip: bad central directory');
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('not a zip: bad local header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}

/** One table as CSV, one line per cell and total: codes, English labels, cases, value, quantities. */
export function itrCsv(t: ItrTable): string {
  const header = [
    'row',
    'row_label',
    'column',
    'column_label',
    'cases',
    'value_usd',
    ...t.units.map((u) => `quantity_${u}`),
  ];
  const line = (
    row: string | null,
    column: string | null,
    f: ReleasedFigures,
    rowTotal = false,
    columnTotal = false,
  ) => [
    rowTotal ? 'total' : (row ?? '-'),
    rowTotal ? '' : labelOf(t.rows.axis, row),
    columnTotal ? 'total' : (column ?? '-'),
    columnTotal ? '' : labelOf(t.columns.axis, column),
    shown(f.cases),
    shown(f.valueUsd),
    ...t.units.map((u) => (f.suppressed ? SUPPRESSED_MARK : (f.quantities?.[u] ?? 0))),
  ];
  const lines: (string | number)[][] = [header];
  t.rows.keys.forEach((row, r) => {
    t.columns.keys.forEach((column, c) => lines.push(line(row, column, t.cells[r]![c]!)));
    lines.push(line(row, null, t.rowTotals[r]!, false, true));
  });
  t.columns.keys.forEach((column, c) => lines.push(line(null, column, t.columnTotals[c]!, true)));
  lines.push(line(null, null, t.total, true, true));
  return stringify(lines);
}

/** Writes `itr-<years>.xlsx` and `csv/<table>.csv` into `dir`; returns the files written. */
export async function writeItrFiles(report: ItrResponse, dir: string): Promise<string[]> {
  await mkdir(join(dir, 'csv'), { recursive: true });
  const workbook = join(dir, `itr-${years(report.from, report.to)}.xlsx`);
  await writeFile(workbook, await itrWorkbook(report));
  const files = [workbook];
  for (const t of report.tables) {
    const file = join(dir, 'csv', `${t.id}.csv`);
    await writeFile(file, itrCsv(t));
    files.push(file);
  }
  return files;
}
