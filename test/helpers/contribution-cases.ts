/**
 * Random cases full of personal data, for the contribution tests: every free-text field of a case
 * holds names, document numbers, addresses, vehicle registrations, exact birth dates or narrative,
 * and the case links persons and businesses that hold the rest. `secrets` lists every such value,
 * each distinctive enough (a name with a random tail, a document number of letters and digits, a
 * birth year before 2006) that finding it anywhere in what the WCO node holds, logs or answers
 * can only mean it leaked.
 *
 * @example
 *   fc.assert(fc.property(personalCaseArb(), ({ input, secrets }) => …));
 */
import fc from 'fast-check';
import type { BusinessInput, CaseInput, PersonInput, PhotoMeta } from '../../protocol/records.ts';
import { containerNumber, imoNumber, validCase, COMMODITIES } from '../compliance/fixtures.ts';

const GIVEN = ['Amina', 'Peter', 'Wanjiru', 'Josephine', 'Baraka', 'Halima', 'Dmitri', 'Lucía'] as const;
const FAMILY = ['Otieno', 'Mwangi', 'Kimaro', 'Haddad', 'Janssens', 'Okafor', 'Petrova', 'Silva'] as const;
const STREETS = ['Moi Avenue', 'Rue Haute', 'Uhuru Street', 'Avenida Paulista'] as const;
const CITIES = ['Nairobi', 'Bruxelles', 'Dar es Salaam', 'Mombasa'] as const;

/** A name no code, label or identifier of a projection can contain: a capital and a random tail. */
const familyArb = fc
  .tuple(fc.constantFrom(...FAMILY), fc.stringMatching(/^[qxz][a-z]{4}$/))
  .map(([base, tail]) => `${base}${tail}`);
const givenArb = fc
  .tuple(fc.constantFrom(...GIVEN), fc.stringMatching(/^[qxz][a-z]{3}$/))
  .map(([base, tail]) => `${base}${tail}`);
