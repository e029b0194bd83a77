/**
 * The forum's threads and posts, held on the WCO node in its KvStore:
 *
 * - `forum-threads`: by thread id, the thread (title, author, when it started and was last
 *   active, how many posts it holds);
 * - `forum-activity`: `<lastPostAt> \0 <thread id>`, so the most recently active thread is the
 *   last key (a reply moves its thread: one key out, one in, in the reply's batch);
 * - `forum-posts`: `<thread id> \0 <post id>` (UUIDv7, so in the order they were written).
 *
 * Every write is one batch with its audit entry, one at a time.
 */
import { v7 as uuidv7 } from 'uuid';
import type {
  ForumAuthor,
  ForumPost,
  ForumThread,
  ForumThreadDetail,
  ForumThreadPage,
} from '../../protocol/api.ts';
import type { AuditLog } from '../audit/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { normaliseText, textIssues } from '../publications/text.ts';
import type { KvStore } from '../store/kv.ts';
import {
  DEFAULT_POSTS_PAGE,
  DEFAULT_THREADS_PAGE,
  MAX_POST_LENGTH,
  MAX_POSTS_PAGE,
  MAX_THREADS_PAGE,
  MAX_TITLE_LENGTH,
} from './constants.ts';

export const FORUM_NS = {
  threads: 'forum-threads',
  activity: 'forum-activity',
  posts: 'forum-posts',
} as const;

