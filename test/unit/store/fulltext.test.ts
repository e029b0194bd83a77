import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FullTextIndex, ftsQuery } from '../../../node/store/fulltext.ts';
import { openStore, reindex } from '../../../node/store/index.ts';
import { LevelKv } from '../../../node/store/level-kv.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { RecordStore } from '../../../node/store/records.ts';
import { ACTOR, item, validCase } from '../../compliance/fixtures.ts';

describe('full-text index', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-fts-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds FTS queries that need every word, as prefixes, and survive quotes and punctuation', () => {
    expect(ftsQuery('Cocaine  suitcase')).to.equal('"cocaine"* "suitcase"*');
    expect(ftsQuery('say "hi" -- now')).to.equal('"say"* "hi"* "now"*');
    expect(ftsQuery(' -- ')).to.equal(undefined);
  });

  it('finds cases by words of their text, newest first, and follows updates and deletes', async () => {
    const store = await openStore(dir, { country: 'KE' });
    try {
      const [older, newer, other] = await store.createCases(
        [
          validCase({ seizureDate: '2025-05-01', narrative: 'Cocaine hidden in a suitcase lining.' }),
          validCase({
            seizureDate: '2026-02-01',
            narrative: 'Suitcase with a false bottom, cocaine inside.',
          }),
          validCase({ seizureDate: '2026-03-01', narrative: 'Cigarettes under the tea.', items: [item(3)] }),
        ],
        ACTOR,
      );
      const ids = async (q: string, extra = {}) =>
        (await store.searchCases({ q, ...extra })).items.map((c) => c.id);
      expect(await ids('suitcase cocaine')).to.deep.equal([newer!.id, older!.id]);
      expect(await ids('SUITC')).to.deep.equal([newer!.id, older!.id]);
      expect(await ids('suitcase', { from: '2026-01-01' })).to.deep.equal([newer!.id]);
      expect(await ids('cigarettes', { itrArea: 'drugs' })).to.deep.equal([]);
      expect(await ids('mombasa')).to.have.length(3); // location name is searchable text

      const page1 = await store.searchCases({ q: 'cocaine', limit: 1 });
      expect(page1.items.map((c) => c.id)).to.deep.equal([newer!.id]);
      const page2 = await store.searchCases({ q: 'cocaine', limit: 1, cursor: page1.nextCursor! });
      expect(page2.items.map((c) => c.id)).to.deep.equal([older!.id]);

      await store.updateCase(
        other!.id,
        validCase({ narrative: 'Ivory tusks in the tea.', items: [item(5)] }),
        1,
        ACTOR,
      );
      expect(await ids('cigarettes')).to.deep.equal([]);
      expect(await ids('tusks')).to.deep.equal([other!.id]);
      await store.deleteCase(newer!.id, 1, ACTOR);
      expect(await ids('suitcase')).to.deep.equal([older!.id]);
      expect(store.fullText?.indexedUpTo).to.equal(store.lastSeq());
    } finally {
      await store.close();
    }
  });

  it('catches up from the change log on open, and rebuilds when its file is lost', async () => {
    let store = await openStore(dir, { country: 'KE' });
    const first = await store.createCase(validCase({ narrative: 'Heroin in speakers.' }), ACTOR);
    await store.close();

    // Writes made without the index (as after a crash between the two) are picked up on open.
    const bare = await RecordStore.open({ kv: await LevelKv.open(join(dir, 'store')), country: 'KE' });
    const second = await bare.createCase(validCase({ narrative: 'Heroin in shoes.' }), ACTOR);
    await bare.close();
    store = await openStore(dir, { country: 'KE' });
    expect((await store.searchCases({ q: 'heroin' })).items.map((c) => c.id)).to.have.members([
      first.id,
      second.id,
    ]);
    await store.close();

    await rm(join(dir, 'fulltext.sqlite'));
    await rm(join(dir, 'fulltext.sqlite-wal'), { force: true });
    await rm(join(dir, 'fulltext.sqlite-shm'), { force: true });
    store = await openStore(dir, { country: 'KE' });
    try {
      expect((await store.searchCases({ q: 'shoes' })).items.map((c) => c.id)).to.deep.equal([second.id]);
      expect(await reindex(store)).to.deep.equal({ cases: 2 });
      expect((await store.searchCases({ q: 'speakers' })).items.map((c) => c.id)).to.deep.equal([first.id]);
    } finally {
      await store.close();
    }
  });

  it('rebuilds an index that is ahead of its store (a restored or replaced store)', async () => {
    const fts = await FullTextIndex.open(join(dir, 'ahead.sqlite'));
    const source = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
    const kept = await source.createCase(validCase({ narrative: 'Khat bundles.' }), ACTOR);
    await fts.applyCases([{ ...kept, id: 'ghost', narrative: 'khat ghost' } as never], 99);
    await fts.catchUp(source);
    expect(fts.search('khat', 10).ids).to.deep.equal([kept.id]);
    expect(fts.indexedUpTo).to.equal(source.lastSeq());
    await fts.close();
    await source.close();
  });

  it('keeps the index caught up inside a store over memory, from an empty file', async () => {
    const fts = await FullTextIndex.open(join(dir, 'mem.sqlite'));
    const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE', fullText: fts });
    await store.createCases(
      [0, 1, 2].map((i) => validCase({ narrative: `batch case number${i}`, items: [item(i)] })),
      ACTOR,
    );
    expect(fts.indexedUpTo).to.equal(3);
    expect((await store.searchCases({ q: 'number1' })).items).to.have.length(1);
    await store.close();
  });

  it('orders the cases of one day by id across pages, whatever order they were indexed in', async () => {
    const store = await openStore(dir, { country: 'KE' });
    try {
      const days = ['2026-01-03', '2026-01-04', '2026-01-05'];
      const created = await store.createCases(
        Array.from({ length: 60 }, (_, i) =>
          validCase({ seizureDate: days[i % 3]!, narrative: `Mango crates, lot ${i}.` }),
        ),
        ACTOR,
      );
      // Updates reindex a case under a new rowid, so index order no longer follows id order: the
      // oldest cases of each day get the newest rowids, and a few move to another day.
      const cases = [...created];
      for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31, 44]) {
        const day = i < 15 ? days[i % 3]! : days[(i + 1) % 3]!;
        cases[i] = await store.updateCase(
          cases[i]!.id,
          validCase({ seizureDate: day, narrative: `Mango boxes, lot ${i}.` }),
          1,
          ACTOR,
        );
      }
      const expected = [...cases]
        .sort((a, b) =>
          a.seizureDate !== b.seizureDate ? (a.seizureDate < b.seizureDate ? 1 : -1) : a.id < b.id ? 1 : -1,
        )
        .map((c) => c.id);
      const pages: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.searchCases({ q: 'mango', limit: 7, ...(cursor ? { cursor } : {}) });
        pages.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages).to.deep.equal(expected);
      // The index itself, in pages smaller than a day.
      const direct: string[] = [];
      cursor = undefined;
      do {
        const page = store.fullText!.search('mango', 7, cursor);
        direct.push(...page.ids);
        cursor = page.nextCursor;
      } while (cursor);
      expect(direct).to.deep.equal(expected);
      const between = (
        await store.searchCases({ q: 'mango', from: '2026-01-04', to: '2026-01-04', limit: 500 })
      ).items;
      expect(between.map((c) => c.id)).to.deep.equal(
        expected.filter((id) => cases.find((c) => c.id === id)!.seizureDate === '2026-01-04'),
      );
    } finally {
      await store.close();
    }
  });

  it('moves a case whose date and text change, and forgets a deleted one, also after a reopen', async () => {
    let store = await openStore(dir, { country: 'KE' });
    const [moved, gone] = await store.createCases(
      [
        validCase({ seizureDate: '2025-02-01', narrative: 'Pangolin scales in sacks.' }),
        validCase({ seizureDate: '2025-03-01', narrative: 'Pangolin scales in drums.' }),
      ],
      ACTOR,
    );
    await store.updateCase(
      moved!.id,
      validCase({ seizureDate: '2026-01-10', narrative: 'Rhino horn in sacks.' }),
      1,
      ACTOR,
    );
    await store.deleteCase(gone!.id, 1, ACTOR);
    await store.close();
    store = await openStore(dir, { country: 'KE' });
    try {
      const ids = async (query: object) =>
        (await store.searchCases({ q: 'sacks', ...query })).items.map((c) => c.id);
      expect(await ids({})).to.deep.equal([moved!.id]);
      expect(await ids({ to: '2025-12-31' })).to.deep.equal([]);
      expect(await ids({ from: '2026-01-10', to: '2026-01-10' })).to.deep.equal([moved!.id]);
      expect((await store.searchCases({ q: 'pangolin' })).items).to.deep.equal([]);
      expect((await store.searchCases({ q: 'rhino' })).items.map((c) => c.seizureDate)).to.deep.equal([
        '2026-01-10',
      ]);
    } finally {
      await store.close();
    }
  });

  it('repairs itself from the change log when an update could not be applied', async () => {
    const store = await openStore(dir, { country: 'KE' });
    try {
      const first = await store.createCase(validCase({ narrative: 'Khat bundles.' }), ACTOR);
      // An update that does not follow the index's position is refused and leaves it behind.
      await store.fullText!.update([{ id: first.id, deletedAt: 'never mind' }], 41, 42);
      expect(store.fullText!.isBehind(store.lastSeq())).to.equal(true);
      const second = await store.createCase(validCase({ narrative: 'Khat in a lorry.' }), ACTOR);
      expect((await store.searchCases({ q: 'khat' })).items.map((c) => c.id)).to.have.members([
        first.id,
        second.id,
      ]);
      expect(store.fullText!.isBehind(store.lastSeq())).to.equal(false);
      expect(store.fullText!.indexedUpTo).to.equal(store.lastSeq());
    } finally {
      await store.close();
    }
  });

  it('applies filters inside the index, and no typed word or stray text can pose as one', async () => {
    const store = await openStore(dir, { country: 'KE' });
    try {
      const [drugs, footwear, mimic] = await store.createCases(
        [
          validCase({ narrative: 'Pallet of shoes and powder.', items: [item(0)] }),
          validCase({ narrative: 'Pallet of shoes.', items: [item(4)] }),
          // Text that holds what a filter word looks like in the index, without the filter value.
          validCase({ narrative: `Pallet \uE000itrArea\uE000ipr\uE001health\uE001safety`, items: [item(0)] }),
        ],
        ACTOR,
      );
      const ids = async (query: object) =>
        (await store.searchCases({ q: 'pallet', ...query })).items.map((c) => c.id);
      expect(await ids({ itrArea: 'ipr-health-safety' })).to.deep.equal([footwear!.id]);
      expect(await ids({ itrArea: 'drugs', commodity: 'cocaine' })).to.have.members([drugs!.id, mimic!.id]);
      expect(await ids({ itrArea: 'drugs', routeCountry: 'ZZ' })).to.deep.equal([]);
      expect((await store.searchCases({ q: 'itrarea' })).items).to.deep.equal([]);
      expect((await store.searchCases({ q: 'safety' })).items.map((c) => c.id)).to.deep.equal([]);
    } finally {
      await store.close();
    }
  });
});
