/**
 * The anonymised projection of a case that a member contributes to the WCO's global CEN: the
 * contribution profile a `wco-contribution` agreement names (`profile: { id, level, version }`).
 * `decide()` applies it before a case leaves the member's node and again when it reaches the WCO
 * node, which refuses anything that is not exactly its own projection.
 *
 * The profile is an include-list in which every kept field is checked, not only named: a code
 * must be a code of its vocabulary, a date a calendar date, an identifier must have its exact
 * form (ISO 6346 container number, IMO number, SHA-256 hash). Whatever fails its check is
 * dropped, so free text typed into a coded field never travels. What `case-level` version 1
 * removes (DESIGN.md, "WCO node and the global CEN"):
 *
 * - persons and businesses (the nominal links), the narrative, tags and the operation id;
 * - every free-text field: the national reference (`ref`), the office, the location's name, the
 *   carrier, the flight or voyage, the concealment and item descriptions, brands, species names,
 *   photo captions;
 * - vehicle registrations; who entered or changed the case; provenance; photos' GPS position,
 *   upload time and uploader; and every photo not marked `shareWithWco`.
 *
 * Offenders keep only their coded summary (nationality, gender, age band, role): a case never
 * holds an offender's age or birth date, only the band. The location's coordinates are coarsened
 * to 0.1° (about 11 km), so that an inland seizure cannot point at a house; the location code
 * (UN/LOCODE or IATA) still names the port.
 *
 * Projecting is idempotent (`anonymiseCase(anonymiseCase(c)) = anonymiseCase(c)`), which is what
 * lets the WCO node check an arrival by projecting it again.
 *
 * The `aggregates` profile (version 1) carries no case record: a member sends the figures of each
 * month of seizure instead (`MonthAggregate`: totals and one-dimensional breakdowns by
 * `AGGREGATE_DIMENSIONS`, over all its cases and within each ITR area), computed from the
 * projections this module makes, and the WCO node accepts exactly that shape (`checkAggregate`).
 *
 * @example
 *   const result = anonymiseCase(storedCase, { level: 'case-level', version: 1 });
 *   if (result.ok) send(result.record);
 *   anonymisationGaps(arrived, { level: 'case-level', version: 1 }); // ['narrative', 'items.description']
 *   checkAggregate(month, { level: 'aggregates', version: 1 });       // { ok: true, record: month }
 */
import { z } from 'zod';
import type { ContributionLevel } from '../protocol/agreement.ts';
import { STATS_DIMENSIONS, type StatsDimension } from '../protocol/api.ts';
import { isUuidV7 } from '../protocol/ids.ts';
import type { Case, CaseStatus } from '../protocol/records.ts';
import {
  isCalendarDate,
  isValidContainerNumber,
  isValidImoNumber,
  PHOTO_MEDIA_TYPES,
  VALIDATION_LIMITS,
} from '../protocol/validation.ts';
import { vocabularies, type VocabularyName } from '../protocol/vocabulary/index.ts';

/** The profile id the `cen-node agreement draft --type wco-contribution` command writes. */
export const CONTRIBUTION_PROFILE_ID = 'wco-contribution';
/** The newest version of each level's profile: what new agreements name. */
export const LATEST_CONTRIBUTION_PROFILE_VERSION = 1;

/**
 * The statuses of a case that is contributed. An archived case is a validated seizure the
 * administration has closed: it stays in the global CEN's history (docs/decisions/0007).
 */
export const CONTRIBUTED_STATUSES: readonly CaseStatus[] = ['validated', 'archived'];

/** What an agreement's `profile` says: the level and the version of its rules. */
export interface ContributionProfileRef {
  level: ContributionLevel;
  version: number;
}

export type AnonymiseResult =
  | { ok: true; record: Partial<Case> }
  | { ok: false; reason: 'aggregates-only' | 'unknown-profile' | 'not-a-record'; detail: string };

const DROP = Symbol('drop');
/** A kept leaf: its value as it may travel (possibly coarsened), or DROP. */
type Leaf = (value: unknown) => unknown;

/** Every element of an array, after `where` picks the ones that may travel at all. */
class ListRule {
  readonly each: Rule;
  readonly where: ((element: unknown) => boolean) | undefined;
  constructor(each: Rule, where?: (element: unknown) => boolean) {
    this.each = each;
    this.where = where;
  }
}

