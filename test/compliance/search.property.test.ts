/**
 * Search, property-tested: for random stores and random queries, following `nextCursor` to the
 * end returns exactly what a brute-force filter and sort over the same cases returns, on every
 * KV implementation and with or without the full-text index.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case, CaseInput } from '../../protocol/records.ts';
import { openStore } from '../../node/store/index.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import { LevelKv } from '../../node/store/level-kv.ts';
import { RecordStore } from '../../node/store/records.ts';
import type { CaseQuery } from '../../node/store/types.ts';
import { ACTOR, COMMODITIES, validCase } from './fixtures.ts';

const COUNTRIES = ['CO', 'ES', 'NL', 'KE', 'AE'] as const;
const LOCATIONS = ['seaport', 'airport', 'land-border'] as const;
const DETECTIONS = ['scanner', 'risk-profiling', 'detector-dog'] as const;
const CONVEYANCES = ['sea-container', 'air-cargo', 'road'] as const;
const STATUSES = ['draft', 'validated'] as const;
/** No word is part of another or of the fixed texts, so substring and word-prefix matching agree. */
const WORDS = ['suitcase', 'pallet', 'tyres', 'mango', 'lorry', 'drum', 'blanket', 'parcel'] as const;

const dateArb = fc.integer({ min: 0, max: 60 }).map((day) => {
  const d = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
});

interface Generated {
  input: CaseInput;
  deleted: boolean;
}

const caseArb: fc.Arbitrary<Generated> = fc
  .record({
    seizureDate: dateArb,
    items: fc.uniqueArray(fc.integer({ min: 0, max: COMMODITIES.length - 1 }), {
      minLength: 1,
      maxLength: 3,
    }),
    location: fc.constantFrom(...LOCATIONS),
    detection: fc.constantFrom(...DETECTIONS),
    conveyance: fc.constantFrom(...CONVEYANCES),
    status: fc.constantFrom(...STATUSES),
    origin: fc.constantFrom(...COUNTRIES),
    transit: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 2 }),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    deleted: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
  })
  .map((g) => ({
    deleted: g.deleted,
    input: validCase({
      seizureDate: g.seizureDate,
      status: g.status,
      location: { type: g.location, name: 'Mombasa' },
      detection: { method: g.detection },
      conveyance: { mode: g.conveyance },
      route: {
        origin: g.origin,
        transit: g.transit.filter((c) => c !== g.origin && c !== 'KE'),
        destination: 'KE',
      },
      items: g.items.map((i) => {
        const c = COMMODITIES[i]!;
        return { itrArea: c.itrArea, commodity: c.commodity, quantity: 10, unit: c.unit };
      }),
      narrative: `Found ${g.words.join(' ')}.`,
    }),
  }));

const filterArbs = {
  country: fc.constantFrom('KE', 'TZ'),
  itrArea: fc.constantFrom(...new Set(COMMODITIES.map((c) => c.itrArea))),
  commodity: fc.constantFrom(...COMMODITIES.map((c) => c.commodity)),
  conveyanceMode: fc.constantFrom(...CONVEYANCES),
  detectionMethod: fc.constantFrom(...DETECTIONS),
  locationType: fc.constantFrom(...LOCATIONS),
  routeCountry: fc.constantFrom(...COUNTRIES),
  status: fc.constantFrom(...STATUSES),
};
type FilterName = keyof typeof filterArbs;

/** Realistic queries: up to three filters, often a date range, sometimes a word, small pages so that results span pages. */
const queryArb: fc.Arbitrary<CaseQuery> = fc
  .subarray(Object.keys(filterArbs) as FilterName[], { maxLength: 3 })
  .chain((names) =>
    fc.record({
      filters: fc.record(Object.fromEntries(names.map((name) => [name, filterArbs[name]]))),
      dates: fc.option(fc.tuple(dateArb, dateArb, fc.integer({ min: 0, max: 2 })), { freq: 2 }),
      q: fc.option(fc.constantFrom(...WORDS), { freq: 3 }),
      limit: fc.integer({ min: 1, max: 25 }),
    }),
  )
  .map(({ filters, dates, q, limit }) => {
    const query: CaseQuery = { ...filters, limit };
    if (dates) {
      // One side, the other, or both (in order).
      const [a, b, sides] = dates;
      const [from, to] = a <= b ? [a, b] : [b, a];
      if (sides !== 1) query.from = from;
      if (sides !== 0) query.to = to;
    }
    if (q !== null) query.q = q.toUpperCase();
    return query;
  });

