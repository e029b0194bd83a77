/**
 * The HTTP API (koa): `/healthz` and, under `/api/v1`, one router per resource. The error
 * handler comes first and is the only place errors become responses; every `/api/v1` route
 * except signing in needs a session.
 *
 * @example
 *   const app = createApiApp({ store, auth, loggers, storeHealthy });
 *   const server = await listenApi(app, '127.0.0.1', 8080);
 *   console.log(server.url); // http://127.0.0.1:8080
 *   await server.close();
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from '@koa/router';
import { API_PREFIX, API_ROUTES } from '../../protocol/api.ts';
import Koa, { type Context, type Next } from 'koa';
import type { Auth } from '../auth/index.ts';
import { apiUrlOf } from '../config.ts';
import type { Loggers } from '../log.ts';
import type { RecordStoreApi } from '../store/types.ts';
import { errorHandler } from './errors.ts';
import { jsonBody, requestLog, requireSession, securityHeaders } from './middleware.ts';
import { businessesRouter } from './routes/businesses.ts';
import { casesRouter } from './routes/cases.ts';
import { healthRouter } from './routes/health.ts';
import { identifiersRouter } from './routes/identifiers.ts';
import { personsRouter } from './routes/persons.ts';
import { sessionRouter } from './routes/session.ts';
import { vocabulariesRouter } from './routes/vocabularies.ts';
import type { ApiState } from './state.ts';

const SIGN_IN_PATH = `${API_PREFIX}${API_ROUTES.session}`;

export interface ApiDeps {
  store: RecordStoreApi;
  auth: Auth;
  loggers: Pick<Loggers, 'http' | 'auth'>;
  /** A cheap read that proves the store answers, for `/healthz`. */
  storeHealthy: () => Promise<boolean>;
}

/** Guards the whole prefix (not route by route), so a new router cannot forget it. */
function sessionGuard(auth: Auth) {
  const check = requireSession(auth);
  return async function guardApi(ctx: Context, next: Next): Promise<void> {
    const underApi = ctx.path === API_PREFIX || ctx.path.startsWith(`${API_PREFIX}/`);
    const signingIn = ctx.method === 'POST' && (ctx.path === SIGN_IN_PATH || ctx.path === `${SIGN_IN_PATH}/`);
    if (underApi && !signingIn) await check(ctx, next);
    else await next();
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

  const api = new Router<ApiState>({ prefix: API_PREFIX });
  for (const router of [
    sessionRouter(deps.auth, deps.loggers.auth),
    casesRouter(deps.store),
    personsRouter(deps.store),
    businessesRouter(deps.store),
    identifiersRouter(deps.store),
    vocabulariesRouter(),
  ]) {
    api.use(router.routes(), router.allowedMethods({ throw: true }));
  }
  const health = healthRouter(deps.storeHealthy);

  app
    .use(requestLog(deps.loggers.http)) // outermost only to see the final status; it never throws
    .use(securityHeaders())
    .use(errorHandler(deps.loggers.http))
    .use(sessionGuard(deps.auth))
    .use(jsonBody())
    .use(health.routes())
    .use(api.routes())
    .use(api.allowedMethods({ throw: true }))
    .use(noSuchRoute());
  return app;
}

export interface ApiServer extends AsyncDisposable {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Slow clients may not hold a connection for ever. */
const REQUEST_TIMEOUT_MS = 30_000;
/** How long shutdown lets requests in flight finish. */
const SHUTDOWN_GRACE_MS = 5_000;

export async function listenApi(app: Koa<ApiState>, host: string, port: number): Promise<ApiServer> {
  const handle = app.callback(); // koa answers its own errors, so the promise never rejects
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
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
  return { server, url: apiUrlOf(host, actualPort), port: actualPort, close, [Symbol.asyncDispose]: close };
}

export { translateError, type ApiErrorBody } from './errors.ts';
export { SESSION_COOKIE } from './middleware.ts';
export type { ApiState } from './state.ts';
