/**
 * The HTTP API's contract: paths under `/api/v1` and the JSON each route takes and returns.
 * The node's routers, the web console and scripts all build on these, so a path or a body
 * shape changes here first (additively: clients in the field rely on them).
 *
 * Conventions: JSON bodies; every route except `POST /session` needs the session cookie, and each
 * route needs one permission of the signed-in user's role (`protocol/roles.ts`; 403 `forbidden`
 * otherwise, 401 `unauthenticated` without a session); an error is `ApiError` with a stable
 * `code`; lists are `{ items }` (paged ones add `nextCursor`);
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
import type { BusinessId, CaseId, PersonId } from './ids.ts';
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
import { ROLES, type Permission, type Role } from './roles.ts';
import type { ValidationIssue } from './validation-types.ts';
import type { CommodityTerm, Term, VocabularyName } from './vocabulary/index.ts';

export const API_PREFIX = '/api/v1';

/** Route templates relative to `API_PREFIX`, in the form koa-router mounts. */
export const API_ROUTES = {
  session: '/session',
  sessionPassword: '/session/password',
  sessionTotp: '/session/totp',
  sessionTotpConfirm: '/session/totp/confirm',
  users: '/users',
  user: '/users/:username',
  userReset: '/users/:username/reset',
  userSessions: '/users/:username/sessions',
  audit: '/audit',
  auditExport: '/audit/export',
  auditVerify: '/audit/verify',
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
  agreements: '/agreements',
  agreement: '/agreements/:id',
  agreementRevoke: '/agreements/:id/revoke',
  agreementRevocations: '/agreements/:id/revocations',
  peers: '/peers',
  peer: '/peers/:nodeId',
  peerSync: '/peers/:nodeId/sync',
  inbox: '/inbox',
  inboxItem: '/inbox/:owner/:id',
  caseSend: '/cases/:id/send',
  caseShares: '/cases/:id/shares',
  caseRecall: '/cases/:id/recall',
} as const;

/** Served outside `API_PREFIX`, without a session. */
export const HEALTH_PATH = '/healthz';

const at = (path: string) => `${API_PREFIX}${path}`;
const seg = (value: string) => encodeURIComponent(value);

