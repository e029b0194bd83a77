/**
 * `/api/v1/persons`: nominal person records (every read is audited by the node) and the cases
 * that link them.
 *
 * @example
 *   const person = await createPerson({ familyName: 'Otieno' });
 */
import { apiPaths, type CaseListResponse } from '../../../protocol/api.ts';
import type { Person, PersonInput } from '../../../protocol/records.ts';
import { apiRequest } from './http.ts';

export const getPerson = (id: string, signal?: AbortSignal) =>
  apiRequest<Person>('GET', apiPaths.person(id), undefined, signal ? { signal } : {});

export const casesOfPerson = (id: string, signal?: AbortSignal) =>
  apiRequest<CaseListResponse>('GET', apiPaths.personCases(id), undefined, signal ? { signal } : {});

export const createPerson = (input: PersonInput) => apiRequest<Person>('POST', apiPaths.persons, input);
