/**
 * Publications of the WCO node: alerts, analytical reports and newsletters with attachments,
 * written by WCO analysts, signed by the WCO node when published or withdrawn, and pulled by its
 * members' nodes over `/cen/publications/1.0.0` (on connect and periodically, by cursor), which
 * verify each against the contribution agreement before they store it for their officers
 * (docs/decisions/0011-publications-and-forum.md).
 *
 * @example
 *   const publications = new PublicationService({ kv, files, audit, agreements, peerHost, self, selfName, role, key, log });
 *   await publications.start();                                  // WCO: serves members; member: pulls
 *   const draft = await publications.createDraft(input, [{ name: 'report.pdf', bytes }], 'analyst1');
 *   await publications.publish(draft.id, 'analyst1');            // signed, in the log members pull
 *   await memberNode.publications.sync();                        // a member's node, now
 */
export {
  PublicationService,
  type PublicationEvent,
  type PublicationOptions,
  type PublicationServiceDeps,
  type PublicationSyncRun,
  type Upload,
  type Viewer,
} from './service.ts';
export * from './constants.ts';
export * from './errors.ts';
export { memberOf, wcoNodesOf, type Member, type WcoNode } from './membership.ts';
export { PUBLICATION_FILES_DIRECTORY, PUBLICATIONS_NS, type StoredPublication } from './store.ts';
export { attachmentType, checkAttachment } from './attachments.ts';
export { normaliseText, textIssues } from './text.ts';
export {
  audienceIncludes,
  openPublication,
  openWithdrawal,
  type PublicationStatement,
  type WithdrawalStatement,
} from './statements.ts';
