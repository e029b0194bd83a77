import { expect } from 'chai';
import type { CaseInput } from '../../protocol/records.ts';
import { validateBusinessInput, validateCaseInput, validatePersonInput } from '../../protocol/validation.ts';
import { isValidContainerNumber, isValidImoNumber } from '../../node/seed/identifiers.ts';
import { generateDataset, seedStore, type SyntheticDataset } from '../../node/seed/index.ts';
import { MemoryKv, RecordStore } from '../../node/store/index.ts';

const TODAY = '2026-11-20';

function share(dataset: SyntheticDataset, test: (c: CaseInput) => boolean): number {
  return dataset.cases.filter(test).length / dataset.cases.length;
}
const mainCommodity = (c: CaseInput): string => c.items[0]!.commodity;
const isAny =
  (...commodities: string[]) =>
  (c: CaseInput): boolean =>
    commodities.includes(mainCommodity(c));

describe('synthetic data generator', function () {
  // One large dataset per country, shared by the shape tests (generation takes about a second).
  const datasets = new Map<string, SyntheticDataset>();
  const dataset = (country: string): SyntheticDataset => {
    let ds = datasets.get(country);
    if (!ds) datasets.set(country, (ds = generateDataset({ cases: 5000, seed: 11, country, today: TODAY })));
    return ds;
  };

  it('gives byte-identical output for the same seed, and different output for another seed', function () {
    const a = JSON.stringify(generateDataset({ cases: 300, seed: 42, country: 'KE', today: TODAY }));
    const b = JSON.stringify(generateDataset({ cases: 300, seed: 42, country: 'KE', today: TODAY }));
    const c = JSON.stringify(generateDataset({ cases: 300, seed: 43, country: 'KE', today: TODAY }));
    expect(a).to.equal(b);
    expect(a).to.not.equal(c);
  });

  for (const country of ['KE', 'BE']) {
    it(`is shaped like the Illicit Trade Report (${country})`, function () {
      const ds = dataset(country);
      const cannabis = share(
        ds,
        isAny('cannabis-herbal', 'cannabis-resin', 'cannabis-oil', 'cannabis-plants'),
      );
      const cigarettes = share(ds, isAny('cigarettes'));
      expect(cannabis + cigarettes, 'cannabis + cigarettes').to.be.within(0.3, 0.5);
      expect(
        share(ds, (c) => c.items[0]!.itrArea === 'ipr-health-safety'),
        'counterfeits',
      ).to.be.within(0.08, 0.25);
      expect(share(ds, isAny('tramadol', 'captagon')), 'tramadol + captagon').to.be.within(0.02, 0.1);
      const hardDrugs = share(ds, isAny('cocaine', 'heroin', 'methamphetamine'));
      expect(hardDrugs, 'cocaine + heroin + methamphetamine').to.be.within(0.03, (cannabis + cigarettes) / 3);
      expect(share(ds, isAny('cash')), 'cash').to.be.within(0.03, 0.12);
      for (const rare of ['ivory', 'rhino-horn', 'pangolin-scales', 'firearms']) {
        expect(share(ds, isAny(rare)), rare).to.be.below(0.01);
      }
      expect(
        share(ds, (c) => c.items[0]!.itrArea === 'cultural-heritage'),
        'cultural objects',
      ).to.be.below(0.01);
      expect(
        share(ds, (c) => c.items[0]!.itrArea === 'environment'),
        'environment',
      ).to.be.above(0);
    });
  }

  it('uses the unit of each commodity and heavy-tailed quantities', function () {
    const ds = dataset('BE');
    const quantities = (commodity: string): number[] =>
      ds.cases
        .flatMap((c) => c.items)
        .filter((i) => i.commodity === commodity && i.quantity !== undefined)
        .map((i) => i.quantity!)
        .sort((x, y) => x - y);
    for (const c of ds.cases) {
      for (const item of c.items) {
        if (item.commodity === 'cigarettes') expect(item.unit).to.equal('sticks');
        if (item.commodity === 'cash') expect(item.unit).to.equal('usd');
        if (item.commodity === 'cocaine') expect(item.unit).to.equal('kg');
        if (item.commodity.startsWith('counterfeit-') && item.commodity !== 'counterfeit-medicines') {
          expect(item.unit).to.be.oneOf(['pieces', 'pairs']);
        }
      }
    }
    // Heavy tail: the largest cigarette seizure dwarfs the median one (containers vs. suitcases).
    const sticks = quantities('cigarettes');
    const median = sticks[Math.floor(sticks.length / 2)]!;
    expect(sticks[sticks.length - 1]! / median).to.be.above(50);
  });

  it('puts cocaine couriers at airports, cigarettes in containers and tramadol in the post', function () {
    const ds = dataset('KE');
    const inBody = ds.cases.filter((c) => c.concealment?.method === 'in-body');
    expect(inBody.length).to.be.above(0);
    for (const c of inBody) expect(c.conveyance?.mode ?? 'air-passenger').to.equal('air-passenger');
    const modes = (commodity: string): Set<string | undefined> =>
      new Set(ds.cases.filter(isAny(commodity)).map((c) => c.conveyance?.mode));
    expect(modes('cigarettes').has('sea-container')).to.equal(true);
    expect(modes('tramadol').has('postal')).to.equal(true);
    for (const c of ds.cases) {
      if (c.conveyance?.mode === 'sea-container') expect(c.location?.type).to.equal('seaport');
      if (c.conveyance?.mode === 'postal') expect(c.location?.type).to.equal('postal-centre');
    }
  });

  it('routes cases through the reporting country, in the direction it states', function () {
    const ds = dataset('KE');
    for (const c of ds.cases) {
      if (!c.route) continue;
      const stops = [c.route.origin, ...(c.route.transit ?? []), c.route.destination];
      expect(stops, JSON.stringify(c.route)).to.include('KE');
      if (c.direction === 'import') expect(c.route.destination).to.equal('KE');
      if (c.direction === 'export') expect(c.route.origin).to.equal('KE');
      if (c.direction === 'transit') expect(c.route.transit).to.include('KE');
    }
    const ivoryOrigins = new Set(ds.cases.filter(isAny('ivory')).map((c) => c.route?.origin));
    expect(
      [...ivoryOrigins].every(
        (o) => o === undefined || ['KE', 'TZ', 'MZ', 'NG', 'UG', 'CG', 'CM', 'AO'].includes(o),
      ),
    ).to.be.true;
  });

  it('generates only cases, persons and businesses that pass validation', function () {
    for (const country of ['KE', 'BE']) {
      const ds = dataset(country);
      for (const [i, c] of ds.cases.entries()) {
        const result = validateCaseInput(c, { country, today: TODAY });
        expect(result.ok, `${country} case ${i}: ${JSON.stringify(!result.ok && result.issues)}`).to.equal(
          true,
        );
      }
      for (const [i, p] of ds.persons.entries()) {
        const result = validatePersonInput(p);
        expect(result.ok, `${country} person ${i}: ${JSON.stringify(!result.ok && result.issues)}`).to.equal(
          true,
        );
      }
      for (const [i, b] of ds.businesses.entries()) {
        const result = validateBusinessInput(b);
        expect(
          result.ok,
          `${country} business ${i}: ${JSON.stringify(!result.ok && result.issues)}`,
        ).to.equal(true);
      }
    }
  });

  it('validates for a country it has no place list for', function () {
    const ds = generateDataset({ cases: 400, seed: 5, country: 'FJ', today: TODAY });
    for (const c of ds.cases) expect(validateCaseInput(c, { country: 'FJ', today: TODAY }).ok).to.equal(true);
  });

  it('writes valid container and IMO check digits, and dates within three years up to yesterday', function () {
    const ds = dataset('BE');
    let containers = 0;
    for (const c of ds.cases) {
      if (c.conveyance?.containerNumber) {
        containers++;
        expect(isValidContainerNumber(c.conveyance.containerNumber), c.conveyance.containerNumber).to.equal(
          true,
        );
      }
      if (c.conveyance?.imo) expect(isValidImoNumber(c.conveyance.imo), c.conveyance.imo).to.equal(true);
      expect(c.seizureDate < TODAY).to.equal(true);
      expect(c.seizureDate >= '2023-11-20').to.equal(true);
    }
    expect(containers).to.be.above(100);
    // The checks themselves, against the textbook examples (ISO 6346 and the IMO's own).
    expect(isValidContainerNumber('CSQU3054383')).to.equal(true);
    expect(isValidContainerNumber('CSQU3054384')).to.equal(false);
    expect(isValidImoNumber('9074729')).to.equal(true);
    expect(isValidImoNumber('9074728')).to.equal(false);
  });

  it('makes some statuses draft, flags old cases for archiving, and mixes both forms', function () {
    const ds = dataset('KE');
    expect(share(ds, (c) => c.status === 'validated')).to.be.above(0.7);
    expect(share(ds, (c) => c.status === 'draft')).to.be.within(0.02, 0.2);
    expect(ds.archive.length / ds.cases.length).to.be.within(0.02, 0.15);
    for (const i of ds.archive) expect(ds.cases[i]!.status).to.equal('validated');
    expect(share(ds, (c) => c.form === 'simplified')).to.be.within(0.2, 0.6);
  });

  it('reuses persons and businesses across cases, and shares documents and containers', function () {
    const ds = dataset('KE');
    const uses = new Map<number, number>();
    for (const l of ds.links) for (const p of l.persons) uses.set(p.index, (uses.get(p.index) ?? 0) + 1);
    const counts = [...uses.values()].sort((a, b) => b - a);
    // A power law: a few persons in many cases, most in one.
    expect(counts[0]).to.be.at.least(8);
    expect(counts.filter((n) => n === 1).length / counts.length).to.be.above(0.5);
    const businessUses = new Map<number, number>();
    for (const l of ds.links)
      for (const b of l.businesses) businessUses.set(b.index, (businessUses.get(b.index) ?? 0) + 1);
    expect(Math.max(...businessUses.values())).to.be.at.least(8);

    const documentOwners = new Map<string, number>();
    for (const p of ds.persons)
      for (const d of p.documents ?? [])
        documentOwners.set(d.number, (documentOwners.get(d.number) ?? 0) + 1);
    expect(
      [...documentOwners.values()].some((n) => n > 1),
      'a document number on two person records',
    ).to.equal(true);
    expect(
      ds.persons.some((p) => p.documents === undefined),
      'a person without documents',
    ).to.equal(true);

    const containerCases = new Map<string, number>();
    for (const c of ds.cases) {
      const number = c.conveyance?.containerNumber;
      if (number) containerCases.set(number, (containerCases.get(number) ?? 0) + 1);
    }
    expect(
      [...containerCases.values()].some((n) => n > 1),
      'a container in two cases',
    ).to.equal(true);
  });

  it('describes each case in a plain-language narrative', function () {
    const ds = dataset('BE');
    const withNarrative = ds.cases.filter((c) => c.narrative);
    expect(withNarrative.length / ds.cases.length).to.be.above(0.9);
    const c = withNarrative.find((x) => x.form === 'full' && x.conveyance?.mode === 'sea-container')!;
    expect(c.narrative).to.include(c.conveyance!.containerNumber!);
    expect(c.narrative).to.match(/^On \d{1,2} [A-Z][a-z]+ 20\d\d officers at /);
  });
});

