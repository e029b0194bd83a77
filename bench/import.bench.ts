/**
 * The bulk-import benchmark: how fast a spreadsheet of synthetic cases is imported, against the
 * store's own ingest rate for the same cases measured in the same run (the machines vary by
 * ±20-30 %, so the ratio is what carries over).
 *
 * (a) store ingest: the cases as JSON lines, read and parsed a batch of 1,000 at a time and handed
 *     to `store.createCases` while the previous batch is written (as store.bench.ts measures it);
 * (b) bulk import: the same cases as an XLSX workbook (French headers, shared strings, as Excel
 *     writes them) received, checked and imported by `ImportService` into a fresh store: the whole
 *     of it timed, storing the upload, the zip-bomb check, reading, validation, row keys and the
 *     writes. Goal: ≥ 50 % of (a);
 * (c) the same workbook uploaded again: every row is found imported already and nothing is stored.
 *
 * Writing the workbook and the JSON lines is not timed. The cases link no persons or businesses
 * (a spreadsheet row cannot), for (a) as for (b).
 *
 * @example
 *   const result = await runImportBench({ rows: 2000, dir: '/tmp/bench-import' });
 *   result.ratio; // e.g. 0.62
 */
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { columnHeader, templateColumns } from '../protocol/import-columns.ts';
import type { CaseInput } from '../protocol/records.ts';
import { caseToCells, columnsFor, ImportService } from '../node/import/index.ts';
import { SEED_ACTOR, SyntheticGenerator } from '../node/seed/index.ts';
import { openStore } from '../node/store/index.ts';

export const IMPORT_GOAL_RATIO = 0.5;
const STORE_BATCH = 1000;
const COUNTRY = 'BE';

export interface ImportBenchOptions {
  rows: number;
  /** An empty scratch directory; the caller removes it. */
  dir: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface ImportBenchResult {
  rows: number;
  columns: number;
  fileMegabytes: number;
  store: { casesPerSecond: number; seconds: number };
  import: { rowsPerSecond: number; seconds: number; created: number };
  reupload: { rowsPerSecond: number; seconds: number; created: number; duplicates: number };
  ratio: number;
  goalRatio: number;
  pass: boolean;
}

/** The same synthetic cases every time it is called. */
function* syntheticCases(seed: number, today: string, rows: number): Generator<CaseInput> {
  const generator = new SyntheticGenerator({ seed, country: COUNTRY, today });
  for (let i = 0; i < rows; i++) yield generator.nextCase().input;
}

export async function runImportBench(opts: ImportBenchOptions): Promise<ImportBenchResult> {
  const seed = opts.seed ?? 2;
  const log = opts.log ?? (() => {});
  const today = new Date().toISOString().slice(0, 10);
  await mkdir(opts.dir, { recursive: true });

  // The workbook: enough numbered columns for every item, transit country and offender.
  const columns = columnsFor(syntheticCases(seed, today, opts.rows), templateColumns('generic'));
  log(`writing ${opts.rows} synthetic cases as a workbook (${columns.length} columns) and as JSON lines`);
  const workbookFile = join(opts.dir, 'cases.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: workbookFile, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Dossiers');
  sheet.addRow(columns.map(({ column, n }) => columnHeader(column, n, 'fr'))).commit();
  const linesFile = join(opts.dir, 'cases.jsonl');
  const lines = await open(linesFile, 'w');
  const batches: { offset: number; length: number }[] = [];
  let offset = 0;
  let pending: string[] = [];
  const writeBatch = async () => {
    const bytes = Buffer.from(pending.join('\n'), 'utf8');
    batches.push({ offset, length: bytes.length });
    await lines.write(bytes);
    offset += bytes.length;
    pending = [];
  };
  try {
    for (const input of syntheticCases(seed, today, opts.rows)) {
      sheet.addRow(caseToCells(input, columns)).commit();
      pending.push(JSON.stringify(input));
      if (pending.length === STORE_BATCH) await writeBatch();
    }
    if (pending.length > 0) await writeBatch();
  } finally {
    await lines.close();
  }
  sheet.commit();
  await workbook.commit();
  const fileBytes = (await stat(workbookFile)).size;

  // (a) the store's own ingest of the same cases.
  log(`(a) store ingest: ${opts.rows} cases`);
  const storeA = await openStore(join(opts.dir, 'store-a'), { country: COUNTRY });
  const input = await open(linesFile, 'r');
  let storeMs: number;
  try {
    const start = performance.now();
    let previous: Promise<unknown> | undefined;
    for (const { offset: at, length } of batches) {
      const bytes = Buffer.allocUnsafe(length);
      await input.read(bytes, 0, length, at);
      const inputs = bytes
        .toString('utf8')
        .split('\n')
        .map((line) => JSON.parse(line) as CaseInput);
      const current = storeA.createCases(inputs, SEED_ACTOR);
      current.catch(() => undefined); // awaited below, after the previous batch
      if (previous) await previous;
      previous = current;
    }
    await previous;
    storeMs = performance.now() - start;
  } finally {
    await input.close();
    await storeA.close();
    await rm(linesFile, { force: true });
    await rm(join(opts.dir, 'store-a'), { recursive: true, force: true });
  }

  // (b) the import of the workbook, and (c) the same workbook again.
  log(`(b) bulk import: ${opts.rows} rows`);
  const dataDir = join(opts.dir, 'store-b');
  const storeB = await openStore(dataDir, { country: COUNTRY });
  const imports = new ImportService({ kv: storeB.kv, store: storeB, dataDir, country: COUNTRY });
  try {
    let start = performance.now();
    const job = await imports.receiveFile(workbookFile, { by: 'bench', dryRun: false });
    let logged = 0;
    const imported = await imports.runImport(job.id, {
      onProgress: (done) => {
        if (done - logged < 20_000) return;
        logged = done;
        log(`    ${done} rows read`);
      },
    });
    const importMs = performance.now() - start;
    if (imported.created !== opts.rows) {
      throw new Error(
        `the import stored ${imported.created} of ${opts.rows} rows: ${JSON.stringify(imported.errors.slice(0, 3))}`,
      );
    }

    log(`(c) the same workbook again`);
    start = performance.now();
    const again = await imports.receiveFile(workbookFile, { by: 'bench', dryRun: false });
    const repeated = await imports.runImport(again.id);
    const reuploadMs = performance.now() - start;

    const storeRate = (opts.rows / storeMs) * 1000;
    const importRate = (opts.rows / importMs) * 1000;
    return {
      rows: opts.rows,
      columns: columns.length,
      fileMegabytes: fileBytes / 1e6,
      store: { casesPerSecond: storeRate, seconds: storeMs / 1000 },
      import: { rowsPerSecond: importRate, seconds: importMs / 1000, created: imported.created },
      reupload: {
        rowsPerSecond: (opts.rows / reuploadMs) * 1000,
        seconds: reuploadMs / 1000,
        created: repeated.created,
        duplicates: repeated.duplicates,
      },
      ratio: importRate / storeRate,
      goalRatio: IMPORT_GOAL_RATIO,
      pass: importRate / storeRate >= IMPORT_GOAL_RATIO,
    };
  } finally {
    await imports.close();
    await storeB.close();
  }
}
