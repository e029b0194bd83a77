/**
 * `/api/v1/imports`: bulk upload of cases. The templates are plain downloads; a file goes up as a
 * multipart form (field `file`), as a dry run (200 with the row-by-row report) or an import (202
 * with the job, followed with `getImport` until it is done).
 *
 * @example
 *   const report = await uploadImport(file, { dryRun: true });
 *   const job = await uploadImport(file, { dryRun: false });
 *   const progress = await getImport(job.id); // { done, total, state, … }
 */
import {
  apiPaths,
  type ApiError,
  type ImportJobSummary,
  type ImportListResponse,
  type ImportReport,
  type ImportRowError,
} from '../../../protocol/api.ts';
import { ApiRequestError, apiRequest, SESSION_EXPIRED_EVENT } from './http.ts';

export type { ImportJobSummary, ImportReport, ImportRowError };

/** Where a template downloads from, with its headers in `lang`. */
export const templateUrl = (name: string, lang: string) =>
  `${apiPaths.importTemplate(`${name}.xlsx`)}?lang=${encodeURIComponent(lang)}`;

export const reportUrl = (id: string) => apiPaths.importReport(id);

/**
 * Sends the file as a browser form does. Errors arrive as `ApiRequestError`, like every other
 * request's (the upload cannot go through `apiRequest`, which sends JSON).
 */
export async function uploadImport(file: File, options: { dryRun: true }): Promise<ImportReport>;
export async function uploadImport(file: File, options: { dryRun: false }): Promise<ImportJobSummary>;
export async function uploadImport(
  file: File,
  options: { dryRun: boolean },
): Promise<ImportReport | ImportJobSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${apiPaths.imports}${options.dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch (err) {
    throw new ApiRequestError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  const parsed = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return parsed as ImportReport | ImportJobSummary;
  const error = (parsed as ApiError | undefined)?.error;
  if (response.status === 401) window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  throw new ApiRequestError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    error?.details,
  );
}

export const getImport = (id: string, signal?: AbortSignal) =>
  apiRequest<ImportReport>('GET', apiPaths.import(id), undefined, signal ? { signal } : {});

export const listImports = (signal?: AbortSignal) =>
  apiRequest<ImportListResponse>('GET', apiPaths.imports, undefined, signal ? { signal } : {});