/** Absolute paths for clients, with each id or value escaped. */
export const apiPaths = {
  session: at(API_ROUTES.session),
  sessionPassword: at(API_ROUTES.sessionPassword),
  sessionTotp: at(API_ROUTES.sessionTotp),
  sessionTotpConfirm: at(API_ROUTES.sessionTotpConfirm),
  users: at(API_ROUTES.users),
  user: (username: string) => at(`/users/${seg(username)}`),
  userReset: (username: string) => at(`/users/${seg(username)}/reset`),
  userSessions: (username: string) => at(`/users/${seg(username)}/sessions`),
  audit: at(API_ROUTES.audit),
  auditExport: at(API_ROUTES.auditExport),
  auditVerify: at(API_ROUTES.auditVerify),
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
  agreements: at(API_ROUTES.agreements),
  agreement: (id: string) => at(`/agreements/${seg(id)}`),
  agreementRevoke: (id: string) => at(`/agreements/${seg(id)}/revoke`),
  agreementRevocations: (id: string) => at(`/agreements/${seg(id)}/revocations`),
  peers: at(API_ROUTES.peers),
  peer: (nodeId: string) => at(`/peers/${seg(nodeId)}`),
  peerSync: (nodeId: string) => at(`/peers/${seg(nodeId)}/sync`),
  inbox: at(API_ROUTES.inbox),
  inboxItem: (owner: string, id: CaseId | string) => at(`/inbox/${seg(owner)}/${seg(id)}`),
  caseSend: (id: CaseId | string) => at(`/cases/${seg(id)}/send`),
  caseShares: (id: CaseId | string) => at(`/cases/${seg(id)}/shares`),
  caseRecall: (id: CaseId | string) => at(`/cases/${seg(id)}/recall`),
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
  | 'forbidden' // also for a role raising its own permissions or changing its own account
  | 'invalid_credentials' // POST /session: unknown user, wrong password, disabled or blocked alike
  | 'second_factor_required' // POST /session: the password is right; send `totp` or `recoveryCode`
  | 'second_factor_invalid' // POST /session: wrong, malformed or replayed code
  | 'account_disabled' // POST /session, only after a correct password: an administrator disabled it
  | 'account_blocked' // POST /session, only after a correct password: blocked after long inactivity
  | 'throttled' // 429 with a Retry-After header; details: ThrottledDetails
  | 'password_change_required' // 403: this session may only change the password (and sign out)
  | 'totp_enrolment_required' // 403: this session may only enrol a second factor (and sign out)
  | 'totp_already_enrolled' // 409: a contact point must reset the second factor first
  | 'cross_site_request' // 403: a state-changing request started by another site
  | 'not_found' // details: { kind, id }
  | 'method_not_allowed'
  | 'version_conflict' // details: VersionConflictDetails
  | 'user_exists' // details: { username }
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable' // details: { requestId }
  | 'internal' // details: { requestId }
  | 'agreement_invalid' // 400: signatures or document do not verify; details: { reason }
  | 'agreement_not_a_party' // 422: this node is neither party
  | 'agreement_not_countersigned' // 422: one party has not signed; details: { missing }
  | 'agreement_version_older' // 409: details: { installed, received }
  | 'agreement_conflict' // 409: same id and version, another document (or other parties)
  | 'agreement_revoked' // 409: revoking what is revoked already
  | 'revocation_invalid' // 400: details: { reason }
  | 'transfer_denied' // 403: this node's agreement check refused the transfer; details: { reason }
  | 'peer_refused' // 502: the partner refused; details: { code }
  | 'peer_unavailable'; // 503: the partner could not be reached (offline, no address, no agreement)

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

/**
 * `GET /persons` query parameters; all optional, combined with AND. Results are live persons in
 * alphabetical order of their folded name (family name first); with `q`, of the name word that
 * matched. Every search is audited (that it happened and the ids found, never the query).
 */
export interface PersonSearchParams {
  /** Name words: each must start a word of the family or given names (case and accents ignored). */
  q?: string;
  /** A document number, exact once spaces, dashes and case are ignored. */
  document?: string;
  /** Country code. */
  nationality?: string;
  cursor?: string;
  /** 1..500, default 50. */
  limit?: number;
}
export const PERSON_SEARCH_PARAMS = [
  'q',
  'document',
  'nationality',
  'cursor',
  'limit',
] as const satisfies readonly (keyof PersonSearchParams)[];
export type PersonPage = Page<Person>;

/** `GET /businesses` query parameters; as for persons, with the business name. */
export interface BusinessSearchParams {
  q?: string;
  /** A company registration number, exact once spaces, dashes and case are ignored. */
  registration?: string;
  /** Country code. */
  country?: string;
  cursor?: string;
  limit?: number;
}
export const BUSINESS_SEARCH_PARAMS = [
  'q',
  'registration',
  'country',
  'cursor',
  'limit',
] as const satisfies readonly (keyof BusinessSearchParams)[];
export type BusinessPage = Page<Business>;

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

/** The roles of `protocol/roles.ts`; kept under this name for existing clients. */
export const USER_ROLES = ROLES;
export type UserRole = Role;

/**
 * `POST /session` body. `totp` (the 6-digit code) or `recoveryCode` is sent once the node has
 * answered 401 `second_factor_required`. A contact point's one-time code goes in `password`.
 */
export interface SessionRequest {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}
export interface SessionUser {
  username: string;
  role: UserRole;
  displayName?: string;
}
/**
 * `POST /session` (200, sets the session cookie) and `GET /session`. `DELETE /session` is 204.
 *
 * While `mustChangePassword` is true the session may only call the `/session` routes (the
 * password change among them); while `totpEnrolmentRequired` is true, only those and the TOTP
 * enrolment. Anything else answers 403 `password_change_required` / `totp_enrolment_required`.
 */
export interface SessionResponse {
  user: SessionUser;
  /** Present from 10 days before the password expires. */
  passwordExpiresInDays?: number;
  /** Present when this sign-in came within 10 days of the account being blocked for inactivity. */
  inactivityBlocksInDays?: number;
  /** After a contact point's reset, a one-time password, or an expired password. */
  mustChangePassword: boolean;
  /** An administrator role without a second factor: enrol one before anything else. */
  totpEnrolmentRequired: boolean;
  /** The session's absolute end (it also ends after 30 minutes without use). */
  expiresAt: string;
  /** What the role may do, for the console to show only what can be used; the node checks anyway. */
  permissions: Permission[];
}
/** `429 throttled` details; the same number is in the `Retry-After` header. */
export interface ThrottledDetails {
  retryAfterSeconds: number;
}

/** `POST /session/password`: policy problems answer 400 `validation_failed` with path `next`. 204. */
export interface PasswordChangeRequest {
  current: string;
  next: string;
}
/** `POST /session/totp` (no body): starts enrolment; the code is confirmed with the next call. */
export interface TotpEnrolmentResponse {
  /** `otpauth://totp/…`: what the QR code holds. */
  uri: string;
  /** A standalone SVG document of the QR code. */
  qrSvg: string;
  /** The same secret in base32, for apps that cannot scan. */
  secret: string;
}
/** `POST /session/totp/confirm`. */
export interface TotpConfirmRequest {
  code: string;
}
/** Shown once: each code signs in once in place of a TOTP code. */
export interface TotpConfirmResponse {
  recoveryCodes: string[];
}

// ---------------------------------------------------------------------------------------------
// Users (contact point)

/** One account in `GET /users`. */
export interface UserSummary {
  username: string;
  role: UserRole;
  displayName?: string;
  disabled: boolean;
  /** Why it is disabled: by an administrator, or blocked after long inactivity. */
  disabledReason?: 'manual' | 'inactivity';
  createdAt: string;
  lastLoginAt?: string;
  passwordChangedAt?: string;
  /** A one-time password or reset code is outstanding, or the password must be changed. */
  mustChangePassword: boolean;
  totpEnrolled: boolean;
  /** Present from 10 days before the account is blocked for inactivity. */
  inactivityBlocksInDays?: number;
}
export type UserListResponse = ItemList<UserSummary>;
/** `POST /users`: 201 with a one-time password, which the user must change at first sign-in. */
export interface CreateUserRequest {
  username: string;
  role: UserRole;
  displayName?: string;
}
export interface CreateUserResponse {
  user: UserSummary;
  /** Shown once; valid 7 days. */
  oneTimePassword: string;
}
/** `PATCH /users/:username`: 200 with the `UserSummary`. Nobody changes their own role or state. */
export interface UpdateUserRequest {
  role?: UserRole;
  disabled?: boolean;
  displayName?: string;
}
/**
 * `POST /users/:username/reset` (body `{}` or `{ totp: true }` to also remove the second factor):
 * the user's password stops working and their sessions end; they sign in with the code as the
 * password, once, within 24 hours, and must then choose a new password.
 */
export interface ResetUserRequest {
  totp?: boolean;
}
export interface ResetUserResponse {
  oneTimeCode: string;
  expiresAt: string;
}
/** `DELETE /users/:username/sessions`: ends every session of the user. */
export interface RevokeSessionsResponse {
  revoked: number;
}

// ---------------------------------------------------------------------------------------------
// Audit log (auditors)

/** One entry as the API shows it; `prev` and `hash` chain it to the one before. */
export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  actor: string;
  target?: string;
  outcome: 'ok' | 'denied' | 'failed';
  details?: Record<string, string | number | boolean | null | (string | number)[]>;
  ip?: string;
  prev: string | null;
  hash: string;
}
/** `GET /audit` query parameters: newest first, combined with AND; `limit` 1..1000, default 100. */
export interface AuditSearchParams {
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  target?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  cursor?: string;
  limit?: number;
}
export const AUDIT_SEARCH_PARAMS = [
  'from',
  'to',
  'action',
  'actor',
  'target',
  'outcome',
  'cursor',
  'limit',
] as const satisfies readonly (keyof AuditSearchParams)[];
export type AuditPage = Page<AuditEntry>;
/** `GET /audit/verify`; `GET /audit/export` answers the whole log as JSON Lines, oldest first. */
export interface AuditVerifyResponse {
  ok: boolean;
  checked: number;
  /** The first entry that was changed, removed or inserted, and how. */
  firstBad?: { seq: number; reason: string };
}

