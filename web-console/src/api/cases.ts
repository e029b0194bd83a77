/**
 * `/api/v1/cases`: search with every filter and a cursor, read, create, update with the version
 * read (409 when someone else saved first), revision history and linked cases.
 *
 * @example
 *   const page = await searchCases({ q: 'cocaine', itrArea: 'drugs' });
 *   const saved = await updateCase(page.items[0]!.id, page.items[0]!.version, changedInput);
 */
import {
  apiPaths,
  CASE_SEARCH_PARAMS,
  type CasePage,
  type CaseSearchParams,
  type LinkedCasesResponse,
  type RevisionsResponse,
  type UpdateCaseRequest,
} from '../../../protocol/api.ts';
import type { Case, CaseInput } from '../../../protocol/records.ts';
import { apiRequest, queryString } from './http.ts';

export { CASE_SEARCH_PARAMS, type CaseSearchParams };

export const searchCases = (params: CaseSearchParams, signal?: AbortSignal) =>
  apiRequest<CasePage>(
    'GET',
    `${apiPaths.cases}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const getCase = (id: string, signal?: AbortSignal) =>
  apiRequest<Case>('GET', apiPaths.case(id), undefined, signal ? { signal } : {});

export const createCase = (input: CaseInput) => apiRequest<Case>('POST', apiPaths.cases, input);

export const updateCase = (id: string, version: number, input: CaseInput) =>
  apiRequest<Case>('PUT', apiPaths.case(id), { version, case: input } satisfies UpdateCaseRequest);

export const caseRevisions = (id: string, signal?: AbortSignal) =>
  apiRequest<RevisionsResponse>('GET', apiPaths.caseRevisions(id), undefined, signal ? { signal } : {});

export const linkedCases = (id: string, signal?: AbortSignal) =>
  apiRequest<LinkedCasesResponse>('GET', apiPaths.caseLinked(id), undefined, signal ? { signal } : {});

/** The editable part of a stored case: what a PUT sends back. */
export function inputOf(stored: Case): CaseInput {
  const {
    id: _id,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    deletedAt: _deletedAt,
    origin: _origin,
    ...input
  } = stored;
  return structuredClone(input);
}
