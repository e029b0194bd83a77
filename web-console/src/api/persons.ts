/**
 * `/api/v1/persons`: nominal person records (every read is audited by the node) and the cases
 * that link them.
 *
 * @example
 *   const person = await createPerson({ familyName: 'Otieno' });
 *   const found = await searchPersons({ q: 'otie' }); // alphabetical; the node audits the search
 */
import {
  apiPaths,
  type CaseListResponse,
  type PersonPage,
  type PersonSearchParams,
  type UpdatePersonRequest,
} from '../../../protocol/api.ts';
import type { Person, PersonInput } from '../../../protocol/records.ts';
import { apiRequest, queryString } from './http.ts';

export const getPerson = (id: string, signal?: AbortSignal) =>
  apiRequest<Person>('GET', apiPaths.person(id), undefined, signal ? { signal } : {});

export const casesOfPerson = (id: string, signal?: AbortSignal) =>
  apiRequest<CaseListResponse>('GET', apiPaths.personCases(id), undefined, signal ? { signal } : {});

export const searchPersons = (params: PersonSearchParams, signal?: AbortSignal) =>
  apiRequest<PersonPage>(
    'GET',
    `${apiPaths.persons}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

/** 409 when someone else saved first: reload, reapply and save again. */
export const updatePerson = (id: string, version: number, input: PersonInput) =>
  apiRequest<Person>('PUT', apiPaths.person(id), { version, person: input } satisfies UpdatePersonRequest);

export const createPerson = (input: PersonInput) => apiRequest<Person>('POST', apiPaths.persons, input);
