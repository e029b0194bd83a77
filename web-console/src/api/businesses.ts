/**
 * `/api/v1/businesses`: nominal business records and the cases that link them.
 *
 * @example
 *   const business = await createBusiness({ name: 'Acme Freight Ltd', country: 'KE' });
 */
import { apiPaths, type CaseListResponse } from '../../../protocol/api.ts';
import type { Business, BusinessInput } from '../../../protocol/records.ts';
import { apiRequest } from './http.ts';

export const getBusiness = (id: string, signal?: AbortSignal) =>
  apiRequest<Business>('GET', apiPaths.business(id), undefined, signal ? { signal } : {});

export const casesOfBusiness = (id: string, signal?: AbortSignal) =>
  apiRequest<CaseListResponse>('GET', apiPaths.businessCases(id), undefined, signal ? { signal } : {});

export const createBusiness = (input: BusinessInput) =>
  apiRequest<Business>('POST', apiPaths.businesses, input);
