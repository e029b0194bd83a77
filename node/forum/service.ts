/**
 * The forum on both kinds of node, behind one interface (`Forum`) the API uses:
 *
 * - on the WCO node, `LocalForum` reads and writes the ForumStore directly (WCO users post as
 *   themselves), and `ForumService` answers members' nodes over `/cen/forum/1.0.0`: one request
 *   per stream, read with a deadline and a size limit, served only to a peer with a contribution
 *   agreement in force, whose posts carry the country and node name of that agreement and the
 *   officer's display name the member's node sent;
 * - on a member's node, `RemoteForum` sends each request to its WCO node on a stream of its own
 *   and waits at most FORUM_REQUEST_TIMEOUT_MS; when the WCO node cannot be reached it throws
 *   ForumUnavailableError (the API's 503). Input is checked here first, and again by the WCO node.
 */
import type { Stream } from '@libp2p/interface';
import type {
  ForumAuthor,
  ForumPost,
  ForumThread,
  ForumThreadDetail,
  ForumThreadPage,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/forum.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, type FramedStream, type PeerHost } from '../p2p/index.ts';
import { memberOf, wcoNodesOf } from '../publications/membership.ts';
import { normaliseText, textIssues } from '../publications/text.ts';
import { FORUM_MAX_STREAMS, FORUM_REQUEST_TIMEOUT_MS, MAX_AUTHOR_NAME_LENGTH } from './constants.ts';
import { ForumRefusedError, ForumUnavailableError } from './errors.ts';
import { checkNewPost, checkNewThread, type ForumStore, type PageParams } from './store.ts';

const Frame = cen.forum.v1.ForumFrame;
type FrameIn = cen.forum.v1.IForumFrame;
type Frames = FramedStream<cen.forum.v1.ForumFrame, FrameIn>;

/** Who is writing: the user's display name (or username) and their username for the audit log. */
export interface ForumUser {
  username: string;
  displayName?: string;
}

export interface Forum {
  listThreads(params: PageParams): Promise<ForumThreadPage>;
  getThread(id: string, params: PageParams): Promise<ForumThreadDetail>;
  createThread(input: { title?: unknown; body?: unknown }, user: ForumUser): Promise<ForumThreadDetail>;
  reply(threadId: string, input: { body?: unknown }, user: ForumUser): Promise<ForumPost>;
}

/** The name a post shows for a user: the display name, else the username; one line, bounded. */
function nameOf(user: ForumUser): string {
  const name = normaliseText(user.displayName ?? '') || user.username;
  return name.slice(0, MAX_AUTHOR_NAME_LENGTH);
}

/** The WCO node's own users. */
export class LocalForum implements Forum {
  readonly #store: ForumStore;
  readonly #self: { nodeId: string; name: string };

  constructor(store: ForumStore, self: { nodeId: string; name: string }) {
    this.#store = store;
    this.#self = self;
  }

  listThreads(params: PageParams) {
    return this.#store.listThreads(params);
  }

  getThread(id: string, params: PageParams) {
    return this.#store.getThread(id, params);
  }

  #author(user: ForumUser): ForumAuthor {
    return { kind: 'wco', nodeId: this.#self.nodeId, nodeName: this.#self.name, name: nameOf(user) };
  }

  createThread(input: { title?: unknown; body?: unknown }, user: ForumUser) {
    return this.#store.createThread(input, this.#author(user), user.username);
  }

  reply(threadId: string, input: { body?: unknown }, user: ForumUser) {
    return this.#store.reply(threadId, input, this.#author(user), user.username);
  }
}

// ---------------------------------------------------------------------------------------------
// Frames ↔ API types

