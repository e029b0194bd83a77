/**
 * The storage compliance suite: the same KV and RecordStore behaviour checked against every
 * `KvStore` implementation. Run it with a factory that returns a fresh, empty kv each time.
 *
 * @example
 *   storeComplianceSuite('MemoryKv', () => Promise.resolve(new MemoryKv()));
 */
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import type { PersonId } from '../../protocol/ids.ts';
import type { KvStore } from '../../node/store/kv.ts';
import { NS, revisionKey } from '../../node/store/keys.ts';
import { RecordStore } from '../../node/store/records.ts';
import { checkStore } from '../../node/store/check.ts';
import type { Revision } from '../../node/store/types.ts';
import {
  ACTOR,
  containerNumber,
  imoNumber,
  item,
  validBusiness,
  validCase,
  validPerson,
} from './fixtures.ts';

const ALL_NAMESPACES = [...Object.values(NS), 'meta'];

async function countEntries(kv: KvStore): Promise<number> {
  let n = 0;
  for (const ns of ALL_NAMESPACES) for await (const _ of kv.iterate(ns)) n++;
  return n;
}

async function keysOf(kv: KvStore, ns: string, range = {}): Promise<string[]> {
  const keys: string[] = [];
  for await (const [key] of kv.iterate(ns, range)) keys.push(key);
  return keys;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

export function storeComplianceSuite(name: string, makeKv: () => Promise<KvStore>): void {
  describe(`${name}: KvStore`, () => {
    let kv: KvStore;
    beforeEach(async () => {
      kv = await makeKv();
      await kv.batch(
        ['a', 'b', 'c', 'd', 'e'].map((key) => ({ type: 'put', ns: 'letters', key, value: { key } })),
      );
    });
    afterEach(() => kv.close());

    it('reads what was written, and undefined for what was not', async () => {
      expect(await kv.get('letters', 'c')).to.deep.equal({ key: 'c' });
      expect(await kv.get('letters', 'zz')).to.equal(undefined);
      expect(await kv.getMany('letters', ['e', 'zz', 'a'])).to.deep.equal([
        { key: 'e' },
        undefined,
        { key: 'a' },
      ]);
    });

    it('keeps namespaces apart', async () => {
      await kv.batch([{ type: 'put', ns: 'other', key: 'a', value: 'other a' }]);
      expect(await kv.get('letters', 'a')).to.deep.equal({ key: 'a' });
      expect(await kv.get('other', 'a')).to.equal('other a');
      expect(await keysOf(kv, 'other')).to.deep.equal(['a']);
    });

    it('iterates ranges in order, in reverse, and with a limit', async () => {
      expect(await keysOf(kv, 'letters')).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(await keysOf(kv, 'letters', { gt: 'a', lte: 'd' })).to.deep.equal(['b', 'c', 'd']);
      expect(await keysOf(kv, 'letters', { gte: 'b', lt: 'd' })).to.deep.equal(['b', 'c']);
      expect(await keysOf(kv, 'letters', { reverse: true, limit: 2 })).to.deep.equal(['e', 'd']);
      expect(await keysOf(kv, 'letters', { gte: 'b', lt: 'e', reverse: true })).to.deep.equal([
        'd',
        'c',
        'b',
      ]);
      expect(await keysOf(kv, 'letters', { gt: 'b', limit: 1 })).to.deep.equal(['c']);
      expect(await keysOf(kv, 'letters', { gt: 'e' })).to.deep.equal([]);
    });

    it('orders separator keys as raw bytes, the same in every implementation', async () => {
      const keys = ['ab', 'a\x00b', 'a\x01', 'a', 'a\x00a\x00z', 'B'];
      await kv.batch(keys.map((key) => ({ type: 'put', ns: 'sep', key, value: 1 })));
      expect(await keysOf(kv, 'sep')).to.deep.equal(['B', 'a', 'a\x00a\x00z', 'a\x00b', 'a\x01', 'ab']);
      expect(await keysOf(kv, 'sep', { gte: 'a\x00', lt: 'a\x01' })).to.deep.equal(['a\x00a\x00z', 'a\x00b']);
    });

    it('seeks forward and backward within the range, and ends on a target outside it', async () => {
      const forward = kv.iterator('letters', { gte: 'b', lte: 'e' });
      forward.seek('c');
      expect((await forward.next())?.[0]).to.equal('c');
      forward.seek('cc');
      expect((await forward.next())?.[0]).to.equal('d');
      forward.seek('a');
      expect(await forward.next()).to.equal(undefined);
      await forward.close();

      const backward = kv.iterator('letters', { reverse: true });
      expect((await backward.next())?.[0]).to.equal('e');
      backward.seek('cc');
      expect((await backward.next())?.[0]).to.equal('c');
      expect((await backward.next())?.[0]).to.equal('b');
      backward.seek('d');
      expect((await backward.next())?.[0]).to.equal('d');
      await backward.close();
    });

    it('applies a batch across namespaces entirely or not at all', async () => {
      await kv.batch([
        { type: 'del', ns: 'letters', key: 'a' },
        { type: 'put', ns: 'other', key: 'x', value: [1, 2] },
      ]);
      expect(await kv.get('letters', 'a')).to.equal(undefined);
      expect(await kv.get('other', 'x')).to.deep.equal([1, 2]);

      const error = await rejection(
        kv.batch([
          { type: 'put', ns: 'letters', key: 'f', value: 'f' },
          { type: 'del', ns: 'letters', key: 'b' },
          { type: 'put', ns: 'other', key: 'y', value: undefined },
        ]),
      );
      expect(error).to.be.instanceOf(Error);
      expect(await kv.get('letters', 'f')).to.equal(undefined);
      expect(await kv.get('letters', 'b')).to.deep.equal({ key: 'b' });
      expect(await kv.get('other', 'y')).to.equal(undefined);
    });

    it('hands out copies: changing a value read or written does not change what is stored', async () => {
      const written = { nested: { n: 1 } };
      await kv.batch([{ type: 'put', ns: 'letters', key: 'obj', value: written }]);
      written.nested.n = 2;
      const read = (await kv.get('letters', 'obj')) as typeof written;
      expect(read.nested.n).to.equal(1);
      read.nested.n = 3;
      for await (const [, iterated] of kv.iterate('letters', { gte: 'obj', lte: 'obj' })) {
        expect((iterated as typeof written).nested.n).to.equal(1);
      }
      expect(((await kv.getMany('letters', ['obj']))[0] as typeof written).nested.n).to.equal(1);
    });

    it('refuses use after close with StoreClosedError', async () => {
      await kv.close();
      expect((await rejection(kv.get('letters', 'a'))).name).to.equal('StoreClosedError');
      kv = await makeKv();
    });
  });

  describe(`${name}: RecordStore`, () => {
    let kv: KvStore;
    let store: RecordStore;
    beforeEach(async () => {
      kv = await makeKv();
      store = await RecordStore.open({ kv, country: 'KE' });
    });
    afterEach(() => store.close());

    it('creates a case with an id, version 1 and defaults, and reads it back', async () => {
      const created = await store.createCase(validCase(), ACTOR);
      expect(created.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created.version).to.equal(1);
      expect(created.reportingCountry).to.equal('KE');
      expect(created.createdBy).to.equal('ana');
      expect(created.persons).to.deep.equal([]);
      expect(await store.getCase(created.id)).to.deep.equal(created);
      expect(await store.counts()).to.deep.equal({ cases: 1, persons: 0, businesses: 0 });
    });

    it('bumps the version on update and keeps every revision', async () => {
      const created = await store.createCase(validCase(), ACTOR);
      const updated = await store.updateCase(created.id, validCase({ narrative: 'Revised account.' }), 1, {
        username: 'ben',
      });
      expect(updated.version).to.equal(2);
      expect(updated.narrative).to.equal('Revised account.');
      expect(updated.createdBy).to.equal('ana');
      expect(updated.updatedBy).to.equal('ben');
      expect((await store.getCase(created.id))?.version).to.equal(2);
      const revisions = await store.revisions('case', created.id);
      expect(revisions.map((r) => [r.version, r.op, r.by])).to.deep.equal([
        [1, 'create', 'ana'],
        [2, 'update', 'ben'],
      ]);
      expect(revisions[1]!.prev).to.equal(revisions[0]!.hash);
    });

    it('refuses a stale version with VersionConflictError and writes nothing', async () => {
      const created = await store.createCase(validCase(), ACTOR);
      await store.updateCase(created.id, validCase({ narrative: 'first' }), 1, ACTOR);
      const before = await countEntries(kv);
      const error = await rejection(
        store.updateCase(created.id, validCase({ narrative: 'second' }), 1, ACTOR),
      );
      expect(error.name).to.equal('VersionConflictError');
      expect(error).to.include({ expected: 1, current: 2 });
      expect(await countEntries(kv)).to.equal(before);
      expect((await store.getCase(created.id))?.narrative).to.equal('first');
    });

    it('lets exactly one of two concurrent updates with the same version win', async () => {
      const created = await store.createCase(validCase(), ACTOR);
      const results = await Promise.allSettled([
        store.updateCase(created.id, validCase({ narrative: 'from Ana' }), 1, { username: 'ana' }),
        store.updateCase(created.id, validCase({ narrative: 'from Ben' }), 1, { username: 'ben' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).to.have.length(1);
      expect(lost).to.have.length(1);
      expect((lost[0]!.reason as Error).name).to.equal('VersionConflictError');
      const stored = await store.getCase(created.id);
      expect(stored?.version).to.equal(2);
      expect(stored?.narrative).to.equal(won[0]!.value.narrative);
    });

    it('soft-deletes: the record and its history stay, search and correlation forget it', async () => {
      const container = containerNumber('MSC', 123456);
      const kept = await store.createCase(
        validCase({ conveyance: { mode: 'sea-container', containerNumber: container } }),
        ACTOR,
      );
      const gone = await store.createCase(
        validCase({ conveyance: { mode: 'sea-container', containerNumber: container } }),
        ACTOR,
      );
      const deleted = await store.deleteCase(gone.id, 1, ACTOR);
      expect(deleted.deletedAt).to.be.a('string');
      expect((await store.getCase(gone.id))?.deletedAt).to.equal(deleted.deletedAt);
      expect((await store.searchCases({})).items.map((c) => c.id)).to.deep.equal([kept.id]);
      expect((await store.searchCases({ commodity: 'cocaine' })).items.map((c) => c.id)).to.deep.equal([
        kept.id,
      ]);
      expect((await store.casesByIdentifier('container', container)).map((c) => c.id)).to.deep.equal([
        kept.id,
      ]);
      expect((await store.revisions('case', gone.id)).map((r) => r.op)).to.deep.equal(['create', 'delete']);
      expect((await rejection(store.updateCase(gone.id, validCase(), 2, ACTOR))).name).to.equal(
        'NotFoundError',
      );
      expect(await store.counts()).to.include({ cases: 1 });
    });

    it('keeps a strictly increasing change log whose last seq survives a reopen', async () => {
      const a = await store.createCase(validCase(), ACTOR);
      const p = await store.createPerson(validPerson(), ACTOR);
      await store.createCases([validCase(), validCase()], ACTOR);
      await store.updateCase(a.id, validCase({ narrative: 'changed' }), 1, ACTOR);
      await store.deletePerson(p.id, 1, ACTOR);
      const changes = await store.changesSince(0, 100);
      expect(changes.map((c) => c.seq)).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(changes.map((c) => [c.type, c.op])).to.deep.equal([
        ['case', 'create'],
        ['person', 'create'],
        ['case', 'create'],
        ['case', 'create'],
        ['case', 'update'],
        ['person', 'delete'],
      ]);
      expect(store.lastSeq()).to.equal(6);
      expect((await store.changesSince(4, 1)).map((c) => c.seq)).to.deep.equal([5]);
      const reopened = await RecordStore.open({ kv, country: 'KE' });
      expect(reopened.lastSeq()).to.equal(6);
    });

    it('verifies revision chains and names the revision that was tampered with', async () => {
      const c = await store.createCase(validCase(), ACTOR);
      await store.updateCase(c.id, validCase({ narrative: 'v2' }), 1, ACTOR);
      await store.updateCase(c.id, validCase({ narrative: 'v3' }), 2, ACTOR);
      await store.createPerson(validPerson(), ACTOR);
      expect(await store.verifyChains()).to.deep.equal({ ok: true, checked: 4 });

      const key = revisionKey('case', c.id, 2);
      const rev = (await kv.get(NS.revisions, key)) as Revision;
      (rev.record as { narrative: string }).narrative = 'quietly rewritten';
      await kv.batch([{ type: 'put', ns: NS.revisions, key, value: rev }]);

      for (const report of [await store.verifyChains(), await store.verifyChains('case', c.id)]) {
        expect(report.ok).to.equal(false);
        expect(report.firstBad).to.include({ type: 'case', id: c.id, version: 2 });
      }
      expect((await checkStore(store)).ok).to.equal(false);
    });

    it('detects a stored record that no longer matches its latest revision', async () => {
      const p = await store.createPerson(validPerson(), ACTOR);
      await kv.batch([
        { type: 'put', ns: NS.persons, key: p.id, value: { ...p, familyName: 'Someone Else' } },
      ]);
      const report = await store.verifyChains('person');
      expect(report.firstBad).to.include({ type: 'person', id: p.id, version: 1 });
    });

    it('stores nothing when any input of a batch fails validation', async () => {
      await store.createCase(validCase(), ACTOR);
      const before = await countEntries(kv);
      const bad = validCase({ seizureDate: '14/03/2026' });
      const error = (await rejection(store.createCases([validCase(), bad], ACTOR))) as Error & {
        issues: { path: string; rule: string }[];
      };
      expect(error.name).to.equal('ValidationError');
      expect(error.issues.map((i) => i.path)).to.deep.equal(['[1].seizureDate']);
      expect(await countEntries(kv)).to.equal(before);
      expect(store.lastSeq()).to.equal(1);
    });

    it('refuses a link to a person or business that does not exist', async () => {
      const before = await countEntries(kv);
      const missing = uuidv7() as PersonId;
      const error = (await rejection(
        store.createCase(validCase({ persons: [{ id: missing, role: 'suspect' }] }), ACTOR),
      )) as Error & { issues: { path: string; rule: string }[] };
      expect(error.name).to.equal('ValidationError');
      expect(error.issues).to.deep.include({
        path: 'persons[0].id',
        rule: 'exists',
        message: `no person with id ${missing}`,
      });
      expect(await countEntries(kv)).to.equal(before);

      const deletedBusiness = await store.createBusiness(validBusiness(), ACTOR);
      await store.deleteBusiness(deletedBusiness.id, 1, ACTOR);
      const refused = (await rejection(
        store.createCase(validCase({ businesses: [{ id: deletedBusiness.id, role: 'importer' }] }), ACTOR),
      )) as Error & { issues: { path: string; rule: string }[] };
      expect(refused.issues.map((i) => [i.path, i.rule])).to.deep.equal([['businesses[0].id', 'exists']]);
    });

    it('correlates cases through containers, IMO numbers, documents and registrations', async () => {
      const container = containerNumber('CSQ', 305438);
      const imo = imoNumber(907472);
      const p1 = await store.createPerson(
        validPerson({ documents: [{ type: 'passport', number: 'AK1234567' }] }),
        ACTOR,
      );
      const p2 = await store.createPerson(
        validPerson({ familyName: 'Otieno-Ouma', documents: [{ type: 'passport', number: 'AK1234567' }] }),
        ACTOR,
      );
      const [b1, b2] = await store.createBusinesses(
        [validBusiness(), validBusiness({ name: 'Coast Freight Limited' })],
        ACTOR,
      );
      const a = await store.createCase(
        validCase({ conveyance: { mode: 'sea-container', containerNumber: container, imo } }),
        ACTOR,
      );
      const b = await store.createCase(
        validCase({
          seizureDate: '2026-01-05',
          conveyance: { mode: 'sea-container', containerNumber: container },
        }),
        ACTOR,
      );
      const c = await store.createCase(
        validCase({
          seizureDate: '2025-12-01',
          persons: [{ id: p1.id, role: 'suspect' }],
          businesses: [{ id: b1!.id, role: 'importer' }],
        }),
        ACTOR,
      );
      const d = await store.createCase(
        validCase({
          seizureDate: '2025-11-20',
          persons: [{ id: p2.id, role: 'courier' }],
          businesses: [{ id: b2!.id, role: 'consignee' }],
        }),
        ACTOR,
      );
      const e = await store.createCase(validCase({ conveyance: { mode: 'sea-vessel', imo } }), ACTOR);

      const ids = (cases: { id: string }[]) => cases.map((x) => x.id).sort();
      expect(ids(await store.casesByIdentifier('container', container.toLowerCase()))).to.deep.equal(
        ids([a, b]),
      );
      expect(ids(await store.casesByIdentifier('imo', imo))).to.deep.equal(ids([a, e]));
      expect(ids(await store.casesByIdentifier('document', 'ak 1234567'))).to.deep.equal(ids([c, d]));
      expect(ids(await store.casesByIdentifier('registration', 'PVT-2019-44871'))).to.deep.equal(ids([c, d]));

      const linkedToA = await store.linkedCases(a.id);
      expect(ids(linkedToA.map((l) => l.case))).to.deep.equal(ids([b, e]));
      expect(linkedToA.find((l) => l.case.id === b.id)?.via).to.deep.equal([
        { type: 'container', value: container },
      ]);
      const linkedToC = await store.linkedCases(c.id);
      expect(linkedToC.map((l) => l.case.id)).to.deep.equal([d.id]);
      expect(linkedToC[0]!.via).to.have.deep.members([
        { type: 'document', value: 'AK1234567' },
        { type: 'registration', value: 'PVT201944871' },
      ]);
      expect((await store.casesOfPerson(p1.id)).map((x) => x.id)).to.deep.equal([c.id]);
      expect((await store.casesOfBusiness(b2!.id)).map((x) => x.id)).to.deep.equal([d.id]);

      // A new passport number for the second person moves the correlation with it.
      await store.updatePerson(
        p2.id,
        validPerson({ documents: [{ type: 'passport', number: 'BX7654321' }] }),
        1,
        ACTOR,
      );
      expect(ids(await store.casesByIdentifier('document', 'AK1234567'))).to.deep.equal([c.id]);
      expect(ids(await store.casesByIdentifier('document', 'BX7654321'))).to.deep.equal([d.id]);
      expect((await store.linkedCases(c.id))[0]!.via).to.deep.equal([
        { type: 'registration', value: 'PVT201944871' },
      ]);
      // A deleted business no longer correlates.
      await store.deleteBusiness(b1!.id, 1, ACTOR);
      expect(await store.linkedCases(c.id)).to.deep.equal([]);
      expect((await checkStore(store)).problems).to.deep.equal([]);
    });

    it('searches by filter and date range, newest first, page by page', async () => {
      const dates = ['2026-01-03', '2026-02-10', '2026-02-10', '2025-07-01', '2026-03-30', '2024-12-31'];
      const created = await store.createCases(
        dates.map((seizureDate, i) => validCase({ seizureDate, items: [item(i % 2)] })),
        ACTOR,
      );
      const expectedOrder = [...created]
        .sort((x, y) =>
          x.seizureDate === y.seizureDate ? (x.id < y.id ? 1 : -1) : x.seizureDate < y.seizureDate ? 1 : -1,
        )
        .map((c) => c.id);

      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await store.searchCases({ limit: 4, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).to.deep.equal(expectedOrder);

      const cocaine = await store.searchCases({ commodity: 'cocaine', from: '2025-01-01', to: '2026-02-10' });
      expect(cocaine.items.map((c) => c.seizureDate)).to.deep.equal(['2026-02-10', '2026-01-03']);
      expect(cocaine.nextCursor).to.equal(undefined);
      expect((await store.searchCases({ country: 'TZ' })).items).to.deep.equal([]);
      expect(
        (await store.searchCases({ routeCountry: 'ES', itrArea: 'drugs', status: 'validated' })).items,
      ).to.have.length(6);
      expect((await store.searchCases({ q: 'BLOCKS of' })).items).to.have.length(6);
      expect((await store.searchCases({ q: 'heroin' })).items).to.have.length(0);
      const badCursor = await rejection(store.searchCases({ cursor: 'not a cursor' }));
      expect(badCursor.name).to.equal('ValidationError');
    });

    it('passes the consistency check after a mixed workload', async () => {
      const [p] = await store.createPersons([validPerson()], ACTOR);
      const b = await store.createBusiness(validBusiness(), ACTOR);
      const cases = await store.createCases(
        [0, 1, 2].map((i) =>
          validCase({
            items: [item(i)],
            persons: [{ id: p!.id, role: 'suspect' }],
            businesses: [{ id: b.id, role: 'importer' }],
          }),
        ),
        ACTOR,
      );
      await store.updateCase(cases[0]!.id, validCase({ status: 'archived' }), 1, ACTOR);
      await store.deleteCase(cases[1]!.id, 1, ACTOR);
      await store.updateBusiness(b.id, validBusiness({ registrationNumber: 'PVT-2020-1' }), 1, ACTOR);
      expect(await checkStore(store)).to.deep.equal({ ok: true, problems: [] });
      expect(await checkStore(store, { casesPerPartition: 1 })).to.deep.equal({ ok: true, problems: [] });

      // Index entries removed or added behind the store's back are noticed, in any partitioning.
      const [indexKey] = await keysOf(kv, NS.indexes, { limit: 1 });
      const live = cases[2]!.id;
      await kv.batch([
        { type: 'del', ns: NS.indexes, key: indexKey! },
        {
          type: 'put',
          ns: NS.indexes,
          key: `status\x00draft\x00${cases[2]!.seizureDate}\x00${live}`,
          value: 1,
        },
        { type: 'put', ns: NS.indexes, key: `date\x002026-01-01\x00${uuidv7()}`, value: 1 },
      ]);
      for (const casesPerPartition of [20_000, 1]) {
        const broken = await checkStore(store, { casesPerPartition });
        expect(broken.ok).to.equal(false);
        expect(broken.problems).to.have.length(3);
        expect(broken.problems.join('\n'))
          .to.contain('lacks its index entry')
          .and.to.contain(`does not match case ${live}`)
          .and.to.contain('which is not stored');
      }
    });

    describe('finding persons and businesses', () => {
      const names = async (page: Promise<{ items: { familyName?: string; givenNames?: string }[] }>) =>
        (await page).items.map((p) => `${p.familyName} ${p.givenNames ?? ''}`.trim());

      it('finds persons by the start of any name word, ignoring case and accents, alphabetically', async () => {
        await store.createPersons(
          [
            validPerson({ familyName: 'Müller', givenNames: 'Anna Maria' }),
            validPerson({ familyName: 'Martins', givenNames: 'José' }),
            validPerson({ familyName: 'Otieno', givenNames: 'Peter' }),
            validPerson({ familyName: 'Маркова', givenNames: 'Ольга' }),
          ],
          ACTOR,
        );
        expect(await names(store.searchPersons({ q: 'MULL' }))).to.deep.equal(['Müller Anna Maria']);
        expect(await names(store.searchPersons({ q: 'jose mart' }))).to.deep.equal(['Martins José']);
        // "mar" starts "maria" and "martins": ordered by the word that matched, each person once.
        expect(await names(store.searchPersons({ q: 'mar' }))).to.deep.equal([
          'Müller Anna Maria',
          'Martins José',
        ]);
        expect(await names(store.searchPersons({ q: 'марк' }))).to.deep.equal(['Маркова Ольга']);
        expect(await names(store.searchPersons({ q: 'tieno' }))).to.deep.equal([]);
        expect(await names(store.searchPersons({}))).to.deep.equal([
          'Martins José',
          'Müller Anna Maria',
          'Otieno Peter',
          'Маркова Ольга',
        ]);
      });

      it('finds a person by exact document number and by nationality', async () => {
        const [kenyan] = await store.createPersons(
          [
            validPerson({ documents: [{ type: 'passport', number: 'AK 123-4567', country: 'KE' }] }),
            validPerson({
              familyName: 'Silva',
              nationality: 'BR',
              documents: [{ type: 'passport', number: 'FZ998877', country: 'BR' }],
            }),
          ],
          ACTOR,
        );
        const byDocument = await store.searchPersons({ document: 'ak1234567' });
        expect(byDocument.items.map((p) => p.id)).to.deep.equal([kenyan!.id]);
        expect((await store.searchPersons({ document: 'AK123456' })).items).to.deep.equal([]);
        expect(await names(store.searchPersons({ nationality: 'BR' }))).to.deep.equal(['Silva Peter']);
        expect(await names(store.searchPersons({ nationality: 'BR', q: 'otieno' }))).to.deep.equal([]);
        expect(await names(store.searchPersons({ document: 'FZ998877', q: 'sil' }))).to.deep.equal([
          'Silva Peter',
        ]);
      });

      it('pages with a cursor, without repeats or gaps', async () => {
        const created = await store.createPersons(
          Array.from({ length: 7 }, (_, i) => validPerson({ familyName: `Kamau`, givenNames: `Kip${i}` })),
          ACTOR,
        );
        for (const query of [{ q: 'kama' }, {}, { nationality: 'KE' }, { document: 'AK1234567' }]) {
          const seen: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await store.searchPersons({ ...query, limit: 3, ...(cursor ? { cursor } : {}) });
            expect(page.items.length).to.be.at.most(3);
            seen.push(...page.items.map((p) => p.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(seen, JSON.stringify(query)).to.have.members(created.map((p) => p.id));
          expect(seen).to.have.length(7);
        }
      });

      it('follows updates and deletes in the same write', async () => {
        const person = await store.createPerson(validPerson({ familyName: 'Wanjiru' }), ACTOR);
        await store.updatePerson(
          person.id,
          validPerson({
            familyName: 'Achieng',
            documents: [{ type: 'passport', number: 'BB1', country: 'KE' }],
          }),
          1,
          ACTOR,
        );
        expect((await store.searchPersons({ q: 'wanj' })).items).to.deep.equal([]);
        expect((await store.searchPersons({ document: 'AK1234567' })).items).to.deep.equal([]);
        expect((await store.searchPersons({ q: 'achi' })).items.map((p) => p.version)).to.deep.equal([2]);
        expect((await store.searchPersons({ document: 'bb1' })).items).to.have.length(1);
        await store.deletePerson(person.id, 2, ACTOR);
        expect((await store.searchPersons({ q: 'achi' })).items).to.deep.equal([]);
        expect((await store.searchPersons({})).items).to.deep.equal([]);
        expect(await keysOf(kv, NS.indexes)).to.deep.equal([]);
      });

      it('finds businesses by name, registration and country', async () => {
        const [coast] = await store.createBusinesses(
          [
            validBusiness(),
            validBusiness({ name: 'Société Générale du Café', registrationNumber: 'FR-55', country: 'FR' }),
          ],
          ACTOR,
        );
        const found = async (query: Parameters<typeof store.searchBusinesses>[0]) =>
          (await store.searchBusinesses(query)).items.map((b) => b.name);
        expect(await found({ q: 'societe cafe' })).to.deep.equal(['Société Générale du Café']);
        expect(await found({ registration: 'pvt 2019 44871' })).to.deep.equal(['Coast Freight Ltd']);
        expect(await found({ country: 'FR' })).to.deep.equal(['Société Générale du Café']);
        expect(await found({})).to.deep.equal(['Coast Freight Ltd', 'Société Générale du Café']);
        await store.updateBusiness(coast!.id, validBusiness({ name: 'Lake Freight' }), 1, ACTOR);
        expect(await found({ q: 'coast' })).to.deep.equal([]);
        expect(await found({ q: 'lake' })).to.deep.equal(['Lake Freight']);
      });

      it('refuses a cursor that is not one of its own and a page size out of range', async () => {
        for (const query of [{ cursor: 'not a cursor' }, { cursor: 'AAAA' }, { limit: 0 }, { limit: 501 }]) {
          const error = await rejection(store.searchPersons(query));
          expect(error.name, JSON.stringify(query)).to.equal('ValidationError');
        }
        expect((await rejection(store.searchBusinesses({ limit: 1.5 }))).name).to.equal('ValidationError');
      });

      it('has its search entries checked, and built on open for records stored without them', async () => {
        const person = await store.createPerson(validPerson(), ACTOR);
        await store.createBusiness(validBusiness(), ACTOR);
        expect(await checkStore(store)).to.deep.equal({ ok: true, problems: [] });
        const entries = (await keysOf(kv, NS.indexes)).filter((key) => key.startsWith('find\x00'));
        const documentEntry = entries.find((key) => key.includes('\x00document\x00'))!;
        await kv.batch([
          { type: 'del', ns: NS.indexes, key: documentEntry },
          { type: 'put', ns: NS.indexes, key: `find\x00person\x00sort\x00~61\x00${uuidv7()}`, value: 1 },
        ]);
        for (const casesPerPartition of [20_000, 1]) {
          const broken = await checkStore(store, { casesPerPartition });
          expect(broken.problems.join('\n'))
            .to.contain(`person ${person.id} lacks its search entry`)
            .and.to.contain('which is not stored');
          expect(broken.problems).to.have.length(2);
        }

        // A store written before search entries existed: none at all, and no marker.
        const stale = (await keysOf(kv, NS.indexes)).filter((key) => key.startsWith('find\x00'));
        await kv.batch([
          ...stale.map((key) => ({ type: 'del' as const, ns: NS.indexes, key })),
          { type: 'del', ns: 'meta', key: 'party-index' },
        ]);
        expect((await store.searchPersons({})).items).to.deep.equal([]);
        store = await RecordStore.open({ kv, country: 'KE' });
        expect((await store.searchPersons({ document: 'AK1234567' })).items.map((p) => p.id)).to.deep.equal([
          person.id,
        ]);
        expect(await checkStore(store)).to.deep.equal({ ok: true, problems: [] });
      });
    });

    it('returns copies: mutating a returned case changes nothing stored', async () => {
      const created = await store.createCase(validCase(), ACTOR);
      created.items[0]!.quantity = 999;
      const read = await store.getCase(created.id);
      expect(read?.items[0]?.quantity).to.equal(12.5);
    });
  });
}
