/**
 * The HTTP API (koa): `/healthz`, the web console's files and, under `/api/v1`, one router per
 * resource. In order: the request log, the security headers (strict CSP), the error handler (the
 * only place errors become responses), the CSRF guard (Origin / Fetch Metadata), the console,
 * the access control (session and the permission of `ROUTE_RULES` for every route), then the
 * routes. HTTPS when the node has a certificate; plain HTTP only on loopback (see config.ts).
 *
 * @example
 *   const server = await listenApi({ host: '127.0.0.1', port: 8443, tls: { cert, key } }, (origins) =>
 *     createApiApp({ store, auth, audit, loggers, storeHealth, tls: true, allowedOrigins: origins }),
 *   );
 *   console.log(server.url); // https://127.0.0.1:8443
 *   await server.close();
 */
import type { KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Router } from '@koa/router';
import Koa, { type Context, type Next } from 'koa';
import { API_PREFIX, MULTIPART_ROUTES, type StoreHealth } from '../../protocol/api.ts';
import type { AgreementProposals, AgreementRegistry } from '../agreements/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { EvidenceLog } from '../evidence/index.ts';
import type { Auth } from '../auth/index.ts';
import { apiUrlOf } from '../config.ts';
import type { Loggers } from '../log.ts';
import type { PeerBook } from '../peers/index.ts';
import type { QueryService } from '../query/index.ts';
import type { ExchangeService } from '../exchange/index.ts';
import type { ContributionService } from '../contribute/index.ts';
import type { GlobalSource, GlobalStore } from '../global/index.ts';
import type { PublicationService } from '../publications/index.ts';
import type { Forum } from '../forum/index.ts';
import type { WatchlistService } from '../watchlists/index.ts';
import type { OperationsService } from '../operations/index.ts';
import type { PhotoLibrary } from '../photos/index.ts';
import type { StatsService } from '../stats/index.ts';
import type { RecordStoreApi } from '../store/types.ts';
import type { ImportService } from '../import/index.ts';
import { accessControl, ruleKey } from './access.ts';
import { serveConsole } from './console.ts';
import { errorHandler } from './errors.ts';
import { jsonBody, requestLog } from './middleware.ts';
import { agreementsRouter } from './routes/agreements.ts';
import { auditRouter } from './routes/audit.ts';
import { evidenceRouter } from './routes/evidence.ts';
import { businessesRouter } from './routes/businesses.ts';
import { casesRouter } from './routes/cases.ts';
import { healthRouter } from './routes/health.ts';
import { metricsRouter } from './routes/metrics.ts';
import type { NodeMetrics } from '../metrics/index.ts';
import { identifiersRouter } from './routes/identifiers.ts';
import { importsRouter } from './routes/imports.ts';
import { peersRouter } from './routes/peers.ts';
import { personsRouter } from './routes/persons.ts';
import { photosRouter } from './routes/photos.ts';
import { queriesRouter } from './routes/queries.ts';
import { exchangeRouter } from './routes/exchange.ts';
import { contributionRouter } from './routes/contribution.ts';
import { DEFAULT_MIN_CELL } from '../../policies/disclosure.ts';
import { globalRouter } from './routes/global.ts';
import { globalWcoRouter } from './routes/global-wco.ts';
import { publicationsRouter } from './routes/publications.ts';
import { forumRouter } from './routes/forum.ts';
import { sessionRouter } from './routes/session.ts';
import { setupRouter, type SetupController } from './routes/setup.ts';
import { usersRouter } from './routes/users.ts';
import { exportsRouter } from './routes/exports.ts';
import { vocabulariesRouter } from './routes/vocabularies.ts';
import { statsRouter } from './routes/stats.ts';
import { notificationsRouter } from './routes/notifications.ts';
import { watchlistsRouter } from './routes/watchlists.ts';
import { operationsRouter } from './routes/operations.ts';
import { csrfGuard, securityHeaders } from './security.ts';
import type { ApiState } from './state.ts';

