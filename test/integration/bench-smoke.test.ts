import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../../bench/run.ts', import.meta.url));

describe('make bench (smoke run with 1,000 cases)', function () {
  this.timeout(180_000);
  let dir: string;
  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'cen-bench-smoke-'));
  });
  after(async function () {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints every figure with its goal and writes the results file', async function () {
    const resultsFile = join(dir, 'store.json');
    const child = spawn(process.execPath, [RUN], {
      env: { ...process.env, BENCH_CASES: '1000', BENCH_RESULTS: resultsFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).to.equal(0);

    const number = String.raw`\d[\d,]*(\.\d+)?`;
    const figures: [string, RegExp][] = [
      ['raw LevelDB', new RegExp(String.raw`raw LevelDB batch write, sync\s+${number} records/s`)],
      ['store ingest', new RegExp(String.raw`store ingest \(createCases \+ full text\)\s+${number} cases/s`)],
      [
        'ingest ratio',
        new RegExp(String.raw`ingest / raw LevelDB\s+${number} %\s+≥ 25 %\s+(PASS|BELOW GOAL)`),
      ],
      ['filtered p50', new RegExp(String.raw`filtered search p50\s+${number} ms`)],
      [
        'filtered p95',
        new RegExp(String.raw`filtered search p95\s+${number} ms\s+≤ 50 ms\s+(PASS|BELOW GOAL)`),
      ],
      ['free-text p50', new RegExp(String.raw`free-text search p50\s+${number} ms`)],
      ['free-text p95', new RegExp(String.raw`free-text search p95\s+${number} ms`)],
      ['peak RSS', new RegExp(String.raw`peak RSS\s+${number} MB`)],
      [
        'raw replication',
        new RegExp(String.raw`raw libp2p stream \+ LevelDB batch, same bytes\s+${number} records/s`),
      ],
      ['exchange sync', new RegExp(String.raw`exchange pull sync, two nodes\s+${number} records/s`)],
      [
        'replication ratio',
        new RegExp(String.raw`exchange / raw\s+${number} %\s+≥ 30 %\s+(PASS|BELOW GOAL)`),
      ],
      ['query p95', new RegExp(String.raw`hit/no-hit query, 3 partners\s+${number} ms\s+${number} ms`)],
    ];
    for (const [name, pattern] of figures) expect(stdout, name).to.match(pattern);
    expect(stdout).to.include('1,000 cases');

    const written = JSON.parse(await readFile(resultsFile, 'utf8')) as {
      environment: { node: string };
      store: {
        cases: number;
        raw: { recordsPerSecond: number };
        ingest: { casesPerSecond: number; ratio: number };
        search: { queries: number; p95Ms: number; meanResults: number };
        fullText: { queries: number; p95Ms: number };
        peakRssMegabytes: number;
      };
      replication: { cases: number; exchange: { stored: number; recordsPerSecond: number }; ratio: number };
    };
    expect(written.environment.node).to.equal(process.version);
    const { store } = written;
    expect(store.cases).to.equal(1000);
    expect(store.raw.recordsPerSecond).to.be.above(0);
    expect(store.ingest.casesPerSecond).to.be.above(0);
    expect(store.ingest.ratio).to.be.closeTo(store.ingest.casesPerSecond / store.raw.recordsPerSecond, 1e-9);
    expect(store.search.queries).to.equal(300);
    // Realistic queries find cases: a benchmark of empty result pages would measure little.
    expect(store.search.meanResults).to.be.above(1);
    expect(store.fullText.queries).to.equal(200);
    expect(store.peakRssMegabytes).to.be.above(10);
    // Every seeded case the agreement covers was pulled, and counted once.
    expect(written.replication.cases).to.equal(1000);
    expect(written.replication.exchange.stored).to.equal(1000);
    expect(written.replication.ratio).to.be.above(0);
  });
});
