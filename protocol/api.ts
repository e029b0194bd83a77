/**
 * The HTTP API's contract: paths under `/api/v1` and the JSON each route takes and returns.
 * The node's routers, the web console and scripts all build on these, so a path or a body
 * shape changes here first (additively: clients in the field rely on them).
 *
 * Conventions: JSON bodies; every route except `POST /session` needs the session cookie; an
 * error is `ApiError` with a stable `code`; lists are `{ items }` (paged ones add `nextCursor`);
 * updates send the version the client read (`{ version, case }`) and get 409 when it is stale;
 * deletes are soft and take `?version=N`.
 *
 * @example
 *   const res = await fetch(`${base}${apiPaths.case(id)}`, {
 *     method: 'PUT',
 *     body: JSON.stringify({ version: 3, case: changed } satisfies UpdateCaseRequest),
 *   });
 *   if (!res.ok) console.error(((await res.json()) as ApiError).error.code);
 */
import type { BusinessId, CaseId, PersonId, UserId } from './ids.ts';
import type {
  Business,
  BusinessInput,
  Case,
  CaseInput,
  CaseStatus,
  IdentifierType,
  Person,
  PersonInput,
} from './records.ts';
import type { ValidationIssue } from './validation-types.ts';
import type { CommodityTerm, Term, VocabularyName } from './vocabulary/index.ts';

export const API_PREFIX = '/api/v1';

/** Route templates relative to `API_PREFIX`, in the form koa-router mounts. */
export const API_ROUTES = {
  session: '/session',
  cases: '/cases',
  case: '/cases/:id',
  caseRevisions: '/cases/:id/revisions',
  caseLinked: '/cases/:id/linked',
  persons: '/persons',
  person: '/persons/:id',
  personRevisions: '/persons/:id/revisions',
  personCases: '/persons/:id/cases',
  businesses: '/businesses',
  business: '/businesses/:id',
  businessRevisions: '/businesses/:id/revisions',
  businessCases: '/businesses/:id/cases',
  identifierCases: '/identifiers/:type/:value/cases',
  vocabularies: '/vocabularies',
} as const;

/** Served outside `API_PREFIX`, without a session. */
export const HEALTH_PATH = '/healthz';

const at = (path: string) => `${API_PREFIX}${path}`;
const seg = (value: string) => encodeURIComponent(value);

/** Absolute paths for clients, with each id or value escaped. */
export const apiPaths = {
  session: at(API_ROUTES.session),
  cases: at(API_ROUTES.cases),
  case: (id: CaseId | string) => at(`/cases/${seg(id)}`),
  caseRevisions: (id: CaseId | string) => at(`/cases/${seg(id)}/revisions`),
  caseLinked: (id: CaseId | string) => at(`/cases/${seg(id)}/linked`),
  persons: at(API_ROUTES.persons),
  person: (id: PersonId | string) => at(`/persons/${seg(id)}`),
  personRevisions: (id: PersonId | string) => at(`/persons/${seg(id)}/revisions`),
  personCases: (id: PersonId | string) => at(`/persons/${seg(id)}/cases`),
  businesses: at(API_ROUTES.businesses),
  business: (id: BusinessId | string) => at(`/businesses/${seg(id)}`),
  businessRevisions: (id: BusinessId | string) => at(`/businesses/${seg(id)}/revisions`),
  businessCases: (id: BusinessId | string) => at(`/businesses/${seg(id)}/cases`),
  identifierCases: (type: IdentifierType, value: string) => at(`/identifiers/${type}/${seg(value)}/cases`),
  vocabularies: at(API_ROUTES.vocabularies),
} as const;

// ---------------------------------------------------------------------------------------------
// Errors

/** Stable error codes; `message` is for people, `code` is for programs. */
export type ApiErrorCode =
  | 'validation_failed' // details: ValidationIssue[]
  | 'invalid_id' // details: { kind }
  | 'invalid_json'
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found' // details: { kind, id }
  | 'method_not_allowed'
  | 'version_conflict' // details: VersionConflictDetails
  | 'user_exists' // details: { username }
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable' // details: { requestId }
  | 'internal'; // details: { requestId }

