/**
 * The store benchmark: how fast the record store ingests and searches synthetic cases, measured
 * against the raw LevelDB ceiling in the same run on the same machine (the machines vary by
 * ±20-30 %, so absolute figures from another day mean little; the ratio does).
 *
 * (a) raw LevelDB: the very JSON bytes of the cases, plain `level` batches of 1,000, `sync: true`;
 * (b) store ingest: `createCases` in batches of 1,000 into a fresh LevelKv-backed RecordStore with
 *     its full-text index (validation, revisions, indexes, change log, FTS), goal ≥ 25 % of (a).
 *     It runs as an importer would: each batch is read and parsed from the same JSON lines and
 *     handed over while the store writes the previous one, so that preparing batch N+1 overlaps
 *     writing batch N; the whole of it is timed, reading and parsing included;
 * (c) filtered search: random realistic queries (1-3 filters and a date range, first page of 50),
 *     goal p95 ≤ 50 ms; (d) free-text search; (e) peak RSS.
 *
 * Generating the synthetic cases is not timed: they are generated twice from the same seed (once
 * for the persons and businesses they link, once into a scratch file of JSON lines that (a) and
 * (b) read a batch at a time), so that memory stays flat.
 *
 * @example
 *   const result = await runStoreBench({ cases: 2000, dir: '/tmp/bench' });
 *   result.ingest.ratio; // e.g. 0.31
 */
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Level } from 'level';
import { v7 as uuidv7 } from 'uuid';
import type { CaseInput } from '../protocol/records.ts';
import type { CaseQuery } from '../node/store/types.ts';
import { linkCase, SEED_ACTOR, SyntheticGenerator } from '../node/seed/index.ts';
import { Random } from '../node/seed/random.ts';
import { openStore } from '../node/store/index.ts';

export const INGEST_GOAL_RATIO = 0.25;
export const SEARCH_GOAL_P95_MS = 50;
const BATCH = 1000;
const COUNTRY = 'BE';

export interface StoreBenchOptions {
  cases: number;
  /** An empty scratch directory; the caller removes it. */
  dir: string;
  seed?: number;
  searchQueries?: number;
  fullTextQueries?: number;
  /** Progress lines for a human watching (stderr). */
  log?: (line: string) => void;
}

export interface LatencySummary {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Mean number of results on the first page: queries that find nothing measure little. */
  meanResults: number;
}

export interface StoreBenchResult {
  cases: number;
  country: string;
  seed: number;
  setup: { persons: number; businesses: number; seconds: number };
  raw: { recordsPerSecond: number; seconds: number; megabytes: number };
  ingest: { casesPerSecond: number; seconds: number; ratio: number; goalRatio: number; pass: boolean };
  search: LatencySummary & { goalP95Ms: number; pass: boolean };
  fullText: LatencySummary;
  peakRssMegabytes: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(times: number[], results: number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    queries: times.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1] ?? 0,
    meanResults: results.reduce((a, b) => a + b, 0) / Math.max(1, results.length),
  };
}

/** Yields the same synthetic cases each time it is called: one seed, one day. */
function* syntheticBatches(
  seed: number,
  today: string,
  cases: number,
): Generator<{ generator: SyntheticGenerator; batch: ReturnType<SyntheticGenerator['nextCase']>[] }> {
  const generator = new SyntheticGenerator({ seed, country: COUNTRY, today });
  for (let done = 0; done < cases; done += BATCH) {
    const batch = [];
    for (let i = 0; i < Math.min(BATCH, cases - done); i++) batch.push(generator.nextCase());
    yield { generator, batch };
  }
}

const FILTERS = [
  'itrArea',
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'status',
  'country',
] as const;

