/**
 * Validation of what clients, importers and partners submit: cases, persons and businesses.
 *
 * Every refusal is a `ValidationIssue` naming the field path (`items[0].quantity`,
 * `route.transit[2]`) and a stable rule from `VALIDATION_RULES`, and every issue is reported, not
 * just the first. On success the value comes back normalised (see `normaliseInput` and the
 * per-field notes below), so the store only ever holds the normal form.
 *
 * It runs in two steps: a zod schema checks each field on its own (types, vocabularies, formats,
 * sizes), then `crossFieldIssues` checks what depends on several fields or on the node
 * (`own-country`, `not-in-future`, `item-area-mismatch`, `status-transition`, `validated-requires`).
 * The second step runs even when the first fails, so one submission lists all its problems.
 *
 * @example
 *   const result = validateCaseInput(body, { country: 'KE', today: '2026-11-02' });
 *   if (!result.ok) throw new ValidationError(result.issues);
 *   await store.putCase(result.value);
 */
import { z } from 'zod';
import { isUuidV7 } from './ids.ts';
import type { BusinessId, PersonId } from './ids.ts';
import {
  type BusinessInput,
  type Case,
  type CaseInput,
  type IdentifierType,
  type PersonInput,
  STATUS_TRANSITIONS,
  type CaseForm,
  type CaseKind,
  type CaseStatus,
  type Direction,
} from './records.ts';
import type { ValidationIssue, Validated } from './validation-types.ts';
import { vocabularies, type VocabularyName } from './vocabulary/index.ts';

export interface CaseValidationContext {
  /** The node's own ISO 3166-1 alpha-2 country; `reportingCountry` must equal it. */
  country: string;
  /** Today's date (YYYY-MM-DD) at the node, for "not in the future" rules. */
  today: string;
  /** The stored case when this is an update, for status-transition rules. */
  previous?: Case;
}

/** Context for person validation; `today` defaults to the current UTC date. */
export interface PersonValidationContext {
  today: string;
}

/** Every rule a `ValidationIssue` can name. Names are stable: clients and translations key on them. */
export const VALIDATION_RULES = {
  required: 'a required field is missing, null or empty',
  type: 'the value has the wrong JSON type (string, number, boolean, object, array)',
  'unknown-field': 'the field is not part of the record (objects are strict)',
  vocabulary: 'the value is not a code of the field’s vocabulary (see GET /api/v1/vocabularies)',
  date: 'not a real calendar date written YYYY-MM-DD',
  'not-in-future': 'the date is after today at the node',
  'not-before-1900': 'the date is before 1900-01-01',
  min: 'the number is below the smallest allowed value',
  max: 'the number is above the largest allowed value',
  integer: 'the number must be whole (counts, pixel sizes, reliability, and quantities in countable units)',
  'max-length': 'the text is longer than allowed (see VALIDATION_LIMITS)',
  'max-items': 'the list has more entries than allowed (see VALIDATION_LIMITS)',
  pattern: 'the text does not have the required form (location code, document number, hash, tag…)',
  'control-characters':
    'the text holds control characters; only line feeds and tabs are allowed, and only in long text fields',
  unicode: 'the text is not well-formed Unicode (a lone surrogate, usually from a broken \\u escape)',
  duplicate: 'the same entry appears twice in a list',
  id: 'not a valid record id (UUIDv7)',
  'own-country': 'reportingCountry is not the node’s own country',
  'item-area-mismatch': 'the commodity does not belong to the item’s ITR area',
  'hs-code':
    'the HS code is not 4 to 10 digits, or does not start with a heading that fits the commodity (see CommodityTerm.hsPrefixes)',
  'container-check-digit': 'the ISO 6346 check digit of the container number is wrong',
  'imo-check-digit': 'the check digit of the IMO ship number is wrong',
  'status-transition': 'the status cannot move from the stored status to this one (see STATUS_TRANSITIONS)',
  'validated-requires': 'a validated case lacks a field its form needs (see validatedRequirements)',
} as const;
export type ValidationRule = keyof typeof VALIDATION_RULES;

