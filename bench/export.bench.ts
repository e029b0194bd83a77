/**
 * The export benchmark: the memory of exporting every case of a large store to XLSX, the
 * figure issue 6 holds to a goal (flat, under 300 MB for a million rows).
 *
 * A store (LevelDB, no full-text index: an export without `q` never reads it) is seeded with
 * synthetic cases (`seedStore`, not timed); then a child process, started fresh so that nothing
 * of the seeding counts, opens the store and runs the export the API and `cen-node export` run
 * (`exportCases`: pages by cursor, exceljs's streaming writer, a new sheet past Excel's row limit
 * or a zip entry's size) into a file, sampling its resident memory (/proc/self/status) every
 * 50 ms and after every page.
 *
 * It reports the RSS at the start, its peak (with the kernel's high-water mark) and at the end,
 * and splits the peak: LevelDB maps the store's table files into memory, so reading every case of
 * a big store shows most of the store's size as file-backed resident pages (page cache the kernel
 * reclaims at will: 856 MB of a 1,118 MB peak for a million cases on the reference machine). The
 * goal is held against the rest, the process's own (anonymous) memory, whose growth from a tenth
 * of the rows to the end shows whether it is flat.
 *
 * Run alone: `node bench/export.bench.ts --child STORE_DIR OUT_FILE` is the child's half.
 *
 * @example
 *   const result = await runExportBench({ rows: 3000, dir: '/tmp/bench-export' });
 *   result.anonymous.peakMegabytes; // e.g. 140
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportCases, exportToFile } from '../node/export/index.ts';
import { seedStore } from '../node/seed/index.ts';
import { LevelKv, RecordStore } from '../node/store/index.ts';

export const EXPORT_GOAL_PEAK_MEGABYTES = 300;
const COUNTRY = 'KE';
const SEED = 7;
const SAMPLE_MS = 50;

export interface ExportBenchOptions {
  rows: number;
  /** An empty scratch directory; the caller removes it. */
  dir: string;
  log?: (line: string) => void;
}

export interface ExportBenchResult {
  rows: number;
  sheets: number;
  seedSeconds: number;
  exportSeconds: number;
  rowsPerSecond: number;
  fileMegabytes: number;
  /** Resident set size, all of it: at the start, the highest during the export, at the end. */
  rss: { startMegabytes: number; peakMegabytes: number; endMegabytes: number };
  /**
   * The file-backed part of the peak: the Node binary and the store's table files, which LevelDB
   * maps into memory and which reading every case touches. They are the page cache seen through
   * the process (the kernel drops and rereads them as it needs), and grow with the size of the
   * store, not with the export.
   */
  peakFileBackedMegabytes: number;
  /** The process's own memory (heaps, buffers): RSS without the file-backed pages. */
  anonymous: {
    peakMegabytes: number;
    /** Its change from a tenth of the rows to the last: about nothing when memory is flat. */
    growthMegabytes: number;
  };
  /** The goal holds the peak of the process's own memory under this. */
  goalPeakMegabytes: number;
  pass: boolean;
}

/** What the child reports on stdout, as one JSON line. */
interface ChildReport {
  rows: number;
  sheets: number;
  seconds: number;
  startBytes: number;
  peakBytes: number;
  peakFileBytes: number;
  peakAnonymousBytes: number;
  /** Anonymous memory once a tenth of the rows were written, and at the end. */
  anonymousAtTenthBytes: number;
  anonymousAtEndBytes: number;
  endBytes: number;
}

/** Resident memory from /proc (Linux): total, file-backed and anonymous. */
function residentBytes(): { total: number; file: number; anonymous: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { total: kb('VmRSS'), file: kb('RssFile') + kb('RssShmem'), anonymous: kb('RssAnon') };
  } catch {
    const total = process.memoryUsage.rss();
    return { total, file: 0, anonymous: total };
  }
}

const MB = 1024 * 1024;

async function openBenchStore(dir: string): Promise<RecordStore> {
  return RecordStore.open({ kv: await LevelKv.open(dir), country: COUNTRY });
}

/** The child's half: export the store to `out` and report the memory it took. */
async function exportInChild(storeDir: string, out: string): Promise<void> {
  const store = await openBenchStore(storeDir);
  try {
    const start = residentBytes();
    let peak = start;
    let peakAnonymous = start.anonymous;
    let atTenth: number | undefined;
    const sample = () => {
      const now = residentBytes();
      if (now.total > peak.total) peak = now;
      peakAnonymous = Math.max(peakAnonymous, now.anonymous);
      return now;
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const started = performance.now();
    const audit = { append: () => Promise.resolve() };
    const result = await exportToFile(out, (file) =>
      exportCases(
        { store, audit },
        { actor: 'bench' },
        {
          format: 'xlsx',
          filters: {},
          lang: 'en',
          onProgress: (done, total) => {
            const now = sample();
            if (atTenth === undefined && done > 0 && done >= total / 10) atTenth = now.anonymous;
          },
        },
        file,
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    const end = sample();
    const report: ChildReport = {
      rows: result.rows,
      sheets: result.sheets,
      seconds,
      startBytes: start.total,
      // The kernel's high-water mark also catches a peak between two samples.
      peakBytes: Math.max(peak.total, process.resourceUsage().maxRSS * 1024),
      peakFileBytes: peak.file,
      peakAnonymousBytes: peakAnonymous,
      anonymousAtTenthBytes: atTenth ?? end.anonymous,
      anonymousAtEndBytes: end.anonymous,
      endBytes: end.total,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await store.close();
  }
}

function runChild(storeDir: string, out: string): Promise<ChildReport> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', storeDir, out], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the export child failed (${code}): ${stderr.trim()}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport);
    });
  });
}

export async function runExportBench(options: ExportBenchOptions): Promise<ExportBenchResult> {
  const log = options.log ?? (() => undefined);
  const storeDir = join(options.dir, 'store');
  const store = await openBenchStore(storeDir);
  const seedStarted = performance.now();
  let lastLogged = 0;
  try {
    await seedStore(store, {
      cases: options.rows,
      seed: SEED,
      onProgress: (done, total) => {
        if (done - lastLogged >= 100_000 || done === total) {
          lastLogged = done;
          log(
            `export benchmark: seeded ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} cases`,
          );
        }
      },
    });
  } finally {
    await store.close();
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`export benchmark: exporting ${options.rows.toLocaleString('en-US')} cases to XLSX in a fresh process`);
  const out = join(options.dir, 'cases.xlsx');
  const report = await runChild(storeDir, out);
  const peakAnonymousMegabytes = report.peakAnonymousBytes / MB;
  return {
    rows: report.rows,
    sheets: report.sheets,
    seedSeconds,
    exportSeconds: report.seconds,
    rowsPerSecond: report.rows / report.seconds,
    fileMegabytes: (await stat(out)).size / MB,
    rss: {
      startMegabytes: report.startBytes / MB,
      peakMegabytes: report.peakBytes / MB,
      endMegabytes: report.endBytes / MB,
    },
    peakFileBackedMegabytes: report.peakFileBytes / MB,
    anonymous: {
      peakMegabytes: peakAnonymousMegabytes,
      growthMegabytes: (report.anonymousAtEndBytes - report.anonymousAtTenthBytes) / MB,
    },
    goalPeakMegabytes: EXPORT_GOAL_PEAK_MEGABYTES,
    pass: peakAnonymousMegabytes <= EXPORT_GOAL_PEAK_MEGABYTES,
  };
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await exportInChild(process.argv[3]!, process.argv[4]!);
}
