/**
 * The statistics benchmark: how fast `GET /stats` and `GET /stats/quality` answer on a store of
 * synthetic cases, and what building the statistics database costs.
 *
 * (a) rebuild: the statistics database filled from LevelDB (`cen-node reindex`), cases/s;
 * (b) first query after opening: loads the database's rows into memory, once per process;
 * (c) typical queries (a dimension, month or year, 0-2 filters, a date range or none, sometimes
 *     free text), answered and serialised to JSON as the API does: p50/p95, goal p95 ≤ 100 ms.
 *
 * It uses the store in `storeDir` when given (the store benchmark's, already filled with
 * `cases` cases), seeding whatever it lacks with the synthetic generator.
 *
 * @example
 *   const result = await runStatsBench({ cases: 2000, dir: '/tmp/bench-stats' });
 *   result.queries.p95Ms; // e.g. 6.2
 */
import { join } from 'node:path';
import { STATS_DIMENSION_NAMES, type QualityParams, type StatsParams } from '../protocol/api.ts';
import { seedStore } from '../node/seed/index.ts';
import { Random } from '../node/seed/random.ts';
import { rebuildStatsIndex, STATS_FILE, StatsIndex, StatsService } from '../node/stats/index.ts';
import { openStore } from '../node/store/index.ts';

export const STATS_GOAL_P95_MS = 100;

export interface StatsBenchOptions {
  cases: number;
  /** An empty scratch directory; the caller removes it. */
  dir: string;
  /** A store's data directory to use instead of seeding one in `dir`. */
  storeDir?: string;
  /** Its country (the store benchmark's is BE). */
  country?: string;
  seed?: number;
  queries?: number;
  log?: (line: string) => void;
}

export interface StatsBenchResult {
  cases: number;
  rebuild: { casesPerSecond: number; seconds: number };
  firstQueryMs: number;
  queries: { count: number; p50Ms: number; p95Ms: number; maxMs: number; meanBytes: number };
  quality: { count: number; p50Ms: number; p95Ms: number };
  goalP95Ms: number;
  pass: boolean;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const FILTERS = ['itrArea', 'conveyanceMode', 'detectionMethod', 'locationType', 'status'] as const;
const FILTER_VALUES: Readonly<Record<(typeof FILTERS)[number], readonly string[]>> = {
  itrArea: ['drugs', 'revenue', 'ipr-health-safety', 'environment'],
  conveyanceMode: ['air-passenger', 'sea-container', 'road', 'postal'],
  detectionMethod: ['risk-profiling', 'routine-control', 'scanner'],
  locationType: ['airport', 'seaport', 'land-border'],
  status: ['validated', 'archived'],
};
const WORDS = ['suitcase', 'container', 'cocaine', 'cigarettes', 'hidden'];

/** A query an analyst might make from the statistics screen. */
function typicalQuery(rng: Random, today: string): StatsParams {
  const query: StatsParams = {
    dimension: rng.pick(STATS_DIMENSION_NAMES),
    period: rng.chance(0.7) ? 'month' : 'year',
  };
  const filters = rng.int(0, 2);
  for (let i = 0; i < filters; i++) {
    const name = rng.pick(FILTERS);
    query[name] = rng.pick(FILTER_VALUES[name]) as never;
  }
  if (rng.chance(0.7)) {
    const months = rng.pick([3, 12, 24]);
    const from = new Date(`${today}T00:00:00Z`);
    from.setUTCMonth(from.getUTCMonth() - months);
    query.from = from.toISOString().slice(0, 10);
  }
  if (rng.chance(0.1)) query.q = rng.pick(WORDS);
  return query;
}

export async function runStatsBench(opts: StatsBenchOptions): Promise<StatsBenchResult> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const today = new Date().toISOString().slice(0, 10);
  const dataDir = opts.storeDir ?? join(opts.dir, 'node');
  const country = opts.country ?? 'BE';
  // Opened apart from the store, so that opening does not already fill it: the rebuild is timed.
  const index = await StatsIndex.open(join(opts.dir, STATS_FILE));
  const store = await openStore(dataDir, { country });
  try {
    const held = (await store.counts()).cases;
    if (held < opts.cases) {
      log(`statistics: seeding ${opts.cases - held} synthetic cases`);
      await seedStore(store, { cases: opts.cases - held, seed, today });
    }
    const cases = (await store.counts()).cases;

    log(`(a) statistics database rebuilt from LevelDB: ${cases} cases`);
    const rebuildStart = performance.now();
    await rebuildStatsIndex(store, index);
    const rebuildSeconds = (performance.now() - rebuildStart) / 1000;
    await index.close();
    await store.close();

    // A fresh process's view: the rows are loaded from the file by the first query.
    const reopened = await StatsIndex.open(join(opts.dir, STATS_FILE));
    const again = await openStore(dataDir, { country, derived: [reopened] });
    try {
      const service = new StatsService({ index: reopened, store: again });
      log('(b) first query (loads the statistics table)');
      const firstStart = performance.now();
      JSON.stringify(await service.stats({ dimension: 'itrArea' }));
      const firstQueryMs = performance.now() - firstStart;

      const rng = new Random(seed + 2000);
      const count = opts.queries ?? 200;
      log(`(c) typical statistics queries: ${count}`);
      for (let i = 0; i < 10; i++) JSON.stringify(await service.stats(typicalQuery(rng, today)));
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < count; i++) {
        const query = typicalQuery(rng, today);
        const start = performance.now();
        const text = JSON.stringify(await service.stats(query));
        times.push(performance.now() - start);
        bytes += text.length;
      }
      const qualityTimes: number[] = [];
      for (let i = 0; i < Math.ceil(count / 4); i++) {
        const { dimension: _d, period: _p, top: _t, ...filters } = typicalQuery(rng, today);
        const start = performance.now();
        JSON.stringify(await service.quality(filters satisfies QualityParams));
        qualityTimes.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      qualityTimes.sort((a, b) => a - b);
      const p95Ms = percentile(times, 95);
      return {
        cases,
        rebuild: { casesPerSecond: cases / rebuildSeconds, seconds: rebuildSeconds },
        firstQueryMs,
        queries: {
          count,
          p50Ms: percentile(times, 50),
          p95Ms,
          maxMs: times.at(-1) ?? 0,
          meanBytes: bytes / Math.max(1, count),
        },
        quality: {
          count: qualityTimes.length,
          p50Ms: percentile(qualityTimes, 50),
          p95Ms: percentile(qualityTimes, 95),
        },
        goalP95Ms: STATS_GOAL_P95_MS,
        pass: p95Ms <= STATS_GOAL_P95_MS,
      };
    } finally {
      await again.close();
    }
  } finally {
    await index.close();
    await store.close();
  }
}