export interface ApiError<Details = unknown> {
  error: { code: ApiErrorCode | (string & {}); message: string; details?: Details };
}
export type ValidationFailed = ApiError<ValidationIssue[]>;
export interface VersionConflictDetails {
  kind: string;
  id: string;
  /** The version the client sent. */
  expected: number;
  /** The version stored now: reload, reapply and send again. */
  current: number;
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface ItemList<T> {
  items: T[];
}
/** One page of results; pass `nextCursor` back as `cursor` for the next one (absent on the last). */
export interface Page<T> extends ItemList<T> {
  nextCursor?: string;
}
export type CasePage = Page<Case>;

/** `GET /cases` query parameters; all optional, combined with AND. Dates are YYYY-MM-DD. */
export interface CaseSearchParams {
  q?: string;
  from?: string;
  to?: string;
  country?: string;
  itrArea?: string;
  commodity?: string;
  conveyanceMode?: string;
  detectionMethod?: string;
  locationType?: string;
  routeCountry?: string;
  status?: CaseStatus;
  cursor?: string;
  /** 1..500, default 50. */
  limit?: number;
}
export const CASE_SEARCH_PARAMS = [
  'q',
  'from',
  'to',
  'country',
  'itrArea',
  'commodity',
  'conveyanceMode',
  'detectionMethod',
  'locationType',
  'routeCountry',
  'status',
  'cursor',
  'limit',
] as const satisfies readonly (keyof CaseSearchParams)[];

// ---------------------------------------------------------------------------------------------
// Records

/** `POST /cases` body; the answer is 201 with the stored `Case` and a `Location` header. */
export type CreateCaseRequest = CaseInput;
/** `PUT /cases/:id` body: the version read and the whole new input. */
export interface UpdateCaseRequest {
  version: number;
  case: CaseInput;
}
export type CreatePersonRequest = PersonInput;
export interface UpdatePersonRequest {
  version: number;
  person: PersonInput;
}
export type CreateBusinessRequest = BusinessInput;
export interface UpdateBusinessRequest {
  version: number;
  business: BusinessInput;
}
/** `DELETE /<records>/:id?version=N`: a soft delete; the record answers with `deletedAt` set. */
export interface DeleteParams {
  version: number;
}

export type CaseResponse = Case;
export type PersonResponse = Person;
export type BusinessResponse = Business;

/** One entry of a record's history (`GET /<records>/:id/revisions`), oldest first. */
export interface RevisionEntry {
  type: 'case' | 'person' | 'business';
  id: string;
  version: number;
  op: 'create' | 'update' | 'delete';
  at: string;
  by: string;
  /** sha256 (hex) of the record as stored at this version, over its canonical JSON. */
  recordHash: string;
  /** `hash` of the previous revision, or null for version 1. */
  prev: string | null;
  hash: string;
  record: unknown;
}
export type RevisionsResponse = ItemList<RevisionEntry>;

/** `GET /cases/:id/linked`: other cases sharing an identifier, a person or a business. */
export interface LinkedCase {
  case: Case;
  via: { type: IdentifierType | 'person' | 'business'; value: string }[];
}
export type LinkedCasesResponse = ItemList<LinkedCase>;
/** `GET /persons/:id/cases`, `/businesses/:id/cases` and `/identifiers/:type/:value/cases`. */
export type CaseListResponse = ItemList<Case>;

// ---------------------------------------------------------------------------------------------
// Session

export const USER_ROLES = ['admin', 'officer', 'analyst'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** `POST /session` body. */
export interface SessionRequest {
  username: string;
  password: string;
}
export interface SessionUser {
  id: UserId;
  username: string;
  role: UserRole;
  createdAt: string;
  createdBy: string;
  lastLoginAt?: string;
}
/** `POST /session` (201, sets the session cookie) and `GET /session`. `DELETE /session` is 204. */
export interface SessionResponse {
  user: SessionUser;
  expiresAt: string;
}

// ---------------------------------------------------------------------------------------------
// Vocabularies and health

/** `GET /vocabularies`: every vocabulary by name, terms in display order with their labels. */
export type VocabulariesResponse = {
  [N in VocabularyName]: { name: N; terms: readonly (N extends 'commodity' ? CommodityTerm : Term)[] };
};

/** `GET /healthz`: 200 when the store answers, 503 otherwise. */
export interface HealthResponse {
  status: 'ok' | 'unavailable';
  store: 'ok' | 'unavailable';
}

export type { ValidationIssue, CaseId, PersonId, BusinessId };
