/**
 * The audit log in the KV namespace `audit` (key: zero-padded seq), with the latest entry's
 * seq, hash and time in `audit-head`. Append-only: nothing in the node updates or deletes an
 * entry, and `verify` finds any change, removal or insertion made behind its back, including a
 * log cut short at its end. The chain, its write queue and its check are `HashChainLog`'s
 * (node/store/hash-chain.ts), whose invariant needs one `AuditLog` per KvStore (the composition
 * root makes it), the only writer of these namespaces.
 */
import type { KvStore } from '../store/kv.ts';
import type { Page } from '../store/types.ts';
import { CHAIN_LIST_LIMIT, HashChainLog, type ChainQuery } from '../store/hash-chain.ts';
import { isAuditAction, type AuditAction, type AuditOutcome } from './actions.ts';
import {
  AUDIT_CHAIN_NAMES,
  auditContent,
  checkAuditInput,
  type AuditEntry,
  type AuditEntryInput,
  type AuditVerifyReport,
} from './chain.ts';
import { ForeignAuditWriteError } from './errors.ts';

export const AUDIT_NAMESPACE = 'audit';
export const AUDIT_HEAD_NAMESPACE = 'audit-head';

export const AUDIT_LIST_LIMIT = CHAIN_LIST_LIMIT;

export interface AuditQuery extends ChainQuery {
  action?: string;
  actor?: string;
  target?: string;
  outcome?: string;
}

/**
 * `append(input)`, `entryOps(input)` + `commit(ops)`, `head()`, `get(seq)`, `verify()`,
 * `exportJsonLines()` and `close()` come from `HashChainLog`; see there.
 */
export class AuditLog extends HashChainLog<AuditEntryInput, AuditEntry> {
  constructor(kv: KvStore, options: { clock?: () => Date } = {}) {
    super(kv, {
      namespace: AUDIT_NAMESPACE,
      headNamespace: AUDIT_HEAD_NAMESPACE,
      names: AUDIT_CHAIN_NAMES,
      prepare: (input) => {
        checkAuditInput(input);
        return auditContent(input);
      },
      foreignWrite: (detail) => new ForeignAuditWriteError(detail),
      ...(options.clock ? { clock: options.clock } : {}),
    });
  }

  /**
   * `verify()`, recorded in the log as `audit-verified` by `actor`. Not recorded when the bad
   * entry lies past the recorded head: the new entry would take its key and erase the evidence.
   */
  async verifyAndRecord(actor: string, ip?: string): Promise<AuditVerifyReport> {
    const report = await this.verify();
    const head = await this.head();
    if (report.firstBad && report.firstBad.seq > (head?.seq ?? 0)) return report;
    await this.append({
      action: 'audit-verified',
      actor,
      outcome: 'ok',
      details: {
        ok: report.ok,
        checked: report.checked,
        ...(report.firstBad ? { firstBadSeq: report.firstBad.seq } : {}),
      },
      ...(ip ? { ip: ip.slice(0, 64) } : {}),
    });
    return report;
  }

  /** One page of entries matching every given filter. */
  list(query: AuditQuery = {}): Promise<Page<AuditEntry>> {
    const { action, actor, target, outcome } = query;
    const issues =
      action !== undefined && !isAuditAction(action)
        ? [
            {
              path: 'action',
              rule: 'vocabulary',
              message: `${JSON.stringify(action)} is not an audit action`,
            },
          ]
        : [];
    return this.listWhere(
      query,
      (entry) =>
        (action === undefined || entry.action === action) &&
        (actor === undefined || entry.actor === actor) &&
        (target === undefined || entry.target === target) &&
        (outcome === undefined || entry.outcome === outcome),
      issues,
    );
  }
}

export type { AuditAction, AuditOutcome };
