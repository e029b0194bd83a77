/**
 * Statistics and data quality on a LevelDB store seeded with the synthetic generator: every
 * answer equals the brute-force figures over `store.iterateCases()` (test/helpers/stats-reference.ts)
 * for every dimension, both periods, filters, free text and date ranges with their trends; the
 * statistics database follows creates, updates and deletes, catches up with writes made without
 * it and after a restart, and rebuilds from LevelDB (`cen-node reindex`, or a deleted file) to
 * the very same answers.
 */
import { expect } from 'chai';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  STATS_DIMENSION_NAMES,
  STATS_MAX_BUCKETS,
  type QualityParams,
  type StatsParams,
} from '../../protocol/api.ts';
import type { Case, CaseInput } from '../../protocol/records.ts';
import { seedStore } from '../../node/seed/index.ts';
import { rebuildStatsIndex, STATS_FILE, StatsIndex, StatsService } from '../../node/stats/index.ts';
import { openStore, reindex } from '../../node/store/index.ts';
import type { RecordStore } from '../../node/store/records.ts';
import {
  expectQualityMatch,
  expectStatsMatch,
  referenceQuality,
  referenceStats,
} from '../helpers/stats-reference.ts';
import { makeTempDir } from '../helpers/node.ts';

const ACTOR = { username: 'ana' };
const TODAY = new Date().toISOString().slice(0, 10);
const CASES = 2500;

/** The editable part of a stored case, to send it back changed. */
function inputOf(c: Case): CaseInput {
  const {
    id: _id,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    deletedAt: _deletedAt,
    origin: _origin,
    ...input
  } = c;
  return structuredClone(input);
}

