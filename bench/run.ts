/**
 * `make bench`: runs the benchmarks, prints a table of figures with the goals they are held to,
 * and writes the results to `bench/results/store.json` so that a run can be committed and
 * compared with the next one.
 *
 * Environment: `BENCH_CASES` (default 100,000; CI smoke runs use a few thousand: the store
 * benchmark's cases, the cases a partner pulls in the replication benchmark, and the rows of the
 * bulk-import benchmark's workbook),
 * `BENCH_RESULTS` (where to write the JSON; default bench/results/store.json),
 * `BENCH_QUERIES` (hit/no-hit queries across three partners, each seeded with
 * min(3,000, BENCH_CASES) cases; default 500, or 200 when BENCH_CASES is below 10,000; 0 skips it),
 * `BENCH_CONTRIB_MEMBERS` and `BENCH_CONTRIB_CASES` (the WCO ingest benchmark's members and cases
 * per member; default 185 × 1,000, or 4 × 250 when BENCH_CASES is below 10,000),
 * `BENCH_ITR_CASES` (global cases the ITR tables are rebuilt from; default 1,000,000, or 2,000
 * when BENCH_CASES is below 10,000),
 * `BENCH_EXPORT_ROWS` (cases seeded and exported to XLSX for the export's memory figure; default
 * 1,000,000, which takes minutes to seed; 0 skips it),
 * `BENCH_OPS_MEMBERS` and `BENCH_OPS_MESSAGES` (the operations benchmark's members and the reports
 * of its burst; default 50 and 500, or 3 and 20 when BENCH_CASES is below 10,000).
 * The statistics benchmark answers typical `GET /stats` queries over the store benchmark's cases.
 *
 * @example
 *   BENCH_CASES=2000 node bench/run.ts
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contributeBenchSize, runContributeBench, type ContributeBenchResult } from './contribute.bench.ts';
import { runExportBench, type ExportBenchResult } from './export.bench.ts';
import { runImportBench, type ImportBenchResult } from './import.bench.ts';
import { itrBenchSize, runItrBench, type ItrBenchResult } from './itr.bench.ts';
import { operationsBenchSize, runOperationsBench, type OperationsBenchResult } from './operations.bench.ts';
import { runQueryBench, type QueryBenchResult } from './query.bench.ts';
import { runReplicationBench, type ReplicationBenchResult } from './replication.bench.ts';
import { runStatsBench, type StatsBenchResult } from './stats.bench.ts';
import { runStoreBench, type StoreBenchResult } from './store.bench.ts';

const DEFAULT_RESULTS = fileURLToPath(new URL('./results/store.json', import.meta.url));

function readCases(): number {
  const value = process.env.BENCH_CASES ?? '100000';
  const cases = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(cases) || cases < 100) {
    throw new RangeError(`BENCH_CASES must be a whole number of at least 100, not ${JSON.stringify(value)}`);
  }
  return cases;
}

function readQueries(cases: number): number {
  const value = process.env.BENCH_QUERIES ?? (cases >= 10_000 ? '500' : '200');
  const queries = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(queries) || queries < 0) {
    throw new RangeError(`BENCH_QUERIES must be a whole number, not ${JSON.stringify(value)}`);
  }
  return queries;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/**
 * The rows as aligned columns: the first left-aligned; then either one right-aligned value followed
 * by left-aligned goal and result (`value`), or right-aligned figures throughout (`figures`).
 */
function aligned(rows: readonly (readonly string[])[], layout: 'value' | 'figures'): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const right = (i: number) => (layout === 'value' ? i === 1 : i > 0);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

function table(r: StoreBenchResult): string {
  const verdict = (pass: boolean): string => (pass ? 'PASS' : 'BELOW GOAL');
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) raw LevelDB batch write, sync', `${int(r.raw.recordsPerSecond)} records/s`, '', ''],
    ['(b) store ingest (createCases + full text)', `${int(r.ingest.casesPerSecond)} cases/s`, '', ''],
    [
      '    ingest / raw LevelDB',
      `${(r.ingest.ratio * 100).toFixed(1)} %`,
      `≥ ${r.ingest.goalRatio * 100} %`,
      verdict(r.ingest.pass),
    ],
    ['(c) filtered search p50', ms(r.search.p50Ms), '', ''],
    ['    filtered search p95', ms(r.search.p95Ms), `≤ ${r.search.goalP95Ms} ms`, verdict(r.search.pass)],
    ['(d) free-text search p50', ms(r.fullText.p50Ms), '', ''],
    ['    free-text search p95', ms(r.fullText.p95Ms), '', ''],
    ['(e) peak RSS', `${int(r.peakRssMegabytes)} MB`, '', ''],
  ];
  return aligned(rows, 'value');
}

