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
      env: { ...process.env, BENCH_CASES: '1000', BENCH_EXPORT_ROWS: '3000', BENCH_RESULTS: resultsFile },
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
      ['stats rebuild', new RegExp(String.raw`statistics database rebuilt from LevelDB\s+${number} cases/s`)],
      ['stats first query', new RegExp(String.raw`first query \(loads the table\)\s+${number} ms`)],
      ['stats p50', new RegExp(String.raw`statistics query p50\s+${number} ms`)],
      [
        'stats p95',
        new RegExp(String.raw`statistics query p95\s+${number} ms\s+≤ 100 ms\s+(PASS|BELOW GOAL)`),
      ],
      ['quality p95', new RegExp(String.raw`data-quality query p95\s+${number} ms`)],
      [
        'import store ingest',
        new RegExp(String.raw`store ingest \(createCases\), same cases\s+${number} cases/s`),
      ],
      [
        'bulk import',
        new RegExp(String.raw`bulk import \(XLSX upload, checked, stored\)\s+${number} rows/s`),
      ],
      [
        'import ratio',
        new RegExp(String.raw`import / store ingest\s+${number} %\s+≥ 50 %\s+(PASS|BELOW GOAL)`),
      ],
      ['re-upload', new RegExp(String.raw`same file again \(0 stored\)\s+${number} rows/s`)],
      ['WCO ingest', new RegExp(String.raw`WCO ingest over /cen/contribute/1\.0\.0\s+${number} cases/s`)],
      ['WCO ingest time', new RegExp(String.raw`time to ingest every member\s+${number} s`)],
      [
        'operations raw round trips',
        new RegExp(
          String.raw`raw libp2p round trips, same bytes, to 2 members\s+${number} ms\s+${number} ms\s+${number} ms`,
        ),
      ],
      [
        'operations delivery latency',
        new RegExp(
          String.raw`report delivery latency to 2 members\s+${number} ms\s+${number} ms\s+${number} ms`,
        ),
      ],
      ['operations ratio', new RegExp(String.raw`delivery / raw \(p95\)\s+${number} ×`)],
      ['operations messages/s', new RegExp(String.raw`messages/s sustained, 3 members\s+${number} msg/s`)],
      ['operations deliveries/s', new RegExp(String.raw`deliveries/s \(messages × members\)\s+${number} /s`)],
      [
        'operations organiser RSS',
        new RegExp(String.raw`RSS the organiser node added, at its peak\s+-?${number} MB`),
      ],
      [
        'operations member RSS',
        new RegExp(String.raw`peak RSS, member processes, per member\s+${number} MB`),
      ],
      [
        'ITR raw pass',
        new RegExp(String.raw`raw LevelDB read \+ JSON\.parse, every global case\s+${number} cases/s`),
      ],
      ['ITR rebuild', new RegExp(String.raw`ITR tables of a year rebuilt from LevelDB\s+${number} s`)],
      ['export rate', new RegExp(String.raw`export to XLSX\s+${number} rows/s`)],
      ['export RSS at start', new RegExp(String.raw`RSS at the start of the export\s+${number} MB`)],
      ['export peak RSS', new RegExp(String.raw`peak RSS during the export\s+${number} MB`)],
      [
        'export file-backed',
        new RegExp(String.raw`of which file-backed \(mapped store files, Node binary\)\s+${number} MB`),
      ],
      [
        'export own memory',
        new RegExp(
          String.raw`peak of the process’s own \(anonymous\) memory\s+${number} MB\s+≤ 300 MB\s+(PASS|BELOW GOAL)`,
        ),
      ],
      [
        'export growth',
        new RegExp(String.raw`its growth from a tenth of the rows to the end\s+-?${number} MB`),
      ],
      ['export RSS at end', new RegExp(String.raw`RSS at the end of the export\s+${number} MB`)],
    ];
    for (const [name, pattern] of figures) expect(stdout, name).to.match(pattern);
    expect(stdout).to.include('1,000 cases');
    expect(stdout).to.include('export benchmark: 3,000 cases to XLSX');

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
      stats: {
        cases: number;
        rebuild: { casesPerSecond: number };
        queries: { count: number; p50Ms: number; p95Ms: number; meanBytes: number };
        quality: { count: number };
        pass: boolean;
      };
      import: {
        rows: number;
        store: { casesPerSecond: number };
        import: { rowsPerSecond: number; created: number };
        reupload: { created: number; duplicates: number };
        ratio: number;
      };
      operations: {
        members: number;
        messages: number;
        raw: { samples: number; p50Ms: number; p95Ms: number };
        delivery: { samples: number; p50Ms: number; p95Ms: number; p99Ms: number };
        sustained: { messagesPerSecond: number; deliveriesPerSecond: number };
      };
      export: {
        rows: number;
        rowsPerSecond: number;
        rss: { startMegabytes: number; peakMegabytes: number; endMegabytes: number };
        peakFileBackedMegabytes: number;
        anonymous: { peakMegabytes: number; growthMegabytes: number };
        pass: boolean;
      };
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
    // The statistics ran over the store benchmark's cases, and their answers held something.
    expect(written.stats.cases).to.equal(1000);
    expect(written.stats.rebuild.casesPerSecond).to.be.above(0);
    expect(written.stats.queries.count).to.equal(200);
    expect(written.stats.queries.p95Ms).to.be.at.least(written.stats.queries.p50Ms);
    expect(written.stats.queries.meanBytes).to.be.above(1000);
    expect(written.stats.pass).to.equal(written.stats.queries.p95Ms <= 100);
    // Every row of the workbook was imported once, and the same file again stored nothing.
    expect(written.import.rows).to.equal(1000);
    expect(written.import.import.created).to.equal(1000);
    expect(written.import.reupload).to.deep.equal({
      ...written.import.reupload,
      created: 0,
      duplicates: 1000,
    });
    expect(written.import.ratio).to.be.closeTo(
      written.import.import.rowsPerSecond / written.import.store.casesPerSecond,
      1e-9,
    );
    // Five reports, each timed at the two members that did not post it; the burst reached all three.
    const { operations } = written;
    expect(operations).to.include({ members: 3, messages: 20 });
    expect(operations.delivery.samples).to.equal(10);
    expect(operations.raw.samples).to.equal(10);
    expect(operations.delivery.p99Ms).to.be.at.least(operations.delivery.p50Ms).and.above(0);
    expect(operations.sustained.deliveriesPerSecond).to.be.closeTo(
      operations.sustained.messagesPerSecond * 3,
      1e-6,
    );
    // Every seeded case was exported, in a process of its own whose memory was sampled throughout.
    expect(written.export.rows).to.equal(3000);
    expect(written.export.rowsPerSecond).to.be.above(0);
    const { rss, anonymous } = written.export;
    expect(rss.peakMegabytes).to.be.at.least(rss.startMegabytes).and.at.least(rss.endMegabytes);
    expect(rss.startMegabytes).to.be.above(10);
    expect(anonymous.peakMegabytes).to.be.above(10).and.at.most(rss.peakMegabytes);
    expect(written.export.peakFileBackedMegabytes).to.be.below(rss.peakMegabytes);
    expect(written.export.pass).to.equal(anonymous.peakMegabytes <= 300);
  });
});
