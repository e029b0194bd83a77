/**
 * `/api/v1/users`: the contact point's work on accounts. List (`GET /users`), create with a
 * one-time password (`POST /users`), change role, state or display name
 * (`PATCH /users/:username`), reset to a one-time code (`POST /users/:username/reset`) and end a
 * user's sessions (`DELETE /users/:username/sessions`). Which roles may do this is in the rules
 * table (`access.ts`); who may give which role, and that nobody changes their own account, is the
 * accounts service's rule (`mayAssign`).
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  apiPaths,
  type CreateUserResponse,
  type ResetUserResponse,
  type RevokeSessionsResponse,
  type UpdateUserRequest,
  type UserListResponse,
  type UserSummary,
} from '../../../protocol/api.ts';
import type { AccountActor, Auth } from '../../auth/index.ts';
import { events, type Logger } from '../../log.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { parseOrThrow, validate } from '../validate.ts';

const createBody = z
  .object({
    username: z.string().max(200),
    role: z.string().max(100),
    displayName: z.string().max(1000).optional(),
  })
  .strict();

const updateBody = z
  .object({
    role: z.string().max(100).optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().max(1000).optional(),
  })
  .strict();

const resetBody = z.object({ totp: z.boolean().optional() }).strict();

const usernameParams = z.object({ username: z.string().min(1).max(200) });

function actorOf(state: ApiState, ip: string): AccountActor {
  const session = sessionOf(state);
  return { username: session.username, role: session.role, ...(ip ? { ip } : {}) };
}

export function usersRouter({ auth, log }: { auth: Auth; log: Logger }): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.users, validate({ query: noQuery }), async function listUsers(ctx) {
    ctx.body = { items: await auth.listUsers() } satisfies UserListResponse;
  });

  router.post(API_ROUTES.users, validate({ query: noQuery }), async function createUser(ctx) {
    const input = parseOrThrow(createBody, ctx.request.body);
    const actor = actorOf(ctx.state, ctx.ip);
    const created = await auth.createUser(actor, input);
    events.userCreated(log, { username: created.user.username, role: created.user.role, by: actor.username });
    ctx.status = 201;
    ctx.set('Location', apiPaths.user(created.user.username));
    ctx.body = { user: created.user, oneTimePassword: created.oneTimePassword! } satisfies CreateUserResponse;
  });

  router.patch(
    API_ROUTES.user,
    validate({ query: noQuery, params: usernameParams }),
    async function updateUser(ctx) {
      const change = parseOrThrow(updateBody, ctx.request.body) as UpdateUserRequest;
      const actor = actorOf(ctx.state, ctx.ip);
      const { username } = ctx.state.input.params;
      const user = await auth.updateUser(actor, username, change);
      events.accountChanged(log, { action: 'user-updated', username, by: actor.username });
      ctx.body = user satisfies UserSummary;
    },
  );

  router.post(
    API_ROUTES.userReset,
    validate({ query: noQuery, params: usernameParams }),
    async function resetUser(ctx) {
      const options = parseOrThrow(resetBody, ctx.request.body ?? {});
      const actor = actorOf(ctx.state, ctx.ip);
      const { username } = ctx.state.input.params;
      const reset = await auth.resetUser(actor, username, options);
      events.accountChanged(log, { action: 'password-reset', username, by: actor.username });
      ctx.body = reset satisfies ResetUserResponse;
    },
  );

  router.delete(
    API_ROUTES.userSessions,
    validate({ query: noQuery, params: usernameParams }),
    async function revokeSessions(ctx) {
      const actor = actorOf(ctx.state, ctx.ip);
      const { username } = ctx.state.input.params;
      const revoked = await auth.revokeUserSessions(actor, username);
      events.accountChanged(log, { action: 'session-revoked', username, by: actor.username });
      ctx.body = { revoked } satisfies RevokeSessionsResponse;
    },
  );

  return router;
}
