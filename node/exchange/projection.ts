/**
 * What of a person or business record travels when an agreement allows nominal data. Agreements
 * scope case fields only, so the party records a case links go with the identifying fields and
 * without the owner's internal notes and user names.
 */
import type { Business, Person } from '../../protocol/records.ts';

export const PARTY_EXCHANGE_FIELDS = {
  person: [
    'familyName',
    'givenNames',
    'birthDate',
    'birthPlace',
    'nationality',
    'gender',
    'documents',
    'addresses',
  ],
  business: ['name', 'registrationNumber', 'vatNumber', 'country', 'addresses'],
} as const satisfies { person: readonly (keyof Person)[]; business: readonly (keyof Business)[] };

export function projectParty(
  type: 'person' | 'business',
  record: Person | Business,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PARTY_EXCHANGE_FIELDS[type] as readonly string[]) {
    const value = (record as unknown as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
