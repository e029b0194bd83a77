/**
 * The stored and exchanged records, in their JSON form (field names as in DESIGN.md; the
 * `.proto` files under `protocol/proto/` mirror them field for field).
 *
 * Every coded field holds a code from a vocabulary in `protocol/vocabulary/`, never a label.
 * Optional fields are absent rather than null or empty.
 *
 * @example
 *   const draft: CaseInput = { kind: 'seizure', form: 'simplified', status: 'draft',
 *     seizureDate: '2026-11-02', items: [{ itrArea: 'drugs', commodity: 'cannabis-herbal', quantity: 12, unit: 'kg' }] };
 */
import type { BusinessId, CaseId, NodeId, PersonId } from './ids.ts';

export const CASE_KINDS = ['seizure', 'offence'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_FORMS = ['full', 'simplified'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];
export const CASE_STATUSES = ['draft', 'validated', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const DIRECTIONS = ['import', 'export', 'transit', 'domestic'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Allowed status moves; a case may also be created directly in `draft` or `validated`. */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  draft: ['draft', 'validated'],
  validated: ['validated', 'archived'],
  archived: ['archived'],
};

export interface Location {
  type: string; // vocabulary: locationType
  code?: string; // UN/LOCODE or IATA
  name?: string;
  lat?: number;
  lon?: number;
}

export interface Conveyance {
  mode: string; // vocabulary: conveyanceMode
  carrier?: string;
  flightOrVoyage?: string;
  containerNumber?: string; // ISO 6346
  vehicleRegistration?: string;
  imo?: string; // 7 digits
}

export interface Concealment {
  method: string; // vocabulary: concealmentMethod
  description?: string;
}

export interface Route {
  origin?: string; // vocabulary: country
  departure?: string;
  transit?: string[];
  destination?: string;
}

export interface Item {
  itrArea: string; // vocabulary: itrArea
  commodity: string; // vocabulary: commodity (its itrArea must match)
  hsCode?: string; // 4 to 10 digits
  description?: string;
  quantity?: number;
  unit?: string; // vocabulary: unit
  valueUsd?: number;
  brand?: string;
  citesSpecies?: string;
}

export interface Offender {
  nationality?: string; // vocabulary: country
  gender?: string; // vocabulary: gender
  ageBand?: string; // vocabulary: ageBand
  role?: string; // vocabulary: offenderRole
}

export interface PersonLink {
  id: PersonId;
  role: string; // vocabulary: personRole
}

export interface BusinessLink {
  id: BusinessId;
  role: string; // vocabulary: businessRole
}

/** Where a photo was taken, from its EXIF GPS tags, kept only when the officer asks for it. */
export interface PhotoGps {
  lat: number; // WGS 84 decimal degrees, -90..90
  lon: number; // -180..180
}

/**
 * A photo of a case. `hash` names the re-encoded file the node stores (sha256 of its bytes) and
 * `thumbHash` its thumbnail; the fields from `thumbHash` on are set by the node when it receives
 * an upload (`POST /cases/:id/photos`) and kept as they are when a case is edited.
 */
export interface PhotoMeta {
  hash: string; // sha256, lowercase hex
  mime: string;
  caption?: string;
  width?: number;
  height?: number;
  shareWithWco?: boolean;
  thumbHash?: string; // sha256 of the thumbnail (WebP), lowercase hex
  bytes?: number; // size of the stored file
  gps?: PhotoGps;
  phash?: string; // 64-bit perceptual hash (dHash), 16 lowercase hex digits
  uploadedAt?: string; // ISO 8601 UTC
  uploadedBy?: string; // username
}

export interface Handling {
  code: string; // vocabulary: handlingCode (H0..H3)
  source: string; // vocabulary: sourceEvaluation (A, B, C, X)
  reliability: number; // vocabulary: informationReliability (1..4)
}

export interface Provenance {
  nodeId: NodeId;
  country: string;
  agreementId: string;
  receivedAt: string;
  manifest: string;
}

/** What a client sends to create or update a case: no id, version or bookkeeping. */
export interface CaseInput {
  ref?: string;
  kind: CaseKind;
  offenceTypes?: string[]; // vocabulary: offenceType
  form: CaseForm;
  status: CaseStatus;
  reportingCountry?: string; // defaults to the node's own; any other value is refused
  office?: string;
  seizureDate: string; // YYYY-MM-DD
  direction?: Direction;
  location?: Location;
  detection?: { method: string }; // vocabulary: detectionMethod
  conveyance?: Conveyance;
  concealment?: Concealment;
  route?: Route;
  items: Item[];
  offenders?: Offender[];
  persons?: PersonLink[];
  businesses?: BusinessLink[];
  narrative?: string;
  photos?: PhotoMeta[];
  tags?: string[];
  operationId?: string;
  handling?: Handling;
}

/** Bookkeeping every stored record carries. */
export interface RecordMeta {
  version: number; // 1 on creation, +1 on every change
  createdAt: string; // ISO 8601 UTC
  updatedAt: string;
  createdBy?: string;
  updatedBy?: string;
  deletedAt?: string; // soft delete: kept with its history, hidden from search
}

export interface Case extends Omit<CaseInput, 'reportingCountry'>, RecordMeta {
  id: CaseId;
  reportingCountry: string;
  offenceTypes: string[];
  offenders: Offender[];
  persons: PersonLink[];
  businesses: BusinessLink[];
  photos: PhotoMeta[];
  tags: string[];
  origin?: Provenance;
}

export interface IdentityDocument {
  type: string; // vocabulary: documentType
  number: string;
  country?: string;
  expires?: string; // YYYY-MM-DD
}

export interface Address {
  line?: string;
  city?: string;
  postcode?: string;
  country?: string;
}

export interface PersonInput {
  familyName: string;
  givenNames?: string;
  birthDate?: string; // YYYY-MM-DD
  birthPlace?: string;
  nationality?: string;
  gender?: string;
  documents?: IdentityDocument[];
  addresses?: Address[];
  notes?: string;
}

export interface Person extends PersonInput, RecordMeta {
  id: PersonId;
  documents: IdentityDocument[];
  addresses: Address[];
}

export interface BusinessInput {
  name: string;
  registrationNumber?: string;
  vatNumber?: string;
  country?: string;
  addresses?: Address[];
  notes?: string;
}

export interface Business extends BusinessInput, RecordMeta {
  id: BusinessId;
  addresses: Address[];
}

/** Identifiers that correlate cases: the same value on two cases links them. */
export const IDENTIFIER_TYPES = ['document', 'container', 'imo', 'registration'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export type { CaseId, PersonId, BusinessId };
