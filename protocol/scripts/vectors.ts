/**
 * Writes the golden vectors in `protocol/vectors/`: for each message a `<name>.json` (the record
 * in its JSON form) and `<name>.bin` (its protobuf encoding). Other implementations of the
 * protocol test against them; `test/unit/protocol/vectors.test.ts` checks that the codec still
 * produces and reads exactly these bytes. Rewrite them only for a deliberate, versioned change.
 *
 * @example
 *   node_modules/.bin/node protocol/scripts/vectors.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { encodeBusiness, encodeCase, encodePerson, encodePhotoMeta } from '../codec.ts';
import type { BusinessId, CaseId, NodeId, PersonId } from '../ids.ts';
import type { Business, Case, Person, PhotoMeta } from '../records.ts';

export const VECTORS_DIR = fileURLToPath(new URL('../vectors/', import.meta.url));

const photo: PhotoMeta = {
  hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  mime: 'image/jpeg',
  caption: 'Faux plancher du conteneur',
  width: 4032,
  height: 3024,
  shareWithWco: true,
  thumbHash: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  bytes: 2_483_911,
  gps: { lat: -4.0435, lon: 39.6682 },
  phash: 'f0e4c2d7a9b1830f',
  uploadedAt: '2026-10-30T09:12:30.000Z',
  uploadedBy: 'otieno',
};

/** Every field of a case set, with non-Latin text and fractional numbers. */
const fullCase: Case = {
  id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b' as CaseId,
  ref: 'KRA/MBA/2026/0042',
  kind: 'offence',
  offenceTypes: ['smuggling', 'misdeclaration'],
  form: 'full',
  status: 'validated',
  reportingCountry: 'KE',
  office: 'Mombasa Port – Kilindini',
  seizureDate: '2026-10-30',
  direction: 'import',
  location: { type: 'seaport', code: 'KEMBA', name: 'Kilindini', lat: -4.0435, lon: 39.6682 },
  detection: { method: 'scanner' },
  conveyance: {
    mode: 'sea-container',
    carrier: 'Example Line',
    flightOrVoyage: '042W',
    containerNumber: 'CSQU3054383',
    vehicleRegistration: 'KDA 123X',
    imo: '9074729',
  },
  concealment: { method: 'hidden-compartment', description: 'Faux plancher\nsoudé' },
  route: { origin: 'BR', departure: 'BR', transit: ['ZA', 'MU'], destination: 'KE' },
  items: [
    {
      itrArea: 'drugs',
      commodity: 'cocaine',
      hsCode: '293972',
      description: 'Briques marquées « 7 »',
      quantity: 105.25,
      unit: 'kg',
      valueUsd: 3150000.5,
      brand: 'none',
      citesSpecies: 'n/a',
    },
    { itrArea: 'revenue', commodity: 'cigarettes', quantity: 10000, unit: 'sticks' },
  ],
  offenders: [{ nationality: 'BR', gender: 'male', ageBand: '25-34', role: 'courier' }, {}],
  persons: [{ id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a01' as PersonId, role: 'suspect' }],
  businesses: [{ id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a02' as BusinessId, role: 'consignee' }],
  narrative: 'Контейнер отобран по результатам сканирования.\n\tتم العثور على أرضية مزيفة.',
  photos: [photo],
  tags: ['sea-shield', 'scanner'],
  operationId: 'op-2026-11',
  handling: { code: 'H2', source: 'B', reliability: 2 },
  origin: {
    nodeId: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA' as NodeId,
    country: 'TZ',
    agreementId: 'agr-ke-tz-2026-01',
    receivedAt: '2026-10-31T08:15:00.000Z',
    manifest: 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  },
  version: 4294967295,
  createdAt: '2026-10-30T09:00:00.000Z',
  updatedAt: '2026-10-31T10:30:00.000Z',
  createdBy: 'officer.wanjiru',
  updatedBy: 'analyst.otieno',
  deletedAt: '2026-11-01T00:00:00.000Z',
};

/** Only what the JSON type requires; every array empty, so decoding must restore them. */
const minimalCase: Case = {
  id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7c' as CaseId,
  kind: 'seizure',
  offenceTypes: [],
  form: 'simplified',
  status: 'draft',
  reportingCountry: 'KE',
  seizureDate: '2026-11-01',
  items: [],
  offenders: [],
  persons: [],
  businesses: [],
  photos: [],
  tags: [],
  version: 1,
  createdAt: '2026-11-01T12:00:00.000Z',
  updatedAt: '2026-11-01T12:00:00.000Z',
};

const person: Person = {
  id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a01' as PersonId,
  familyName: 'Al-Rashid',
  givenNames: 'Omar Khalid',
  birthDate: '1988-04-17',
  birthPlace: 'Basra',
  nationality: 'IQ',
  gender: 'male',
  documents: [
    { type: 'passport', number: 'A12345678', country: 'IQ', expires: '2029-04-16' },
    { type: 'identity-card', number: '199988' },
  ],
  addresses: [
    { line: '12 Rue de la Paix', city: 'Paris', postcode: '75002', country: 'FR' },
    { city: 'Basra' },
  ],
  notes: 'Travels monthly NBO–DXB.',
  version: 2,
  createdAt: '2026-10-30T09:05:00.000Z',
  updatedAt: '2026-10-30T11:00:00.000Z',
  createdBy: 'officer.wanjiru',
  updatedBy: 'officer.wanjiru',
};

const business: Business = {
  id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a02' as BusinessId,
  name: 'Acme Trading Ltd',
  registrationNumber: 'PVT-2019-000123',
  vatNumber: 'P051234567X',
  country: 'KE',
  addresses: [{ line: 'Moi Avenue 1', city: 'Mombasa', country: 'KE' }],
  notes: 'Consignee of record.',
  version: 1,
  createdAt: '2026-10-30T09:10:00.000Z',
  updatedAt: '2026-10-30T09:10:00.000Z',
};

export const VECTORS = {
  'case-full': { value: fullCase, encode: encodeCase },
  'case-minimal': { value: minimalCase, encode: encodeCase },
  person: { value: person, encode: encodePerson },
  business: { value: business, encode: encodeBusiness },
  'photo-meta': { value: photo, encode: encodePhotoMeta },
} as const;

async function main(): Promise<void> {
  await mkdir(VECTORS_DIR, { recursive: true });
  for (const [name, vector] of Object.entries(VECTORS)) {
    const encode = vector.encode as (value: unknown) => Uint8Array;
    await writeFile(
      new URL(`${name}.json`, `file://${VECTORS_DIR}`),
      `${JSON.stringify(vector.value, null, 2)}\n`,
    );
    await writeFile(new URL(`${name}.bin`, `file://${VECTORS_DIR}`), encode(vector.value));
  }
  console.error(`wrote ${Object.keys(VECTORS).length} vectors to ${VECTORS_DIR}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
