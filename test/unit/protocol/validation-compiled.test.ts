/**
 * Validation runs zod's ahead-of-time compiled schemas and a loop-based `normaliseInput`, for
 * speed. Neither may change a result: the compiled schema must accept, normalise and refuse
 * exactly as the schema as written, and `normaliseInput` must give what the original
 * `Object.fromEntries` version gave, on realistic records and on mutated ones.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { z } from 'zod';
import { linkCase, SyntheticGenerator } from '../../../node/seed/index.ts';
import { INPUT_SCHEMAS, normaliseInput } from '../../../protocol/validation.ts';

/** The original normaliseInput, kept as the reference. */
function referenceNormalise(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry) => referenceNormalise(entry, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, entry]) => [key, referenceNormalise(entry, depth + 1)] as const)
      .filter(([, entry]) => entry !== null && entry !== ''),
  );
}

const ID = (i: number) => `01890a5d-ac96-774b-bcce-${String(i).padStart(12, '0')}`;
const generator = new SyntheticGenerator({ seed: 3, country: 'KE', today: '2026-11-02' });
const synthetic = Array.from({ length: 300 }, () => generator.nextCase());
const cases = synthetic.map(
  (c) =>
    JSON.parse(
      JSON.stringify(
        linkCase(
          c,
          generator.persons.map((_, i) => ID(i)),
          generator.businesses.map((_, i) => ID(100_000 + i)),
        ),
      ),
    ) as Record<string, unknown>,
);
const persons = generator.persons.map((p) => JSON.parse(JSON.stringify(p)) as Record<string, unknown>);
const businesses = generator.businesses.map((b) => JSON.parse(JSON.stringify(b)) as Record<string, unknown>);

/** Values that exercise normalisation and every kind of refusal. */
const oddValue = fc.constantFrom<unknown>(
  null,
  '',
  '   ',
  ' padded ',
  'line\r\nbreak',
  'bell \u0007',
  'broken \ud800',
  'x'.repeat(600),
  'ke',
  'KE',
  'zz',
  'drugs',
  'cocaine',
  'MSKU 123456-5',
  'msku1234565',
  'IMO 9074729',
  '2026-02-29',
  '1899-12-31',
  '2030-01-01',
  '2026-10-30',
  '2939.72',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'IMAGE/PNG',
  ID(1).toUpperCase(),
  0,
  -1,
  10.5,
  1e13,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  ['ZA', 'zz'],
  {},
  { type: 'airport' },
  undefined,
);

type Json = Record<string, unknown>;

/** Sets (or deletes, for undefined) the value at a path of keys and indexes, creating nothing. */
function mutate(record: Json, path: readonly (string | number)[], value: unknown): void {
  let target: unknown = record;
  for (const step of path.slice(0, -1)) {
    if (typeof target !== 'object' || target === null) return;
    target = (target as Json)[step];
  }
  if (typeof target !== 'object' || target === null) return;
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(target)) delete (target as Json)[last];
  else (target as Json)[last] = value;
}

const FIELDS = [
  ['kind'],
  ['status'],
  ['form'],
  ['ref'],
  ['reportingCountry'],
  ['seizureDate'],
  ['direction'],
  ['narrative'],
  ['colour'],
  ['location', 'code'],
  ['location', 'lat'],
  ['location', 'type'],
  ['conveyance', 'containerNumber'],
  ['conveyance', 'imo'],
  ['conveyance', 'vehicleRegistration'],
  ['route', 'transit'],
  ['route', 'origin'],
  ['items'],
  ['items', 0, 'commodity'],
  ['items', 0, 'quantity'],
  ['items', 0, 'hsCode'],
  ['items', 0, 'unit'],
  ['items', 1],
  ['offenders', 0, 'gender'],
  ['persons', 0, 'id'],
  ['persons', 0],
  ['photos'],
  ['tags'],
  ['handling'],
  ['familyName'],
  ['birthDate'],
  ['documents', 0, 'number'],
  ['addresses', 0, 'country'],
  ['name'],
  ['registrationNumber'],
  ['vatNumber'],
] as const;
const mutation = fc.tuple(fc.constantFrom(...FIELDS), oddValue);

function sameResult(schema: z.ZodType, input: unknown): void {
  const compiled = z.compile(schema);
  const normalised = normaliseInput(input);
  expect(normalised).to.deep.equal(referenceNormalise(input));
  const expected = schema.safeParse(normalised, { reportInput: true });
  const actual = compiled.safeParse(normalised, { reportInput: true });
  expect(actual.success).to.equal(expected.success);
  if (expected.success && actual.success) expect(actual.data).to.deep.equal(expected.data);
  else expect(actual.error?.issues).to.deep.equal(expected.error?.issues);
}

describe('validation: compiled schemas and normalisation', () => {
  it('accept and normalise realistic records exactly as the schemas as written', () => {
    for (const c of cases) sameResult(INPUT_SCHEMAS.case, c);
    for (const p of persons) sameResult(INPUT_SCHEMAS.person, p);
    for (const b of businesses) sameResult(INPUT_SCHEMAS.business, b);
  });

  it('accept, normalise and refuse mutated records exactly as the schemas as written', () => {
    const records = fc.oneof(
      fc.constantFrom(...cases).map((c) => ['case', c] as const),
      fc.constantFrom(...persons).map((p) => ['person', p] as const),
      fc.constantFrom(...businesses).map((b) => ['business', b] as const),
    );
    fc.assert(
      fc.property(
        records,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        ([type, record], mutations) => {
          const input = structuredClone(record);
          for (const [path, value] of mutations) mutate(input, path, structuredClone(value));
          sameResult(INPUT_SCHEMAS[type], input);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('normalises anything exactly as before, "__proto__" keys included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(normaliseInput(value)).to.deep.equal(referenceNormalise(value));
      }),
      { numRuns: 500 },
    );
    const polluted = JSON.parse('{"__proto__": {"x": " 1 "}, "a": " b "}') as unknown;
    const normalised = normaliseInput(polluted) as Record<string, unknown>;
    expect(Object.keys(normalised)).to.deep.equal(['__proto__', 'a']);
    expect(Object.getPrototypeOf(normalised)).to.equal(Object.prototype);
    expect(normalised).to.deep.equal(referenceNormalise(polluted));
  });
});