export interface ApiDeps {
  store: RecordStoreApi;
  auth: Auth;
  audit: AuditLog;
  /** The evidence log of exchanges, for auditors and exchange administrators. */
  evidence: EvidenceLog;
  agreements: AgreementRegistry;
  peers: PeerBook;
  /** Agreement proposals to and from partners (the `agreements` peer protocol delivers them). */
  proposals?: AgreementProposals;
  /** Hit/no-hit look-ups at partners, and the log of them. */
  queries: QueryService;
  /** Records to and from partners: the inbox, sending on demand, shares and recalls. */
  exchange: ExchangeService;
  /** Contributions to the WCO node (a national node): where each case stands. */
  contributions?: ContributionService;
  /** The global CEN (the WCO node only). */
  global?: GlobalStore;
  /** The global CEN as the API reads it: the store on the WCO node, the WCO node from a member's. */
  globalSource?: GlobalSource;
  /** Released global figures (ITR tables) hide counts below this (config `minCellCount`, default 3). */
  minCellCount?: number;
  /** Watch-list rules, the matches of cases and the notifications of their owners. */
  watchlists: WatchlistService;
  /** CENcomm operations; without it those routes answer 404. */
  operations?: OperationsService;
  /** Publications: written on the WCO node, received on members' nodes. */
  publications?: PublicationService;
  /** The forum: held on the WCO node, reached through it from members' nodes. */
  forum?: Forum;
  /** Photos of cases: uploads, files, photo and similar-photo search. */
  photos: PhotoLibrary;
  /** Statistics and data quality of the cases (`/stats`). */
  stats: StatsService;
  /** Bulk upload of cases (`/imports`); without it those routes answer that it is unavailable. */
  imports?: ImportService;
  /** This node's signing key, for the revocations it signs. */
  signingKey: KeyObject;
  loggers: Pick<Loggers, 'http' | 'auth'>;
  /** A cheap read that proves the store answers, for `/healthz`. */
  storeHealth: () => Promise<StoreHealth>;
  /** True when the node serves HTTPS (HSTS, Secure cookie). */
  tls: boolean;
  /** The origins the console is served from; state-changing requests from any other are refused. */
  allowedOrigins: readonly string[];
  /** The built console (`web-console/dist`); without it, only the API and `/healthz` answer. */
  consoleDistDir?: string;
  /** Prometheus metrics: HTTP requests are counted and `/metrics` answers (see routes/metrics.ts). */
  metrics?: NodeMetrics;
  /** The bearer token `/metrics` requires; without it, only loopback clients are answered. */
  metricsToken?: string;
  /** `/setup` on a configured node: where it listens; a setup is refused (node/setup.ts). */
  setup?: SetupController;
}

/** The `/api/v1` router with every resource's routes: what the rules table must cover. */
export function createApiRouter(
  deps: Pick<
    ApiDeps,
    | 'store'
    | 'auth'
    | 'audit'
    | 'evidence'
    | 'agreements'
    | 'peers'
    | 'proposals'
    | 'queries'
    | 'exchange'
    | 'contributions'
    | 'global'
    | 'globalSource'
    | 'minCellCount'
    | 'publications'
    | 'forum'
    | 'photos'
    | 'watchlists'
    | 'operations'
    | 'stats'
    | 'imports'
    | 'signingKey'
    | 'loggers'
    | 'tls'
    | 'setup'
  >,
): Router<ApiState> {
  const api = new Router<ApiState>({ prefix: API_PREFIX });
  for (const router of [
    sessionRouter({ auth: deps.auth, log: deps.loggers.auth, tls: deps.tls }),
    setupRouter({ setup: deps.setup }),
    usersRouter({ auth: deps.auth, log: deps.loggers.auth }),
    auditRouter({ audit: deps.audit }),
    evidenceRouter({ evidence: deps.evidence, audit: deps.audit }),
    casesRouter(deps.store, deps.audit),
    personsRouter(deps.store, deps.audit),
    businessesRouter(deps.store, deps.audit),
    identifiersRouter(deps.store),
    importsRouter({ imports: deps.imports }),
    photosRouter({ photos: deps.photos, audit: deps.audit }),
    agreementsRouter({
      agreements: deps.agreements,
      signingKey: deps.signingKey,
      ...(deps.proposals ? { proposals: deps.proposals } : {}),
    }),
    peersRouter({ peers: deps.peers }),
    queriesRouter({ queries: deps.queries, audit: deps.audit }),
    exchangeRouter({ exchange: deps.exchange, audit: deps.audit }),
    contributionRouter({ store: deps.store, contributions: deps.contributions }),
    globalRouter({
      global: deps.global,
      source: deps.globalSource,
      audit: deps.audit,
      log: deps.loggers.http,
    }),
    globalWcoRouter({ global: deps.global, minCell: deps.minCellCount ?? DEFAULT_MIN_CELL }),
    watchlistsRouter({ watchlists: deps.watchlists, audit: deps.audit }),
    publicationsRouter({ publications: deps.publications }),
    forumRouter({ forum: deps.forum, auth: deps.auth }),
    notificationsRouter({ watchlists: deps.watchlists }),
    operationsRouter({ operations: deps.operations, audit: deps.audit, store: deps.store }),
    statsRouter(deps.stats),
    exportsRouter({ store: deps.store, audit: deps.audit, log: deps.loggers.http }),
    vocabulariesRouter(),
  ]) {
    api.use(router.routes(), router.allowedMethods({ throw: true }));
  }
  return api;
}