/** A query an analyst might type: values taken from a real case, so most queries find something. */
function realisticQuery(rng: Random, sample: readonly CaseInput[], today: string): CaseQuery {
  const c = rng.pick(sample);
  const values: Record<(typeof FILTERS)[number], string | undefined> = {
    itrArea: c.items[0]?.itrArea,
    commodity: c.items[0]?.commodity,
    conveyanceMode: c.conveyance?.mode,
    detectionMethod: c.detection?.method,
    locationType: c.location?.type,
    routeCountry: c.route
      ? rng.pick([c.route.origin, c.route.destination].filter((x) => x !== undefined))
      : undefined,
    status: c.status,
    country: COUNTRY,
  };
  const query: CaseQuery = { limit: 50 };
  for (const name of rng.sample(FILTERS, rng.int(1, 3))) {
    const value = values[name];
    if (value !== undefined) query[name] = value;
  }
  // A date window of one month to two years ending somewhere in the data's three years.
  const end = Date.parse(`${today}T00:00:00Z`) - rng.int(0, 700) * 86_400_000;
  const start = end - rng.int(30, 730) * 86_400_000;
  query.from = new Date(start).toISOString().slice(0, 10);
  query.to = new Date(end).toISOString().slice(0, 10);
  return query;
}

const FREE_TEXT = [
  'cocaine',
  'cigarettes',
  'suitcase',
  'container',
  'tramadol',
  'banknotes',
  'hashish',
  'counterfeit trademarks',
  'detector dog',
  'heroin',
  'ivory tusks',
  'Antwerp',
  'Zaventem',
  'tea packaging',
  'bananas',
  'spare tyre',
  'courier',
  'prosecutor',
  'pellets',
  'vacuum-sealed',
];

