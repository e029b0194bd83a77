/**
 * `/api/v1/exports`: the links that download a search's cases as XLSX or CSV and the analyst
 * database. They are plain links, not fetches: the browser streams the file to disk with the
 * session cookie, however large it is, and the node records each export in the audit log.
 *
 * @example
 *   html`<a href=${caseExportUrl('xlsx', { itrArea: 'drugs', lang: 'ar' })} download>…</a>`;
 */
import { apiPaths, type ExportParams } from '../../../protocol/api.ts';
import { queryString } from './http.ts';

export type { ExportParams };

export const caseExportUrl = (format: 'xlsx' | 'csv', params: ExportParams): string =>
  `${format === 'xlsx' ? apiPaths.exportCasesXlsx : apiPaths.exportCasesCsv}${queryString({ ...params })}`;

export const analystDatabaseUrl = (params: ExportParams): string =>
  `${apiPaths.exportAnalystDb}${queryString({ ...params })}`;
