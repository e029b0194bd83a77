/**
 * `/api/v1/session`: sign in (POST, the only API route without a session), who am I (GET), sign
 * out (DELETE), and the first steps a restricted session must take: change the password
 * (`/session/password`) and enrol a TOTP second factor (`/session/totp`, then `/confirm`).
 *
 * The session token travels only in an HttpOnly, SameSite=Strict cookie (Secure when the node
 * serves HTTPS), so page scripts never see it. Bodies are never logged: they hold passwords.
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  type SessionResponse,
  type TotpConfirmResponse,
  type TotpEnrolmentResponse,
} from '../../../protocol/api.ts';
import { SignInRefusedError, ThrottledError, type Auth } from '../../auth/index.ts';
import { events, type Logger } from '../../log.ts';
import { SESSION_COOKIE } from '../middleware.ts';
import { noQuery } from '../params.ts';
import { sessionCookieOptions } from '../security.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const signInBody = z
  .object({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(4096),
    totp: z.string().min(1).max(20).optional(),
    recoveryCode: z.string().min(1).max(40).optional(),
  })
  .strict();

const passwordChangeBody = z
  .object({ current: z.string().min(1).max(4096), next: z.string().min(1).max(4096) })
  .strict();

const confirmBody = z.object({ code: z.string().min(1).max(20) }).strict();

const emptyBody = z.object({}).strict();

export interface SessionRouterOptions {
  auth: Auth;
  log: Logger;
  /** True when the node serves HTTPS: the cookie is then Secure. */
  tls: boolean;
}

export function sessionRouter({ auth, log, tls }: SessionRouterOptions): Router<ApiState> {
  const router = new Router<ApiState>();
  const cookie = sessionCookieOptions({ tls });
  const setSessionCookie = (ctx: Context, token: string | null) =>
    ctx.cookies.set(SESSION_COOKIE, token, cookie);

  router.post(API_ROUTES.session, validate({ query: noQuery }), async function signIn(ctx) {
    const request = parseOrThrow(signInBody, ctx.request.body);
    try {
      const signedIn = await auth.signIn(request, { ip: ctx.ip });
      setSessionCookie(ctx, signedIn.token);
      events.loginSucceeded(log, {
        username: signedIn.session.username,
        secondFactor: signedIn.session.secondFactor,
      });
      ctx.status = 200;
      ctx.body = signedIn.response satisfies SessionResponse;
    } catch (err) {
      if (err instanceof SignInRefusedError) {
        // Only a name that exists is logged: a password typed into the username field must not be.
        const known = await auth.users.get(request.username);
        events.loginFailed(log, { username: known ? known.username : 'unknown', reason: err.code });
      } else if (err instanceof ThrottledError) {
        events.loginThrottled(log, { retryAfterSeconds: err.retryAfterSeconds });
      }
      throw err;
    }
  });

  router.get(API_ROUTES.session, validate({ query: noQuery }), async function currentSession(ctx) {
    ctx.body = (await auth.describeSession(sessionOf(ctx.state))) satisfies SessionResponse;
  });

  router.delete(API_ROUTES.session, validate({ query: noQuery }), async function signOut(ctx) {
    const session = sessionOf(ctx.state);
    await auth.signOut(ctx.state.sessionToken, session, ctx.ip);
    setSessionCookie(ctx, null);
    events.loggedOut(log, { username: session.username });
    ctx.status = 204;
  });

  router.post(API_ROUTES.sessionPassword, validate({ query: noQuery }), async function changePassword(ctx) {
    const change = parseOrThrow(passwordChangeBody, ctx.request.body);
    const session = sessionOf(ctx.state);
    await auth.changePassword(ctx.state.sessionToken, session, change, ctx.ip);
    events.accountChanged(log, {
      action: 'password-changed',
      username: session.username,
      by: session.username,
    });
    ctx.status = 204;
  });

  router.post(API_ROUTES.sessionTotp, validate({ query: noQuery }), async function startTotpEnrolment(ctx) {
    parseOrThrow(emptyBody, ctx.request.body ?? {});
    ctx.body = (await auth.startTotpEnrolment(sessionOf(ctx.state))) satisfies TotpEnrolmentResponse;
  });

  router.post(API_ROUTES.sessionTotpConfirm, validate({ query: noQuery }), async function confirmTotp(ctx) {
    const { code } = parseOrThrow(confirmBody, ctx.request.body);
    const session = sessionOf(ctx.state);
    const result = await auth.confirmTotp(ctx.state.sessionToken, session, code, ctx.ip);
    events.accountChanged(log, { action: 'totp-enrolled', username: session.username, by: session.username });
    ctx.body = result satisfies TotpConfirmResponse;
  });

  return router;
}