function replicationTable(r: ReplicationBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) raw libp2p stream + LevelDB batch, same bytes', `${int(r.raw.recordsPerSecond)} records/s`, '', ''],
    ['(b) exchange pull sync, two nodes', `${int(r.exchange.recordsPerSecond)} records/s`, '', ''],
    [
      '    exchange / raw',
      `${(r.ratio * 100).toFixed(1)} %`,
      `≥ ${r.goalRatio * 100} %`,
      r.pass ? 'PASS' : 'BELOW GOAL',
    ],
  ];
  return aligned(rows, 'value');
}

function importTable(r: ImportBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) store ingest (createCases), same cases', `${int(r.store.casesPerSecond)} cases/s`, '', ''],
    ['(b) bulk import (XLSX upload, checked, stored)', `${int(r.import.rowsPerSecond)} rows/s`, '', ''],
    [
      '    import / store ingest',
      `${(r.ratio * 100).toFixed(1)} %`,
      `≥ ${r.goalRatio * 100} %`,
      r.pass ? 'PASS' : 'BELOW GOAL',
    ],
    [
      `(c) same file again (${int(r.reupload.created)} stored)`,
      `${int(r.reupload.rowsPerSecond)} rows/s`,
      '',
      '',
    ],
  ];
  return aligned(rows, 'value');
}

function queryTable(r: QueryBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'p50', 'p95', 'p99'],
    [`(a) raw libp2p round trip, ${r.partners} partners`, ms(r.raw.p50Ms), ms(r.raw.p95Ms), ms(r.raw.p99Ms)],
    [`(b) hit/no-hit query, ${r.partners} partners`, ms(r.query.p50Ms), ms(r.query.p95Ms), ms(r.query.p99Ms)],
    ['    query / raw round trip (p95)', `${r.p95Ratio.toFixed(1)} ×`, '', ''],
  ];
  return aligned(rows, 'figures');
}

function readExportRows(): number {
  const value = process.env.BENCH_EXPORT_ROWS ?? '1000000';
  const rows = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(rows) || rows < 0) {
    throw new RangeError(`BENCH_EXPORT_ROWS must be a whole number, not ${JSON.stringify(value)}`);
  }
  return rows;
}

function exportTable(r: ExportBenchResult): string {
  const mb = (n: number): string => `${int(n)} MB`;
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) export to XLSX', `${int(r.rowsPerSecond)} rows/s`, '', ''],
    ['(b) RSS at the start of the export', mb(r.rss.startMegabytes), '', ''],
    ['(c) peak RSS during the export', mb(r.rss.peakMegabytes), '', ''],
    ['    of which file-backed (mapped store files, Node binary)', mb(r.peakFileBackedMegabytes), '', ''],
    [
      '(d) peak of the process’s own (anonymous) memory',
      mb(r.anonymous.peakMegabytes),
      `≤ ${r.goalPeakMegabytes} MB`,
      r.pass ? 'PASS' : 'BELOW GOAL',
    ],
    ['    its growth from a tenth of the rows to the end', mb(r.anonymous.growthMegabytes), '', ''],
    ['(e) RSS at the end of the export', mb(r.rss.endMegabytes), '', ''],
  ];
  return aligned(rows, 'value');
}

function itrTable(r: ItrBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    [
      '(a) raw LevelDB read + JSON.parse, every global case',
      `${int(r.raw.entriesPerSecond)} cases/s`,
      '',
      '',
    ],
    ['(b) ITR tables of a year rebuilt from LevelDB', `${r.rebuild.seconds.toFixed(1)} s`, '', ''],
    ['    of which the tables and disclosure control', `${r.rebuild.tableSeconds.toFixed(1)} s`, '', ''],
    ['    rebuild / raw pass', `${r.ratio.toFixed(1)} ×`, '', ''],
    ['(c) workbook and CSVs written', `${r.files.seconds.toFixed(1)} s`, '', ''],
  ];
  return aligned(rows, 'value');
}