// ---------------------------------------------------------------------------------------------
// Agreements and peers (exchange administrators)

/** A sealed agreement as exchanged and stored: standard JWS JSON, general serialization. */
export interface SealedAgreementJson {
  payload: string;
  signatures: { protected: string; signature: string }[];
}
/**
 * An installed agreement's state: `active` = both signatures valid, within validity, not
 * revoked. A revocation wins over the validity dates.
 */
export type AgreementStatusName = 'active' | 'expired' | 'not-yet-valid' | 'revoked';
/** One installed agreement in `GET /agreements`, seen from this node (`peer` is the other party). */
export interface AgreementSummary {
  id: string;
  version: number;
  type: 'bilateral' | 'wco-contribution';
  peer: { nodeId: string; administration: string; name: string };
  modes: ('sync' | 'on-demand' | 'query')[];
  validity: { from: string; until: string };
  status: AgreementStatusName;
  installedAt: string;
  /** Set when revoked: the node that revoked it, and when the revocation was received or made. */
  revokedBy?: string;
  revokedAt?: string;
}
export type AgreementListResponse = ItemList<AgreementSummary>;
/** One revocation as stored: the compact JWS the partner needs, and what it says. */
export interface AgreementRevocationEntry {
  agreementId: string;
  agreementVersion: number;
  by: string;
  at: string;
  reason: string;
  receivedAt: string;
  jws: string;
}
/** `GET /agreements/:id`: the summary, the verified document, the sealed JSON and its revocations. */
export interface AgreementDetail extends AgreementSummary {
  /** The agreement document (as in `protocol/agreement.ts`), read after its signatures verified. */
  agreement: unknown;
  sealed: SealedAgreementJson;
  revocations: AgreementRevocationEntry[];
}
/**
 * `POST /agreements`: the body is the sealed JSON both parties signed. 201 with the
 * `AgreementDetail` when it is new or a newer version, 200 when the same version was there.
 */
