/**
 * Synthetic data for demos, tests and benchmarks: `seedStore` fills a record store with cases,
 * persons and businesses shaped like the WCO Illicit Trade Report (see `generator.ts` for what
 * the data looks like and `commodities.ts` for the shape of each trade). The same seed, country
 * and day give the same data.
 *
 * Records are written in batches through `createPersons`/`createBusinesses`/`createCases`, as the
 * actor `system:seed`, streaming: each batch of cases is generated, the persons and businesses it
 * introduces are stored first, then the cases that link them. Memory stays flat however many
 * cases are asked for.
 *
 * @example
 *   const store = await openStore(dataDir, { country: 'KE' });
 *   const counts = await seedStore(store, { cases: 5000, seed: 1, onProgress: (done, total) => bar.update(done, { total }) });
 *   // counts: { cases: 5000, persons: 1374, businesses: 610 }
 */
import type { RecordStoreApi } from '../store/types.ts';
import { linkCase, SyntheticGenerator, type SyntheticCase } from './generator.ts';

export {
  generateDataset,
  linkCase,
  SyntheticGenerator,
  type CaseLinks,
  type GeneratorOptions,
  type SyntheticCase,
  type SyntheticDataset,
} from './generator.ts';

export const SEED_ACTOR = { username: 'system:seed' } as const;
export const SEED_BATCH_SIZE = 1000;

export interface SeedOptions {
  cases: number;
  seed?: number;
  /**
   * Called after every stored batch. `done` and `total` count cases; persons and businesses
   * are written with the cases that introduce them.
   */
  onProgress?: (done: number, total: number) => void;
  /** The reporting country; defaults to the store's own (`RecordStore.country`). */
  country?: string;
  /** Today's date (YYYY-MM-DD) for the three-year window of seizure dates; defaults to today (UTC). */
  today?: string;
  batchSize?: number;
}

export interface SeedResult {
  cases: number;
  persons: number;
  businesses: number;
}

function storeCountry(store: RecordStoreApi): string | undefined {
  const country = (store as { country?: unknown }).country;
  return typeof country === 'string' ? country : undefined;
}

export async function seedStore(store: RecordStoreApi, opts: SeedOptions): Promise<SeedResult> {
  const country = opts.country ?? storeCountry(store);
  if (country === undefined || !/^[A-Z]{2}$/.test(country)) {
    throw new TypeError(
      `seeding needs a national node's country (ISO 3166-1 alpha-2), not ${String(country)}`,
    );
  }
  if (!Number.isSafeInteger(opts.cases) || opts.cases < 0) {
    throw new RangeError(`cases must be a whole number ≥ 0, not ${opts.cases}`);
  }
  const batchSize = opts.batchSize ?? SEED_BATCH_SIZE;
  const generator = new SyntheticGenerator({
    country,
    ...(opts.seed !== undefined && { seed: opts.seed }),
    ...(opts.today !== undefined && { today: opts.today }),
  });
  const personIds: string[] = [];
  const businessIds: string[] = [];

  let done = 0;
  opts.onProgress?.(0, opts.cases);
  while (done < opts.cases) {
    const batch: SyntheticCase[] = [];
    const size = Math.min(batchSize, opts.cases - done);
    for (let i = 0; i < size; i++) batch.push(generator.nextCase());

    // Persons and businesses first: a case may only link records that exist.
    for (let from = personIds.length; from < generator.persons.length; from += batchSize) {
      const created = await store.createPersons(generator.persons.slice(from, from + batchSize), SEED_ACTOR);
      for (const p of created) personIds.push(p.id);
    }
    for (let from = businessIds.length; from < generator.businesses.length; from += batchSize) {
      const created = await store.createBusinesses(
        generator.businesses.slice(from, from + batchSize),
        SEED_ACTOR,
      );
      for (const b of created) businessIds.push(b.id);
    }
    const inputs = batch.map((c) => linkCase(c, personIds, businessIds));
    const created = await store.createCases(inputs, SEED_ACTOR);
    // Old, closed cases: created validated, then archived, as an officer would have done.
    for (let i = 0; i < batch.length; i++) {
      if (batch[i]!.archive)
        await store.updateCase(created[i]!.id, { ...inputs[i], status: 'archived' }, 1, SEED_ACTOR);
    }
    done += size;
    opts.onProgress?.(done, opts.cases);
  }
  return { cases: done, persons: personIds.length, businesses: businessIds.length };
}
