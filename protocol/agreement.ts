/**
 * The agreement document two nodes seal (see DESIGN.md, "Agreements"), and the field paths of a
 * case that an agreement's scope may name. This is the contract: `policies/` seals, opens and
 * enforces it; the CLI and the peer protocol carry it.
 *
 * Field paths are dotted and see through arrays: `items.commodity` is the commodity of every
 * item, `conveyance` the whole conveyance, `conveyance.vehicleRegistration` one leaf of it.
 *
 * @example
 *   const parsed = agreementSchema.safeParse(JSON.parse(text)); // strict: unknown members refused
 *   CASE_FIELD_PATHS.includes('conveyance.vehicleRegistration'); // true
 */
import { z } from 'zod';
import { CASE_KINDS } from './records.ts';
import { parseNodeId } from './ids.ts';
import { vocabularies } from './vocabulary/index.ts';

/** Every path of a stored case, parents and leaves (kept in step with `records.ts` by a test on the full vector). */
export const CASE_FIELD_PATHS = [
  'id',
  'ref',
  'kind',
  'offenceTypes',
  'form',
  'status',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deletedAt',
  'reportingCountry',
  'office',
  'seizureDate',
  'direction',
  'location',
  'location.type',
  'location.code',
  'location.name',
  'location.lat',
  'location.lon',
  'detection',
  'detection.method',
  'conveyance',
  'conveyance.mode',
  'conveyance.carrier',
  'conveyance.flightOrVoyage',
  'conveyance.containerNumber',
  'conveyance.vehicleRegistration',
  'conveyance.imo',
  'concealment',
  'concealment.method',
  'concealment.description',
  'route',
  'route.origin',
  'route.departure',
  'route.transit',
  'route.destination',
  'items',
  'items.itrArea',
  'items.commodity',
  'items.hsCode',
  'items.description',
  'items.quantity',
  'items.unit',
  'items.valueUsd',
  'items.brand',
  'items.citesSpecies',
  'offenders',
  'offenders.nationality',
  'offenders.gender',
  'offenders.ageBand',
  'offenders.role',
  'persons',
  'persons.id',
  'persons.role',
  'businesses',
  'businesses.id',
  'businesses.role',
  'narrative',
  'photos',
  'photos.hash',
  'photos.mime',
  'photos.caption',
  'photos.width',
  'photos.height',
  'photos.shareWithWco',
  'photos.thumbHash',
  'photos.bytes',
  'photos.gps',
  'photos.gps.lat',
  'photos.gps.lon',
  'photos.phash',
  'photos.uploadedAt',
  'photos.uploadedBy',
  'tags',
  'operationId',
  'handling',
  'handling.code',
  'handling.source',
  'handling.reliability',
  'origin',
  'origin.nodeId',
  'origin.country',
  'origin.agreementId',
  'origin.receivedAt',
  'origin.manifest',
] as const;
export type CaseFieldPath = (typeof CASE_FIELD_PATHS)[number];
const CASE_FIELD_PATH_SET: ReadonlySet<string> = new Set(CASE_FIELD_PATHS);
export const isCaseFieldPath = (path: string): path is CaseFieldPath => CASE_FIELD_PATH_SET.has(path);

/** The fields that make a case nominal: links to person and business records. */
export const NOMINAL_FIELDS = ['persons', 'businesses'] as const;

/** The `typ` of each kind of signed document, so one can never pass for another. */
export const AGREEMENT_JWS_TYPE = 'cen-agreement+json';
export const REVOCATION_JWS_TYPE = 'cen-revocation+json';

export const AGREEMENT_TYPES = ['bilateral', 'wco-contribution'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const TRANSFER_MODES = ['sync', 'on-demand', 'query'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];
export const ONWARD_TRANSFER = ['prohibited', 'with-consent', 'allowed'] as const;
export type OnwardTransfer = (typeof ONWARD_TRANSFER)[number];
/** Ordered from least to most restricted, so a code's index compares with the limit's. */
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];
export const CONTRIBUTION_LEVELS = ['case-level', 'aggregates'] as const;
export type ContributionLevel = (typeof CONTRIBUTION_LEVELS)[number];
/** The administration code of the WCO party in a contribution agreement. */
export const WCO_ADMINISTRATION = 'WCO';

