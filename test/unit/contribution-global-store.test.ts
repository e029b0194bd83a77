/**
 * The WCO node's global store of contributions: search with the national filters returns exactly
 * what a brute-force filter over the stored cases returns, newest seizure first, page after page
 * without repeats or gaps; the derived SQLite index is rebuilt from the KV store when it is
 * missing or behind; members' counts follow what is stored and removed.
 */
import { rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import { anonymiseCase } from '../../policies/index.ts';
import type { GlobalCase } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { GlobalStore, type GlobalEntry } from '../../node/global/index.ts';
import { GLOBAL_NS, globalCaseKey, WRITE_COUNT_KEY } from '../../node/global/keys.ts';
import { matchesQuery } from '../../node/store/keys.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import type { CaseQuery } from '../../node/store/types.ts';
import { COMMODITIES, validCase } from '../compliance/fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';

const MEMBERS = [
  { nodeId: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA', country: 'KE' },
  { nodeId: '12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK', country: 'TZ' },
] as const;
const MODES = ['sea-container', 'air-cargo', 'road'] as const;

/** Deterministic contributions: 2 members × 60 cases over 40 days, several per day. */
function contributions(): GlobalEntry[] {
  const out: GlobalEntry[] = [];
  for (const [m, member] of MEMBERS.entries()) {
    for (let i = 0; i < 60; i++) {
      const c = COMMODITIES[(i + m) % COMMODITIES.length]!;
      const day = String(1 + ((i * 7 + m) % 28)).padStart(2, '0');
      const month = i % 2 === 0 ? '03' : '04';
      const source = {
        ...validCase({
          seizureDate: `2026-${month}-${day}`,
          items: [{ itrArea: c.itrArea, commodity: c.commodity, quantity: 5, unit: c.unit }],
          conveyance: { mode: MODES[i % MODES.length]! },
          route: { origin: i % 3 === 0 ? 'CO' : 'AE', destination: member.country },
          status: i % 5 === 0 ? 'archived' : 'validated',
        }),
        id: uuidv7(),
        version: 1,
        reportingCountry: member.country,
        createdAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      };
      const projected = anonymiseCase(source, { level: 'case-level', version: 1 });
      if (!projected.ok) throw new Error(projected.detail);
      out.push({
        type: 'case',
        id: source.id,
        version: 1,
        sha256: '0'.repeat(64),
        record: projected.record,
        provenance: {
          owner: { nodeId: member.nodeId, country: member.country },
          agreementId: uuidv7(),
          agreementVersion: 1,
          mode: 'sync',
          manifestId: uuidv7(),
          receivedAt: '2026-05-02T00:00:00.000Z',
          purgeAt: '2036-05-02T00:00:00.000Z',
        },
      });
    }
  }
  return out;
}

/** Newest seizure first, then case id, then member, all descending: the store's order. */
function expected(entries: readonly GlobalEntry[], query: CaseQuery): string[] {
  return entries
    .filter((e) => matchesQuery({ items: [], ...(e.record as Partial<Case>) } as Case, query, false))
    .sort((a, b) => {
      const ka = [(a.record as Partial<Case>).seizureDate!, a.id, a.provenance.owner.nodeId];
      const kb = [(b.record as Partial<Case>).seizureDate!, b.id, b.provenance.owner.nodeId];
      return ka < kb ? 1 : ka > kb ? -1 : 0;
    })
    .map((e) => `${e.provenance.owner.nodeId}/${e.id}`);
}

async function allPages(store: GlobalStore, query: CaseQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.search({ ...query, limit: 7, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((c: GlobalCase) => `${c.member.nodeId}/${c.case.id}`));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

const QUERIES: CaseQuery[] = [
  {},
  { country: 'KE' },
  { itrArea: 'drugs' },
  { commodity: 'cigarettes', country: 'TZ' },
  { conveyanceMode: 'road', from: '2026-03-10', to: '2026-04-10' },
  { routeCountry: 'CO', status: 'archived' },
  { q: 'cocaine' },
  { q: 'Sea container cigarettes' },
];

describe('the global store of contributions', () => {
  let dir: { path: string; remove(): Promise<void> };
  let kv: MemoryKv;
  let store: GlobalStore;
  const entries = contributions();
  const indexPath = () => join(dir.path, 'global.sqlite');
  const storeAll = (list: readonly GlobalEntry[]) =>
    store.write(
      async () => {
        const ops = list.flatMap((e) => store.putOps(e, undefined));
        const delta = await store.casesDelta(ops);
        return { result: delta, ops };
      },
      (ops) => kv.batch(ops),
    );

  before(async () => {
    dir = await makeTempDir('cen-global-');
    kv = new MemoryKv();
    store = await GlobalStore.open({ kv, indexPath: indexPath() });
    expect(await storeAll(entries)).to.equal(entries.length);
    // Storing the same cases again adds none.
    expect(await storeAll(entries.slice(0, 10))).to.equal(0);
  });
  after(async () => {
    await store.close();
    await dir.remove();
  });

  for (const query of QUERIES) {
    it(`finds exactly what the filters select, page after page: ${JSON.stringify(query)}`, async () => {
      const want = query.q ? undefined : expected(entries, query);
      const got = await allPages(store, query);
      expect(new Set(got).size).to.equal(got.length);
      if (want) expect(got).to.deep.equal(want);
      else expect(got.length).to.be.above(0);
    });
  }

  it('matches words of the codes and of their English labels', async () => {
    const cocaine = await allPages(store, { q: 'cocaine' });
    expect(cocaine).to.deep.equal(expected(entries, { commodity: 'cocaine' }));
    const label = await allPages(store, { q: 'Sea container cigarettes' });
    expect(label).to.deep.equal(
      expected(entries, { conveyanceMode: 'sea-container', commodity: 'cigarettes' }),
    );
  });

  it('refuses a cursor it did not make and a page size out of range', async () => {
    for (const bad of [{ cursor: 'not a cursor' }, { cursor: 'WzEsMl0' }, { limit: 0 }, { limit: 501 }]) {
      let refused: unknown;
      await store.search(bad).catch((err: unknown) => (refused = err));
      expect((refused as Error | undefined)?.name, JSON.stringify(bad)).to.equal('ValidationError');
    }
  });

  it('removes withdrawn cases from the search', async () => {
    const gone = entries.slice(0, 5);
    const delta = await store.write(
      async () => {
        const ops = gone.flatMap((e) => store.deleteOps(e));
        return { result: await store.casesDelta(ops), ops };
      },
      (ops) => kv.batch(ops),
    );
    expect(delta).to.equal(-5);
    const left = entries.slice(5);
    expect(await allPages(store, {})).to.deep.equal(expected(left, {}));
    entries.splice(0, 5);
  });

  it('rebuilds its index from the KV store when the file is gone or behind', async () => {
    const before = await allPages(store, { itrArea: 'drugs' });
    await store.close();
    await unlink(indexPath());
    await rm(`${indexPath()}-wal`, { force: true });
    await rm(`${indexPath()}-shm`, { force: true });
    store = await GlobalStore.open({ kv, indexPath: indexPath() });
    expect(await allPages(store, { itrArea: 'drugs' })).to.deep.equal(before);

    // A write the index never saw (a crash between the batch and the index update).
    await store.close();
    const extra = contributions()[0]!;
    await kv.batch([
      {
        type: 'put',
        ns: GLOBAL_NS.cases,
        key: globalCaseKey(extra.provenance.owner.nodeId, extra.id),
        value: extra,
      },
      { type: 'put', ns: GLOBAL_NS.state, key: WRITE_COUNT_KEY, value: 999 },
    ]);
    store = await GlobalStore.open({ kv, indexPath: indexPath() });
    expect(await allPages(store, {})).to.include(`${extra.provenance.owner.nodeId}/${extra.id}`);
  });
});
