/**
 * The forum, on both kinds of node: `GET /forum/threads`, `GET /forum/threads/:id` (the thread
 * and a page of posts) for `forum:read`; `POST /forum/threads` and `POST /forum/threads/:id/posts`
 * for `forum:post`. On a member's node each goes to the WCO node (node/forum's RemoteForum), and
 * answers 503 `peer_unavailable` when it cannot be reached. The writes are audited on the WCO
 * node, which holds the forum.
 */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  API_ROUTES,
  type CreateForumPostResponse,
  type CreateForumThreadResponse,
  type ForumThreadDetail,
  type ForumThreadPage,
} from '../../../protocol/api.ts';
import type { Auth } from '../../auth/index.ts';
import type { Forum, ForumUser } from '../../forum/index.ts';
import { MAX_POSTS_PAGE, MAX_THREADS_PAGE } from '../../forum/index.ts';
import { noQuery } from '../params.ts';
import { sessionOf, type ApiState } from '../state.ts';
import { validate } from '../validate.ts';

const pageQuery = (max: number) =>
  z
    .object({
      cursor: z.string().min(1).max(200).optional(),
      limit: z.coerce.number().int().min(1).max(max).optional(),
    })
    .strict();

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body: unknown = ctx.request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
};

export function forumRouter(deps: {
  forum?: Forum | undefined;
  auth: Pick<Auth, 'users'>;
}): Router<ApiState> {
  const router = new Router<ApiState>();
  const { auth } = deps;
  const forum = (): Forum => {
    if (!deps.forum) throw new Error('this node was started without the forum');
    return deps.forum;
  };

  const userOf = async (ctx: Context): Promise<ForumUser> => {
    const { username } = sessionOf(ctx.state);
    const displayName = (await auth.users.get(username))?.displayName;
    return { username, ...(displayName ? { displayName } : {}) };
  };

  router.get(
    API_ROUTES.forumThreads,
    validate({ query: pageQuery(MAX_THREADS_PAGE) }),
    async function listThreads(ctx) {
      ctx.body = (await forum().listThreads(ctx.state.input.query)) satisfies ForumThreadPage;
    },
  );

  router.post(API_ROUTES.forumThreads, validate({ query: noQuery }), async function startThread(ctx) {
    const { title, body } = bodyOf(ctx);
    const detail = await forum().createThread({ title, body }, await userOf(ctx));
    ctx.status = 201;
    ctx.set('Location', `${ctx.path}/${detail.thread.id}`);
    ctx.body = detail satisfies CreateForumThreadResponse;
  });

  router.get(
    API_ROUTES.forumThread,
    validate({ query: pageQuery(MAX_POSTS_PAGE) }),
    async function readThread(ctx) {
      ctx.body = (await forum().getThread(
        ctx.params.id ?? '',
        ctx.state.input.query,
      )) satisfies ForumThreadDetail;
    },
  );

  router.post(API_ROUTES.forumPosts, validate({ query: noQuery }), async function replyInThread(ctx) {
    const { body } = bodyOf(ctx);
    const post = await forum().reply(ctx.params.id ?? '', { body }, await userOf(ctx));
    ctx.status = 201;
    ctx.body = post satisfies CreateForumPostResponse;
  });

  return router;
}
