/**
 * The query benchmark: how long an officer waits for a hit/no-hit answer from three partners,
 * measured against the raw libp2p round trip to the same three partners in the same run.
 *
 * Four real nodes on loopback, each in its own data directory: one asker and three partners,
 * each partner holding an agreement with the asker that allows queries on every ITR area and
 * seeded with synthetic cases through its store. Then, one query at a time:
 *
 * (a) raw round trip: to all three partners at once, a new stream, one frame of a query's size
 *     out and one back, no work — the floor any query sits on;
 * (b) query: `QueryService.ask` of a container number, half of them held by one of the partners
 *     (a hit), half by none; it includes the owners' look-up, `decide()` per matching case and
 *     both sides' evidence log writes.
 *
 * Both figures are the time until the slowest of the three has answered. Node start-up, seeding
 * and agreements are not timed.
 *
 * @example
 *   const result = await runQueryBench({ casesPerPartner: 3000, queries: 500, dir: '/tmp/bench' });
 *   result.query.p95Ms; // e.g. 9.4
 */
import { lpStream } from '@libp2p/utils';
import type { RunningNode } from '../node/index.ts';
import { seedStore } from '../node/seed/index.ts';
import { Random } from '../node/seed/random.ts';
import { cen } from '../protocol/gen/query.js';
import { PROTOCOLS } from '../protocol/protocols.ts';
import { containerCheckDigit } from '../protocol/validation.ts';
import { agree, percentiles, startBenchNode, type LatencyPercentiles } from './nodes.ts';

/** A protocol only the benchmark speaks: the partners echo one frame back, doing nothing else. */
const ECHO_PROTOCOL = '/cen-bench/echo/1.0.0';
const PARTNERS = ['TZ', 'UG', 'RW'] as const;
const ASKER = 'KE';
const SEED = 5;

export interface QueryBenchOptions {
  casesPerPartner: number;
  queries: number;
  /** An empty scratch directory; the caller removes it. */
  dir: string;
  /** Progress lines for a human watching (stderr). */
  log?: (line: string) => void;
}

export interface QueryBenchResult {
  partners: number;
  casesPerPartner: number;
  queries: number;
  /** Queries that at least one partner answered with a hit (about half by construction). */
  hits: number;
  /** Queries where a partner did not answer (should be 0). */
  failures: number;
  raw: LatencyPercentiles;
  query: LatencyPercentiles;
  /** query p95 / raw p95: what the look-up, the policy and the logs cost on top of the network. */
  p95Ratio: number;
}

/** A valid ISO 6346 number that no generated case holds (owner code `BNQ`). */
function unheldContainer(serial: number): string {
  const base = `BNQU${String(serial).padStart(6, '0')}`;
  return `${base}${containerCheckDigit(base)}`;
}

/** Every container number a partner's cases hold. */
async function containersOf(node: RunningNode): Promise<string[]> {
  const found = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await node.services.store.searchCases({
      conveyanceMode: 'sea-container',
      limit: 500,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const c of page.items) if (c.conveyance?.containerNumber) found.add(c.conveyance.containerNumber);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return [...found];
}

export async function runQueryBench(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const log = options.log ?? (() => undefined);
  const nodes: RunningNode[] = [];
  try {
    log(`query benchmark: starting ${PARTNERS.length + 1} nodes`);
    const started = await Promise.all(
      [ASKER, ...PARTNERS].map((country) => startBenchNode(options.dir, country)),
    );
    nodes.push(...started);
    const [asker, ...partners] = started as [RunningNode, ...RunningNode[]];

    for (const partner of partners) {
      await agree(asker, partner, { modes: ['query'], nominal: true });
      // The echo of (a): one frame back, nothing else.
      await partner.peerHost.libp2p.handle(ECHO_PROTOCOL, async (stream) => {
        const lp = lpStream(stream, { maxDataLength: PROTOCOLS.query.maxFrameBytes });
        await lp.write(await lp.read({ signal: AbortSignal.timeout(5_000) }));
        await stream.close();
      });
    }

    log(`query benchmark: seeding ${options.casesPerPartner.toLocaleString('en-US')} cases on each partner`);
    for (const partner of partners)
      await seedStore(partner.services.store, { cases: options.casesPerPartner, seed: SEED });
    const held = (await Promise.all(partners.map(containersOf))).flat();
    if (held.length === 0) throw new Error('the seeded cases hold no container numbers');

    const rng = new Random(SEED);
    const values = Array.from({ length: options.queries }, (_, i) =>
      i % 2 === 0 ? rng.pick(held) : unheldContainer(i),
    );
    const frame = cen.query.v1.QueryFrame.encode({
      query: { id: '01900000-0000-7000-8000-000000000000', identifierType: 'container', value: held[0] },
    }).finish();
    const connection = (peer: string) =>
      asker.peerHost.libp2p
        .getConnections()
        .find((c) => c.remotePeer.toString() === peer && c.status === 'open');
    const rawRoundTrip = async (peer: string) => {
      const open = connection(peer) ?? (await asker.peerHost.dial(peer));
      const stream = await open.newStream(ECHO_PROTOCOL, { signal: AbortSignal.timeout(5_000) });
      const lp = lpStream(stream, { maxDataLength: PROTOCOLS.query.maxFrameBytes });
      await lp.write(frame, { signal: AbortSignal.timeout(5_000) });
      await lp.read({ signal: AbortSignal.timeout(5_000) });
      await stream.close();
    };
    const peers = partners.map((p) => p.nodeId);
    // Warm-up: connections open, code paths compiled.
    for (let i = 0; i < 20; i++) {
      await Promise.all(peers.map(rawRoundTrip));
      await asker.queries.ask({ type: 'container', value: values[i % values.length]! }, 'system:bench');
    }

    log(`query benchmark: ${options.queries} queries across ${partners.length} partners`);
    const raw: number[] = [];
    const query: number[] = [];
    let hits = 0;
    let failures = 0;
    // Interleaved, so that both figures see the same machine at the same moments.
    for (const value of values) {
      let t = performance.now();
      await Promise.all(peers.map(rawRoundTrip));
      raw.push(performance.now() - t);
      t = performance.now();
      const { results } = await asker.queries.ask({ type: 'container', value }, 'system:bench');
      query.push(performance.now() - t);
      if (results.some((r) => 'hit' in r && r.hit)) hits++;
      if (results.length !== partners.length || results.some((r) => 'error' in r)) failures++;
    }
    const rawFigures = percentiles(raw);
    const queryFigures = percentiles(query);
    return {
      partners: partners.length,
      casesPerPartner: options.casesPerPartner,
      queries: options.queries,
      hits,
      failures,
      raw: rawFigures,
      query: queryFigures,
      p95Ratio: queryFigures.p95Ms / Math.max(rawFigures.p95Ms, 1e-6),
    };
  } finally {
    await Promise.all(nodes.map((node) => node.close('benchmark done')));
  }
}
