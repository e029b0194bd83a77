import { expect } from 'chai';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeBusiness,
  decodeCase,
  decodePerson,
  decodePhotoMeta,
  DecodeError,
  encodeCase,
} from '../../../protocol/codec.ts';
import type { BusinessId, CaseId, NodeId, PersonId } from '../../../protocol/ids.ts';
import type { Case } from '../../../protocol/records.ts';
import { VECTORS, VECTORS_DIR } from '../../../protocol/scripts/vectors.ts';

const DECODERS: Record<keyof typeof VECTORS, (bytes: Uint8Array) => unknown> = {
  'case-full': decodeCase,
  'case-minimal': decodeCase,
  person: decodePerson,
  business: decodeBusiness,
  'photo-meta': decodePhotoMeta,
};

describe('golden vectors', () => {
  for (const [name, vector] of Object.entries(VECTORS)) {
    describe(name, () => {
      it('encodes the JSON to exactly the committed bytes', async () => {
        const json: unknown = JSON.parse(await readFile(join(VECTORS_DIR, `${name}.json`), 'utf8'));
        const bin = new Uint8Array(await readFile(join(VECTORS_DIR, `${name}.bin`)));
        expect(json, 'the committed JSON is the vector the script writes').to.deep.equal(vector.value);
        const encode = vector.encode as (value: unknown) => Uint8Array;
        expect(Buffer.from(encode(json)).toString('hex')).to.equal(Buffer.from(bin).toString('hex'));
      });

      it('decodes the committed bytes to exactly the JSON', async () => {
        const json: unknown = JSON.parse(await readFile(join(VECTORS_DIR, `${name}.json`), 'utf8'));
        const bin = new Uint8Array(await readFile(join(VECTORS_DIR, `${name}.bin`)));
        expect(DECODERS[name as keyof typeof VECTORS](bin)).to.deep.equal(json);
      });
    });
  }

  it('refuses malformed bytes with DecodeError', () => {
    expect(() => decodeCase(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]))).to.throw(DecodeError);
  });
});

// Arbitrary records in the JSON shape: valid Unicode text, any doubles but NaN, uint32 counts.
const text = fc.string({ unit: 'binary', maxLength: 20 });
const num = fc.double({ noNaN: true });
const u32 = fc.nat({ max: 0xffffffff });
const opt = <T extends Record<string, unknown>>(
  shape: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: (keyof T)[] = [],
) => fc.record(shape, { requiredKeys: required });
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });

const caseArbitrary: fc.Arbitrary<Case> = opt(
  {
    id: text.map((s) => s as CaseId),
    ref: text,
    kind: fc.constantFrom('seizure', 'offence' as const),
    offenceTypes: list(text),
    form: fc.constantFrom('full', 'simplified' as const),
    status: fc.constantFrom('draft', 'validated', 'archived' as const),
    reportingCountry: text,
    office: text,
    seizureDate: text,
    direction: fc.constantFrom('import', 'export', 'transit', 'domestic' as const),
    location: opt({ type: text, code: text, name: text, lat: num, lon: num }, ['type']),
    detection: opt({ method: text }, ['method']),
    conveyance: opt(
      {
        mode: text,
        carrier: text,
        flightOrVoyage: text,
        containerNumber: text,
        vehicleRegistration: text,
        imo: text,
      },
      ['mode'],
    ),
    concealment: opt({ method: text, description: text }, ['method']),
    // An empty optional list is not a stored form (validation never keeps one), so it is absent or non-empty.
    route: opt({
      origin: text,
      departure: text,
      transit: fc.array(text, { minLength: 1, maxLength: 3 }),
      destination: text,
    }),
    items: list(
      opt(
        {
          itrArea: text,
          commodity: text,
          hsCode: text,
          description: text,
          quantity: num,
          unit: text,
          valueUsd: num,
          brand: text,
          citesSpecies: text,
        },
        ['itrArea', 'commodity'],
      ),
    ),
    offenders: list(opt({ nationality: text, gender: text, ageBand: text, role: text })),
    persons: list(opt({ id: text.map((s) => s as PersonId), role: text }, ['id', 'role'])),
    businesses: list(opt({ id: text.map((s) => s as BusinessId), role: text }, ['id', 'role'])),
    narrative: text,
    photos: list(
      opt({ hash: text, mime: text, caption: text, width: u32, height: u32, shareWithWco: fc.boolean() }, [
        'hash',
        'mime',
      ]),
    ),
    tags: list(text),
    operationId: text,
    handling: opt({ code: text, source: text, reliability: u32 }, ['code', 'source', 'reliability']),
    origin: opt(
      {
        nodeId: text.map((s) => s as NodeId),
        country: text,
        agreementId: text,
        receivedAt: text,
        manifest: text,
      },
      ['nodeId', 'country', 'agreementId', 'receivedAt', 'manifest'],
    ),
    version: u32,
    createdAt: text,
    updatedAt: text,
    createdBy: text,
    updatedBy: text,
    deletedAt: text,
  },
  [
    'id',
    'kind',
    'offenceTypes',
    'form',
    'status',
    'reportingCountry',
    'seizureDate',
    'items',
    'offenders',
    'persons',
    'businesses',
    'photos',
    'tags',
    'version',
    'createdAt',
    'updatedAt',
  ],
);

describe('case codec', () => {
  it('round-trips any case exactly: absent stays absent, arrays stay arrays', () => {
    fc.assert(
      fc.property(caseArbitrary, (value) => {
        expect(decodeCase(encodeCase(value))).to.deep.equal(value);
      }),
      { numRuns: 300 },
    );
  });
});
