/**
 * LevelKv keeps `level`'s sublevel layout on disk while handling prefixes and JSON itself, and
 * fetches iterator entries in chunks that a seek may move within: stores written before and
 * after must read the same, and iterators must behave exactly as MemoryKv's.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { JsonText } from '../../../node/store/json-text.ts';
import type { KvStore } from '../../../node/store/kv.ts';
import { LevelKv } from '../../../node/store/level-kv.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { newRecordId } from '../../../node/store/uuid.ts';
import { isUuidV7 } from '../../../protocol/ids.ts';

describe('LevelKv on disk', () => {
  let dir: string;
  let n = 0;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-levelkv-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes and reads the layout of level sublevels with JSON values', async () => {
    const path = join(dir, `db-${n++}`);
    const kv = await LevelKv.open(path);
    await kv.batch([
      { type: 'put', ns: 'cases', key: 'a', value: { n: 1, text: 'é\u0000' } },
      { type: 'put', ns: 'cases', key: 'b', value: new JsonText('{"n":2}') },
      { type: 'put', ns: 'indexes', key: 'x\u0000y', value: 1 },
    ]);
    await kv.close();

    const db = new Level<string, unknown>(path, { keyEncoding: 'utf8', valueEncoding: 'json' });
    const cases = db.sublevel<string, unknown>('cases', { keyEncoding: 'utf8', valueEncoding: 'json' });
    expect(await cases.getMany(['a', 'b'])).to.deep.equal([{ n: 1, text: 'é\u0000' }, { n: 2 }]);
    expect(
      await db.sublevel<string, unknown>('indexes', { valueEncoding: 'json' }).keys().all(),
    ).to.deep.equal(['x\u0000y']);
    await cases.batch([
      { type: 'put', key: 'c', value: { n: 3 } },
      { type: 'del', key: 'a' },
    ]);
    await db.sublevel<string, unknown>('other', { valueEncoding: 'json' }).put('c', 'not a case');
    await db.close();

    const reopened = await LevelKv.open(path);
    const entries: [string, unknown][] = [];
    for await (const entry of reopened.iterate('cases')) entries.push(entry);
    expect(entries).to.deep.equal([
      ['b', { n: 2 }],
      ['c', { n: 3 }],
    ]);
    await reopened.close();
  });

  it('iterates, reverses, limits and seeks exactly as MemoryKv, chunks or not', async () => {
    const keyArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '\u0000', '\u0001', 'z'), maxLength: 4 });
    const opArb = fc.oneof(
      fc.constant<['next']>(['next']),
      keyArb.map((key) => ['seek', key] as ['seek', string]),
    );
    const rangeArb = fc.record(
      { gt: keyArb, gte: keyArb, lt: keyArb, lte: keyArb, reverse: fc.boolean(), limit: fc.nat(20) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(keyArb, { maxLength: 120 }),
        rangeArb,
        fc.array(opArb, { maxLength: 80 }),
        async (keys, range, ops) => {
          const level = await LevelKv.open(join(dir, `db-${n++}`));
          const memory = new MemoryKv();
          const replay = async (kv: KvStore) => {
            await kv.batch(keys.map((key) => ({ type: 'put', ns: 'k', key, value: key })));
            await kv.batch([{ type: 'put', ns: 'kk', key: 'a', value: 'a neighbour' }]);
            const iterator = kv.iterator('k', range);
            const seen: unknown[] = [];
            for (const op of ops) {
              if (op[0] === 'seek') iterator.seek(op[1]);
              else seen.push((await iterator.next())?.[0] ?? null);
            }
            await iterator.close();
            return seen;
          };
          try {
            expect(await replay(level)).to.deep.equal(await replay(memory));
          } finally {
            await level.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('record ids', () => {
  it('are UUIDv7, unique, and increase even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newRecordId());
    expect(ids.every((id) => isUuidV7(id))).to.equal(true);
    expect(new Set(ids).size).to.equal(ids.length);
    expect([...ids].sort()).to.deep.equal(ids);
    const ms = parseInt(ids[0]!.replaceAll('-', '').slice(0, 12), 16);
    expect(Math.abs(ms - Date.now())).to.be.below(60_000);
  });
});