/**
 * JSON bodies, except on the routes of `MULTIPART_ROUTES` when they are sent a multipart form:
 * their handlers stream it themselves (a photo is not held twice in memory, and its limits are
 * theirs). Anything else sent to them is parsed, or refused, as everywhere.
 */
function jsonBodyExceptUploads(api: Router<ApiState>) {
  const parseJson = jsonBody();
  const multipart = new Set(MULTIPART_ROUTES);
  return async function parseJsonUnlessUpload(ctx: Context, next: Next): Promise<void> {
    const upload =
      ctx.is('multipart/form-data') !== false &&
      api
        .match(ctx.path, ctx.method)
        .pathAndMethod.some((layer) => multipart.has(ruleKey(ctx.method, String(layer.path))));
    if (upload) await next();
    else await parseJson(ctx, next);
  };
}

function noSuchRoute() {
  return function refuseUnknownRoute(ctx: Context): void {
    ctx.throw(404, `no such endpoint: ${ctx.method} ${ctx.path}`);
  };
}

export function createApiApp(deps: ApiDeps): Koa<ApiState> {
  const app = new Koa<ApiState>();
  app.proxy = false; // X-Forwarded-* is not trusted until a reverse-proxy setting says otherwise

  const api = createApiRouter(deps);
  const health = healthRouter(deps.storeHealth);

  app.use(requestLog(deps.loggers.http)); // outermost only to see the final status; it never throws
  if (deps.metrics) app.use(deps.metrics.httpMiddleware()); // outside the error handler, like the log
  app
    .use(securityHeaders({ tls: deps.tls })) // before the error handler, so errors carry them too
    .use(errorHandler(deps.loggers.http))
    .use(csrfGuard({ allowedOrigins: deps.allowedOrigins }));
  if (deps.consoleDistDir !== undefined) app.use(serveConsole({ distDir: deps.consoleDistDir }));
  app
    .use(accessControl({ router: api, auth: deps.auth, audit: deps.audit, log: deps.loggers.http }))
    .use(jsonBodyExceptUploads(api))
    .use(health.routes());
  if (deps.metrics) app.use(metricsRouter(deps.metrics, { token: deps.metricsToken }).routes());
  app
    .use(api.routes())
    .use(api.allowedMethods({ throw: true }))
    .use(noSuchRoute());
  return app;
}

export interface ApiServer extends AsyncDisposable {
  server: HttpServer | HttpsServer;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  host: string;
  /** 0 asks the system for a free port. */
  port: number;
  /** PEM certificate (with its chain) and key: HTTPS; absent: plain HTTP. */
  tls?: { cert: string; key: string };
}

/** Slow clients may not hold a connection for ever. */
const REQUEST_TIMEOUT_MS = 30_000;
/** How long shutdown lets requests in flight finish. */
const SHUTDOWN_GRACE_MS = 5_000;

/**
 * Listens, then builds the app: with port 0 the origins the app must accept are known only once
 * the port is, so the app comes from `makeApp(url)` (or is given ready-made).
 */
export async function listenApi(
  options: ListenOptions,
  makeApp: Koa<ApiState> | ((url: string) => Koa<ApiState>),
): Promise<ApiServer> {
  const serverOptions = { requestTimeout: REQUEST_TIMEOUT_MS };
  const server: HttpServer | HttpsServer = options.tls
    ? createHttpsServer({
        ...serverOptions,
        cert: options.tls.cert,
        key: options.tls.key,
        minVersion: 'TLSv1.2',
      })
    : createHttpServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = apiUrlOf(options.host, actualPort, options.tls !== undefined);
  const app = typeof makeApp === 'function' ? makeApp(url) : makeApp;
  const handle = app.callback(); // koa answers its own errors, so the promise never rejects
  server.on('request', (req, res) => void handle(req, res));
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      // Requests in flight may finish (a case being saved), up to a grace period; idle
      // keep-alive connections would otherwise hold shutdown open until they time out.
      const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      server.close(() => {
        clearTimeout(grace);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closed;
  };
  return { server, url, port: actualPort, close, [Symbol.asyncDispose]: close };
}

export { accessControl, ROUTE_RULES, routesOf, ruleKey, type RouteRule } from './access.ts';
export { translateError, type ApiErrorBody } from './errors.ts';
export { SESSION_COOKIE } from './middleware.ts';
export type { ApiState } from './state.ts';
