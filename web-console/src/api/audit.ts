/**
 * `/api/v1/audit`: the audit log, for auditors: entries newest first with filters and a cursor,
 * a check of the whole hash chain, and the export as JSON Lines (a plain link: the browser
 * downloads it).
 *
 * @example
 *   const page = await listAudit({ action: 'login-failed', from: '2026-11-01' });
 */
import {
  apiPaths,
  AUDIT_SEARCH_PARAMS,
  type AuditEntry,
  type AuditPage,
  type AuditSearchParams,
  type AuditVerifyResponse,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export { AUDIT_SEARCH_PARAMS, type AuditEntry, type AuditSearchParams, type AuditVerifyResponse };

export const listAudit = (query: AuditSearchParams, signal?: AbortSignal) =>
  apiRequest<AuditPage>(
    'GET',
    `${apiPaths.audit}${queryString({ ...query })}`,
    undefined,
    signal ? { signal } : {},
  );

export const verifyAudit = () => apiRequest<AuditVerifyResponse>('GET', apiPaths.auditVerify);

export const AUDIT_EXPORT_PATH = apiPaths.auditExport;