export const nodeIdSchema = z.string().refine(
  (value) => {
    try {
      parseNodeId(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected an Ed25519 libp2p peer id (12D3KooW…)' },
);
const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const fieldPath = z.string().refine(isCaseFieldPath, { message: 'not a field path of a case' });
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const ed25519PublicJwkSchema = z.strictObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected 32 bytes in base64url'),
});
export type Ed25519PublicJwk = z.infer<typeof ed25519PublicJwkSchema>;

export const partySchema = z.strictObject({
  administration: z.string().refine((v) => v === WCO_ADMINISTRATION || vocabularies.country.has(v), {
    message: 'expected a country code or WCO',
  }),
  name: text(200),
  nodeId: nodeIdSchema,
  key: ed25519PublicJwkSchema,
});
export type Party = z.infer<typeof partySchema>;

export const directionScopeSchema = z
  .strictObject({
    recordKinds: z.array(z.enum(CASE_KINDS)).min(1).refine(unique, 'listed twice'),
    itrAreas: z
      .array(z.string().refine((v) => vocabularies.itrArea.has(v), 'not an ITR area'))
      .min(1)
      .refine(unique, 'listed twice')
      .optional(),
    commodities: z
      .array(z.string().refine((v) => vocabularies.commodity.has(v), 'not a commodity code'))
      .min(1)
      .refine(unique, 'listed twice')
      .optional(),
    /** Include-list; absent in a contribution agreement, whose profile decides instead. */
    fields: z.array(fieldPath).min(1).refine(unique, 'listed twice').optional(),
    redact: z.array(fieldPath).refine(unique, 'listed twice').optional(),
    nominal: z.boolean(),
  })
  .refine((s) => s.itrAreas !== undefined || s.commodities !== undefined, {
    message: 'name the ITR areas or the commodities in scope',
  });
export type DirectionScope = z.infer<typeof directionScopeSchema>;

export const agreementSchema = z
  .strictObject({
    id: z.uuidv7(),
    version: z
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
    type: z.enum(AGREEMENT_TYPES),
    parties: z.tuple([partySchema, partySchema]),
    legalBasis: z.strictObject({
      instrument: text(500),
      reference: text(200).optional(),
      articles: z.array(text(50)).min(1).optional(),
    }),
    purposes: z.array(text(100)).min(1).refine(unique, 'listed twice'),
    modes: z.array(z.enum(TRANSFER_MODES)).min(1).refine(unique, 'listed twice'),
    /** Keyed by the SENDING party's node id; a missing direction means nothing flows that way. */
    scope: z.record(z.string(), directionScopeSchema),
    handling: z.strictObject({
      maxCode: z.enum(HANDLING_CODES),
      onwardTransfer: z.enum(ONWARD_TRANSFER),
      retentionDays: z.number().int().min(1).max(36_500),
    }),
    validity: z.strictObject({ from: isoDateTime, until: isoDateTime }),
    profile: z
      .strictObject({ id: text(100), version: z.number().int().min(1), level: z.enum(CONTRIBUTION_LEVELS) })
      .optional(),
  })
  .superRefine((doc, ctx) => {
    const [a, b] = doc.parties;
    if (a.nodeId === b.nodeId)
      ctx.addIssue({ code: 'custom', path: ['parties'], message: 'the same node twice' });
    const nodeIds = new Set([a.nodeId, b.nodeId]);
    const senders = Object.keys(doc.scope);
    if (senders.length === 0)
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'no direction in scope' });
    for (const sender of senders) {
      if (!nodeIds.has(sender))
        ctx.addIssue({ code: 'custom', path: ['scope', sender], message: 'not a party' });
    }
    if (Date.parse(doc.validity.from) >= Date.parse(doc.validity.until)) {
      ctx.addIssue({ code: 'custom', path: ['validity', 'until'], message: 'must be after from' });
    }
    const wcoParties = doc.parties.filter((p) => p.administration === WCO_ADMINISTRATION);
    if (doc.type === 'bilateral') {
      if (wcoParties.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties'],
          message: 'a bilateral agreement is between administrations',
        });
      }
      if (doc.profile)
        ctx.addIssue({ code: 'custom', path: ['profile'], message: 'only for wco-contribution' });
      for (const sender of senders) {
        if (!doc.scope[sender]?.fields) {
          ctx.addIssue({ code: 'custom', path: ['scope', sender, 'fields'], message: 'required' });
        }
      }
    } else {
      if (wcoParties.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['parties'],
          message: 'a contribution has exactly one WCO party',
        });
      }
      if (!doc.profile) ctx.addIssue({ code: 'custom', path: ['profile'], message: 'required' });
      for (const sender of senders) {
        const scope = doc.scope[sender]!;
        if (wcoParties[0]?.nodeId === sender) {
          ctx.addIssue({ code: 'custom', path: ['scope', sender], message: 'the WCO does not contribute' });
        }
        if (scope.fields || scope.redact) {
          ctx.addIssue({
            code: 'custom',
            path: ['scope', sender],
            message: 'the profile replaces the field scope',
          });
        }
        if (scope.nominal) {
          ctx.addIssue({
            code: 'custom',
            path: ['scope', sender, 'nominal'],
            message: 'a contribution is never nominal',
          });
        }
      }
    }
  });
export type Agreement = z.infer<typeof agreementSchema>;

/** The statement either party signs to end an agreement (versions up to `agreementVersion`). */
export const revocationSchema = z.strictObject({
  agreementId: z.uuidv7(),
  agreementVersion: z.number().int().min(1),
  by: nodeIdSchema,
  at: isoDateTime,
  reason: text(500),
});
export type Revocation = z.infer<typeof revocationSchema>;
