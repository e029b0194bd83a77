/**
 * CENcomm operations (`/cen/operations/1.0.0`, docs/decisions/0012-operations.md): a closed group
 * of administrations around an enforcement operation. The organiser's node holds the definition
 * (members, period, retention, report template) and the thread; members post to it, it numbers
 * every message and relays the thread to every member that accepted, storing and forwarding for
 * those offline (a cursor per member), so each receives everything in order, once. Members
 * accept invitations on their own node; a member removed stops receiving at once. Closed by the
 * organiser, an operation is archived (read-only); a report can be made a draft case on the node
 * that posted it (`promote.ts`).
 *
 * @example
 *   const operations = new OperationsService({ kv, peerHost, peers, self, selfName, key, log });
 *   await operations.start();
 *   const op = await operations.create({ name: 'Op. Jaguar', members: [tz], template: { fields } }, viewer);
 *   await operations.post(op.definition.id, { text: 'Container MSKU… held at Mombasa' }, viewer);
 *   const { items } = await operations.messages(op.definition.id, viewer, { after: 0 });
 */
export {
  OperationsService,
  type EntriesListener,
  type OperationsDeps,
  type OperationsOptions,
} from './service.ts';
export {
  parseOperationId,
  purgeAtOf,
  seqOf,
  stateOf,
  type MemberRecord,
  type OperationRecord,
  type Viewer,
} from './model.ts';
export { OperationStore } from './store.ts';
export { OperationRefusedError } from './errors.ts';
export { extractReports, type ReportFormat } from './extract.ts';
export { caseInputOfReport, PROMOTED_TAG_PREFIX, type CaseWriter } from './promote.ts';
export { parseTemplateFields, reportIssues } from './template.ts';
export { OPERATIONS_NS } from './keys.ts';
export {
  OPERATION_PHOTOS_DIRECTORY,
  OPERATION_PHOTOS_NS,
  OperationPhotoRefusedError,
  OperationPhotos,
} from './photos.ts';
export { DEFAULT_RETRY_INTERVAL_MS, STREAM_TIMEOUT_MS } from './constants.ts';