const SEP = '\x00';
const activityKey = (t: ForumThread) => `${t.lastPostAt}${SEP}${t.id}`;
const postKey = (threadId: string, postId: string) => `${threadId}${SEP}${postId}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface PageParams {
  cursor?: string;
  limit?: number;
}

/** The checked text of a new thread. */
export function checkNewThread(input: { title?: unknown; body?: unknown }): { title: string; body: string } {
  const issues = [
    ...textIssues('title', input.title, { max: MAX_TITLE_LENGTH }),
    ...textIssues('body', input.body, { max: MAX_POST_LENGTH, multiline: true }),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  return { title: normaliseText(input.title as string), body: normaliseText(input.body as string) };
}

/** The checked text of a post. */
export function checkNewPost(input: { body?: unknown }): { body: string } {
  const issues = textIssues('body', input.body, { max: MAX_POST_LENGTH, multiline: true });
  if (issues.length > 0) throw new ValidationError(issues);
  return { body: normaliseText(input.body as string) };
}

const clamp = (value: number | undefined, fallback: number, max: number) =>
  Math.min(Math.max(Math.trunc(value ?? fallback) || fallback, 1), max);

export class ForumStore {
  readonly #kv: KvStore;
  readonly #audit: Pick<AuditLog, 'entryOps' | 'commit'>;
  readonly #clock: () => Date;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: { kv: KvStore; audit: Pick<AuditLog, 'entryOps' | 'commit'>; clock?: () => Date }) {
    this.#kv = options.kv;
    this.#audit = options.audit;
    this.#clock = options.clock ?? (() => new Date());
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Waits for the writes in progress. */
  async settled(): Promise<void> {
    await this.#queue;
  }

  /** The most recently active threads first; `cursor` is the last page's `nextCursor`. */
  async listThreads(params: PageParams = {}): Promise<ForumThreadPage> {
    const limit = clamp(params.limit, DEFAULT_THREADS_PAGE, MAX_THREADS_PAGE);
    const keys: string[] = [];
    const ids: string[] = [];
    for await (const [key, value] of this.#kv.iterate(FORUM_NS.activity, {
      reverse: true,
      ...(params.cursor ? { lt: params.cursor } : {}),
      limit: limit + 1,
    })) {
      keys.push(key);
      ids.push(value as string);
    }
    const more = ids.length > limit;
    const threads = (await this.#kv.getMany(FORUM_NS.threads, ids.slice(0, limit))) as (
      ForumThread | undefined
    )[];
    return {
      items: threads.filter((t): t is ForumThread => t !== undefined),
      ...(more ? { nextCursor: keys[limit - 1]! } : {}),
    };
  }

  async #thread(id: string): Promise<ForumThread> {
    const thread = UUID.test(id)
      ? ((await this.#kv.get(FORUM_NS.threads, id)) as ForumThread | undefined)
      : undefined;
    if (!thread) throw new NotFoundError('forum thread', id);
    return thread;
  }

  /** A thread and a page of its posts, oldest first; `cursor` is the last post id read. */
  async getThread(id: string, params: PageParams = {}): Promise<ForumThreadDetail> {
    const thread = await this.#thread(id);
    const limit = clamp(params.limit, DEFAULT_POSTS_PAGE, MAX_POSTS_PAGE);
    const posts: ForumPost[] = [];
    for await (const [, value] of this.#kv.iterate(FORUM_NS.posts, {
      gt: params.cursor ? postKey(id, params.cursor) : `${id}${SEP}`,
      lt: `${id}${SEP}\xff`,
      limit: limit + 1,
    }))
      posts.push(value as ForumPost);
    const more = posts.length > limit;
    const page = posts.slice(0, limit);
    return { thread, posts: page, ...(more ? { nextCursor: page[page.length - 1]!.id } : {}) };
  }

  /** Starts a thread with its first post; `actor` is who the audit log names. */
  async createThread(
    input: { title?: unknown; body?: unknown },
    author: ForumAuthor,
    actor: string,
  ): Promise<ForumThreadDetail> {
    const { title, body } = checkNewThread(input);
    return this.#serialised(async () => {
      const now = this.#clock().toISOString();
      const thread: ForumThread = { id: uuidv7(), title, author, createdAt: now, lastPostAt: now, posts: 1 };
      const post: ForumPost = { id: uuidv7(), threadId: thread.id, author, body, createdAt: now };
      await this.#audit.commit([
        { type: 'put', ns: FORUM_NS.threads, key: thread.id, value: thread },
        { type: 'put', ns: FORUM_NS.activity, key: activityKey(thread), value: thread.id },
        { type: 'put', ns: FORUM_NS.posts, key: postKey(thread.id, post.id), value: post },
        ...this.#audit.entryOps({
          action: 'forum-posted',
          actor,
          target: thread.id,
          outcome: 'ok',
          details: {
            post: post.id,
            newThread: true,
            ...(author.kind === 'member' ? { member: author.nodeId } : {}),
          },
        }),
      ]);
      return { thread, posts: [post] };
    });
  }

  /** Adds a post to a thread. */
  async reply(
    threadId: string,
    input: { body?: unknown },
    author: ForumAuthor,
    actor: string,
  ): Promise<ForumPost> {
    const { body } = checkNewPost(input);
    return this.#serialised(async () => {
      const before = await this.#thread(threadId);
      let now = this.#clock().toISOString();
      // Activity keys must move forward even if two posts share a millisecond.
      if (now <= before.lastPostAt) now = new Date(Date.parse(before.lastPostAt) + 1).toISOString();
      const post: ForumPost = { id: uuidv7(), threadId, author, body, createdAt: now };
      const after: ForumThread = { ...before, lastPostAt: now, posts: before.posts + 1 };
      await this.#audit.commit([
        { type: 'put', ns: FORUM_NS.threads, key: threadId, value: after },
        { type: 'del', ns: FORUM_NS.activity, key: activityKey(before) },
        { type: 'put', ns: FORUM_NS.activity, key: activityKey(after), value: threadId },
        { type: 'put', ns: FORUM_NS.posts, key: postKey(threadId, post.id), value: post },
        ...this.#audit.entryOps({
          action: 'forum-posted',
          actor,
          target: threadId,
          outcome: 'ok',
          details: {
            post: post.id,
            newThread: false,
            ...(author.kind === 'member' ? { member: author.nodeId } : {}),
          },
        }),
      ]);
      return post;
    });
  }
}
