/**
 * The API's shared middleware, each a named function returned by a factory. The browser-facing
 * defences (security headers, CSRF guard, cookie attributes) are in `security.ts`; who may call
 * which route is decided in `access.ts`.
 */
import { bodyParser } from '@koa/bodyparser';
import type { Context, Next } from 'koa';
import { API_PREFIX } from '../../protocol/api.ts';
import { events, type Logger } from '../log.ts';
import type { ApiState } from './state.ts';

export const SESSION_COOKIE = 'cen_session';

/** Cases are a few KB; bulk upload has its own endpoint later, so 1 MB is generous. */
export const JSON_BODY_LIMIT = '1mb';

const isApiPath = (path: string): boolean => path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);

/**
 * What a log line names a request by: the route template that answered it
 * (`/api/v1/persons/:id`), never the path itself, which can hold a username or a document number.
 */
export function routeOf(ctx: Context): string {
  const state = ctx.state as ApiState;
  const matched = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute;
  if (state.route) return state.route;
  if (typeof matched === 'string') return matched;
  return isApiPath(ctx.path) ? `${API_PREFIX}/(no route)` : '(console)';
}

/** One line per request: method, route template (never the path or query) and status. */
export function requestLog(log: Logger) {
  return async function logRequest(ctx: Context, next: Next): Promise<void> {
    const started = performance.now();
    try {
      await next();
    } finally {
      const state = ctx.state as ApiState;
      events.httpRequest(log, {
        method: ctx.method,
        route: routeOf(ctx),
        status: ctx.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(state.session ? { user: state.session.username } : {}),
      });
    }
  };
}

/** Parses JSON bodies (and only JSON: anything else with a body is refused with 415). */
export function jsonBody() {
  const parse = bodyParser({ enableTypes: ['json'], jsonLimit: JSON_BODY_LIMIT, jsonStrict: true });
  return async function parseJsonBody(ctx: Context, next: Next): Promise<void> {
    const hasBody = ctx.request.length > 0 || ctx.get('transfer-encoding') !== '';
    if (['POST', 'PUT', 'PATCH'].includes(ctx.method) && hasBody && !ctx.is('json')) {
      ctx.throw(415, 'send the body as application/json');
    }
    await parse(ctx, next);
  };
}

export function readSessionToken(ctx: Context): string | undefined {
  return ctx.cookies.get(SESSION_COOKIE);
}