/** An independent statement of what a query means, for comparison. */
function bruteForce(cases: readonly Case[], query: CaseQuery): string[] {
  const text = (c: Case) =>
    [
      c.ref,
      c.office,
      c.location?.name,
      c.narrative,
      c.concealment?.description,
      ...c.items.map((i) => i.description),
    ]
      .join('\n')
      .toLowerCase();
  return cases
    .filter(
      (c) =>
        !c.deletedAt &&
        (query.from === undefined || c.seizureDate >= query.from) &&
        (query.to === undefined || c.seizureDate <= query.to) &&
        (query.country === undefined || c.reportingCountry === query.country) &&
        (query.itrArea === undefined || c.items.some((i) => i.itrArea === query.itrArea)) &&
        (query.commodity === undefined || c.items.some((i) => i.commodity === query.commodity)) &&
        (query.conveyanceMode === undefined || c.conveyance?.mode === query.conveyanceMode) &&
        (query.detectionMethod === undefined || c.detection?.method === query.detectionMethod) &&
        (query.locationType === undefined || c.location?.type === query.locationType) &&
        (query.routeCountry === undefined ||
          [c.route?.origin, c.route?.departure, ...(c.route?.transit ?? []), c.route?.destination].includes(
            query.routeCountry,
          )) &&
        (query.status === undefined || c.status === query.status) &&
        (query.q === undefined ||
          query.q
            .toLowerCase()
            .split(/\s+/)
            .every((word) => text(c).includes(word))),
    )
    .sort((a, b) =>
      a.seizureDate !== b.seizureDate ? b.seizureDate.localeCompare(a.seizureDate) : a.id < b.id ? 1 : -1,
    )
    .map((c) => c.id);
}

async function allPages(store: RecordStore, query: CaseQuery): Promise<string[]> {
  const limit = query.limit ?? 50;
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1_000; page++) {
    const result = await store.searchCases(cursor ? { ...query, cursor } : query);
    expect(result.items.length).to.be.at.most(limit);
    ids.push(...result.items.map((c) => c.id));
    if (!result.nextCursor) return ids;
    // Only the last page may be short.
    expect(result.items).to.have.length(limit);
    cursor = result.nextCursor;
  }
  throw new Error('search did not end');
}

async function fill(store: RecordStore, generated: readonly Generated[]): Promise<Case[]> {
  const created = await store.createCases(
    generated.map((g) => g.input),
    ACTOR,
  );
  const stored: Case[] = [];
  for (const [i, c] of created.entries()) {
    stored.push(generated[i]!.deleted ? await store.deleteCase(c.id, 1, ACTOR) : c);
  }
  return stored;
}

const property = (open: () => Promise<{ store: RecordStore; done: () => Promise<void> }>) =>
  fc.asyncProperty(
    fc.array(caseArb, { minLength: 100, maxLength: 300 }),
    fc.array(queryArb, { minLength: 1, maxLength: 8 }),
    async (generated, queries) => {
      const { store, done } = await open();
      try {
        const cases = await fill(store, generated);
        for (const query of queries) {
          expect(await allPages(store, query), JSON.stringify(query)).to.deep.equal(bruteForce(cases, query));
        }
      } finally {
        await done();
      }
    },
  );

describe('search (property)', function () {
  this.timeout(120_000);
  let root: string;
  let n = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'cen-search-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('pages over MemoryKv equal brute force (q by substring)', async () => {
    await fc.assert(
      property(async () => {
        const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
        return { store, done: () => store.close() };
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('pages over LevelKv equal brute force (q by substring)', async () => {
    await fc.assert(
      property(async () => {
        const store = await RecordStore.open({
          kv: await LevelKv.open(join(root, `kv-${n++}`)),
          country: 'KE',
        });
        return { store, done: () => store.close() };
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('pages over LevelKv with the full-text index equal brute force', async () => {
    await fc.assert(
      property(async () => {
        const store = await openStore(join(root, `node-${n++}`), { country: 'KE' });
        return { store, done: () => store.close() };
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });
});
