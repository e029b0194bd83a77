/**
 * The leapfrog (zig-zag) join behind filtered search. Each filter is one index prefix whose
 * entries end in a position `<date>\0<id>`; walking every prefix newest first and letting the
 * iterator that is furthest behind seek the others forward yields the positions present under
 * ALL prefixes, without reading the entries that a selective filter rules out.
 *
 * @example
 *   for await (const position of leapfrog(kv, [searchPrefix('commodity', 'cocaine'), searchPrefix('country', 'KE')], {})) …
 */
import type { KvIterator, KvStore } from './kv.ts';
import { NS, prefixRange } from './keys.ts';

export interface JoinBounds {
  /** Oldest seizure date included (YYYY-MM-DD). */
  from?: string | undefined;
  /** Newest seizure date included (YYYY-MM-DD). */
  to?: string | undefined;
  /** Only positions strictly older than this one (a cursor's position). */
  before?: string | undefined;
}

/** Positions present under every prefix, newest first. */
export async function* leapfrog(
  kv: KvStore,
  prefixes: readonly string[],
  bounds: JoinBounds,
): AsyncGenerator<string> {
  const iterators: KvIterator[] = prefixes.map((prefix) => {
    const whole = prefixRange(prefix);
    let lt = whole.lt;
    // Everything on day `to` sorts below `to` + '\x01' (positions continue with '\0' after the date).
    if (bounds.to !== undefined && prefix + bounds.to + '\x01' < lt) lt = prefix + bounds.to + '\x01';
    if (bounds.before !== undefined && prefix + bounds.before < lt) lt = prefix + bounds.before;
    const gte = bounds.from !== undefined ? prefix + bounds.from : whole.gte;
    return kv.iterator(NS.indexes, { gte, lt, reverse: true });
  });
  try {
    const positions: string[] = [];
    for (const [i, iterator] of iterators.entries()) {
      const entry = await iterator.next();
      if (!entry) return;
      positions[i] = entry[0].slice(prefixes[i]!.length);
    }
    for (;;) {
      // Walking backwards, the smallest position is the furthest along: nothing newer can match.
      let target = positions[0]!;
      for (const position of positions) if (position < target) target = position;
      if (positions.every((position) => position === target)) {
        yield target;
        for (const [i, iterator] of iterators.entries()) {
          const entry = await iterator.next();
          if (!entry) return;
          positions[i] = entry[0].slice(prefixes[i]!.length);
        }
        continue;
      }
      for (const [i, iterator] of iterators.entries()) {
        if (positions[i] === target) continue;
        iterator.seek(prefixes[i]! + target);
        const entry = await iterator.next();
        if (!entry) return;
        positions[i] = entry[0].slice(prefixes[i]!.length);
      }
    }
  } finally {
    await Promise.all(iterators.map((iterator) => iterator.close()));
  }
}