export async function runStoreBench(opts: StoreBenchOptions): Promise<StoreBenchResult> {
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  const today = new Date().toISOString().slice(0, 10);
  const rng = new Random(seed + 1000);

  // Pass 1: who the cases link, so that persons and businesses exist before any case is written.
  let persons: SyntheticGenerator['persons'] = [];
  let businesses: SyntheticGenerator['businesses'] = [];
  for (const { generator } of syntheticBatches(seed, today, opts.cases)) {
    persons = generator.persons;
    businesses = generator.businesses;
  }

  const store = await openStore(join(opts.dir, 'node'), { country: COUNTRY });
  try {
    log(`setup: storing ${persons.length} persons and ${businesses.length} businesses`);
    const setupStart = performance.now();
    const personIds: string[] = [];
    const businessIds: string[] = [];
    for (let i = 0; i < persons.length; i += BATCH) {
      for (const p of await store.createPersons(persons.slice(i, i + BATCH), SEED_ACTOR))
        personIds.push(p.id);
    }
    for (let i = 0; i < businesses.length; i += BATCH) {
      for (const b of await store.createBusinesses(businesses.slice(i, i + BATCH), SEED_ACTOR))
        businessIds.push(b.id);
    }
    const setupSeconds = (performance.now() - setupStart) / 1000;
    // Only their ids are needed from here on: the records themselves would weigh on peak RSS.
    const setup = { persons: persons.length, businesses: businesses.length, seconds: setupSeconds };
    persons = [];
    businesses = [];

    // The cases as JSON lines in a scratch file, one batch after another: the same bytes for (a)
    // and (b), read back a batch at a time so that memory stays flat however many cases there are.
    log(`writing ${opts.cases} synthetic cases as JSON lines`);
    const casesFile = join(opts.dir, 'cases.jsonl');
    const batches: { offset: number; length: number }[] = [];
    let fileBytes = 0;
    let rawBytes = 0;
    const out = await open(casesFile, 'w');
    try {
      for (const { batch } of syntheticBatches(seed, today, opts.cases)) {
        const text = batch.map((c) => JSON.stringify(linkCase(c, personIds, businessIds))).join('\n');
        const bytes = Buffer.from(text, 'utf8');
        batches.push({ offset: fileBytes, length: bytes.length });
        await out.write(bytes);
        fileBytes += bytes.length;
        rawBytes += bytes.length - (batch.length - 1); // without the line breaks
      }
    } finally {
      await out.close();
    }
    personIds.length = 0;
    businessIds.length = 0;
    const input = await open(casesFile, 'r');
    const readLines = async ({ offset, length }: { offset: number; length: number }): Promise<string[]> => {
      const bytes = Buffer.allocUnsafe(length);
      await input.read(bytes, 0, length, offset);
      return bytes.toString('utf8').split('\n');
    };

    // (a) raw LevelDB: the same JSON bytes the store will be given, keyed like the store's ids.
    log(`(a) raw LevelDB: ${opts.cases} records`);
    const raw = new Level<string, string>(join(opts.dir, 'raw'), { valueEncoding: 'utf8' });
    await raw.open();
    let rawMs = 0;
    try {
      for (const batch of batches) {
        const ops = (await readLines(batch)).map((value) => ({ type: 'put' as const, key: uuidv7(), value }));
        const start = performance.now();
        await raw.batch(ops, { sync: true });
        rawMs += performance.now() - start;
      }
    } finally {
      await raw.close();
    }

    // (b) store ingest, as an importer does it: read a batch, parse it and hand it to the store
    // while the store writes the previous one (createCases validates and serialises a batch when
    // it is called, and LevelDB writes off the main thread). All of it is timed, reading and
    // parsing included. A sample of the cases is kept to build realistic queries from.
    log(`(b) store ingest: ${opts.cases} cases`);
    const sample: CaseInput[] = [];
    let seen = 0;
    const ingestStart = performance.now();
    try {
      let previous: Promise<unknown> | undefined;
      for (const batch of batches) {
        const inputs = (await readLines(batch)).map((line) => JSON.parse(line) as CaseInput);
        const current = store.createCases(inputs, SEED_ACTOR);
        current.catch(() => undefined); // awaited below, after the previous batch
        for (const input of inputs) {
          seen++;
          if (sample.length < 1000) sample.push(input);
          else if (rng.chance(1000 / seen)) sample[rng.int(0, 999)] = input;
        }
        if (previous) await previous;
        previous = current;
        if (seen % 20_000 === 0) log(`    ${seen} cases stored`);
      }
      await previous;
    } finally {
      await input.close();
      await rm(casesFile, { force: true });
    }
    const ingestMs = performance.now() - ingestStart;

    // (c) filtered search; a few unmeasured queries first so that one-off start-up costs
    // (JIT, first disk reads) do not count as search latency.
    const searchQueries = opts.searchQueries ?? 300;
    log(`(c) filtered search: ${searchQueries} queries`);
    for (let i = 0; i < 10; i++) await store.searchCases(realisticQuery(rng, sample, today));
    const searchTimes: number[] = [];
    const searchResults: number[] = [];
    for (let i = 0; i < searchQueries; i++) {
      const query = realisticQuery(rng, sample, today);
      const start = performance.now();
      const page = await store.searchCases(query);
      searchTimes.push(performance.now() - start);
      searchResults.push(page.items.length);
    }

    // (d) free text, alone or with one filter.
    const fullTextQueries = opts.fullTextQueries ?? 200;
    log(`(d) free-text search: ${fullTextQueries} queries`);
    await store.searchCases({ q: 'warm up', limit: 50 });
    const textTimes: number[] = [];
    const textResults: number[] = [];
    for (let i = 0; i < fullTextQueries; i++) {
      const query: CaseQuery = { q: rng.pick(FREE_TEXT), limit: 50 };
      if (rng.chance(0.3)) query.itrArea = rng.pick(sample).items[0]!.itrArea;
      const start = performance.now();
      const page = await store.searchCases(query);
      textTimes.push(performance.now() - start);
      textResults.push(page.items.length);
    }

    const rawSeconds = rawMs / 1000;
    const ingestSeconds = ingestMs / 1000;
    const rawRate = opts.cases / rawSeconds;
    const ingestRate = opts.cases / ingestSeconds;
    const search = summarise(searchTimes, searchResults);
    return {
      cases: opts.cases,
      country: COUNTRY,
      seed,
      setup,
      raw: { recordsPerSecond: rawRate, seconds: rawSeconds, megabytes: rawBytes / 1e6 },
      ingest: {
        casesPerSecond: ingestRate,
        seconds: ingestSeconds,
        ratio: ingestRate / rawRate,
        goalRatio: INGEST_GOAL_RATIO,
        pass: ingestRate / rawRate >= INGEST_GOAL_RATIO,
      },
      search: { ...search, goalP95Ms: SEARCH_GOAL_P95_MS, pass: search.p95Ms <= SEARCH_GOAL_P95_MS },
      fullText: summarise(textTimes, textResults),
      // maxRSS is in kibibytes on Linux.
      peakRssMegabytes: (process.resourceUsage().maxRSS * 1024) / 1e6,
    };
  } finally {
    await store.close();
  }
}
