/**
 * How a person or a business is summed up on one line, the same in the case form's picker and on
 * the list screens: the name, then what tells two namesakes apart (birth date, nationality and
 * first identity document; registration number and country).
 *
 * @example
 *   personName(person);     // 'Odhiambo, Peter'
 *   personDetails(person);  // ['12 Mar 1984', 'Kenya', 'Passport AK0412345']
 */
import type { Business, Person } from '../../protocol/records.ts';
import { formatDate } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';

export const personName = (person: Pick<Person, 'familyName' | 'givenNames'>): string =>
  [person.familyName, person.givenNames].filter(Boolean).join(', ');

export function firstDocument(person: Person): string {
  const document = person.documents[0];
  return document ? `${label('documentType', document.type)} ${document.number}` : '';
}

export function personDetails(person: Person): string[] {
  return [formatDate(person.birthDate), label('country', person.nationality), firstDocument(person)].filter(
    Boolean,
  );
}

export function businessDetails(business: Business): string[] {
  return [business.registrationNumber ?? '', label('country', business.country)].filter(Boolean);
}