function contributeTable(r: ContributeBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) raw LevelDB batch write, same records', `${int(r.raw.recordsPerSecond)} records/s`, '', ''],
    [`(b) WCO ingest over /cen/contribute/1.0.0`, `${int(r.ingest.casesPerSecond)} cases/s`, '', ''],
    ['    ingest / raw LevelDB', `${(r.ratio * 100).toFixed(1)} %`, '', ''],
    ['    time to ingest every member', `${r.ingest.seconds.toFixed(1)} s`, '', ''],
    ['(c) WCO ingest per CPU second of its process', `${int(r.ingest.casesPerWcoCpuSecond)} cases/s`, '', ''],
  ];
  return aligned(rows, 'value');
}

function operationsTable(r: OperationsBenchResult): string {
  const others = r.members - 1;
  const rows: [string, string, string, string][] = [
    ['figure', 'p50', 'p95', 'p99'],
    [
      `(a) raw libp2p round trips, same bytes, to ${others} members`,
      ms(r.raw.p50Ms),
      ms(r.raw.p95Ms),
      ms(r.raw.p99Ms),
    ],
    [
      `(b) report delivery latency to ${others} members`,
      ms(r.delivery.p50Ms),
      ms(r.delivery.p95Ms),
      ms(r.delivery.p99Ms),
    ],
    ['    delivery / raw (p95)', `${r.p95Ratio.toFixed(1)} ×`, '', ''],
    [
      `(c) messages/s sustained, ${int(r.members)} members`,
      `${int(r.sustained.messagesPerSecond)} msg/s`,
      '',
      '',
    ],
    ['    deliveries/s (messages × members)', `${int(r.sustained.deliveriesPerSecond)} /s`, '', ''],
    ['(d) RSS the organiser node added, at its peak', `${int(r.memory.organiserMegabytes)} MB`, '', ''],
    ['    peak RSS, member processes, per member', `${int(r.memory.perMemberMegabytes)} MB`, '', ''],
  ];
  return aligned(rows, 'figures');
}

function statsTable(r: StatsBenchResult): string {
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'goal', 'result'],
    ['(a) statistics database rebuilt from LevelDB', `${int(r.rebuild.casesPerSecond)} cases/s`, '', ''],
    ['(b) first query (loads the table)', ms(r.firstQueryMs), '', ''],
    ['(c) statistics query p50', ms(r.queries.p50Ms), '', ''],
    ['    statistics query p95', ms(r.queries.p95Ms), `≤ ${r.goalP95Ms} ms`, r.pass ? 'PASS' : 'BELOW GOAL'],
    ['(d) data-quality query p50', ms(r.quality.p50Ms), '', ''],
    ['    data-quality query p95', ms(r.quality.p95Ms), '', ''],
  ];
  return aligned(rows, 'value');
}