export type InstallAgreementRequest = SealedAgreementJson;
/** `POST /agreements/:id/revoke`: this node signs a revocation (reason optional). */
export interface RevokeAgreementRequest {
  reason?: string;
}
/** The revocation to send to the partner (it installs it with `POST /agreements/:id/revocations`). */
export interface RevokeAgreementResponse {
  agreement: AgreementSummary;
  revocation: AgreementRevocationEntry;
}
/** `POST /agreements/:id/revocations`: a revocation the partner signed (compact JWS). */
export interface AddRevocationRequest {
  revocation: string;
}
export type AddRevocationResponse = RevokeAgreementResponse;

/** One peer in `GET /peers`. The connection state arrives with the peer host (`unknown` until then). */
export interface PeerSummary {
  nodeId: string;
  multiaddrs: string[];
  /** `unknown` while the peer host is not running (the CLI's offline path). */
  status: 'unknown' | 'connected' | 'disconnected';
  /** When a connection with the peer last opened, closed or said hello. */
  lastSeen?: string;
  /** The name the peer gave in its hello. */
  name?: string;
  /** An agreement with this node is installed and active now. */
  activeAgreement: boolean;
  addedAt: string;
  addedBy: string;
  /** Pull sync of the records this peer shares with this node (absent before the first attempt). */
  sync?: PeerSyncState;
}
/** How far this node has pulled a peer's records. */
export interface PeerSyncState {
  /** The last sync that reached the peer's latest change. */
  lastCompleteAt?: string;
  /** Changes in the peer's log this node has not pulled yet, as of the last chunk. */
  lag?: number;
  /** Records received, all syncs together, since the node started. */
  received: number;
  /** Why the last attempt failed, if it did (cleared by the next success). */
  lastError?: string;
  lastErrorAt?: string;
}
/** `POST /peers/:nodeId/sync`: pulls now; answers when the pull has caught up or failed. */
export interface SyncNowResponse {
  peer: string;
  /** Records stored, unchanged, purged or denied in this pull. */
  stored: number;
  unchanged: number;
  purged: number;
  denied: number;
  lag: number;
}
export type PeerListResponse = ItemList<PeerSummary>;
/** `POST /peers`: a multiaddr that ends in `/p2p/<nodeId>`; 201 for a new peer, 200 for a known one. */
export interface AddPeerRequest {
  multiaddr: string;
}
/** `DELETE /peers/:nodeId`: 200 with the removed peer. */
export type RemovePeerResponse = PeerSummary;

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