/** The most frequent value of something the cases hold. */
function mostCommon(cases: readonly Case[], valuesOf: (c: Case) => (string | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const c of cases)
    for (const value of new Set(valuesOf(c)))
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('statistics and data quality over a seeded store', function () {
  this.timeout(300_000);

  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  let store: RecordStore;
  let index: StatsIndex;
  let service: StatsService;

  async function open(withStats = true): Promise<void> {
    index = await StatsIndex.open(join(dir, STATS_FILE));
    store = await openStore(dir, { country: 'KE', derived: withStats ? [index] : [] });
    if (!withStats) await index.close();
    service = new StatsService({ index, store, clock: () => new Date(`${TODAY}T12:00:00Z`) });
  }

  async function allCases(): Promise<Case[]> {
    const cases: Case[] = [];
    for await (const c of store.iterateCases()) cases.push(c);
    return cases;
  }

  /** The ids a free-text query finds, as `GET /cases` pages them. */
  async function textIds(q: string, dates: { from?: string; to?: string } = {}): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await store.searchCases({ q, ...dates, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const c of page.items) ids.add(c.id);
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  async function expectStats(query: StatsParams): Promise<void> {
    const cases = await allCases();
    const ids = query.q === undefined ? undefined : await textIds(query.q, query);
    const answer = await service.stats({ top: STATS_MAX_BUCKETS, ...query });
    expectStatsMatch(answer, referenceStats(cases, query, TODAY, ids));
  }

  async function expectQuality(query: QualityParams): Promise<void> {
    const cases = await allCases();
    const ids = query.q === undefined ? undefined : await textIds(query.q, query);
    expectQualityMatch(await service.quality(query), referenceQuality(cases, query, TODAY, ids));
  }

  /** A few queries whose answers must not move when the database is rebuilt or reloaded. */
  const FINGERPRINT: StatsParams[] = [
    { dimension: 'commodity', period: 'year' },
    { dimension: 'routeCountry', from: '2025-06-01', top: STATS_MAX_BUCKETS },
    { dimension: 'itrArea', period: 'month', from: '2024-01-15', to: '2026-02-10' },
  ];
  async function fingerprint(): Promise<unknown> {
    const answers: unknown[] = [];
    for (const query of FINGERPRINT) answers.push(await service.stats(query));
    answers.push(await service.quality({ from: '2025-01-01' }));
    return answers;
  }

  before(async () => {
    temp = await makeTempDir('cen-stats-');
    dir = join(temp.path, 'node');
    await open();
    await seedStore(store, { cases: CASES, seed: 11, today: TODAY });
  });

  after(async () => {
    await store?.close();
    await temp?.remove();
  });

  it('seeded what the figures need: several areas, units, values, and cases missing key fields', async () => {
    const cases = await allCases();
    expect(cases).to.have.length(CASES);
    expect(new Set(cases.flatMap((c) => c.items.map((item) => item.itrArea))).size).to.be.at.least(4);
    expect(new Set(cases.flatMap((c) => c.items.map((item) => item.unit))).size).to.be.at.least(3);
    expect(cases.some((c) => c.items.some((item) => item.valueUsd !== undefined))).to.equal(true);
    expect(cases.some((c) => c.offenders.length === 0)).to.equal(true);
    expect(cases.some((c) => c.concealment === undefined)).to.equal(true);
  });

  it('counts, quantities per unit and values by every dimension, per month and per year, as brute force does', async () => {
    for (const [i, dimension] of STATS_DIMENSION_NAMES.entries()) {
      await expectStats({ dimension, period: i % 2 === 0 ? 'month' : 'year' });
    }
    await expectStats({});
    await expectStats({ period: 'year' });
  });

  it('applies the case search filters, free text and date ranges, with trends against the period and span before', async () => {
    const cases = await allCases();
    const commodity = mostCommon(cases, (c) => c.items.map((item) => item.commodity));
    const area = mostCommon(cases, (c) => c.items.map((item) => item.itrArea));
    const routeCountry = mostCommon(cases, (c) => [c.route?.origin, ...(c.route?.transit ?? [])]);
    const mode = mostCommon(cases, (c) => [c.conveyance?.mode]);
    const queries: StatsParams[] = [
      { dimension: 'conveyanceMode', itrArea: area, from: '2025-01-01' },
      { dimension: 'commodity', itrArea: area, period: 'year', from: '2024-03-10', to: '2026-03-09' },
      { dimension: 'itrArea', commodity, routeCountry },
      { dimension: 'routeOrigin', conveyanceMode: mode, status: 'validated', from: '2025-11-17' },
      { dimension: 'detectionMethod', country: 'KE', locationType: 'airport', period: 'year' },
      { dimension: 'offenceType', from: '2026-01-01', to: '2026-01-31' },
      { dimension: 'commodity', from: TODAY },
      { dimension: 'concealmentMethod', q: 'suitcase' },
      { dimension: 'routeCountry', q: 'kg', itrArea: area, from: '2025-01-01', period: 'year' },
      { dimension: 'kind', commodity: 'firearms', itrArea: 'drugs' },
      { dimension: 'status', from: '2030-01-01' },
    ];
    for (const query of queries) await expectStats(query);
  });

  it('lists the buckets with the most cases first and says how many it left out', async () => {
    const answer = await service.stats({ dimension: 'routeCountry', top: 3 });
    const all = await service.stats({ dimension: 'routeCountry', top: STATS_MAX_BUCKETS });
    expect(answer.buckets.map((bucket) => bucket.key)).to.deep.equal(
      all.buckets.slice(0, 3).map((b) => b.key),
    );
    expect(answer.bucketsOmitted).to.equal(all.buckets.length - 3);
    expect(answer.total).to.deep.equal(all.total);
  });

  it('measures completeness and timeliness as brute force does, overall and per month', async () => {
    const cases = await allCases();
    const area = mostCommon(cases, (c) => c.items.map((item) => item.itrArea));
    for (const query of [
      {},
      { from: '2025-06-01' },
      { itrArea: area, to: '2025-12-31' },
      { q: 'container' },
    ] as QualityParams[])
      await expectQuality(query);
  });

  it('follows creates, updates and deletes as they are made', async () => {
    const cases = (await allCases()).slice(0, 40);
    // New cases with known figures, including one missing most key fields.
    await store.createCases(
      [
        {
          kind: 'seizure',
          form: 'simplified',
          status: 'draft',
          seizureDate: TODAY,
          items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 2.5, unit: 'kg', valueUsd: 100_000 }],
        },
        {
          kind: 'offence',
          form: 'simplified',
          status: 'draft',
          seizureDate: '2026-01-05',
          offenceTypes: ['smuggling'],
          route: { origin: 'CO', transit: ['ES', 'NL'], destination: 'KE' },
          items: [
            { itrArea: 'drugs', commodity: 'cocaine', quantity: 1, unit: 'kg' },
            { itrArea: 'revenue', commodity: 'cigarettes', quantity: 2000, unit: 'sticks', valueUsd: 400 },
          ],
        },
      ],
      ACTOR,
    );
    // Updates that move cases to another month and commodity, and deletes.
    for (const c of cases.slice(0, 15)) {
      const input = inputOf(c);
      input.seizureDate = '2025-07-04';
      input.items = [
        { itrArea: 'environment', commodity: 'ivory', quantity: 3.25, unit: 'kg', valueUsd: 9_000 },
      ];
      await store.updateCase(c.id, input, c.version, ACTOR);
    }
    for (const c of cases.slice(15, 30)) await store.deleteCase(c.id, c.version, ACTOR);
    expect(index.isBehind(store.lastSeq())).to.equal(false);
    await expectStats({ dimension: 'commodity', from: '2025-01-01' });
    await expectStats({ dimension: 'routeTransit', period: 'year' });
    await expectStats({ dimension: 'offenceType' });
    await expectQuality({ from: '2025-01-01' });
  });

  it('repairs itself from the change log when an update could not be applied', async () => {
    // An update that does not follow where the database stands (as after a failed write) leaves
    // it behind; the writes after it are not applied either, until a query catches up.
    index.written([], store.lastSeq() + 10, store.lastSeq() + 11);
    expect(index.isBehind(store.lastSeq())).to.equal(true);
    const [c] = await allCases();
    const input = inputOf(c!);
    input.items = [{ itrArea: 'revenue', commodity: 'alcohol', quantity: 40, unit: 'l', valueUsd: 900 }];
    await store.updateCase(c!.id, input, c!.version, ACTOR);
    expect(index.isBehind(store.lastSeq())).to.equal(true);
    await expectStats({ dimension: 'commodity', period: 'year' });
    expect(index.isBehind(store.lastSeq())).to.equal(false);
    expect(index.indexedUpTo).to.equal(store.lastSeq());
  });

  it('catches up from the change log with writes made without it, and after a restart', async () => {
    const before = await fingerprint();
    await store.close();
    // Writes through a store that does not keep the statistics database.
    await open(false);
    const [c] = await allCases();
    const input = inputOf(c!);
    input.items = [{ itrArea: 'security', commodity: 'firearms', quantity: 7, unit: 'pieces' }];
    await store.updateCase(c!.id, input, c!.version, ACTOR);
    await store.createCase({ ...input, seizureDate: '2025-09-09' }, ACTOR);
    await seedStore(store, { cases: 30, seed: 99, today: TODAY });
    await store.close();

    await open();
    expect(index.indexedUpTo).to.equal(store.lastSeq());
    expect(await fingerprint()).not.to.deep.equal(before);
    await expectStats({ dimension: 'commodity', period: 'year' });
    await expectStats({ dimension: 'routeCountry', from: '2025-06-01' });

    // A restart with nothing new: the figures come back as they were, loaded from the file.
    const now = await fingerprint();
    await store.close();
    await open();
    expect(await fingerprint()).to.deep.equal(now);
  });

  it('rebuilds from LevelDB to identical answers: reindex, and a deleted database', async () => {
    const before = await fingerprint();
    expect(await rebuildStatsIndex(store, index)).to.deep.equal({ cases: (await store.counts()).cases });
    expect(await fingerprint()).to.deep.equal(before);
    await reindex(store);

    await store.close();
    await rm(join(dir, STATS_FILE));
    await rm(join(dir, `${STATS_FILE}-wal`), { force: true });
    await rm(join(dir, `${STATS_FILE}-shm`), { force: true });
    await open();
    expect(index.indexedUpTo).to.equal(store.lastSeq());
    expect(await fingerprint()).to.deep.equal(before);
    await expectStats({ dimension: 'commodity', from: '2025-01-01' });
  });
});
