/** The API's shared middleware, each a named function returned by a factory. */
import { bodyParser } from '@koa/bodyparser';
import type { Context, Next } from 'koa';
import type { Auth } from '../auth/index.ts';
import { AuthenticationError } from '../errors.ts';
import { events, type Logger } from '../log.ts';
import type { ApiState } from './state.ts';

export const SESSION_COOKIE = 'cen_session';

/** Cases are a few KB; bulk upload has its own endpoint later, so 1 MB is generous. */
export const JSON_BODY_LIMIT = '1mb';

export function securityHeaders() {
  return async function setSecurityHeaders(ctx: Context, next: Next): Promise<void> {
    ctx.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    try {
      await next();
    } finally {
      // API answers carry records: no cache, no proxy, and no rendering as a page.
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
  };
}

/** One line per request: method, path (never the query: it can hold names) and status. */
export function requestLog(log: Logger) {
  return async function logRequest(ctx: Context, next: Next): Promise<void> {
    const started = performance.now();
    try {
      await next();
    } finally {
      const state = ctx.state as ApiState;
      events.httpRequest(log, {
        method: ctx.method,
        path: ctx.path,
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

/** Refuses the request with 401 unless the cookie names a live session of an existing user. */
export function requireSession(auth: Auth) {
  return async function checkSession(ctx: Context, next: Next): Promise<void> {
    const token = readSessionToken(ctx);
    const session = await auth.sessions.lookup(token);
    if (!session || !(await auth.users.get(session.username))) throw new AuthenticationError();
    const state = ctx.state as ApiState;
    state.session = session;
    state.sessionToken = token;
    await next();
  };
}
