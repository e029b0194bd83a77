/**
 * The forum of the global CEN: threads and posts held on the WCO node (store.ts), written there by
 * WCO users directly and by members' officers through their own node over `/cen/forum/1.0.0`
 * (service.ts: one request per stream, deadline-bound, only for peers with a contribution
 * agreement in force). The API sees one `Forum` on either kind of node
 * (docs/decisions/0011-publications-and-forum.md).
 *
 * @example
 *   // WCO node
 *   const store = new ForumStore({ kv, audit });
 *   await new ForumService({ store, agreements, peerHost, self, log }).start();
 *   const forum: Forum = new LocalForum(store, { nodeId: self, name: 'World Customs Organization' });
 *   // member's node
 *   const forum: Forum = new RemoteForum({ agreements, peerHost, self, log });
 *   await forum.createThread({ title: 'Cocaine in banana boxes', body: '…' }, { username: 'officer1' });
 */
export {
  ForumService,
  LocalForum,
  RemoteForum,
  type Forum,
  type ForumServiceDeps,
  type ForumUser,
  type RemoteForumDeps,
} from './service.ts';
export { checkNewPost, checkNewThread, FORUM_NS, ForumStore, type PageParams } from './store.ts';
export * from './constants.ts';
export * from './errors.ts';
