/**
 * kill -9 in the middle of a bulk import, then a resume: every row ends up stored exactly once.
 * A child process imports a CSV file of synthetic cases (a few of them invalid) in small
 * batches; the parent kills it at a chosen point (right after the upload was received, or after
 * some batches were stored), reopens the store, resumes the unfinished import as a node does at
 * start, and checks the store, the row keys and the report.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportService, ROW_KEYS_NAMESPACE, type RowKeyEntry } from '../../node/import/index.ts';
import { checkStore } from '../../node/store/check.ts';
import { openStore } from '../../node/store/index.ts';
import { columnHeader, templateColumns } from '../../protocol/import-columns.ts';
import { caseToCells, columnsFor } from '../../node/import/index.ts';
import { syntheticInputs, writeCsv } from '../helpers/import-fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';
import { reportRow } from '../helpers/reliability.ts';

const CHILD = fileURLToPath(new URL('./import-crash-child.ts', import.meta.url));
const ROWS = 3000;
const BATCH = 100;
/** Every 250th row has a date that does not exist. */
const INVALID = new Set(Array.from({ length: ROWS / 250 }, (_, i) => i * 250 + 17));
/** `make reliability` may ask for more trials (CRASH_TRIALS); the first kills before any batch. */
const TRIALS = Math.max(3, Math.min(10, Number(process.env.CRASH_TRIALS ?? 3)));

/** Runs the importer until `killAt` says so, then kills it with SIGKILL. */
function importThenKill(
  dataDir: string,
  file: string,
  killAt: (line: string[]) => boolean,
): Promise<{ killed: boolean; lastProgress: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, file, String(BATCH)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    let lastProgress = 0;
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const words = line.split(' ');
        if (words[0] === 'progress') lastProgress = Number(words[1]);
        if (!killed && killAt(words)) {
          killed = child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`importer failed (${code}): ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL', lastProgress, stderr });
    });
  });
}

describe('bulk import after kill -9', function () {
  this.timeout(180_000);
  let dir: { path: string; remove(): Promise<void> };
  let file: string;
  before(async () => {
    dir = await makeTempDir('cen-import-crash-');
    const inputs = syntheticInputs(ROWS, 3);
    const columns = columnsFor(inputs, templateColumns('generic'));
    const rows = inputs.map((input, i) => {
      const cells = caseToCells(input, columns);
      if (INVALID.has(i))
        cells[columns.findIndex(({ column }) => column.path === 'seizureDate')] = '2025-02-30';
      return cells.map((cell) => (cell === undefined ? '' : String(cell)));
    });
    file = join(dir.path, 'cases.csv');
    await writeCsv(file, [columns.map(({ column, n }) => columnHeader(column, n, 'en')), ...rows]);
  });
  after(() => dir.remove());

  const tally = { trials: 0, resumed: 0, checked: 0, lost: 0, duplicated: 0 };
  after(() => {
    reportRow({
      part: 'fault',
      scenario: `SIGKILL during a bulk import of ${ROWS} rows (after the upload, then after a random share of the rows)`,
      tries: tally.trials,
      outcome: `resumed to the end ${tally.resumed}/${tally.trials}; each valid row stored once, refused rows reported`,
      recordsChecked: tally.checked,
      lost: tally.lost,
      duplicated: tally.duplicated,
      leaked: 0, // one node, no partner
      servingAfter: tally.resumed === tally.trials,
    });
  });

  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`stores each row exactly once after a resume (trial ${trial} of ${TRIALS})`, async () => {
      tally.trials++;
      const dataDir = join(dir.path, `node-${trial}`);
      // Trial 1: killed once the upload is received; the others after a random share of the rows.
      const share = 0.1 + Math.random() * 0.7;
      const context =
        trial === 1 ? 'killed after the upload' : `killed after ${Math.round(share * 100)} % of the rows`;
      const run = await importThenKill(dataDir, file, (words) =>
        trial === 1 ? words[0] === 'job' : words[0] === 'progress' && Number(words[1]) >= share * ROWS,
      );
      expect(run.killed, `${context}: the importer finished before it could be killed`).to.equal(true);

      const store = await openStore(dataDir, { country: 'KE' });
      const imports = new ImportService({ kv: store.kv, store, dataDir, country: 'KE', batchSize: BATCH });
      try {
        const stored = (await store.counts()).cases;
        expect(stored, context).to.be.at.most(ROWS - INVALID.size);
        const [report, ...more] = await imports.resumeUnfinished();
        expect(more, context).to.deep.equal([]);
        expect(report, context).to.deep.include({
          state: 'done',
          rows: ROWS,
          valid: ROWS - INVALID.size,
          invalid: INVALID.size,
          created: ROWS - INVALID.size,
          duplicates: 0,
        });
        expect(
          report!.errors.map((error) => error.row).sort((a, b) => a - b),
          context,
        ).to.deep.equal([...INVALID].map((i) => i + 2));

        expect((await store.counts()).cases, context).to.equal(ROWS - INVALID.size);
        const rowsSeen = new Set<number>();
        const caseIds = new Set<string>();
        for await (const [, value] of store.kv.iterate(ROW_KEYS_NAMESPACE)) {
          const entry = value as RowKeyEntry;
          if (rowsSeen.has(entry.row)) tally.duplicated++;
          expect(rowsSeen.has(entry.row), `${context}: row ${entry.row} stored twice`).to.equal(false);
          rowsSeen.add(entry.row);
          caseIds.add(entry.caseId);
        }
        tally.checked += ROWS - INVALID.size;
        tally.lost += Math.max(0, ROWS - INVALID.size - rowsSeen.size);
        expect(rowsSeen.size, context).to.equal(ROWS - INVALID.size);
        expect(caseIds.size, context).to.equal(ROWS - INVALID.size);
        expect((await checkStore(store)).problems, context).to.deep.equal([]);
        // Nothing is left to resume.
        expect(await imports.resumeUnfinished()).to.deep.equal([]);
        tally.resumed++;
      } finally {
        await imports.close();
        await store.close();
      }
    });
  }
});