/** Size limits. Any text field not listed here is limited to `text`. */
export const VALIDATION_LIMITS = {
  text: 500,
  narrative: 20_000,
  notes: 20_000,
  description: 5_000,
  ref: 100,
  tag: 64,
  documentNumber: 40,
  items: 200,
  persons: 100,
  businesses: 100,
  offenders: 100,
  photos: 100,
  tags: 50,
  transit: 20,
  documents: 20,
  addresses: 20,
  quantity: 1e12,
  valueUsd: 1e13,
  pixels: 100_000,
  /** The largest photo file a record may declare (uploads are limited well below it). */
  photoBytes: 100 * 1024 * 1024,
} as const;

/** Media types a photo record may declare; uploads are re-encoded into one of these. */
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Units whose quantities are counts, so they must be whole numbers. */
const COUNTABLE_UNITS: ReadonlySet<string> = new Set(['pieces', 'sticks', 'tablets', 'plants', 'pairs']);

// ---------------------------------------------------------------------------------------------
// Identifiers

/**
 * The normal form of an identifier used as a correlation key: two cases holding the same
 * container, ship, document or vehicle match whatever spacing or case the officers typed.
 * Uppercase (after Unicode NFKC), without whitespace, dashes, dots or slashes; IMO numbers also
 * lose an `IMO` prefix.
 *
 * @example normaliseIdentifier('container', 'msku 123456-5') // 'MSKU1234565'
 */
export function normaliseIdentifier(type: IdentifierType, value: string): string {
  const compact = value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015./]/g, '');
  return type === 'imo' ? compact.replace(/^IMO/, '') : compact;
}

const ISO6346_LETTER_VALUES: ReadonlyMap<string, number> = (() => {
  // Letter values run from 10 and skip multiples of 11 (11, 22, 33).
  const values = new Map<string, number>();
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value++;
    values.set(letter, value++);
  }
  return values;
})();

