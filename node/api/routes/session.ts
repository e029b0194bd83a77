/**
 * `/api/v1/session`: sign in (POST, the only API route without a session), who am I (GET) and
 * sign out (DELETE). The session token travels only in an HttpOnly, SameSite=Strict cookie
 * (Secure when the request came over TLS), so page scripts never see it.
 */
import { Router } from '@koa/router';
import { API_ROUTES, type SessionResponse } from '../../../protocol/api.ts';
import type { Context } from 'koa';
import { z } from 'zod';
import { publicUser, type Auth, type Session } from '../../auth/index.ts';
import { AuthenticationError } from '../../errors.ts';
import { events, type Logger } from '../../log.ts';
import { SESSION_COOKIE } from '../middleware.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const credentials = z
  .object({ username: z.string().min(1).max(200), password: z.string().min(1).max(4096) })
  .strict();

function setSessionCookie(ctx: Context, token: string | null): void {
  ctx.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.secure,
    path: '/',
    overwrite: true,
  });
}

export function sessionRouter(auth: Auth, log: Logger): Router<ApiState> {
  const router = new Router<ApiState>();

  async function describe(session: Session): Promise<SessionResponse> {
    const user = await auth.users.get(session.username);
    if (!user) throw new AuthenticationError();
    return { user: publicUser(user), expiresAt: session.expiresAt };
  }

  router.post(API_ROUTES.session, validate({ query: noQuery }), async function signIn(ctx) {
    const { username, password } = parseOrThrow(credentials, ctx.request.body);
    let user;
    try {
      user = await auth.users.authenticate(username, password);
    } catch (err) {
      if (err instanceof AuthenticationError) events.loginFailed(log, { username: username.slice(0, 64) });
      throw err;
    }
    await auth.users.recordLogin(user.username);
    const { token, session } = await auth.sessions.create(user);
    setSessionCookie(ctx, token);
    events.loginSucceeded(log, { username: user.username });
    ctx.status = 201;
    ctx.body = await describe(session);
  });

  router.get(API_ROUTES.session, validate({ query: noQuery }), async function currentSession(ctx) {
    ctx.body = await describe(sessionOf(ctx.state));
  });

  router.delete(API_ROUTES.session, validate({ query: noQuery }), async function signOut(ctx) {
    const session = sessionOf(ctx.state);
    await auth.sessions.revoke(ctx.state.sessionToken);
    setSessionCookie(ctx, null);
    events.loggedOut(log, { username: session.username });
    ctx.status = 204;
  });

  return router;
}