const cases = readCases();
const queries = readQueries(cases);
const resultsFile = process.env.BENCH_RESULTS ?? DEFAULT_RESULTS;
const dir = await mkdtemp(join(tmpdir(), 'cen-bench-'));
try {
  console.error(`store benchmark: ${int(cases)} synthetic cases in ${dir}`);
  const started = Date.now();
  const result = await runStoreBench({ cases, dir, log: (line) => console.error(line) });
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGigabytes: Math.round(totalmem() / 1e9),
    wallSeconds: (Date.now() - started) / 1000,
  };
  console.log(
    `\nCEN node store benchmark: ${int(result.cases)} cases (${result.country}, seed ${result.seed}), ` +
      `Node ${environment.node}, ${environment.cpus} CPUs\n`,
  );
  console.log(table(result));
  console.log(
    `\nsetup (not timed above): ${int(result.setup.persons)} persons and ${int(result.setup.businesses)} businesses; ` +
      `${result.raw.megabytes.toFixed(1)} MB of case JSON; ` +
      `search pages held ${result.search.meanResults.toFixed(1)} (filtered) and ${result.fullText.meanResults.toFixed(1)} (free text) cases on average`,
  );
  const stats = await runStatsBench({
    cases,
    dir: join(dir, 'stats'),
    // The store benchmark's store (its data directory under `dir`): nothing is seeded twice.
    storeDir: join(dir, 'node'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node statistics benchmark: ${int(stats.cases)} cases, ${int(stats.queries.count)} typical queries ` +
      `(a dimension, month or year, filters and dates; ${(stats.queries.meanBytes / 1000).toFixed(0)} kB of JSON on average)\n`,
  );
  console.log(statsTable(stats));
  const replication = await runReplicationBench({
    cases,
    dir: join(dir, 'replication'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node replication benchmark: ${int(replication.cases)} synthetic cases (${replication.megabytes.toFixed(1)} MB of projections) pulled by a partner\n`,
  );
  console.log(replicationTable(replication));
  let query: QueryBenchResult | undefined;
  if (queries > 0) {
    const casesPerPartner = Math.min(3000, cases);
    query = await runQueryBench({
      casesPerPartner,
      queries,
      dir: join(dir, 'query'),
      log: (line) => console.error(line),
    });
    console.log(
      `\nCEN node query benchmark: ${query.partners} partners with ${int(casesPerPartner)} cases each, ` +
        `${int(query.queries)} queries (${int(query.hits)} hits, ${int(query.failures)} failed)\n`,
    );
    console.log(queryTable(query));
    environment.wallSeconds = (Date.now() - started) / 1000;
  }
  const imported = await runImportBench({
    rows: cases,
    dir: join(dir, 'import'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node import benchmark: ${int(imported.rows)} rows, ${imported.columns} columns, ` +
      `${imported.fileMegabytes.toFixed(1)} MB workbook\n`,
  );
  console.log(importTable(imported));
  environment.wallSeconds = (Date.now() - started) / 1000;
  const contributeSize = contributeBenchSize();
  const contribute = await runContributeBench({
    ...contributeSize,
    dir: join(dir, 'contribute'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node WCO ingest benchmark: ${int(contribute.members)} members × ${int(contribute.casesPerMember)} cases ` +
      `(${int(contribute.cases)} cases, ${contribute.megabytes.toFixed(1)} MB anonymised, ${int(contribute.ingest.batches)} signed batches; ${contribute.path})\n`,
  );
  console.log(contributeTable(contribute));
  environment.wallSeconds = (Date.now() - started) / 1000;
  const operations = await runOperationsBench({
    ...operationsBenchSize(),
    dir: join(dir, 'operations'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node operations benchmark: ${int(operations.members)} members on loopback (${operations.memberProcesses} member ` +
      `process${operations.memberProcesses === 1 ? '' : 'es'}), a report posted on one member and relayed by the organiser ` +
      `(${int(operations.rounds)} reports, ${int(operations.delivery.samples)} deliveries), then a burst of ${int(operations.messages)} ` +
      `reports in ${operations.sustained.seconds.toFixed(1)} s\n`,
  );
  console.log(operationsTable(operations));
  environment.wallSeconds = (Date.now() - started) / 1000;
  const itr = await runItrBench({
    cases: itrBenchSize(),
    dir: join(dir, 'itr'),
    log: (line) => console.error(line),
  });
  console.log(
    `\nCEN node ITR benchmark: ${int(itr.cases)} global cases of ${int(itr.members)} members, the ${itr.tables} tables of ` +
      `2025 (${int(itr.casesInYear)} cases, ${int(itr.hiddenCells)} cells hidden); filling the store took ${itr.fillSeconds.toFixed(0)} s\n`,
  );
  console.log(itrTable(itr));
  environment.wallSeconds = (Date.now() - started) / 1000;
  const exportRows = readExportRows();
  let exported: ExportBenchResult | undefined;
  if (exportRows > 0) {
    exported = await runExportBench({
      rows: exportRows,
      dir: join(dir, 'export'),
      log: (line) => console.error(line),
    });
    console.log(
      `\nCEN node export benchmark: ${int(exported.rows)} cases to XLSX (${exported.sheets} sheet${exported.sheets === 1 ? '' : 's'}, ` +
        `${exported.fileMegabytes.toFixed(1)} MB) in ${exported.exportSeconds.toFixed(1)} s; seeding took ${exported.seedSeconds.toFixed(0)} s\n`,
    );
    console.log(exportTable(exported));
    environment.wallSeconds = (Date.now() - started) / 1000;
  }
  await mkdir(dirname(resultsFile), { recursive: true });
  await writeFile(
    resultsFile,
    JSON.stringify(
      {
        environment,
        store: result,
        stats,
        replication,
        ...(query ? { query } : {}),
        import: imported,
        contribute,
        operations,
        itr,
        ...(exported ? { export: exported } : {}),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`results written to ${resultsFile}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
