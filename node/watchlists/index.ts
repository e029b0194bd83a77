/**
 * Watch lists and risk indicators. Analysts define rules, lists of identifiers (containers,
 * companies, ships, documents, vehicles) or patterns over a case's vocabulary fields (commodity +
 * route + conveyance + concealment…), which are evaluated on every new, imported, edited or
 * received case; a match notifies the rule's owners once, is listed with the case, and rules
 * marked shared reach every partner whose agreement allows queries (`/cen/watchlists/1.0.0`),
 * where they evaluate on the partner's own cases and notify the partner's own analysts.
 *
 * @example
 *   const watchlists = createWatchlists({ kv, store, users, agreements, self, log, inbox, evidence },
 *     { peerHost, key });
 *   await watchlists.start();
 *   const rule = await watchlists.service.create({ name: 'Known reefers', kind: 'list',
 *     list: { type: 'container', values: ['MSKU1234565'] } }, { username: 'amina', role: 'analyst' });
 *   // … an officer records a case in container MSKU 123456-5 …
 *   (await watchlists.service.notifications({ username: 'amina', role: 'analyst' })).unread; // 1
 */
import type { KeyObject } from 'node:crypto';
import type { PeerHost } from '../p2p/peer-host.ts';
import { WatchlistService, type WatchlistComponents, type WatchlistInit } from './service.ts';
import { WatchlistSharing, type WatchlistSharingInit } from './sharing.ts';

export interface Watchlists {
  service: WatchlistService;
  /** Present when the node has a peer host: sharing rules with partners, both ways. */
  sharing?: WatchlistSharing;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The service, and the sharing protocol when `peers` are given (a running node; not the CLI). */
export function createWatchlists(
  components: WatchlistComponents,
  peers?: {
    peerHost: Pick<PeerHost, 'handle' | 'openStream' | 'onConnected' | 'connectedPeers'>;
    key: KeyObject;
  },
  init: WatchlistInit & WatchlistSharingInit = {},
): Watchlists {
  const service = new WatchlistService(components, init);
  const sharing = peers
    ? new WatchlistSharing(
        {
          self: components.self,
          key: peers.key,
          peerHost: peers.peerHost,
          agreements: components.agreements,
          service,
          log: components.log,
          ...(components.clock ? { clock: components.clock } : {}),
        },
        init,
      )
    : undefined;
  return {
    service,
    ...(sharing ? { sharing } : {}),
    async start() {
      await service.start();
      await sharing?.start();
    },
    async stop() {
      await sharing?.stop();
      await service.stop();
    },
  };
}

export {
  WatchlistService,
  parseNotificationId,
  parseRuleId,
  recordKeyOf,
  type DeliveredRule,
  type ReceivedOutcome,
  type Viewer,
  type WatchedInbox,
  type WatchedStore,
  type WatchlistComponents,
  type WatchlistInit,
  type WatchlistUsers,
} from './service.ts';
export { WatchlistSharing, queryAgreement, type OfferResult, type WatchlistSharingInit } from './sharing.ts';
export { caseFacts, matchRule, type CaseFacts, type LinkedIdentifier } from './match.ts';
export {
  checkRuleBody,
  isListType,
  isPatternField,
  normaliseListValue,
  RuleIssues,
  validateRuleInput,
  type RuleBody,
  type RuleContent,
} from './rules.ts';
export {
  ruleStatement,
  watchlistStatementSchema,
  withdrawalStatement,
  type WatchlistStatement,
} from './statement.ts';
export { NotRuleOwnerError, ReceivedRuleReadOnlyError, WatchlistServiceStoppedError } from './errors.ts';
export * from './constants.ts';