/** An object of which only the named fields travel; dropped when none of them is left. */
class ShapeRule {
  readonly fields: Readonly<Record<string, Rule>>;
  constructor(fields: Readonly<Record<string, Rule>>) {
    this.fields = fields;
  }
}

type Rule = Leaf | ListRule | ShapeRule;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const code =
  (name: VocabularyName): Leaf =>
  (v) =>
    vocabularies[name].has(v) ? v : DROP;
const matching =
  (test: (v: string) => boolean): Leaf =>
  (v) =>
    typeof v === 'string' && test(v) ? v : DROP;
const whole =
  (min: number, max: number): Leaf =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? v : DROP;
const amount =
  (check: (n: number) => boolean): Leaf =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && check(v) ? v : DROP;
/** A coordinate rounded to 0.1°; `+ 0` turns -0 into 0, so that JSON and equality agree. */
const coarse =
  (limit: number): Leaf =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit ? Math.round(v * 10) / 10 + 0 : DROP;

const SHA256 = /^[0-9a-f]{64}$/;
const PHASH = /^[0-9a-f]{16}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const HS_CODE = /^\d{4,10}$/;
/** A UN/LOCODE of a known country, or a three-letter IATA code. */
const isLocationCode = (v: string) =>
  /^[A-Z]{3}$/.test(v) || (/^[A-Z]{2}[A-Z2-9]{3}$/.test(v) && vocabularies.country.has(v.slice(0, 2)));
const isInstant = (v: string) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
const country = code('country');

/** `case-level`, version 1: see the module comment. */
const CASE_LEVEL_V1 = new ShapeRule({
  id: matching(isUuidV7),
  kind: code('caseKind'),
  offenceTypes: new ListRule(code('offenceType')),
  form: code('caseForm'),
  status: code('caseStatus'),
  version: whole(1, Number.MAX_SAFE_INTEGER),
  createdAt: matching(isInstant),
  updatedAt: matching(isInstant),
  reportingCountry: country,
  seizureDate: matching(isCalendarDate),
  direction: code('direction'),
  location: new ShapeRule({
    type: code('locationType'),
    code: matching(isLocationCode),
    lat: coarse(90),
    lon: coarse(180),
  }),
  detection: new ShapeRule({ method: code('detectionMethod') }),
  conveyance: new ShapeRule({
    mode: code('conveyanceMode'),
    containerNumber: matching(isValidContainerNumber),
    imo: matching(isValidImoNumber),
  }),
  concealment: new ShapeRule({ method: code('concealmentMethod') }),
  route: new ShapeRule({
    origin: country,
    departure: country,
    transit: new ListRule(country),
    destination: country,
  }),
  items: new ListRule(
    new ShapeRule({
      itrArea: code('itrArea'),
      commodity: code('commodity'),
      hsCode: matching((v) => HS_CODE.test(v)),
      quantity: amount((n) => n > 0),
      unit: code('unit'),
      valueUsd: amount((n) => n >= 0),
    }),
  ),
  offenders: new ListRule(
    new ShapeRule({
      nationality: country,
      gender: code('gender'),
      ageBand: code('ageBand'),
      role: code('offenderRole'),
    }),
  ),
  photos: new ListRule(
    new ShapeRule({
      hash: matching((v) => SHA256.test(v)),
      mime: matching((v) => (PHOTO_MEDIA_TYPES as readonly string[]).includes(v)),
      width: whole(1, VALIDATION_LIMITS.pixels),
      height: whole(1, VALIDATION_LIMITS.pixels),
      shareWithWco: (v) => (v === true ? v : DROP),
      thumbHash: matching((v) => SHA256.test(v)),
      bytes: whole(1, VALIDATION_LIMITS.photoBytes),
      phash: matching((v) => PHASH.test(v)),
    }),
    (photo) => isObject(photo) && photo.shareWithWco === true,
  ),
  handling: new ShapeRule({
    code: code('handlingCode'),
    source: code('sourceEvaluation'),
    reliability: (v) =>
      Number.isInteger(v) && vocabularies.informationReliability.has(String(v)) ? v : DROP,
  }),
});

/** The case-level profiles this node knows, by version. `aggregates` carries no case records (below). */
const CASE_LEVEL_PROFILES: Readonly<Record<number, ShapeRule>> = { 1: CASE_LEVEL_V1 };

/** The versions of the `case-level` profile this node can apply. */
export const CASE_LEVEL_PROFILE_VERSIONS: readonly number[] = Object.keys(CASE_LEVEL_PROFILES).map(Number);