/** The ISO 6346 check digit of an 11-character container number's first ten characters. */
export function containerCheckDigit(ownerSerial: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const char = ownerSerial.charAt(i);
    const value = ISO6346_LETTER_VALUES.get(char) ?? Number(char);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

export function isValidContainerNumber(value: string): boolean {
  return CONTAINER_PATTERN.test(value) && containerCheckDigit(value) === Number(value.charAt(10));
}

export function isValidImoNumber(value: string): boolean {
  if (!/^\d{7}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(value.charAt(i)) * (7 - i);
  return sum % 10 === Number(value.charAt(6));
}

/** A real calendar date written YYYY-MM-DD (the form every date field uses). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ---------------------------------------------------------------------------------------------
// Field schemas

const CONTAINER_PATTERN = /^[A-Z]{3}[UJZ]\d{7}$/;
/** UN/LOCODE (country + 3 characters, space removed) or a 3-letter IATA airport code. */
const LOCATION_CODE_PATTERN = /^(?:[A-Z]{2}[A-Z2-9]{3}|[A-Z]{3})$/;
/** Letters and digits with inner spaces, dots, slashes or dashes, as printed on the document. */
const DOCUMENT_NUMBER_PATTERN = /^[A-Z0-9](?:[A-Z0-9 ./-]*[A-Z0-9])?$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const PHASH_PATTERN = /^[0-9a-f]{16}$/;
const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const OPERATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, minus line feed and tab
const CONTROL_CHARACTERS_EXCEPT_LF_TAB = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function rule(name: ValidationRule, message: string): { error: string; params: { rule: ValidationRule } } {
  return { error: message, params: { rule: name } };
}

const UNICODE_MESSAGE = 'must be well-formed Unicode text (it holds a lone surrogate)';

/** One line of text: no control characters at all. */
function text(max: number = VALIDATION_LIMITS.text) {
  return z
    .string()
    .max(max)
    .refine(
      (v) => !CONTROL_CHARACTERS.test(v),
      rule('control-characters', 'must not hold control characters'),
    )
    .refine((v) => v.isWellFormed(), rule('unicode', UNICODE_MESSAGE));
}

/** Multi-line text (narrative, notes, descriptions): line feeds and tabs allowed. */
function longText(max: number) {
  return z
    .string()
    .max(max)
    .refine(
      (v) => !CONTROL_CHARACTERS_EXCEPT_LF_TAB.test(v),
      rule('control-characters', 'must not hold control characters other than line feeds and tabs'),
    )
    .refine((v) => v.isWellFormed(), rule('unicode', UNICODE_MESSAGE));
}

function vocabularyMessage(name: VocabularyName): string {
  const codes = vocabularies[name].codes;
  if (name === 'country') return 'must be an ISO 3166-1 alpha-2 country code, such as KE or FR';
  return codes.length <= 12
    ? `must be one of: ${codes.join(', ')}`
    : `must be a code of the ${name} vocabulary, such as ${codes.slice(0, 3).join(', ')}`;
}

/** A code of vocabulary `name`; `upper` for codes that are uppercase by definition (H1, A). */
function code(name: VocabularyName, upper = false) {
  const base = upper ? z.string().toUpperCase() : z.string();
  return base.refine((v) => vocabularies[name].has(v), rule('vocabulary', vocabularyMessage(name)));
}

/** A code whose values are also a TypeScript union in records.ts (kind, form, status, direction). */
function typedCode<T extends string>(name: VocabularyName) {
  return code(name).transform((v) => v as T);
}

const country = () =>
  z
    .string()
    .toUpperCase()
    .refine((v) => vocabularies.country.has(v), rule('vocabulary', vocabularyMessage('country')));

/** A date field: a real calendar date, not before 1900 (the future is checked with the context). */
const date = () =>
  z
    .string()
    .refine(isCalendarDate, rule('date', 'must be a real calendar date written YYYY-MM-DD'))
    .refine(
      (v) => !isCalendarDate(v) || v >= '1900-01-01',
      rule('not-before-1900', 'must not be before 1900'),
    );

const recordId = <T extends string>() =>
  z
    .string()
    .toLowerCase()
    .refine(isUuidV7, rule('id', 'must be a record id (UUIDv7)'))
    .transform((v) => v as T);

const identifier = (type: IdentifierType, max = 32) =>
  z
    .string()
    .max(max)
    .overwrite((v) => normaliseIdentifier(type, v));

const locationSchema = z.strictObject({
  type: code('locationType'),
  code: z
    .string()
    .max(20)
    .overwrite((v) => v.replace(/\s+/g, '').toUpperCase())
    .refine(
      (v) => LOCATION_CODE_PATTERN.test(v),
      rule('pattern', 'must be a UN/LOCODE (such as KEMBA) or an IATA code (such as NBO)'),
    )
    .optional(),
  name: text().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

const conveyanceSchema = z.strictObject({
  mode: code('conveyanceMode'),
  carrier: text().optional(),
  flightOrVoyage: text(40).optional(),
  containerNumber: identifier('container')
    .refine(
      (v) => CONTAINER_PATTERN.test(v),
      rule('pattern', 'must be an ISO 6346 container number such as MSKU1234565'),
    )
    .refine(
      (v) => !CONTAINER_PATTERN.test(v) || isValidContainerNumber(v),
      rule('container-check-digit', 'has a wrong check digit (ISO 6346): check the number on the container'),
    )
    .optional(),
  vehicleRegistration: text(32).toUpperCase().optional(),
  imo: identifier('imo')
    .refine((v) => /^\d{7}$/.test(v), rule('pattern', 'must be a 7-digit IMO ship number'))
    .refine(
      (v) => !/^\d{7}$/.test(v) || isValidImoNumber(v),
      rule('imo-check-digit', 'has a wrong check digit: check the IMO number'),
    )
    .optional(),
});

const concealmentSchema = z.strictObject({
  method: code('concealmentMethod'),
  description: longText(VALIDATION_LIMITS.description).optional(),
});

const routeSchema = z.strictObject({
  origin: country().optional(),
  departure: country().optional(),
  transit: z.array(country()).max(VALIDATION_LIMITS.transit).optional(),
  destination: country().optional(),
});

const itemSchema = z.strictObject({
  itrArea: code('itrArea'),
  commodity: code('commodity'),
  hsCode: z
    .string()
    .max(20)
    .overwrite((v) => v.replace(/[\s.]/g, ''))
    .refine(
      (v) => /^\d{4,10}$/.test(v),
      rule('hs-code', 'must be 4 to 10 digits (HS heading, subheading or tariff line)'),
    )
    .optional(),
  description: longText(VALIDATION_LIMITS.description).optional(),
  quantity: z.number().gt(0).max(VALIDATION_LIMITS.quantity).optional(),
  unit: code('unit').optional(),
  valueUsd: z.number().min(0).max(VALIDATION_LIMITS.valueUsd).optional(),
  brand: text().optional(),
  citesSpecies: text().optional(),
});

const offenderSchema = z.strictObject({
  nationality: country().optional(),
  gender: code('gender').optional(),
  ageBand: code('ageBand').optional(),
  role: code('offenderRole').optional(),
});

const photoSchema = z.strictObject({
  hash: z
    .string()
    .toLowerCase()
    .refine(
      (v) => SHA256_PATTERN.test(v),
      rule('pattern', 'must be a SHA-256 hash in hexadecimal (64 characters)'),
    ),
  mime: z
    .string()
    .toLowerCase()
    .refine(
      (v) => (PHOTO_MEDIA_TYPES as readonly string[]).includes(v),
      rule('vocabulary', `must be one of: ${PHOTO_MEDIA_TYPES.join(', ')}`),
    ),
  caption: text().optional(),
  width: z.int().min(1).max(VALIDATION_LIMITS.pixels).optional(),
  height: z.int().min(1).max(VALIDATION_LIMITS.pixels).optional(),
  shareWithWco: z.boolean().optional(),
  // Set by the node from an upload; accepted back unchanged when a client saves the case.
  thumbHash: z
    .string()
    .toLowerCase()
    .refine(
      (v) => SHA256_PATTERN.test(v),
      rule('pattern', 'must be a SHA-256 hash in hexadecimal (64 characters)'),
    )
    .optional(),
  bytes: z.int().min(1).max(VALIDATION_LIMITS.photoBytes).optional(),
  gps: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  phash: z
    .string()
    .toLowerCase()
    .refine(
      (v) => PHASH_PATTERN.test(v),
      rule('pattern', 'must be a 64-bit perceptual hash in hexadecimal (16 characters)'),
    )
    .optional(),
  uploadedAt: z
    .string()
    .refine(
      (v) => ISO_INSTANT_PATTERN.test(v) && !Number.isNaN(Date.parse(v)),
      rule('pattern', 'must be a UTC time written YYYY-MM-DDThh:mm:ss.sssZ'),
    )
    .optional(),
  uploadedBy: text(100).optional(),
});

const handlingSchema = z.strictObject({
  code: code('handlingCode', true),
  source: code('sourceEvaluation', true),
  reliability: z
    .int()
    .refine(
      (v) => vocabularies.informationReliability.has(String(v)),
      rule('vocabulary', 'must be one of: 1, 2, 3, 4'),
    ),
});

const caseInputSchema = z.strictObject({
  ref: text(VALIDATION_LIMITS.ref).optional(),
  kind: typedCode<CaseKind>('caseKind'),
  offenceTypes: z.array(code('offenceType')).max(vocabularies.offenceType.codes.length).optional(),
  form: typedCode<CaseForm>('caseForm'),
  status: typedCode<CaseStatus>('caseStatus'),
  reportingCountry: country().optional(),
  office: text().optional(),
  seizureDate: date(),
  direction: typedCode<Direction>('direction').optional(),
  location: locationSchema.optional(),
  detection: z.strictObject({ method: code('detectionMethod') }).optional(),
  conveyance: conveyanceSchema.optional(),
  concealment: concealmentSchema.optional(),
  route: routeSchema.optional(),
  items: z.array(itemSchema).max(VALIDATION_LIMITS.items),
  offenders: z.array(offenderSchema).max(VALIDATION_LIMITS.offenders).optional(),
  persons: z
    .array(z.strictObject({ id: recordId<PersonId>(), role: code('personRole') }))
    .max(VALIDATION_LIMITS.persons)
    .optional(),
  businesses: z
    .array(z.strictObject({ id: recordId<BusinessId>(), role: code('businessRole') }))
    .max(VALIDATION_LIMITS.businesses)
    .optional(),
  narrative: longText(VALIDATION_LIMITS.narrative).optional(),
  photos: z.array(photoSchema).max(VALIDATION_LIMITS.photos).optional(),
  tags: z
    .array(
      text(VALIDATION_LIMITS.tag).refine(
        (v) => /^\S(?:.*\S)?$/.test(v),
        rule('pattern', 'must not start or end with a space'),
      ),
    )
    .max(VALIDATION_LIMITS.tags)
    .optional(),
  operationId: text(100)
    .refine((v) => OPERATION_ID_PATTERN.test(v), rule('pattern', 'must be an operation id'))
    .optional(),
  handling: handlingSchema.optional(),
});

const addressSchema = z
  .strictObject({
    line: text().optional(),
    city: text().optional(),
    postcode: text(20).toUpperCase().optional(),
    country: country().optional(),
  })
  .refine(
    (a) => Object.keys(a).length > 0,
    rule('required', 'must have at least one of line, city, postcode, country'),
  );

const documentSchema = z.strictObject({
  type: code('documentType'),
  number: z
    .string()
    .max(VALIDATION_LIMITS.documentNumber)
    .overwrite((v) => v.normalize('NFKC').toUpperCase().replace(/\s+/g, ' '))
    .refine(
      (v) => DOCUMENT_NUMBER_PATTERN.test(v),
      rule(
        'pattern',
        'must be the document number as printed: Latin letters and digits, with spaces or dashes',
      ),
    ),
  country: country().optional(),
  expires: date().optional(),
});

const personInputSchema = z.strictObject({
  familyName: text(200),
  givenNames: text(200).optional(),
  birthDate: date().optional(),
  birthPlace: text(200).optional(),
  nationality: country().optional(),
  gender: code('gender').optional(),
  documents: z.array(documentSchema).max(VALIDATION_LIMITS.documents).optional(),
  addresses: z.array(addressSchema).max(VALIDATION_LIMITS.addresses).optional(),
  notes: longText(VALIDATION_LIMITS.notes).optional(),
});

const businessInputSchema = z.strictObject({
  name: text(300),
  registrationNumber: text(100).optional(),
  vatNumber: text(100).toUpperCase().optional(),
  country: country().optional(),
  addresses: z.array(addressSchema).max(VALIDATION_LIMITS.addresses).optional(),
  notes: longText(VALIDATION_LIMITS.notes).optional(),
});

/** The schemas as written, for tests that hold their compiled form to the same results. */
export const INPUT_SCHEMAS = {
  case: caseInputSchema,
  person: personInputSchema,
  business: businessInputSchema,
} as const;

/**
 * The schemas as zod compiles them ahead of time (`z.compile`): generated code checks a valid
 * record several times faster, and hands anything it cannot accept to the runtime parser, which
 * reports the issues exactly as before.
 */
const compiled = {
  case: z.compile(caseInputSchema),
  person: z.compile(personInputSchema),
  business: z.compile(businessInputSchema),
};

// The schemas must produce exactly the record input types (checked at compile time).
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _caseShape: Exact<z.output<typeof caseInputSchema>, CaseInput> = true;
const _personShape: Exact<z.output<typeof personInputSchema>, PersonInput> = true;
const _businessShape: Exact<z.output<typeof businessInputSchema>, BusinessInput> = true;

// ---------------------------------------------------------------------------------------------
// Normalisation before parsing

/**
 * The generic part of normalisation, applied before the schema: strings are trimmed and their
 * line breaks made `\n`; object properties that are `null` or empty strings are dropped (an
 * optional field left blank in a form is absent, a required one is then reported `required`).
 * Array entries are kept as they are, so issue paths keep the submitted indexes. The input is
 * never modified. Field-specific normalisation (uppercase codes, compact identifiers, HS codes
 * without dots) is in the schema.
 */
export function normaliseInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.includes('\r') ? value.replace(/\r\n?/g, '\n').trim() : value.trim();
  // Records are a few levels deep; anything deeper is left for the schema to refuse by type.
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry) => normaliseInput(entry, depth + 1));
  // A loop rather than Object.fromEntries(Object.entries(…)): this runs on every field of every
  // imported record. The same own enumerable string keys, in the same order.
  const source = value as Readonly<Record<string, unknown>>;
  const normalised: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const entry = normaliseInput(source[key], depth + 1);
    if (entry === null || entry === '') continue;
    // Defined, not assigned, so a "__proto__" key stays a key (and is refused as unknown).
    if (key === '__proto__')
      Object.defineProperty(normalised, key, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else normalised[key] = entry;
  }
  return normalised;
}

// ---------------------------------------------------------------------------------------------
// Issues

type Path = readonly PropertyKey[];

export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function toIssues(zodIssues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          issues.push({
            path: formatPath([...issue.path, key]),
            rule: 'unknown-field',
            message: 'is not a field of this record',
          });
        }
        break;
      case 'invalid_type':
        if (issue.input === undefined) issues.push({ path, rule: 'required', message: 'is required' });
        else if (issue.expected === 'int' && typeof issue.input === 'number')
          issues.push({ path, rule: 'integer', message: 'must be a whole number' });
        else
          issues.push({
            path,
            rule: 'type',
            message: `must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${describeType(issue.input)}`,
          });
        break;
      case 'too_small':
        issues.push({
          path,
          rule: 'min',
          message: `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`,
        });
        break;
      case 'too_big':
        if (issue.origin === 'string')
          issues.push({
            path,
            rule: 'max-length',
            message: `must be at most ${String(issue.maximum)} characters long`,
          });
        else if (issue.origin === 'array')
          issues.push({
            path,
            rule: 'max-items',
            message: `must have at most ${String(issue.maximum)} entries`,
          });
        else issues.push({ path, rule: 'max', message: `must be at most ${String(issue.maximum)}` });
        break;
      default: {
        // Our own refinements carry their rule; anything else zod reports is a malformed value.
        const named = (issue as { params?: { rule?: ValidationRule } }).params?.rule;
        issues.push({ path, rule: named ?? 'type', message: issue.message });
      }
    }
  }
  return issues;
}

function uniqueIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Cross-field rules: they read the normalised input defensively, because they also run when the
// schema failed, and stay silent about fields whose own type or vocabulary is wrong (the schema
// reports those).

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function notInFuture(value: unknown, today: string, path: string, issues: ValidationIssue[]): void {
  const text = str(value);
  if (text !== undefined && isCalendarDate(text) && text > today)
    issues.push({ path, rule: 'not-in-future', message: `must not be after today (${today})` });
}

function duplicates(
  entries: readonly unknown[],
  keyOf: (entry: unknown) => string | undefined,
  path: string,
  what: string,
  issues: ValidationIssue[],
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = keyOf(entry);
    if (key === undefined) return;
    if (seen.has(key))
      issues.push({ path: `${path}[${index}]`, rule: 'duplicate', message: `repeats ${what}` });
    seen.add(key);
  });
}

function hsPrefixesOf(commodity: string): readonly string[] | undefined {
  const term = vocabularies.commodity.get(commodity);
  if (!term) return undefined;
  return term.hsPrefixes ?? (term.hsCode === undefined ? undefined : [term.hsCode.slice(0, 4)]);
}

function itemIssues(items: readonly unknown[], issues: ValidationIssue[]): void {
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    const area = str(field(item, 'itrArea'));
    const commodity = str(field(item, 'commodity'));
    const term = commodity === undefined ? undefined : vocabularies.commodity.get(commodity);
    if (term && area !== undefined && vocabularies.itrArea.has(area) && term.itrArea !== area) {
      issues.push({
        path: `${at}.commodity`,
        rule: 'item-area-mismatch',
        message: `${commodity} belongs to ${term.itrArea}, not ${area}`,
      });
    }
    const hsCode = str(field(item, 'hsCode'))?.replace(/[\s.]/g, '');
    const prefixes = commodity === undefined ? undefined : hsPrefixesOf(commodity);
    if (
      hsCode !== undefined &&
      /^\d{4,10}$/.test(hsCode) &&
      prefixes &&
      !prefixes.some((p) => hsCode.startsWith(p))
    ) {
      issues.push({
        path: `${at}.hsCode`,
        rule: 'hs-code',
        message: `does not fit ${commodity}: it must start with ${prefixes.join(' or ')}`,
      });
    }
    const quantity = field(item, 'quantity');
    const unit = str(field(item, 'unit'));
    if (
      typeof quantity === 'number' &&
      unit !== undefined &&
      COUNTABLE_UNITS.has(unit) &&
      !Number.isInteger(quantity)
    ) {
      issues.push({ path: `${at}.quantity`, rule: 'integer', message: `must be a whole number of ${unit}` });
    }
  });
}

