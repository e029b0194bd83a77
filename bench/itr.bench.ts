/**
 * The ITR benchmark: how long the WCO node takes to rebuild the Illicit-Trade-Report tables of a
 * year from `cases` global cases (1,000,000 by default), beside a raw limit measured in the same
 * run.
 *
 * Setup (not timed): a global store in a temp LevelDB filled through the store's own write ops
 * (`putOps`) in batches of 1,000 with anonymised projections of synthetic seizures (a pool of
 * 2,000 from the seed generator, each copy with an id, a member among 185, a reporting country
 * and a seizure date of its own, over 2024 and 2025). The derived search index is not built: the
 * ITR tables never read it.
 *
 * (a) raw: one pass reading every global entry from LevelDB with its JSON parsed, nothing else;
 * (b) ITR rebuild: the statistics table built from LevelDB and every ITR table of 2025 computed
 *     and released through disclosure control (the work of `cen-node global itr` but the files);
 * (c) writing the workbook and CSVs of those tables.
 *
 * Environment: `BENCH_ITR_CASES` (default 1,000,000; 2,000 when `BENCH_CASES` is below 10,000,
 * a smoke run of the suite).
 *
 * @example
 *   const result = await runItrBench({ cases: 1_000_000, dir });
 *   result.rebuild.seconds; result.ratio;
 */
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import {
  buildGlobalTable,
  GLOBAL_NS,
  GlobalStore,
  itrTablesOf,
  writeItrFiles,
  type GlobalEntry,
} from '../node/global/index.ts';
import { SyntheticGenerator } from '../node/seed/generator.ts';
import { LevelKv } from '../node/store/level-kv.ts';
import { anonymiseCase } from '../policies/index.ts';
import type { Case } from '../protocol/records.ts';
import { vocabularies } from '../protocol/vocabulary/index.ts';

export interface ItrBenchResult {
  cases: number;
  members: number;
  /** Global cases seized in the year of the tables. */
  casesInYear: number;
  tables: number;
  hiddenCells: number;
  fillSeconds: number;
  raw: { seconds: number; entriesPerSecond: number };
  rebuild: { seconds: number; tableSeconds: number; casesPerSecond: number };
  files: { seconds: number };
  /** Rebuild time over the raw pass's: how many raw passes the rebuild costs. */
  ratio: number;
}

const MEMBERS = 185;
const POOL = 2_000;
const BATCH = 1_000;

export function itrBenchSize(): number {
  // A smoke run of the suite (small BENCH_CASES) gets a small store too.
  const smoke = Number((process.env.BENCH_CASES ?? '100000').replaceAll('_', '')) < 10_000;
  const value = process.env.BENCH_ITR_CASES ?? (smoke ? '2000' : '1000000');
  const cases = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(cases) || cases < 100) {
    throw new RangeError(
      `BENCH_ITR_CASES must be a whole number of at least 100, not ${JSON.stringify(value)}`,
    );
  }
  return cases;
}

/** Anonymised projections of synthetic seizures, to be copied with new ids, members and dates. */
function projectionPool(): Partial<Case>[] {
  const generator = new SyntheticGenerator({ country: 'KE', seed: 2025, today: '2026-11-01' });
  const pool: Partial<Case>[] = [];
  while (pool.length < POOL) {
    const { input } = generator.nextCase();
    const source = {
      ...input,
      status: 'validated' as const,
      id: uuidv7(),
      version: 1,
      reportingCountry: 'KE',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const projected = anonymiseCase(source, { level: 'case-level', version: 1 });
    if (projected.ok) pool.push(projected.record);
  }
  return pool;
}

export async function runItrBench(options: {
  cases: number;
  dir: string;
  log?: (line: string) => void;
}): Promise<ItrBenchResult> {
  const log = options.log ?? (() => undefined);
  const kv = await LevelKv.open(join(options.dir, 'leveldb'));
  const store = await GlobalStore.open({ kv, indexPath: join(options.dir, 'global.sqlite') });
  try {
    const countries = vocabularies.country.codes.filter((c) => c !== 'KE').slice(0, MEMBERS - 1);
    const members = ['KE', ...countries].map((country, i) => ({
      nodeId: `12D3KooWBench${String(i).padStart(3, '0')}`,
      country,
    }));
    const pool = projectionPool();
    const fillStarted = performance.now();
    let ops: ReturnType<GlobalStore['putOps']> = [];
    for (let i = 0; i < options.cases; i++) {
      // Members of very different sizes, as the WCO's are: the first ones contribute most.
      const member =
        members[Math.floor(MEMBERS * Math.pow(((i * 7919) % options.cases) / options.cases, 2))]!;
      const record = pool[i % POOL]!;
      const id = uuidv7();
      const day = i % 730;
      const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString();
      const entry: GlobalEntry = {
        type: 'case',
        id,
        version: 1,
        sha256: '0'.repeat(64),
        record: {
          ...record,
          id,
          reportingCountry: member.country,
          seizureDate: date.slice(0, 10),
          createdAt: date,
        },
        provenance: {
          owner: { nodeId: member.nodeId, country: member.country },
          agreementId: '01900000-0000-7000-8000-000000000001',
          agreementVersion: 1,
          mode: 'sync',
          manifestId: '01900000-0000-7000-8000-000000000002',
          receivedAt: date,
          purgeAt: '2036-01-01T00:00:00.000Z',
        },
      };
      ops.push(...store.putOps(entry, undefined));
      if (ops.length >= BATCH) {
        await kv.batch(ops);
        ops = [];
      }
      if (i % 100_000 === 0 && i > 0) log(`itr benchmark: ${i} global cases stored`);
    }
    await kv.batch(ops);
    const fillSeconds = (performance.now() - fillStarted) / 1000;

    // (a) the raw limit: every entry read from LevelDB and parsed.
    const rawStarted = performance.now();
    let entries = 0;
    for await (const _ of kv.iterate(GLOBAL_NS.cases)) entries++;
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    if (entries !== options.cases) throw new Error(`the store holds ${entries} cases, not ${options.cases}`);

    // (b) the rebuild: the statistics table from LevelDB, then every table of 2025.
    const rebuildStarted = performance.now();
    const table = await buildGlobalTable(store);
    const tablesStarted = performance.now();
    const report = itrTablesOf(table, { from: 2025, to: 2025, minCell: 3 });
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    const tableSeconds = (performance.now() - tablesStarted) / 1000;

    // (c) the files.
    const filesStarted = performance.now();
    await writeItrFiles(report, join(options.dir, 'itr'));
    const filesSeconds = (performance.now() - filesStarted) / 1000;

    let hiddenCells = 0;
    for (const t of report.tables) for (const f of t.cells.flat()) if (f.suppressed) hiddenCells++;
    return {
      cases: options.cases,
      members: MEMBERS,
      casesInYear: report.cases,
      tables: report.tables.length,
      hiddenCells,
      fillSeconds,
      raw: { seconds: rawSeconds, entriesPerSecond: entries / rawSeconds },
      rebuild: { seconds: rebuildSeconds, tableSeconds, casesPerSecond: options.cases / rebuildSeconds },
      files: { seconds: filesSeconds },
      ratio: rebuildSeconds / rawSeconds,
    };
  } finally {
    await store.close();
    await kv.close();
  }
}