function apply(rule: Rule, value: unknown, inList: boolean): unknown {
  if (typeof rule === 'function') return rule(value);
  if (rule instanceof ListRule) {
    if (!Array.isArray(value)) return DROP;
    const kept = rule.where ? value.filter(rule.where) : value;
    return kept.map((element) => apply(rule.each, element, true)).filter((element) => element !== DROP);
  }
  if (!isObject(value)) return DROP;
  const out: Record<string, unknown> = {};
  for (const [field, sub] of Object.entries(rule.fields)) {
    if (!Object.hasOwn(value, field)) continue;
    const kept = apply(sub, value[field], false);
    if (kept !== DROP) out[field] = kept;
  }
  // An offender whose every detail is unknown still counts as an offender; a location without
  // anything left is no location.
  return Object.keys(out).length > 0 || inList ? out : DROP;
}

function profileRule(profile: ContributionProfileRef): ShapeRule | AnonymiseResult {
  if (profile.level === 'aggregates') {
    return {
      ok: false,
      reason: 'aggregates-only',
      detail: 'the contribution profile carries aggregates only',
    };
  }
  const rule = profile.level === 'case-level' ? CASE_LEVEL_PROFILES[profile.version] : undefined;
  if (!rule) {
    return {
      ok: false,
      reason: 'unknown-profile',
      detail: `this node does not know version ${profile.version} of the ${String(profile.level)} contribution profile`,
    };
  }
  return rule;
}

/** The anonymised projection of `record` under `profile`: a new object, `record` is untouched. */
export function anonymiseCase(record: unknown, profile: ContributionProfileRef): AnonymiseResult {
  const rule = profileRule(profile);
  if (!(rule instanceof ShapeRule)) return rule;
  if (!isObject(record)) return { ok: false, reason: 'not-a-record', detail: 'the record is not an object' };
  const projected = apply(rule, record, true) as Partial<Case>;
  return { ok: true, record: projected };
}

/**
 * The field paths (dotted, through arrays, as in `CASE_FIELD_PATHS`) where `record` holds more
 * than its projection: what the profile would remove or change. Paths only, never values, so
 * that the answer can be logged. At most 50. Empty when `record` is its own projection.
 */
export function anonymisationGaps(record: unknown, profile: ContributionProfileRef): string[] {
  const result = anonymiseCase(record, profile);
  if (!result.ok) return ['(record)'];
  const gaps = new Set<string>();
  const walk = (value: unknown, kept: unknown, path: string) => {
    if (gaps.size >= 50) return;
    if (Array.isArray(value)) {
      if (!Array.isArray(kept) || kept.length !== value.length) gaps.add(path);
      else value.forEach((element, i) => walk(element, kept[i], path));
      return;
    }
    if (isObject(value)) {
      if (!isObject(kept)) {
        gaps.add(path);
        return;
      }
      for (const key of Object.keys(value)) {
        const sub = path ? `${path}.${key}` : key;
        if (!Object.hasOwn(kept, key)) gaps.add(sub);
        else walk(value[key], kept[key], sub);
      }
      return;
    }
    if (!Object.is(value, kept)) gaps.add(path);
  };
  walk(record, result.record, '');
  return [...gaps];
}

/** Every path a projection under `case-level` `version` can hold (for documentation and tests). */
export function contributionProfilePaths(version: number = LATEST_CONTRIBUTION_PROFILE_VERSION): string[] {
  const rule = CASE_LEVEL_PROFILES[version];
  if (!rule) return [];
  const paths: string[] = [];
  const walk = (r: Rule, prefix: string) => {
    if (r instanceof ListRule) walk(r.each, prefix);
    else if (r instanceof ShapeRule) {
      for (const [field, sub] of Object.entries(r.fields)) {
        const path = prefix ? `${prefix}.${field}` : field;
        paths.push(path);
        walk(sub, path);
      }
    }
  };
  walk(rule, '');
  return paths;
}

// --- the `aggregates` profile

/** The versions of the `aggregates` profile this node can apply. */
export const AGGREGATES_PROFILE_VERSIONS: readonly number[] = [1];

/**
 * What `aggregates` version 1 breaks a month's cases down by, each alone (one-dimensional), once
 * over all the month's cases and once within each ITR area (so area × each of them): the
 * dimensions of the ITR tables and of the case search filters. The reporting country is the
 * member's own, known from its agreement; the rest (offences, offenders, transits, kinds,
 * directions) is not carried and counts as "not recorded" wherever it is asked for.
 */