describe('seedStore', function () {
  it('stores 500 cases with their persons and businesses, findable by commodity', async function () {
    const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
    try {
      const progress: [number, number][] = [];
      const today = new Date().toISOString().slice(0, 10);
      const result = await seedStore(store, {
        cases: 500,
        seed: 3,
        today,
        batchSize: 200,
        onProgress: (done, total) => progress.push([done, total]),
      });
      const expected = generateDataset({ cases: 500, seed: 3, country: 'KE', today });
      expect(result).to.deep.equal({
        cases: 500,
        persons: expected.persons.length,
        businesses: expected.businesses.length,
      });
      expect(await store.counts()).to.deep.equal(result);
      expect(progress).to.deep.equal([
        [0, 500],
        [200, 500],
        [400, 500],
        [500, 500],
      ]);

      const cigarettes = expected.cases.filter((c) => c.items.some((i) => i.commodity === 'cigarettes'));
      expect(cigarettes.length).to.be.above(20);
      const found = [];
      let cursor: string | undefined;
      do {
        const page = await store.searchCases({
          commodity: 'cigarettes',
          limit: 100,
          ...(cursor && { cursor }),
        });
        found.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(found.length).to.equal(cigarettes.length);
      expect(found.every((c) => c.items.some((i) => i.commodity === 'cigarettes'))).to.equal(true);
      expect(new Set(found.map((c) => c.ref))).to.deep.equal(new Set(cigarettes.map((c) => c.ref)));

      const archived = await store.searchCases({ status: 'archived', limit: 500 });
      expect(archived.items.length).to.equal(expected.archive.length);
      const linked = found.find((c) => c.persons.length > 0)!;
      expect(await store.getPerson(linked.persons[0]!.id)).to.include.keys('familyName');
    } finally {
      await store.close();
    }
  });

  it('refuses a store without a national country', async function () {
    const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
    try {
      let error: unknown;
      await seedStore(store, { cases: 1, country: 'WCO' }).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      expect(await store.counts()).to.deep.equal({ cases: 0, persons: 0, businesses: 0 });
    } finally {
      await store.close();
    }
  });
});