/**
 * What a `validated` case must hold, by form. Simplified: seizureDate, kind, at least one item
 * with itrArea, commodity, quantity and unit, location.type and detection.method. Full, in
 * addition: direction, conveyance.mode, concealment.method, route.origin or route.destination,
 * and at least one offence type when the case is an offence.
 */
export function validatedRequirements(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const missing = (path: string, what: string) =>
    issues.push({
      path,
      rule: 'validated-requires',
      message: `is needed before the case can be validated (${what})`,
    });
  const has = (value: unknown) => value !== undefined;

  // Fields the schema already requires (seizureDate, kind, items) are reported there as `required`.
  const items = field(input, 'items');
  if (Array.isArray(items)) {
    const complete = items.some(
      (item) =>
        has(field(item, 'itrArea')) &&
        has(field(item, 'commodity')) &&
        has(field(item, 'quantity')) &&
        has(field(item, 'unit')),
    );
    if (items.length === 0) missing('items', 'at least one item');
    else if (!complete) {
      if (!has(field(items[0], 'quantity'))) missing('items[0].quantity', 'an item with its quantity');
      if (!has(field(items[0], 'unit'))) missing('items[0].unit', 'an item with its unit');
    }
  }
  // When the parent object is present but lacks the field, the schema reports `required` there.
  if (!has(field(input, 'location'))) missing('location.type', 'where it happened');
  if (!has(field(input, 'detection'))) missing('detection.method', 'how it was detected');
  if (field(input, 'form') === 'full') {
    if (!has(field(input, 'direction'))) missing('direction', 'full form');
    if (!has(field(input, 'conveyance'))) missing('conveyance.mode', 'full form');
    if (!has(field(input, 'concealment'))) missing('concealment.method', 'full form');
    const route = field(input, 'route');
    if (!has(field(route, 'origin')) && !has(field(route, 'destination')))
      missing('route', 'full form: the route’s origin or destination');
    if (field(input, 'kind') === 'offence' && list(field(input, 'offenceTypes')).length === 0)
      missing('offenceTypes', 'full form of an offence: at least one offence type');
  }
  return issues;
}