const authorOut = (a: ForumAuthor): cen.forum.v1.IAuthor => ({
  kind: a.kind,
  nodeId: a.nodeId,
  nodeName: a.nodeName,
  country: a.country ?? '',
  name: a.name,
});
const threadOut = (t: ForumThread): cen.forum.v1.IThread => ({
  id: t.id,
  title: t.title,
  author: authorOut(t.author),
  createdAt: t.createdAt,
  lastPostAt: t.lastPostAt,
  posts: t.posts,
});
const postOut = (p: ForumPost): cen.forum.v1.IPost => ({
  id: p.id,
  threadId: p.threadId,
  author: authorOut(p.author),
  body: p.body,
  createdAt: p.createdAt,
});
const authorIn = (a: cen.forum.v1.IAuthor | null | undefined): ForumAuthor => ({
  kind: a?.kind === 'wco' ? 'wco' : 'member',
  nodeId: a?.nodeId ?? '',
  nodeName: a?.nodeName ?? '',
  ...(a?.country ? { country: a.country } : {}),
  name: a?.name ?? '',
});
const threadIn = (t: cen.forum.v1.IThread | null | undefined): ForumThread => ({
  id: t?.id ?? '',
  title: t?.title ?? '',
  author: authorIn(t?.author),
  createdAt: t?.createdAt ?? '',
  lastPostAt: t?.lastPostAt ?? '',
  posts: t?.posts ?? 0,
});
const postIn = (p: cen.forum.v1.IPost): ForumPost => ({
  id: p.id ?? '',
  threadId: p.threadId ?? '',
  author: authorIn(p.author),
  body: p.body ?? '',
  createdAt: p.createdAt ?? '',
});
const pageIn = (cursor: string | null | undefined, limit: number | null | undefined): PageParams => ({
  ...(cursor ? { cursor } : {}),
  ...(limit ? { limit } : {}),
});

// ---------------------------------------------------------------------------------------------
// The WCO node serving members

export interface ForumServiceDeps {
  store: ForumStore;
  agreements: Pick<AgreementRegistry, 'states'>;
  peerHost: Pick<PeerHost, 'handle'>;
  self: string;
  log: Logger;
  clock?: () => Date;
}

export class ForumService {
  readonly #deps: ForumServiceDeps;
  readonly #clock: () => Date;

