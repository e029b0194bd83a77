/**
 * Contributions to the WCO's global CEN, the member's side (`/cen/contribute/1.0.0`, "one seizure,
 * one report"): every validated case, each correction and each withdrawal reaches each WCO node
 * this node has a contribution agreement with, once, as the anonymised projection the agreement's
 * profile names (policies/anonymise.ts), checked by `decide()` here and again by the WCO node.
 * Queued in the change log while the WCO node is unreachable; caught up when it answers. The
 * files of the photos a contributed case keeps for the WCO follow once the WCO node has receipted
 * the case (queued with the receipt, delivered over `/cen/global/1.0.0`, given `photos`). Under an
 * `aggregates` profile no case leaves: the monthly figures of the contributable cases do
 * (aggregates.ts), re-sent when a case of the month changes. The WCO node's side is node/global.
 *
 * @example
 *   const contributions = new ContributionService({ kv, store, agreements, evidence, peerHost, self, key, log, photos: library.files });
 *   contributions.start();                          // on a timer and when the WCO node connects
 *   await contributions.contribute();               // or now
 *   await contributions.caseContribution(stored);   // [{ wco, state: 'contributed', version: 3, at }]
 */
export {
  BATCH_TIMEOUT_MS,
  ContributionService,
  DEFAULT_BATCH_ENTRIES,
  DEFAULT_CONTRIBUTE_INTERVAL_MS,
  type ContributionDeps,
  type ContributionOptions,
  type ContributionRecord,
  type ContributionRun,
} from './service.ts';
export { CONTRIBUTE_NS } from './keys.ts';
export { AGGREGATE_NS, contributedMonths, monthAggregate, type AggregateRun } from './aggregates.ts';
