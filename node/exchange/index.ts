/**
 * Records moving between partner nodes under their agreements (`/cen/exchange/1.0.0`): pull
 * sync in signed chunks with receipts, cases sent on demand into the partner's inbox, recalls
 * and purges with acknowledgements, every step decided by `decide()` on both sides and kept in
 * the evidence log. See service.ts for the schedule and docs/decisions/0005 for the design.
 *
 * @example
 *   const exchange = new ExchangeService({ kv, store, agreements, evidence, peerHost, self, key, log });
 *   await exchange.start();                         // serve the protocol, pull on a schedule
 *   await exchange.pull(partnerId);                 // or now
 *   await exchange.send(caseId, partnerId, 'For your operation', 'maria');
 *   (await exchange.inbox.list({ owner: partnerId })).items;
 */
export {
  ExchangeService,
  DEFAULT_SYNC_INTERVAL_MS,
  DEFAULT_CHUNK_ENTRIES,
  type ExchangeDeps,
  type ExchangeOptions,
} from './service.ts';
export { InboxStore, INBOX_LIST_LIMIT, type InboxEntry, type InboxQuery } from './inbox.ts';
export { Outbound, type Share } from './outbound.ts';
export { EXCHANGE_NS } from './keys.ts';
export {
  ExchangeProtocolError,
  NotSharedError,
  PeerUnavailableError,
  TransferDeniedError,
} from './errors.ts';
export type { EvidenceInput, EvidenceWriter, EvidenceRecordRef } from './evidence.ts';