export const AGGREGATE_DIMENSIONS = [
  'itrArea',
  'commodity',
  'status',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'concealmentMethod',
  'routeCountry',
  'routeOrigin',
  'routeDestination',
] as const satisfies readonly StatsDimension[];
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** Cases, quantities per unit and values in USD, as the national statistics add them up. */
export interface AggregateFigures {
  cases: number;
  quantities: Record<string, number>;
  valueUsd: number;
}

/** One value of a dimension (`null`: not recorded) and its figures. */
export interface AggregateCell extends AggregateFigures {
  key: string | null;
}

/** The figures of a set of cases, and the same cases broken down by each dimension. */
export interface AggregateBreakdown {
  total: AggregateFigures;
  by: Partial<Record<AggregateDimension, AggregateCell[]>>;
}

/**
 * What an `aggregates` member contributes: the figures of its contributed cases seized in one
 * calendar month, as a whole (`all`) and per ITR area (`areas`). Codes and numbers only; a
 * month is replaced whole by a later `version` (the member's change-log position it was
 * computed at). `id` is the month's (`aggregateId`), the same for every member.
 */
export interface MonthAggregate {
  id: string;
  kind: 'aggregate';
  month: string;
  version: number;
  all: AggregateBreakdown;
  areas: Record<string, AggregateBreakdown>;
}

export type AggregateCheck =
  | { ok: true; record: MonthAggregate }
  | { ok: false; reason: 'not-aggregates' | 'unknown-profile' | 'not-an-aggregate'; detail: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The id of a month's aggregate: a UUIDv7 whose time is the month's first instant (UTC) and
 * whose other bits are zero, so that it fits the manifest's and the receipt's id fields and
 * names the month alone (the member is the manifest's signer).
 */
export function aggregateId(month: string): string {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

const figuresSchema = z.strictObject({
  cases: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  quantities: z.record(
    z.string().refine((unit) => vocabularies.unit.has(unit), 'a unit code'),
    z.number().positive().finite(),
  ),
  valueUsd: z.number().min(0).finite(),
});

const breakdownSchema = z.strictObject({
  total: figuresSchema,
  by: z.strictObject(
    Object.fromEntries(
      AGGREGATE_DIMENSIONS.map((dimension) => [
        dimension,
        z
          .array(
            figuresSchema.extend({
              key: z
                .string()
                .refine((v) => vocabularies[STATS_DIMENSIONS[dimension]].has(v), `a ${dimension} code`)
                .nullable(),
            }),
          )
          .max(vocabularies[STATS_DIMENSIONS[dimension]].codes.length + 1)
          .optional(),
      ]),
    ) as unknown as Record<AggregateDimension, z.ZodOptional<z.ZodArray<z.ZodType<AggregateCell>>>>,
  ),
});

const aggregateSchema = z.strictObject({
  id: z.uuidv7(),
  kind: z.literal('aggregate'),
  month: z.string().regex(MONTH),
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  all: breakdownSchema,
  areas: z.record(
    z.string().refine((v) => vocabularies.itrArea.has(v), 'an ITR area code'),
    breakdownSchema,
  ),
});

/**
 * Checks that `record` is a month's aggregate under `profile` and nothing more: every key a code
 * of its dimension's vocabulary, every figure a number in range, no field the profile does not
 * name (so no free text can travel), and its id the month's. The WCO node's check of an arrival.
 */
export function checkAggregate(record: unknown, profile: ContributionProfileRef): AggregateCheck {
  if (profile.level !== 'aggregates')
    return { ok: false, reason: 'not-aggregates', detail: 'the contribution profile carries case records' };
  if (!AGGREGATES_PROFILE_VERSIONS.includes(profile.version)) {
    return {
      ok: false,
      reason: 'unknown-profile',
      detail: `this node does not know version ${profile.version} of the aggregates contribution profile`,
    };
  }
  const parsed = aggregateSchema.safeParse(record);
  if (!parsed.success) {
    // Paths only: the values are the member's, not the log's.
    const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(record)'))];
    return {
      ok: false,
      reason: 'not-an-aggregate',
      detail: `not in the profile: ${paths.slice(0, 20).join(', ')}`,
    };
  }
  const aggregate: MonthAggregate = parsed.data;
  if (aggregate.id !== aggregateId(aggregate.month))
    return { ok: false, reason: 'not-an-aggregate', detail: 'the id is not its month’s' };
  return { ok: true, record: aggregate };
}