function crossFieldIssues(input: unknown, ctx: CaseValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isObject(input)) return issues;

  const reporting = str(input.reportingCountry)?.toUpperCase();
  if (reporting !== undefined && reporting !== ctx.country.toUpperCase()) {
    issues.push({
      path: 'reportingCountry',
      rule: 'own-country',
      message: `must be ${ctx.country}, this node's country (cases of other administrations arrive through the exchange)`,
    });
  }
  notInFuture(input.seizureDate, ctx.today, 'seizureDate', issues);

  const status = str(input.status);
  if (status !== undefined && vocabularies.caseStatus.has(status)) {
    const from = ctx.previous?.status;
    const allowed: readonly string[] = from === undefined ? ['draft', 'validated'] : STATUS_TRANSITIONS[from];
    if (!allowed.includes(status)) {
      issues.push({
        path: 'status',
        rule: 'status-transition',
        message:
          from === undefined
            ? `a new case starts as draft or validated, not ${status}`
            : `cannot move from ${from} to ${status} (allowed: ${allowed.join(', ')})`,
      });
    }
    if (status === 'validated') issues.push(...validatedRequirements(input));
  }

  itemIssues(list(input.items), issues);
  duplicates(list(input.offenceTypes), str, 'offenceTypes', 'an offence type', issues);
  duplicates(list(input.tags), str, 'tags', 'a tag', issues);
  const linkKey = (entry: unknown) => {
    const id = str(field(entry, 'id'))?.toLowerCase();
    return id === undefined ? undefined : `${id} ${String(field(entry, 'role'))}`;
  };
  duplicates(list(input.persons), linkKey, 'persons', 'a person with the same role', issues);
  duplicates(list(input.businesses), linkKey, 'businesses', 'a business with the same role', issues);
  duplicates(list(input.photos), (p) => str(field(p, 'hash'))?.toLowerCase(), 'photos', 'a photo', issues);
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Entry points

