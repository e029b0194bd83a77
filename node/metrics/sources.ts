/**
 * Where the node's gauges read from, bound to its services by the composition root. Each read is
 * cheap enough for a scrape every few seconds: counts kept by the store, the peer book, a range
 * read of the contribution cursors and the pending deliveries, one key scan of the inbox, and
 * the sizes of the store's files.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgreementProposals } from '../agreements/index.ts';
import { CONTRIBUTE_NS } from '../contribute/keys.ts';
import { EXCHANGE_NS } from '../exchange/keys.ts';
import { GLOBAL_INDEX_FILE } from '../global/index.ts';
import type { PeerBook } from '../peers/index.ts';
import { STATS_FILE } from '../stats/stats-index.ts';
import { FULL_TEXT_FILE, STORE_DIRECTORY } from '../store/index.ts';
import type { KvStore } from '../store/kv.ts';
import type { RecordStoreApi } from '../store/types.ts';
import type { MetricsSources } from './index.ts';

export interface MetricsSourceDeps {
  kv: KvStore;
  store: Pick<RecordStoreApi, 'counts' | 'lastSeq'>;
  peers: Pick<PeerBook, 'list'>;
  proposals?: Pick<AgreementProposals, 'pendingDeliveries'>;
  dataDir: string;
  /** A national node contributes to the WCO node; the WCO node has no contribution queue. */
  contributes: boolean;
}

const CURSOR_PREFIX = 'cursor\x00';

async function directoryBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile()) total += (await stat(join(path, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

const fileBytes = (path: string) =>
  stat(path).then(
    (s) => s.size,
    () => 0,
  );

export function nodeMetricsSources(deps: MetricsSourceDeps): MetricsSources {
  const { kv, store, peers, proposals, dataDir } = deps;
  return {
    peers: async () =>
      (await peers.list()).map((peer) => ({
        nodeId: peer.nodeId,
        connected: peer.status === 'connected',
        lag: peer.sync?.lag,
      })),
    ...(deps.contributes
      ? {
          contributionsPending: async () => {
            // Cursors per WCO node and agreement version: the furthest one is the agreement in force.
            const furthest = new Map<string, number>();
            for await (const [key, value] of kv.iterate(CONTRIBUTE_NS.state, {
              gte: CURSOR_PREFIX,
              lt: 'cursor\x01',
            })) {
              const wco = key.slice(CURSOR_PREFIX.length).split('\x00')[0]!;
              const cursor = (value as { cursor?: number }).cursor ?? 0;
              furthest.set(wco, Math.max(furthest.get(wco) ?? 0, cursor));
            }
            const head = store.lastSeq();
            return [...furthest].map(([wco, cursor]) => ({ wco, behind: Math.max(0, head - cursor) }));
          },
        }
      : {}),
    ...(proposals
      ? { agreementDeliveriesPending: async () => (await proposals.pendingDeliveries()).length }
      : {}),
    exchangeInbox: async () => {
      let count = 0;
      for await (const _ of kv.iterate(EXCHANGE_NS.inbox)) count++;
      return count;
    },
    records: () => store.counts(),
    diskBytes: async () => ({
      store: await directoryBytes(join(dataDir, STORE_DIRECTORY)),
      fulltext: await fileBytes(join(dataDir, FULL_TEXT_FILE)),
      statistics: await fileBytes(join(dataDir, STATS_FILE)),
      global: await fileBytes(join(dataDir, GLOBAL_INDEX_FILE)),
    }),
  };
}