export type { ValidationIssue, CaseId, PersonId, BusinessId, Permission, Role };

// ---------------------------------------------------------------------------------------------
// Exchange: the inbox, sending a case on demand, shares and recalls

/** Who sent a record and under what: kept with every received record (its provenance). */
export interface InboxProvenance {
  owner: { nodeId: string; country: string; name?: string };
  agreementId: string;
  agreementVersion: number;
  mode: 'sync' | 'on-demand';
  manifestId: string;
  receivedAt: string;
  /** When retention ends and the record is purged (receivedAt + the agreement's retention days). */
  purgeAt: string;
  /** On demand: the covering message and the sender's username on their node. */
  message?: string;
  sentBy?: string;
}
/** One received case in `GET /inbox` (newest first; `?owner=<nodeId>&mode=&cursor=&limit=`). */
export interface InboxItemSummary extends InboxProvenance {
  id: string;
  version: number;
  kind?: string;
  seizureDate?: string;
  reportingCountry?: string;
  itrAreas: string[];
  commodities: string[];
}
export type InboxListResponse = Page<InboxItemSummary>;
/**
 * `GET /inbox/:owner/:id`: the case as the partner's agreement let it arrive (only the fields in
 * scope), with the person and business records it links when the agreement allows nominal data.
 */
export interface InboxItemResponse extends InboxItemSummary {
  case: Partial<Case>;
  persons: Partial<Person>[];
  businesses: Partial<Business>[];
}
/** `POST /cases/:id/send`: sends the case now, under the agreement with `peer` that allows on-demand. */
export interface SendCaseRequest {
  peer: string;
  message: string;
}
/**
 * 200 when the partner stored it (or already held this version); a refusal by this node's
 * agreement check is 403 `transfer_denied` with `details.reason`, by the partner's is 502
 * `peer_refused`, an unreachable partner 503 `peer_unavailable`.
 */
export interface SendCaseResponse {
  peer: string;
  manifestId: string;
  agreementId: string;
  outcome: 'stored' | 'unchanged';
}
/** One partner a case went to (`GET /cases/:id/shares`), with its recall's state if recalled. */
export interface CaseShare {
  peer: string;
  peerName?: string;
  version: number;
  mode: 'sync' | 'on-demand';
  agreementId: string;
  sentAt: string;
  recall?: {
    at: string;
    by: string;
    reason: string;
    status: 'pending' | 'acknowledged';
    acknowledgedAt?: string;
  };
}
export type CaseSharesResponse = ItemList<CaseShare>;
/** `POST /cases/:id/recall`: recalls the case from every partner that holds it (or `peers`). */
export interface RecallCaseRequest {
  reason: string;
  peers?: string[];
}
export type RecallCaseResponse = CaseSharesResponse;
