/**
 * `/api/v1/forum`: the forum held on the WCO node (a member's node asks it on the user's behalf
 * and answers 503 `peer_unavailable` while it cannot reach it): threads, most recently active
 * first; a thread with its posts, oldest first; a new thread; a reply.
 *
 * @example
 *   const { items } = await listThreads();
 *   const { thread } = await startThread({ title, body });
 *   await replyToThread(thread.id, { body: 'Seen in Mombasa too.' });
 */
import {
  apiPaths,
  type CreateForumPostRequest,
  type CreateForumThreadRequest,
  type ForumPost,
  type ForumThread,
  type ForumThreadDetail,
  type ForumThreadPage,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { ForumPost, ForumThread, ForumThreadDetail, ForumThreadPage };

export const listThreads = (params: { cursor?: string; limit?: number } = {}, signal?: AbortSignal) =>
  apiRequest<ForumThreadPage>(
    'GET',
    `${apiPaths.forumThreads}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const readThread = (
  id: string,
  params: { cursor?: string; limit?: number } = {},
  signal?: AbortSignal,
) =>
  apiRequest<ForumThreadDetail>(
    'GET',
    `${apiPaths.forumThread(id)}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const startThread = (input: CreateForumThreadRequest) =>
  apiRequest<ForumThreadDetail>('POST', apiPaths.forumThreads, input);

export const replyToThread = (id: string, input: CreateForumPostRequest) =>
  apiRequest<ForumPost>('POST', apiPaths.forumPosts(id), input);
