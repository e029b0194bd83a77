import { expect } from 'chai';
import fc from 'fast-check';
import { NS, SEP } from '../../../node/store/keys.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { intersect } from '../../../node/store/search.ts';

const position = (day: number, id: number) =>
  `2026-01-${String(day).padStart(2, '0')}${SEP}id${String(id).padStart(3, '0')}`;

describe('index join', () => {
  it('yields exactly the positions present under every prefix, newest first, within the bounds', async () => {
    const entry = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 30 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(entry, { maxLength: 60, selector: ([d, i]) => position(d, i) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.option(fc.integer({ min: 1, max: 28 })),
        fc.option(fc.integer({ min: 1, max: 28 })),
        async (lists, from, to) => {
          const kv = new MemoryKv();
          const prefixes = lists.map((_, i) => `f${i}${SEP}v${SEP}`);
          await kv.batch(
            lists.flatMap((list, i) =>
              list.map(([d, id]) => ({
                type: 'put' as const,
                ns: NS.indexes,
                key: prefixes[i]! + position(d, id),
                value: 1,
              })),
            ),
          );
          // Unrelated neighbours that must never leak in.
          await kv.batch([
            { type: 'put', ns: NS.indexes, key: `f0${SEP}w${SEP}${position(5, 5)}`, value: 1 },
          ]);
          const bounds = {
            from: from === null ? undefined : `2026-01-${String(from).padStart(2, '0')}`,
            to: to === null ? undefined : `2026-01-${String(to).padStart(2, '0')}`,
          };
          const sets = lists.map((list) => new Set(list.map(([d, i]) => position(d, i))));
          const expected = [...sets[0]!]
            .filter((p) => sets.every((s) => s.has(p)))
            .filter(
              (p) =>
                (bounds.from === undefined || p >= bounds.from) &&
                (bounds.to === undefined || p.slice(0, 10) <= bounds.to),
            )
            .sort()
            .reverse();
          const actual: string[] = [];
          for await (const p of intersect(kv, prefixes, bounds)) actual.push(p);
          expect(actual).to.deep.equal(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('starts strictly after a cursor position', async () => {
    const kv = new MemoryKv();
    const prefix = `f${SEP}v${SEP}`;
    await kv.batch(
      [1, 2, 3, 4].map((d) => ({
        type: 'put' as const,
        ns: NS.indexes,
        key: prefix + position(d, 1),
        value: 1,
      })),
    );
    const actual: string[] = [];
    for await (const p of intersect(kv, [prefix], { before: position(3, 1) })) actual.push(p);
    expect(actual).to.deep.equal([position(2, 1), position(1, 1)]);
  });
});