function run<T>(
  schema: z.ZodType<T>,
  input: unknown,
  extra: (normalised: unknown) => ValidationIssue[],
): Validated<T> {
  const normalised = normaliseInput(input);
  if (!isObject(normalised)) {
    return {
      ok: false,
      issues: [{ path: '', rule: 'type', message: `must be a JSON object, not ${describeType(input)}` }],
    };
  }
  const parsed = schema.safeParse(normalised, { reportInput: true });
  const issues = uniqueIssues([
    ...(parsed.success ? [] : toIssues(parsed.error.issues)),
    ...extra(normalised),
  ]);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

/**
 * Validates and normalises a case as submitted by a client, an import or a form. On success
 * `reportingCountry` is set (to `ctx.country` when absent), codes are uppercased where they are
 * uppercase by definition (countries, container numbers, handling codes, location codes), and
 * blank optional fields (and an empty route or transit list) are gone.
 */
export function validateCaseInput(input: unknown, ctx: CaseValidationContext): Validated<CaseInput> {
  const result = run(compiled.case, input, (normalised) => crossFieldIssues(normalised, ctx));
  if (!result.ok) return result;
  const value: CaseInput = {
    ...result.value,
    reportingCountry: result.value.reportingCountry ?? ctx.country,
  };
  // An empty transit list or route says nothing; dropping them keeps one stored form (and the
  // protobuf form, where an empty repeated field is absent, round-trips exactly).
  if (value.route?.transit?.length === 0) delete value.route.transit;
  if (value.route && Object.keys(value.route).length === 0) delete value.route;
  return { ok: true, value };
}

/** Validates and normalises a person: familyName required, birthDate a real date not in the future. */
export function validatePersonInput(input: unknown, ctx?: PersonValidationContext): Validated<PersonInput> {
  const today = ctx?.today ?? todayUtc();
  return run(compiled.person, input, (normalised) => {
    const issues: ValidationIssue[] = [];
    notInFuture(field(normalised, 'birthDate'), today, 'birthDate', issues);
    duplicates(
      list(field(normalised, 'documents')),
      (d) => {
        const number = str(field(d, 'number'));
        return number === undefined
          ? undefined
          : `${String(field(d, 'type'))} ${normaliseIdentifier('document', number)}`;
      },
      'documents',
      'a document',
      issues,
    );
    return issues;
  });
}

/** Validates and normalises a business: name required. */
export function validateBusinessInput(input: unknown): Validated<BusinessInput> {
  return run(compiled.business, input, () => []);
}