const documentArb = fc.stringMatching(/^[A-Z]{2}[0-9]{7}$/);
/** Born 1940-2005: never a seizure date of these tests (2024-2026) nor a time stamp of the run. */
const birthDateArb = fc
  .tuple(
    fc.integer({ min: 1940, max: 2005 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const plateArb = fc.stringMatching(/^K[A-Z]{2} [0-9]{3}[A-Z]$/);
const houseArb = fc.integer({ min: 10, max: 999 });
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

export interface PersonalCase {
  /** A validated, complete case that the member's store accepts. */
  input: CaseInput;
  /** The persons and businesses it links (the test stores them and links their ids). */
  persons: PersonInput[];
  businesses: BusinessInput[];
  /** Every personal or free-text value the case and its links hold. */
  secrets: string[];
  /** Hashes of the photos not marked for the WCO: they must not reach it either. */
  privatePhotos: string[];
}

interface People {
  given: string;
  family: string;
  birthDate: string;
  document: string;
  house: number;
  street: string;
  city: string;
}

const peopleArb: fc.Arbitrary<People> = fc.record({
  given: givenArb,
  family: familyArb,
  birthDate: birthDateArb,
  document: documentArb,
  house: houseArb,
  street: fc.constantFrom(...STREETS),
  city: fc.constantFrom(...CITIES),
});

/** A seizure date in 2024-2026. */
const seizureDateArb = fc
  .tuple(
    fc.integer({ min: 2024, max: 2026 }),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export function personalCaseArb(): fc.Arbitrary<PersonalCase> {
  return fc
    .record({
      suspects: fc.array(peopleArb, { minLength: 1, maxLength: 3 }),
      company: familyArb.map((name) => `${name} Trading Ltd`),
      registration: fc.stringMatching(/^CPR\/20[0-9]{2}\/[0-9]{6}$/),
      vat: fc.stringMatching(/^P[0-9]{9}[A-Z]$/),
      plate: plateArb,
      seizureDate: seizureDateArb,
      items: fc.uniqueArray(fc.integer({ min: 0, max: COMMODITIES.length - 1 }), {
        minLength: 1,
        maxLength: 3,
      }),
      photos: fc.array(fc.record({ hash: hex64, share: fc.boolean() }), { maxLength: 3 }),
      flight: fc.stringMatching(/^KQ[0-9]{3,4}$/),
      serial: fc.integer({ min: 1, max: 999_999 }),
      handling: fc.constantFrom('H0', 'H1', 'H2'),
    })
    .map((g): PersonalCase => {
      const [first] = g.suspects as [People, ...People[]];
      const fullName = (p: People) => `${p.given} ${p.family}`;
      const address = (p: People) => `${p.house} ${p.street}, ${p.city}`;
      const said = g.suspects.map((p) => `${fullName(p)} (born ${p.birthDate}, passport ${p.document})`);
      const narrative = `Officers stopped ${said.join(' and ')} driving ${g.plate}; ${first.given} lives at ${address(first)}.`;
      const photos: PhotoMeta[] = g.photos.map((p, i) => ({
        hash: p.hash,
        mime: 'image/jpeg',
        caption: `${fullName(first)} at the scene ${i}`,
        width: 800,
        height: 600,
        shareWithWco: p.share,
        uploadedBy: `officer ${first.family}`,
        gps: { lat: -1.2921, lon: 36.8219 },
      }));
      const input = validCase({
        ref: `KE/${first.family}/${first.document}`,
        seizureDate: g.seizureDate,
        office: `Desk of ${fullName(first)}`,
        location: { type: 'inland', code: 'KENBO', name: `${address(first)}`, lat: -1.29213, lon: 36.82194 },
        conveyance: {
          mode: 'road',
          carrier: g.company,
          flightOrVoyage: g.flight,
          vehicleRegistration: g.plate,
          containerNumber: containerNumber('MSC', g.serial),
          imo: imoNumber(g.serial % 900_000),
        },
        concealment: { method: 'vehicle', description: `Under the seat of ${fullName(first)}` },
        items: g.items.map((i) => {
          const c = COMMODITIES[i]!;
          return {
            itrArea: c.itrArea,
            commodity: c.commodity,
            quantity: 10,
            unit: c.unit,
            description: `Bags carried by ${first.family}`,
            brand: `${first.family} brand`,
            citesSpecies: `found by ${first.given}`,
          };
        }),
        offenders: g.suspects.map(() => ({
          nationality: 'KE',
          gender: 'male',
          ageBand: '35-44',
          role: 'driver',
        })),
        narrative,
        photos,
        tags: [`suspect-${first.family}`],
        operationId: `OP-${first.family}`,
        handling: { code: g.handling, source: 'B', reliability: 2 },
      });
      const persons: PersonInput[] = g.suspects.map((p) => ({
        familyName: p.family,
        givenNames: p.given,
        birthDate: p.birthDate,
        nationality: 'KE',
        gender: 'male',
        documents: [{ type: 'passport', number: p.document, country: 'KE' }],
        addresses: [{ line: `${p.house} ${p.street}`, city: p.city, country: 'KE' }],
        notes: `Known to ${fullName(p)}'s family`,
      }));
      const businesses: BusinessInput[] = [
        {
          name: g.company,
          registrationNumber: g.registration,
          vatNumber: g.vat,
          country: 'KE',
          addresses: [{ line: `${first.house} ${first.street}`, city: first.city, country: 'KE' }],
        },
      ];
      const secrets = [
        ...g.suspects.flatMap((p) => [
          p.family,
          p.given,
          fullName(p),
          p.document,
          p.birthDate,
          `${p.house} ${p.street}`,
        ]),
        g.company,
        g.registration,
        g.vat,
        g.plate,
        g.flight,
        narrative,
        // The exact position of the seizure (an address): only the coarsened one travels.
        '-1.29213',
        '36.82194',
      ];
      return {
        input,
        persons,
        businesses,
        secrets: [...new Set(secrets)],
        privatePhotos: g.photos.filter((p) => !p.share).map((p) => p.hash),
      };
    });
}

/** The secrets found in `text` (none, if nothing leaked). */
export function leakedIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}
