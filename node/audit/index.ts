/**
 * The audit log: who signed in or failed to, who changed whose permissions, who read nominal
 * data, what was exported, which agreements and peers changed. Append-only and hash-chained in
 * the node's KvStore; `verify()` names the first entry that was changed, removed or inserted;
 * auditors read it with `list()` and take it away with `exportJsonLines()`, which
 * `verifyAuditLines()` checks anywhere.
 *
 * @example
 *   const audit = new AuditLog(kv);
 *   await audit.append({ action: 'login', actor: 'maria', outcome: 'ok', ip: ctx.ip, details: { secondFactor: 'totp' } });
 *   // A change and its audit entry in one atomic batch:
 *   await audit.commit([...userOps, ...audit.entryOps({ action: 'role-changed', actor: 'admin', target: 'maria', outcome: 'ok', details: { from: 'officer', to: 'analyst' } })]);
 *   const report = await audit.verify(); // { ok: false, checked: 41, firstBad: { seq: 42, reason: 'entry 42 does not match its hash: it was changed' } }
 */
export {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  isAuditAction,
  type AuditAction,
  type AuditOutcome,
} from './actions.ts';
export {
  AuditChainChecker,
  auditKey,
  hashAuditEntry,
  verifyAuditLines,
  type AuditDetailValue,
  type AuditEntry,
  type AuditEntryInput,
  type AuditHead,
  type AuditVerifyReport,
} from './chain.ts';
export { ForeignAuditWriteError, InvalidAuditEntryError } from './errors.ts';
export { AUDIT_HEAD_NAMESPACE, AUDIT_LIST_LIMIT, AUDIT_NAMESPACE, AuditLog, type AuditQuery } from './log.ts';