  constructor(deps: ForumServiceDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  async start(): Promise<void> {
    await this.#deps.peerHost.handle('forum', (stream, _c, peer) => this.#serve(stream, peer), {
      maxStreams: FORUM_MAX_STREAMS,
    });
  }

  async stop(): Promise<void> {
    await this.#deps.store.settled();
  }

  async #serve(stream: Stream, peer: string): Promise<void> {
    const frames: Frames = framedStream(stream, PROTOCOLS.forum, Frame);
    const frame = await frames.read(FORUM_REQUEST_TIMEOUT_MS);
    const answer = await this.answer(peer, frame);
    await frames.write(answer, FORUM_REQUEST_TIMEOUT_MS);
    await frames.close(FORUM_REQUEST_TIMEOUT_MS);
  }

  /**
   * The answer to one request from `peer` (a refusal when it holds no contribution agreement in
   * force, when the input is refused or the thread unknown). Throws only on a malformed frame.
   */
  async answer(peer: string, frame: cen.forum.v1.ForumFrame): Promise<FrameIn> {
    const body = bodyOf(frame, ['listThreads', 'getThread', 'newThread', 'newPost']);
    const member = memberOf(await this.#deps.agreements.states(), this.#deps.self, peer, this.#clock());
    if (!member) {
      this.#deps.log.warn({ peer }, 'forum: request refused, no contribution agreement in force');
      return {
        refusal: { code: 'no-agreement', message: 'no contribution agreement with this node is in force' },
      };
    }
    const { store } = this.#deps;
    const author = (name: string | null | undefined): ForumAuthor => {
      const issues = textIssues('author', name, { max: MAX_AUTHOR_NAME_LENGTH });
      if (issues.length > 0) throw new ValidationError(issues);
      return {
        kind: 'member',
        nodeId: member.nodeId,
        nodeName: member.name,
        country: member.country,
        name: normaliseText(name!),
      };
    };
    const actor = `peer:${peer}`;
    try {
      switch (body) {
        case 'listThreads': {
          const page = await store.listThreads(pageIn(frame.listThreads!.cursor, frame.listThreads!.limit));
          return { threadPage: { threads: page.items.map(threadOut), nextCursor: page.nextCursor ?? '' } };
        }
        case 'getThread': {
          const get = frame.getThread!;
          const detail = await store.getThread(get.threadId, pageIn(get.cursor, get.limit));
          return {
            threadDetail: {
              thread: threadOut(detail.thread),
              posts: detail.posts.map(postOut),
              nextCursor: detail.nextCursor ?? '',
            },
          };
        }
        case 'newThread': {
          const input = frame.newThread!;
          const detail = await store.createThread(input, author(input.authorName), actor);
          return {
            threadDetail: {
              thread: threadOut(detail.thread),
              posts: detail.posts.map(postOut),
              nextCursor: '',
            },
          };
        }
        case 'newPost': {
          const input = frame.newPost!;
          const post = await store.reply(input.threadId, input, author(input.authorName), actor);
          return { post: postOut(post) };
        }
      }
    } catch (err) {
      if (err instanceof ValidationError)
        return { refusal: { code: 'invalid', message: err.message.slice(0, 500) } };
      if (err instanceof NotFoundError)
        return { refusal: { code: 'not-found', message: err.message.slice(0, 500) } };
      throw err;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A member's node

export interface RemoteForumDeps {
  agreements: Pick<AgreementRegistry, 'states'>;
  peerHost: Pick<PeerHost, 'openStream'>;
  self: string;
  log: Logger;
  clock?: () => Date;
  /** Default FORUM_REQUEST_TIMEOUT_MS. */
  timeoutMs?: number;
}

export class RemoteForum implements Forum {
  readonly #deps: RemoteForumDeps;
  readonly #clock: () => Date;

  constructor(deps: RemoteForumDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  /** One request to the WCO node; `threadId` names the thread a `not-found` refusal is about. */
  async #ask(request: FrameIn, threadId = ''): Promise<cen.forum.v1.ForumFrame> {
    const [wco] = wcoNodesOf(await this.#deps.agreements.states(), this.#deps.self, this.#clock());
    if (!wco) throw new ForumUnavailableError('no-wco-node');
    const timeout = this.#deps.timeoutMs ?? FORUM_REQUEST_TIMEOUT_MS;
    let stream: Stream;
    try {
      stream = await this.#deps.peerHost.openStream(wco.nodeId, 'forum', timeout);
    } catch (err) {
      throw new ForumUnavailableError('unreachable', err);
    }
    const frames: Frames = framedStream(stream, PROTOCOLS.forum, Frame);
    let reply: cen.forum.v1.ForumFrame;
    try {
      await frames.write(request, timeout);
      reply = await frames.read(timeout);
      await frames.close(timeout).catch(() => undefined);
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      this.#deps.log.warn({ err, wco: wco.nodeId }, 'forum: request to the WCO node failed');
      throw new ForumUnavailableError('unreachable', err);
    }
    if (reply.refusal) {
      const { code, message } = reply.refusal;
      if (code === 'invalid') throw new ValidationError([{ path: '', rule: 'invalid', message }]);
      if (code === 'not-found') throw new NotFoundError('forum thread', threadId);
      throw new ForumRefusedError(code, message);
    }
    return reply;
  }

  async listThreads(params: PageParams): Promise<ForumThreadPage> {
    const reply = await this.#ask({ listThreads: { cursor: params.cursor ?? '', limit: params.limit ?? 0 } });
    bodyOf(reply, ['threadPage']);
    const page = reply.threadPage!;
    return { items: page.threads.map(threadIn), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async getThread(id: string, params: PageParams): Promise<ForumThreadDetail> {
    const reply = await this.#ask(
      { getThread: { threadId: id, cursor: params.cursor ?? '', limit: params.limit ?? 0 } },
      id,
    );
    bodyOf(reply, ['threadDetail']);
    const detail = reply.threadDetail!;
    return {
      thread: threadIn(detail.thread),
      posts: detail.posts.map(postIn),
      ...(detail.nextCursor ? { nextCursor: detail.nextCursor } : {}),
    };
  }

  async createThread(
    input: { title?: unknown; body?: unknown },
    user: ForumUser,
  ): Promise<ForumThreadDetail> {
    const { title, body } = checkNewThread(input);
    const reply = await this.#ask({ newThread: { title, body, authorName: nameOf(user) } });
    bodyOf(reply, ['threadDetail']);
    const detail = reply.threadDetail!;
    return { thread: threadIn(detail.thread), posts: detail.posts.map(postIn) };
  }

  async reply(threadId: string, input: { body?: unknown }, user: ForumUser): Promise<ForumPost> {
    const { body } = checkNewPost(input);
    const reply = await this.#ask({ newPost: { threadId, body, authorName: nameOf(user) } }, threadId);
    bodyOf(reply, ['post']);
    return postIn(reply.post!);
  }
}
