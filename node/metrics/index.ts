/**
 * Prometheus metrics of one node (`GET /metrics`, text format): peers and their sync lag, queue
 * lengths, store size, HTTP requests by route template and status class, and the process's own
 * figures. Each node has its own prom-client `Registry` (tests run several nodes in one process,
 * so the global one would mix them). Gauges are read from their sources at scrape time.
 *
 * Labels never carry personal data or record ids: routes are templates (`/api/v1/cases/:id`),
 * peers are node ids, which partners exchange anyway.
 *
 * @example
 *   const metrics = new NodeMetrics(nodeMetricsSources({ kv, store, peers, proposals, dataDir }));
 *   app.use(metrics.httpMiddleware());                       // outermost but the request log
 *   app.use(metricsRouter(metrics, { token }).routes());     // GET /metrics
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context, Next } from 'koa';
import { routeOf } from '../api/middleware.ts';

export { nodeMetricsSources, type MetricsSourceDeps } from './sources.ts';

/** What the gauges read when Prometheus scrapes; every source is optional. */
export interface MetricsSources {
  peers?: () => Promise<readonly { nodeId: string; connected: boolean; lag?: number | undefined }[]>;
  /** Changes of this node's log not yet contributed, per WCO node. */
  contributionsPending?: () => Promise<readonly { wco: string; behind: number }[]>;
  agreementDeliveriesPending?: () => Promise<number>;
  exchangeInbox?: () => Promise<number>;
  records?: () => Promise<{ cases: number; persons: number; businesses: number }>;
  /** Bytes on disk by part (`store`, `fulltext`, `statistics`, …). */
  diskBytes?: () => Promise<Record<string, number>>;
  /** Connections the peer host closed because nothing arrived on them for the silence limit. */
  silentConnectionsClosed?: () => number;
}

export interface NodeMetricsOptions {
  /** Process and Node.js runtime metrics (default true). */
  processMetrics?: boolean;
}

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

export class NodeMetrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'method' | 'route' | 'status_class'>;
  readonly #duration: Histogram<'method' | 'route'>;

  constructor(sources: MetricsSources, options: NodeMetricsOptions = {}) {
    const registers = [this.registry];
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.#requests = new Counter({
      name: 'cen_http_requests_total',
      help: 'HTTP requests answered, by method, route template and status class (5xx are errors)',
      labelNames: ['method', 'route', 'status_class'],
      registers,
    });
    this.#duration = new Histogram({
      name: 'cen_http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by method and route template',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });

    const { peers } = sources;
    if (peers) {
      const read = peers;
      new Gauge({
        name: 'cen_peers_known',
        help: 'Partner nodes in the peer book',
        registers,
        async collect() {
          this.set((await read()).length);
        },
      });
      new Gauge({
        name: 'cen_peers_connected',
        help: 'Partner nodes connected now',
        registers,
        async collect() {
          this.set((await read()).filter((p) => p.connected).length);
        },
      });
      new Gauge({
        name: 'cen_peer_sync_lag_entries',
        help: "Entries of a partner's change log this node has not pulled yet (as of the last chunk)",
        labelNames: ['peer'],
        registers,
        async collect() {
          this.reset();
          for (const p of await read()) if (p.lag !== undefined) this.set({ peer: p.nodeId }, p.lag);
        },
      });
    }
    const { contributionsPending } = sources;
    if (contributionsPending) {
      new Gauge({
        name: 'cen_contribution_pending_changes',
        help: "Changes of this node's log not yet contributed to the WCO node",
        labelNames: ['wco'],
        registers,
        async collect() {
          this.reset();
          for (const { wco, behind } of await contributionsPending()) this.set({ wco }, behind);
        },
      });
    }
    const { agreementDeliveriesPending } = sources;
    if (agreementDeliveriesPending) {
      new Gauge({
        name: 'cen_agreement_deliveries_pending',
        help: 'Proposals, countersignatures, declines and revocations waiting to reach a partner',
        registers,
        async collect() {
          this.set(await agreementDeliveriesPending());
        },
      });
    }
    const { exchangeInbox } = sources;
    if (exchangeInbox) {
      new Gauge({
        name: 'cen_exchange_inbox_records',
        help: 'Records partners sent that the inbox holds',
        registers,
        async collect() {
          this.set(await exchangeInbox());
        },
      });
    }
    const { records } = sources;
    if (records) {
      new Gauge({
        name: 'cen_store_records',
        help: 'Live records in the store, by type',
        labelNames: ['type'],
        registers,
        async collect() {
          const counts = await records();
          this.set({ type: 'case' }, counts.cases);
          this.set({ type: 'person' }, counts.persons);
          this.set({ type: 'business' }, counts.businesses);
        },
      });
    }
    const { diskBytes } = sources;
    if (diskBytes) {
      new Gauge({
        name: 'cen_disk_bytes',
        help: 'Bytes on disk of the store (LevelDB) and the derived indexes, by part',
        labelNames: ['part'],
        registers,
        async collect() {
          this.reset();
          for (const [part, bytes] of Object.entries(await diskBytes())) this.set({ part }, bytes);
        },
      });
    }
    const { silentConnectionsClosed } = sources;
    if (silentConnectionsClosed) {
      new Counter({
        name: 'cen_peer_silent_connections_closed_total',
        help: 'Partner connections closed because nothing arrived on them for the silence limit (a dead link)',
        registers,
        collect() {
          this.reset();
          this.inc(silentConnectionsClosed());
        },
      });
    }
  }

  /** Counts and times every request; goes outside the error handler to see the final status. */
  httpMiddleware() {
    const requests = this.#requests;
    const duration = this.#duration;
    return async function measureRequest(ctx: Context, next: Next): Promise<void> {
      const end = duration.startTimer();
      try {
        await next();
      } finally {
        const route = routeOf(ctx);
        requests.inc({ method: ctx.method, route, status_class: statusClass(ctx.status) });
        end({ method: ctx.method, route });
      }
    };
  }

  /** The exposition text and its content type. */
  async exposition(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
