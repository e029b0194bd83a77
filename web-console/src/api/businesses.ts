/**
 * `/api/v1/businesses`: nominal business records and the cases that link them.
 *
 * @example
 *   const business = await createBusiness({ name: 'Acme Freight Ltd', country: 'KE' });
 *   const found = await searchBusinesses({ registration: 'PVT-2019-44871' });
 */
import {
  apiPaths,
  type BusinessPage,
  type BusinessSearchParams,
  type CaseListResponse,
  type UpdateBusinessRequest,
} from '../../../protocol/api.ts';
import type { Business, BusinessInput } from '../../../protocol/records.ts';
import { apiRequest, queryString } from './http.ts';

export const getBusiness = (id: string, signal?: AbortSignal) =>
  apiRequest<Business>('GET', apiPaths.business(id), undefined, signal ? { signal } : {});

export const casesOfBusiness = (id: string, signal?: AbortSignal) =>
  apiRequest<CaseListResponse>('GET', apiPaths.businessCases(id), undefined, signal ? { signal } : {});

export const searchBusinesses = (params: BusinessSearchParams, signal?: AbortSignal) =>
  apiRequest<BusinessPage>(
    'GET',
    `${apiPaths.businesses}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

/** 409 when someone else saved first: reload, reapply and save again. */
export const updateBusiness = (id: string, version: number, input: BusinessInput) =>
  apiRequest<Business>('PUT', apiPaths.business(id), {
    version,
    business: input,
  } satisfies UpdateBusinessRequest);

export const createBusiness = (input: BusinessInput) =>
  apiRequest<Business>('POST', apiPaths.businesses, input);
