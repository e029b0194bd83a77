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
  PhotoMeta,
} from './records.ts';
import { IDENTIFIER_TYPES } from './records.ts';
import { ROLES, type Permission, type Role } from './roles.ts';
import type { ValidationIssue } from './validation-types.ts';
import type { CommodityTerm, Language, Term, VocabularyName } from './vocabulary/index.ts';

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
  evidence: '/evidence',
  evidenceExport: '/evidence/export',
  evidenceVerify: '/evidence/verify',
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
  agreementProposals: '/agreements/proposals',
  agreementProposal: '/agreements/proposals/:id',
  agreementProposalCountersign: '/agreements/proposals/:id/countersign',
  agreementProposalDecline: '/agreements/proposals/:id/decline',
  peers: '/peers',
  peer: '/peers/:nodeId',
  peerSync: '/peers/:nodeId/sync',
  inbox: '/inbox',
  inboxItem: '/inbox/:owner/:id',
  partners: '/partners',
  caseSend: '/cases/:id/send',
  caseShares: '/cases/:id/shares',
  caseRecall: '/cases/:id/recall',
  casePhotos: '/cases/:id/photos',
  casePhoto: '/cases/:id/photos/:hash',
  photos: '/photos',
  photo: '/photos/:hash',
  photoSimilar: '/photos/:hash/similar',
  caseContribution: '/cases/:id/contribution',
  globalCases: '/global/cases',
  globalMembers: '/global/members',
  globalCase: '/global/cases/:member/:id',
  globalPhoto: '/global/photos/:hash',
  globalStats: '/global/stats',
  globalItr: '/global/itr',
  globalItrXlsx: '/global/itr.xlsx',
  globalQuality: '/global/quality',
  globalExportXlsx: '/global/exports/cases.xlsx',
  globalExportCsv: '/global/exports/cases.csv',
  queries: '/queries',
  exportCasesXlsx: '/exports/cases.xlsx',
  exportCasesCsv: '/exports/cases.csv',
  exportAnalystDb: '/exports/analyst-db',
  imports: '/imports',
  importTemplates: '/imports/templates',
  importTemplate: '/imports/templates/:name',
  import: '/imports/:id',
  importReport: '/imports/:id/report.xlsx',
  stats: '/stats',
  statsQuality: '/stats/quality',
  watchlists: '/watchlists',
  watchlist: '/watchlists/:id',
  watchlistRun: '/watchlists/:id/run',
  caseMatches: '/cases/:id/matches',
  inboxItemMatches: '/inbox/:owner/:id/matches',
  notifications: '/notifications',
  notificationRead: '/notifications/:id/read',
  publications: '/publications',
  publication: '/publications/:id',
  publicationAttachment: '/publications/:id/attachments/:index',
  publicationPublish: '/publications/:id/publish',
  publicationWithdraw: '/publications/:id/withdraw',
  forumThreads: '/forum/threads',
  forumThread: '/forum/threads/:id',
  forumPosts: '/forum/threads/:id/posts',
  operations: '/operations',
  operation: '/operations/:id',
  operationAccept: '/operations/:id/accept',
  operationDecline: '/operations/:id/decline',
  operationMembers: '/operations/:id/members',
  operationMember: '/operations/:id/members/:nodeId',
  operationTemplate: '/operations/:id/template',
  operationParticipants: '/operations/:id/participants',
  operationMessages: '/operations/:id/messages',
  operationRead: '/operations/:id/read',
  operationReceipts: '/operations/:id/receipts',
  operationClose: '/operations/:id/close',
  operationReportsXlsx: '/operations/:id/reports.xlsx',
  operationReportsCsv: '/operations/:id/reports.csv',
  operationEvents: '/operations/:id/events',
  operationMessagePromote: '/operations/:id/messages/:messageId/promote',
  operationPhotos: '/operations/:id/photos',
  operationPhoto: '/operations/:id/photos/:hash',
  setup: '/setup',
} as const;

/** Served outside `API_PREFIX`, without a session. */
export const HEALTH_PATH = '/healthz';
/** Prometheus metrics, outside `API_PREFIX`: loopback only, or a bearer token from the config. */
export const METRICS_PATH = '/metrics';

const at = (path: string) => `${API_PREFIX}${path}`;
const seg = (value: string) => encodeURIComponent(value);

/** Absolute paths for clients, with each id or value escaped. */
export const apiPaths = {
  setup: at(API_ROUTES.setup),
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
  evidence: at(API_ROUTES.evidence),
  evidenceExport: at(API_ROUTES.evidenceExport),
  evidenceVerify: at(API_ROUTES.evidenceVerify),
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
  agreementProposals: at(API_ROUTES.agreementProposals),
  agreementProposal: (id: string) => at(`/agreements/proposals/${seg(id)}`),
  agreementProposalCountersign: (id: string) => at(`/agreements/proposals/${seg(id)}/countersign`),
  agreementProposalDecline: (id: string) => at(`/agreements/proposals/${seg(id)}/decline`),
  peers: at(API_ROUTES.peers),
  peer: (nodeId: string) => at(`/peers/${seg(nodeId)}`),
  peerSync: (nodeId: string) => at(`/peers/${seg(nodeId)}/sync`),
  inbox: at(API_ROUTES.inbox),
  partners: at(API_ROUTES.partners),
  inboxItem: (owner: string, id: CaseId | string) => at(`/inbox/${seg(owner)}/${seg(id)}`),
  caseSend: (id: CaseId | string) => at(`/cases/${seg(id)}/send`),
  caseShares: (id: CaseId | string) => at(`/cases/${seg(id)}/shares`),
  caseRecall: (id: CaseId | string) => at(`/cases/${seg(id)}/recall`),
  casePhotos: (id: CaseId | string) => at(`/cases/${seg(id)}/photos`),
  casePhoto: (id: CaseId | string, hash: string) => at(`/cases/${seg(id)}/photos/${seg(hash)}`),
  photos: at(API_ROUTES.photos),
  /** The stored file; `thumb: true` for its thumbnail (a WebP at most 320 pixels each way). */
  photo: (hash: string, thumb = false) => at(`/photos/${seg(hash)}${thumb ? '?size=thumb' : ''}`),
  photoSimilar: (hash: string) => at(`/photos/${seg(hash)}/similar`),
  caseContribution: (id: CaseId | string) => at(`/cases/${seg(id)}/contribution`),
  globalCases: at(API_ROUTES.globalCases),
  globalMembers: at(API_ROUTES.globalMembers),
  globalCase: (member: string, id: CaseId | string) => at(`/global/cases/${seg(member)}/${seg(id)}`),
  globalPhoto: (hash: string, size: 'full' | 'thumb' = 'full') =>
    at(`/global/photos/${seg(hash)}${size === 'thumb' ? '?size=thumb' : ''}`),
  globalStats: at(API_ROUTES.globalStats),
  /** ITR tables as JSON (`ItrParams`); `.xlsx` the same tables as one workbook. */
  globalItr: at(API_ROUTES.globalItr),
  globalItrXlsx: at(API_ROUTES.globalItrXlsx),
  globalQuality: at(API_ROUTES.globalQuality),
  globalExportXlsx: at(API_ROUTES.globalExportXlsx),
  globalExportCsv: at(API_ROUTES.globalExportCsv),
  queries: at(API_ROUTES.queries),
  /** The cases a search finds as a workbook: `ExportParams` (the search parameters and `lang`). */
  exportCasesXlsx: at(API_ROUTES.exportCasesXlsx),
  /** The same as CSV (UTF-8 with a byte-order mark). */
  exportCasesCsv: at(API_ROUTES.exportCasesCsv),
  /** The analyst database, a zip: SQLite, the XLSX case list, CSVs and a README. */
  exportAnalystDb: at(API_ROUTES.exportAnalystDb),
  imports: at(API_ROUTES.imports),
  importTemplates: at(API_ROUTES.importTemplates),
  /** A template workbook by file name: `generic.xlsx`, or an ITR area's (`drugs.xlsx`); `?lang=fr`. */
  importTemplate: (file: string) => at(`/imports/templates/${seg(file)}`),
  import: (id: string) => at(`/imports/${seg(id)}`),
  importReport: (id: string) => at(`/imports/${seg(id)}/report.xlsx`),
  stats: at(API_ROUTES.stats),
  statsQuality: at(API_ROUTES.statsQuality),
  watchlists: at(API_ROUTES.watchlists),
  watchlist: (id: string) => at(`/watchlists/${seg(id)}`),
  watchlistRun: (id: string) => at(`/watchlists/${seg(id)}/run`),
  caseMatches: (id: CaseId | string) => at(`/cases/${seg(id)}/matches`),
  inboxItemMatches: (owner: string, id: CaseId | string) => at(`/inbox/${seg(owner)}/${seg(id)}/matches`),
  notifications: at(API_ROUTES.notifications),
  notificationRead: (id: string) => at(`/notifications/${seg(id)}/read`),
  publications: at(API_ROUTES.publications),
  publication: (id: string) => at(`/publications/${seg(id)}`),
  publicationAttachment: (id: string, index: number) => at(`/publications/${seg(id)}/attachments/${index}`),
  publicationPublish: (id: string) => at(`/publications/${seg(id)}/publish`),
  publicationWithdraw: (id: string) => at(`/publications/${seg(id)}/withdraw`),
  forumThreads: at(API_ROUTES.forumThreads),
  forumThread: (id: string) => at(`/forum/threads/${seg(id)}`),
  forumPosts: (id: string) => at(`/forum/threads/${seg(id)}/posts`),
  operations: at(API_ROUTES.operations),
  operation: (id: string) => at(`/operations/${seg(id)}`),
  operationAccept: (id: string) => at(`/operations/${seg(id)}/accept`),
  operationDecline: (id: string) => at(`/operations/${seg(id)}/decline`),
  operationMembers: (id: string) => at(`/operations/${seg(id)}/members`),
  operationMember: (id: string, nodeId: string) => at(`/operations/${seg(id)}/members/${seg(nodeId)}`),
  operationTemplate: (id: string) => at(`/operations/${seg(id)}/template`),
  operationParticipants: (id: string) => at(`/operations/${seg(id)}/participants`),
  /** `?after=<seq>&limit=`: the thread after a sequence number, oldest first. */
  operationMessages: (id: string) => at(`/operations/${seg(id)}/messages`),
  operationRead: (id: string) => at(`/operations/${seg(id)}/read`),
  operationReceipts: (id: string) => at(`/operations/${seg(id)}/receipts`),
  operationClose: (id: string) => at(`/operations/${seg(id)}/close`),
  operationReportsXlsx: (id: string) => at(`/operations/${seg(id)}/reports.xlsx`),
  operationReportsCsv: (id: string) => at(`/operations/${seg(id)}/reports.csv`),
  /** Server-Sent Events: one `entry` event per new thread entry (an `OperationThreadEntry`). */
  operationEvents: (id: string) => at(`/operations/${seg(id)}/events`),
  /** A report this node posted, made into a draft case of this node. */
  operationMessagePromote: (id: string, messageId: string) =>
    at(`/operations/${seg(id)}/messages/${seg(messageId)}/promote`),
  operationPhotos: (id: string) => at(`/operations/${seg(id)}/photos`),
  operationPhoto: (id: string, hash: string, size?: 'thumb') =>
    at(`/operations/${seg(id)}/photos/${seg(hash)}${size ? `?size=${size}` : ''}`),
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
  | 'proposal_not_signed' // 422: a proposal carries this node's signature and only it
  | 'proposal_expired' // 422: the agreement's validity has ended; details: { until }
  | 'proposal_conflict' // 409: another document with this id and version, an older version, or installed
  | 'proposal_not_open' // 409: countersigning or declining this node's own or an answered proposal
  | 'transfer_denied' // 403: this node's agreement check refused the transfer; details: { reason }
  | 'peer_refused' // 502: the partner refused; details: { code }
  | 'peer_unavailable' // 503: the partner could not be reached (offline, no address, no agreement)
  | 'not_shared'; // 409: a recall of a case that no partner holds

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
 * `GET /exports/cases.xlsx`, `/exports/cases.csv` and `/exports/analyst-db` query parameters: the
 * case search's filters (no `cursor` or `limit`: an export holds every case the search finds)
 * and the language of headers, labels and sheet names (`ar` gives right-to-left sheets).
 * Answered as a download (`Content-Disposition: attachment`); needs the `export` permission.
 */
export interface ExportParams extends Omit<CaseSearchParams, 'cursor' | 'limit'> {
  /** Default `en`. */
  lang?: Language;
}
export const EXPORT_PARAMS = [
  ...CASE_SEARCH_PARAMS.filter(
    (name): name is Exclude<(typeof CASE_SEARCH_PARAMS)[number], 'cursor' | 'limit'> =>
      name !== 'cursor' && name !== 'limit',
  ),
  'lang',
] as const satisfies readonly (keyof ExportParams)[];

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
// Evidence log of exchanges (auditors and exchange administrators)

/** What an evidence entry records; names are only ever added (auditors filter on them). */
export const EVIDENCE_KINDS = [
  'sent', // owner: a sync chunk / on-demand delivery left and its receipt came back
  'received', // receiver: a chunk / delivery arrived (manifest + the receipt we signed)
  'denied', // decide() refused records: outbound (they never left) or inbound (not stored)
  'recalled', // owner: this node recalled records from a peer (awaiting acknowledgement)
  'recall-acknowledged', // owner: the peer's receipt says it purged them
  'purged', // receiver: this node deleted received records (recall, withdraw, retention, agreement end)
  'purge-acknowledged', // owner: a peer's signed purge notice arrived
  'query-asked', // asker: one hit/no-hit query to one peer, and its answer
  'query-answered', // owner: a peer asked; what it asked and what it was told
  'query-refused', // owner: a peer's query refused (no agreement allowing queries, bad input)
  'agreement-delivered', // a proposal / countersignature / revocation delivered to or received from a peer
  'contributed', // member: a batch of anonymised cases reached the WCO node and its receipt came back
  'contribution-received', // WCO node: a member's batch arrived (manifest + the receipt we signed)
  'watchlist-shared', // owner: a partner acknowledged a watch-list rule (or its withdrawal) this node signed
  'watchlist-received', // receiver: a partner's signed watch-list rule (or its withdrawal) was stored
  'global-request', // WCO node: a member's request to the global CEN (op, the user's pseudonym and role), answered or refused
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A record an evidence entry is about. */
export interface EvidenceRecordRef {
  /** `aggregate`: a contributed month of figures (its id is the month's, see `aggregateId`). */
  type: 'case' | 'person' | 'business' | 'aggregate';
  /** UUIDv7. */
  id: string;
  version?: number;
  /** e.g. stored | unchanged | purged | denied | withdrawn | recalled */
  outcome?: string;
  /** A decide() deny reason or a purge reason. */
  reason?: string;
}
/**
 * What an evidence entry says (what the exchange, query and agreements services record):
 * `manifest`, `receipt` and `purgeNotice` are the signed compact JWS exactly as exchanged,
 * checkable with the signer's key (its node id).
 */
export interface EvidenceEntryContent {
  kind: EvidenceKind;
  /** The other node's id (12D3KooW…). */
  peer: string;
  /** outbound = this node sent or asked; inbound = the peer did. */
  direction: 'outbound' | 'inbound';
  agreementId?: string;
  agreementVersion?: number;
  mode?: 'sync' | 'on-demand' | 'query';
  /** At most 2000, as many as one manifest lists. */
  records?: readonly EvidenceRecordRef[];
  /** Compact JWS `cen-manifest+json` (protocol/exchange.ts). */
  manifest?: string;
  /** Compact JWS `cen-receipt+json`. */
  receipt?: string;
  /** Compact JWS `cen-purge+json`. */
  purgeNotice?: string;
  /** A username, `system:<job>` or `peer:<nodeId>`. */
  actor?: string;
  details?: Readonly<Record<string, string | number | boolean | null>>;
}
/** One entry as the API shows it (and as an export holds it, one per line). */
export interface EvidenceEntry extends EvidenceEntryContent {
  /** 1, 2, 3 … without gaps. */
  seq: number;
  at: string;
  /** `hash` of the entry before (null for the first): the chain. */
  prev: string | null;
  /** sha256 over the canonical JSON of the entry without `hash`. */
  hash: string;
}
/**
 * `GET /evidence` query parameters: newest first (or `order=oldest-first`), combined with AND;
 * `record` is a record id the entry names; `limit` 1..1000, default 100.
 */
export interface EvidenceSearchParams {
  peer?: string;
  kind?: EvidenceKind;
  agreementId?: string;
  record?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
  order?: 'newest-first' | 'oldest-first';
}
export const EVIDENCE_SEARCH_PARAMS = [
  'peer',
  'kind',
  'agreementId',
  'record',
  'from',
  'to',
  'cursor',
  'limit',
  'order',
] as const satisfies readonly (keyof EvidenceSearchParams)[];
export type EvidenceListResponse = Page<EvidenceEntry>;
/**
 * `POST /evidence/verify`: the chain and every signed document checked (each opened with its
 * signer's key and matched to the entry). `GET /evidence/export` answers the whole log as JSON
 * Lines, oldest first, which `verifyEvidenceLines` (node/evidence) checks on any machine.
 */
export interface EvidenceVerifyResponse {
  ok: boolean;
  checked: number;
  /** The first entry that is wrong, and why. */
  firstBad?: { seq: number; reason: string };
  /** The log's last entry when checked, to compare with a later export. */
  head?: { seq: number; hash: string };
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

/**
 * Agreement proposals travel over the `agreements` peer protocol: one node proposes a document
 * it signed, the partner's exchange administrator reviews it on their own node and countersigns
 * (both nodes install it) or declines. `outgoing` proposals were made here, `incoming` ones came
 * from the partner.
 */
export type ProposalDirection = 'incoming' | 'outgoing';
/**
 * Outgoing: `pending-delivery` (the partner has not been reached yet: retried when it connects
 * and periodically), `delivered` (awaiting their answer), `refused` (their node refused it, see
 * `delivery.refusal`), `countersigned` (installed on both nodes), `declined`. Incoming:
 * `received` (awaiting review here), `countersigned`, `declined`.
 */
export type ProposalState =
  'pending-delivery' | 'delivered' | 'refused' | 'received' | 'countersigned' | 'declined';
/** Where one message of the protocol stands: kept until the partner acknowledges or refuses it. */
export interface ProposalDelivery {
  state: 'pending' | 'delivered' | 'refused' | 'superseded';
  attempts: number;
  lastAttemptAt?: string;
  /** Why the last attempt failed (the partner offline, no address, …). */
  lastError?: string;
  /** When the partner acknowledged or refused it. */
  doneAt?: string;
  refusal?: { code: string; message: string };
}
/** One proposal in `GET /agreements/proposals`, seen from this node (`partner` is the other party). */
export interface ProposalSummary {
  id: string;
  version: number;
  type: 'bilateral' | 'wco-contribution';
  direction: ProposalDirection;
  state: ProposalState;
  partner: { nodeId: string; administration: string; name: string };
  /** The node that proposed (and signed) it. */
  proposedBy: string;
  /** The proposer's covering note for the partner's exchange administrator. */
  note?: string;
  modes: ('sync' | 'on-demand' | 'query')[];
  validity: { from: string; until: string };
  /** When it was proposed here (outgoing) or received here (incoming). */
  createdAt: string;
  updatedAt: string;
  /** Countersigned or declined: when, by whom (a username, or `peer:<nodeId>`), and why (declined). */
  answer?: { kind: 'countersigned' | 'declined'; at: string; by: string; reason?: string };
  /**
   * Outgoing: the delivery of the proposal. Incoming, once answered: the delivery of the answer
   * (the countersigned agreement or the decline) to the proposer.
   */
  delivery?: ProposalDelivery;
}
export type ProposalListResponse = ItemList<ProposalSummary>;
/** What an agreement lets one party send to the other (`DirectionScope` of `protocol/agreement.ts`). */
export interface ProposalDirectionScope {
  recordKinds: string[];
  itrAreas?: string[];
  commodities?: string[];
  fields?: string[];
  redact?: string[];
  nominal: boolean;
}
/** `GET /agreements/proposals/:id`: the summary, the verified document and what it allows each way. */
export interface ProposalDetail extends ProposalSummary {
  /** The agreement document (as in `protocol/agreement.ts`), read after the proposer's signature verified. */
  agreement: unknown;
  /** As proposed: signed by the proposer only. */
  sealed: SealedAgreementJson;
  /** `toPartner`: what this node would send; `fromPartner`: what it would receive (null: nothing). */
  allows: { toPartner: ProposalDirectionScope | null; fromPartner: ProposalDirectionScope | null };
}
/**
 * `POST /agreements/proposals`: a sealed agreement signed by this node only (`cen-node agreement
 * sign`) and a note. 202 with the `ProposalDetail`: `delivered` when the partner's node
 * acknowledged it, `pending-delivery` when it could not be reached yet (the node keeps trying),
 * `refused` when it refused it. Proposing the same document again changes nothing; a newer
 * version replaces the older proposal.
 */
export interface ProposeAgreementRequest {
  sealed: SealedAgreementJson;
  /** At most 2,000 characters. */
  note?: string;
}
export type ProposeAgreementResponse = ProposalDetail;
/**
 * `POST /agreements/proposals/:id/countersign`: this node countersigns an incoming proposal with
 * its key, installs the agreement and delivers it to the proposer, whose node installs it too.
 * `version`, when given, must be the version reviewed (409 `proposal_conflict` otherwise).
 */
export interface CountersignProposalRequest {
  version?: number;
}
export interface CountersignProposalResponse {
  proposal: ProposalDetail;
  agreement: AgreementDetail;
}
/** `POST /agreements/proposals/:id/decline`: the reason (at most 500 characters) reaches the proposer. */
export interface DeclineProposalRequest {
  reason?: string;
  version?: number;
}
export type DeclineProposalResponse = ProposalDetail;

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

/** The store's state in `/healthz`: damaged when a read-through found a part it cannot read. */
export type StoreHealth = 'ok' | 'unavailable' | 'damaged';

/** `GET /healthz`: 200 when the store answers, 503 otherwise. */
export interface HealthResponse {
  status: 'ok' | 'unavailable';
  /** damaged: the store opens but a part of it cannot be read (`cen-node check --repair`, or restore). */
  store: StoreHealth;
  /** Present while the node's setup is pending: it serves only sign-in and the setup page. */
  setup?: 'pending';
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
/**
 * One partner in `GET /partners` (officers, `exchange:send`): a node with an agreement in force
 * with this one, what the agreement lets this node do with it, and whether it is reachable now.
 */
export interface PartnerSummary {
  nodeId: string;
  /** The partner's administration code (ISO 3166-1 alpha-2, or WCO) and name, from the agreement. */
  administration: string;
  name: string;
  modes: ('sync' | 'on-demand' | 'query')[];
  connected: boolean;
}
export type PartnerListResponse = ItemList<PartnerSummary>;
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

// ---------------------------------------------------------------------------------------------
// Queries: hit/no-hit look-ups at partners (`/cen/query/1.0.0`)

/**
 * What a query looks up: a correlation identifier of `IDENTIFIER_TYPES` (as the store indexes
 * it: a `registration` is the registration number of a business a case links), or `company`, a
 * business's registration number found through the business search.
 */
export const QUERY_IDENTIFIER_TYPES = [...IDENTIFIER_TYPES, 'company'] as const;
export type QueryIdentifierType = (typeof QUERY_IDENTIFIER_TYPES)[number];
/** The longest value a query carries, before normalisation. */
export const QUERY_VALUE_MAX_LENGTH = 100;

/** `POST /queries`: asks every partner whose agreement allows queries, all at once. */
export interface QueryRequest {
  type: QueryIdentifierType;
  value: string;
}
interface QueryPeer {
  /** The partner's node id. */
  peer: string;
  /** The partner's name and administration as the agreement names them. */
  name?: string;
  country?: string;
  /** How long the partner took to answer (or to fail), in milliseconds. */
  ms: number;
}
/** The partner answered: whether any of its cases the agreement lets this node query holds the identifier. */
export interface QueryAnswer extends QueryPeer {
  hit: boolean;
  matches: number;
}
/** The partner could not be reached, refused (`code`: `mode-not-allowed`, `bad-query`, …) or ran out of time. */
export interface QueryFailure extends QueryPeer {
  error: 'unavailable' | 'refused' | 'timeout';
  code?: string;
}
export type QueryPeerResult = QueryAnswer | QueryFailure;
/**
 * 200 with one result per partner asked (none when no agreement allows queries); `value` is the
 * identifier as sent, normalised. A partner that does not answer within 5 s is a `timeout`.
 */
export interface QueryResponse {
  id: string;
  type: QueryIdentifierType;
  value: string;
  results: QueryPeerResult[];
}

export const QUERY_SIDES = ['asked', 'answered'] as const;
export type QuerySide = (typeof QUERY_SIDES)[number];
/**
 * `GET /queries`: the queries this node asked (`side=asked`, the default; needs `query:run`) or
 * that partners asked it (`side=answered`; needs `evidence:read`), newest first, from the
 * evidence log.
 */
export interface QueryLogParams {
  side?: QuerySide;
  cursor?: string;
  limit?: number;
}
export interface QueryLogEntry {
  /** The evidence log entry this comes from. */
  seq: number;
  at: string;
  side: QuerySide;
  /** The partner asked (`asked`) or asking (`answered`), and its name when an agreement names it. */
  peer: string;
  peerName?: string;
  peerCountry?: string;
  queryId?: string;
  /** As the query carried them (a refused query may carry anything). */
  type: string;
  value: string;
  /** `asked`: the user who asked. */
  actor?: string;
  outcome: 'hit' | 'no-hit' | 'refused' | 'unavailable' | 'timeout';
  matches?: number;
  /** Why it was refused or failed. */
  code?: string;
  agreementId?: string;
}
export type QueryLogPage = Page<QueryLogEntry>;

// ---------------------------------------------------------------------------------------------
// Contributions to the WCO's global CEN (`/cen/contribute/1.0.0`)

/**
 * Where one case stands with one WCO node this node contributes to:
 * - `contributed`: the WCO node holds `version` (its anonymised projection), since `at`;
 * - `pending`: it will go with the next batch (new, corrected, or to be withdrawn), for
 *   instance while the WCO node is unreachable;
 * - `withdrawn`: the WCO node deleted its copy at `at` (the case was deleted or is no longer
 *   contributed: `reason`), or the agreement ended (`agreement-ended`, `at` its end: the WCO node
 *   purges a member's cases then);
 * - `refused`: `refusedBy` this node's or the WCO node's agreement check, for `reason` (a
 *   `decide()` reason); a later correction is checked again;
 * - `not-contributed`: `reason` `not-validated` (a draft) or `aggregates-only` (the profile
 *   carries no case records).
 */
export const CONTRIBUTION_STATES = [
  'contributed',
  'pending',
  'withdrawn',
  'refused',
  'not-contributed',
] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];
export interface CaseContribution {
  /** The WCO node's id and name (as the agreement names it). */
  wco: string;
  wcoName?: string;
  agreementId: string;
  state: ContributionState;
  /** The case version the WCO node holds (contributed) or last heard of (withdrawn, refused). */
  version?: number;
  /** When the WCO node acknowledged it (contributed, withdrawn, refused by the WCO) or this node refused it. */
  at?: string;
  reason?: string;
  refusedBy?: 'member' | 'wco';
}
/**
 * `GET /cases/:id/contribution`: one entry per WCO node this node contributes to (none without an
 * agreement), and one per WCO node the case went to under an agreement that has ended since.
 */
export interface CaseContributionResponse {
  caseId: string;
  items: CaseContribution[];
}

/** One anonymised case in the WCO node's global store, with the member that contributed it. */
export interface GlobalCase {
  member: { nodeId: string; country: string; name?: string };
  /** The anonymised projection as the member's node sent it and the WCO node re-checked it. */
  case: Partial<Case>;
  version: number;
  agreementId: string;
  manifestId: string;
  receivedAt: string;
}
/**
 * `GET /global/cases` on the WCO node: the global CEN with the national search filters
 * (`CaseSearchParams`; `country` is the contributing member's), newest seizure first. `q` matches
 * words of the codes a case holds and of their English labels (contributions carry no free text).
 *
 * On a member's node the same routes answer the same JSON, asked of the WCO node on the user's
 * behalf (`/cen/global/1.0.0`): `GET /global/cases`, `GET /global/cases/:member/:id` (one
 * `GlobalCase`), `GET /global/photos/:hash` (`?size=thumb`: the image bytes of a photo a global
 * case keeps), `GET /global/stats` (`GlobalStatsResponse`), and `GET /global/exports/cases.xlsx`
 * and `.csv` (`ExportParams`: the search parameters and `lang`; the reporting country column is the
 * contributing member's). 404 on a node without a contribution agreement in force, 503
 * `peer_unavailable` ("the WCO node is unreachable") while the WCO node is away.
 */
export type GlobalCasePage = Page<GlobalCase>;
/** A member contributing to the WCO node, and how far its contributions have arrived. */
export interface GlobalMember {
  nodeId: string;
  country: string;
  name?: string;
  /** Cases of this member in the global store now. */
  cases: number;
  /** An `aggregates` member: the months of figures it holds there now (it holds no cases). */
  aggregateMonths?: number;
  lastReceivedAt?: string;
  /** True when the member's last batch reached the latest change of its own log. */
  upToDate: boolean;
}
/** `GET /global/members` on the WCO node. */
export type GlobalMemberListResponse = ItemList<GlobalMember>;

// ---------------------------------------------------------------------------------------------
// Watch lists and risk indicators: rules evaluated on every new, imported or received case

/**
 * What a list rule holds: container numbers (ISO 6346), company registration numbers (of the
 * businesses a case links), ships' IMO numbers, identity document numbers (of the persons a case
 * links) or vehicle registrations. Values are kept in the normal form of `normaliseIdentifier`.
 */
export const WATCHLIST_LIST_TYPES = ['container', 'company', 'imo', 'document', 'vehicle'] as const;
export type WatchlistListType = (typeof WATCHLIST_LIST_TYPES)[number];
/**
 * The case fields a pattern rule can test, each with the vocabulary its codes come from. A
 * pattern matches when, for every field it names, the case holds at least one of its codes (AND
 * across fields, OR within one). `routeCountry` is any country of the route.
 */
export const WATCHLIST_PATTERN_FIELDS = {
  itrArea: 'itrArea',
  commodity: 'commodity',
  offenceType: 'offenceType',
  routeOrigin: 'country',
  routeDeparture: 'country',
  routeTransit: 'country',
  routeDestination: 'country',
  routeCountry: 'country',
  conveyanceMode: 'conveyanceMode',
  concealmentMethod: 'concealmentMethod',
  detectionMethod: 'detectionMethod',
  locationType: 'locationType',
  direction: 'direction',
  reportingCountry: 'country',
} as const satisfies Record<string, VocabularyName>;
export type WatchlistPatternField = keyof typeof WATCHLIST_PATTERN_FIELDS;
export type WatchlistPattern = Partial<Record<WatchlistPatternField, string[]>>;
export const WATCHLIST_KINDS = ['list', 'pattern'] as const;
export type WatchlistKind = (typeof WATCHLIST_KINDS)[number];
/** The most identifiers one list rule holds, codes per pattern field, and owners per rule. */
export const WATCHLIST_LIMITS = {
  name: 120,
  description: 1000,
  values: 5000,
  valueLength: 64,
  codesPerField: 300,
  owners: 50,
} as const;

/** `POST /watchlists` (and `rule` of `PUT /watchlists/:id`). `owners` default to the author. */
export interface WatchlistRuleInput {
  name: string;
  description?: string;
  owners?: string[];
  kind: WatchlistKind;
  list?: { type: WatchlistListType; values: string[] };
  pattern?: WatchlistPattern;
  /** Default true: evaluated on new, changed and received cases. */
  active?: boolean;
  /** Default false: offered to every partner whose agreement in force allows queries. */
  shared?: boolean;
}
/** Where a rule received from a partner came from; such a rule is read-only here. */
export interface WatchlistRuleOrigin {
  nodeId: string;
  name?: string;
  country?: string;
  /** The rule's id on the partner's node. */
  ruleId: string;
  agreementId: string;
  receivedAt: string;
}
export interface WatchlistRule {
  id: string;
  name: string;
  description?: string;
  /** Who is notified of its matches and may edit it; for a received rule, who is notified here. */
  owners: string[];
  kind: WatchlistKind;
  list?: { type: WatchlistListType; values: string[] };
  pattern?: WatchlistPattern;
  active: boolean;
  shared: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  updatedBy?: string;
  version: number;
  origin?: WatchlistRuleOrigin;
  /** Why a received rule no longer evaluates: its owner withdrew it, or the agreement ended. */
  deactivatedReason?: 'withdrawn' | 'agreement-ended';
}
/** `GET /watchlists`: the rules the caller owns and those partners shared with this node. */
export type WatchlistListResponse = ItemList<WatchlistRule>;
/** `PUT /watchlists/:id`; `DELETE /watchlists/:id?version=N`. */
export interface UpdateWatchlistRequest {
  version: number;
  rule: WatchlistRuleInput;
}
/** `POST /watchlists/:id/run`: the rule run once over every case held now (not only new ones). */
export interface WatchlistRunResponse {
  checked: number;
  /** Cases that match and had not matched this rule before (each notified once). */
  matched: number;
}
/** A case of this node, or a case a partner sent (in the inbox). */
export type WatchlistRecordRef = { type: 'case'; id: string } | { type: 'inbox'; owner: string; id: string };
/**
 * What made a case match: a list type and the identifier, or a pattern field and the code. A
 * document or company number is left out for a reader whose role does not read nominal data.
 */
export interface WatchlistMatchedField {
  field: WatchlistListType | WatchlistPatternField;
  value?: string;
}
/** One rule a case matched (`GET /cases/:id/matches`, `GET /inbox/:owner/:id/matches`). */
export interface WatchlistMatch {
  ruleId: string;
  ruleName: string;
  ruleKind: WatchlistKind;
  /** True when the rule is a partner's, shared with this node. */
  received: boolean;
  record: WatchlistRecordRef;
  /** The version of the record that first matched. */
  recordVersion: number;
  matched: WatchlistMatchedField[];
  at: string;
}
export type WatchlistMatchesResponse = ItemList<WatchlistMatch>;
/** One notification of a match, to one owner of the rule. */
export interface WatchlistNotification extends WatchlistMatch {
  id: string;
  read: boolean;
  readAt?: string;
}
/** `GET /notifications?unread=true&cursor=&limit=`: the caller's, newest first, and how many are unread. */
export interface NotificationListResponse extends Page<WatchlistNotification> {
  unread: number;
}
export interface NotificationListParams {
  unread?: boolean;
  cursor?: string;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Statistics and data quality (`stats:read`)

/**
 * What `GET /stats` groups cases by, each with the vocabulary its values come from. A case counts
 * once in every bucket it has a value in, so buckets may add up to more than the total:
 * `itrArea` and `commodity` take their values from the case's items (those that pass the item
 * filters `itrArea` and `commodity`), `offenceType`, `routeCountry` (origin, departure, transits
 * and destination), `routeTransit` and `offenderNationality` may hold several values, the others
 * one. Cases without a value form the bucket whose key is `null` ("not recorded").
 */
export const STATS_DIMENSIONS = {
  itrArea: 'itrArea',
  commodity: 'commodity',
  country: 'country',
  status: 'caseStatus',
  kind: 'caseKind',
  direction: 'direction',
  offenceType: 'offenceType',
  conveyanceMode: 'conveyanceMode',
  detectionMethod: 'detectionMethod',
  locationType: 'locationType',
  concealmentMethod: 'concealmentMethod',
  routeCountry: 'country',
  routeOrigin: 'country',
  routeDeparture: 'country',
  routeTransit: 'country',
  routeDestination: 'country',
  offenderNationality: 'country',
} as const satisfies Readonly<Record<string, VocabularyName>>;
export type StatsDimension = keyof typeof STATS_DIMENSIONS;
export const STATS_DIMENSION_NAMES = Object.keys(STATS_DIMENSIONS) as StatsDimension[];

/** Calendar periods of the seizure date. */
export const STATS_PERIODS = ['month', 'year'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** How many buckets an answer holds at most (`top`), and by default. */
export const STATS_MAX_BUCKETS = 300;
export const STATS_DEFAULT_BUCKETS = 50;

/**
 * `GET /stats` query parameters: the case search filters (`q`, `from`, `to`, `country`, …, as for
 * `GET /cases`, without `cursor` and `limit`), what to group by, the period and how many buckets.
 * Without `dimension` the answer holds the totals only.
 */
export interface StatsParams extends Omit<CaseSearchParams, 'cursor' | 'limit'> {
  dimension?: StatsDimension;
  /** Default `month`. */
  period?: StatsPeriod;
  /** The buckets with the most cases, 1..300, default 50. */
  top?: number;
}
export const STATS_PARAMS = [
  ...CASE_SEARCH_PARAMS.filter(
    (name): name is Exclude<(typeof CASE_SEARCH_PARAMS)[number], 'cursor' | 'limit'> =>
      name !== 'cursor' && name !== 'limit',
  ),
  'dimension',
  'period',
  'top',
] as const satisfies readonly (keyof StatsParams)[];

/**
 * Figures of a set of live cases. Quantities and values add up the items that pass the item
 * filters (`itrArea`, `commodity`) and, in an `itrArea` or `commodity` bucket, belong to it.
 */
export interface StatsFigures {
  cases: number;
  /** Summed per unit code, never across units: `{ kg: 1520.5, tablets: 30000 }`. Items without a quantity or unit add nothing. */
  quantities: Record<string, number>;
  /** The items' declared values (`valueUsd`), in US dollars; items without one add nothing. */
  valueUsd: number;
}

/** Relative change of each figure, in percent; null when the previous figure is 0. */
export interface StatsChange {
  cases: number | null;
  valueUsd: number | null;
  quantities: Record<string, number | null>;
}

/** The same figures for the period before, and the change against them. */
export interface StatsTrend {
  previous: StatsFigures;
  percent: StatsChange;
}

/**
 * One period of a series. Its trend compares it with the period before: the previous month or
 * year (counted whole when it lies before `from`).
 */
export interface StatsCell extends StatsFigures {
  trend: StatsTrend;
}

/** Figures over the whole range, and one cell per entry of `StatsResponse.periods`. */
export interface StatsSeries extends StatsFigures {
  /** Against `StatsResponse.previousSpan`; only when `from` was given. */
  trend?: StatsTrend;
  series: StatsCell[];
}

export interface StatsBucket extends StatsSeries {
  /** A code of the dimension's vocabulary, or null for cases where it is not recorded. */
  key: string | null;
}

/**
 * `GET /stats`: live cases (as `GET /cases` finds them) by `dimension` and period of seizure.
 * The range runs from `from` (or the first matching case's period) to `to` (default today);
 * a range that starts or ends inside a period counts only its days in the range.
 */
export interface StatsResponse {
  dimension: StatsDimension | null;
  period: StatsPeriod;
  /** The range actually used (null: from the first matching case). */
  from: string | null;
  to: string;
  /** The span as long as from..to just before `from`, which the range totals compare with. */
  previousSpan: { from: string; to: string } | null;
  /** `YYYY-MM` or `YYYY`, oldest first, every period of the range (empty ones included). */
  periods: string[];
  /** Every matching case once. */
  total: StatsSeries;
  /** Most cases first (then by code, `null` last), at most `top`. */
  buckets: StatsBucket[];
  /** Buckets left out by `top`. */
  bucketsOmitted: number;
  /** Every unit that appears in the quantities, in vocabulary order. */
  units: string[];
}

/** The key fields whose completeness the data-quality view measures (WCO data-quality charter). */
export const QUALITY_FIELDS = [
  /** `location.type` recorded. */
  'location',
  /** `detection.method` recorded. */
  'detectionMethod',
  /** `conveyance.mode` recorded. */
  'conveyance',
  /** `concealment.method` recorded. */
  'concealment',
  /** At least one route country (origin, departure, transit or destination). */
  'route',
  /** At least one item, and every item with a quantity and a unit. */
  'quantity',
  /** At least one item, and every item with a value (`valueUsd`). */
  'value',
  /** At least one offender summary. */
  'offenders',
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

/** The timeliness target: a case should be entered within this many days of the seizure. */
export const TIMELINESS_TARGET_DAYS = 30;

/** `GET /stats/quality` query parameters: the case search filters, as for `GET /stats`. */
export type QualityParams = Omit<StatsParams, 'dimension' | 'period' | 'top'>;
export const QUALITY_PARAMS = STATS_PARAMS.filter(
  (name) => name !== 'dimension' && name !== 'period' && name !== 'top',
) as readonly Exclude<(typeof STATS_PARAMS)[number], 'dimension' | 'period' | 'top'>[];

export interface QualityFigures {
  cases: number;
  /** Per field: how many cases have it, and their share (0..1; null without cases). */
  completeness: Record<QualityField, { complete: number; share: number | null }>;
  /**
   * Delay between the seizure date and the entry (`createdAt`, UTC day), in whole days:
   * percentiles by the nearest-rank method (null without cases).
   */
  timeliness: {
    medianDays: number | null;
    p90Days: number | null;
    /** Cases entered within `TIMELINESS_TARGET_DAYS` days, and their share. */
    withinTarget: number;
    shareWithinTarget: number | null;
  };
}

export interface QualityMonth extends QualityFigures {
  /** `YYYY-MM` of the seizure date. */
  month: string;
}

/** `GET /stats/quality`: completeness and timeliness of the matching live cases, overall and per month of seizure. */
export interface QualityResponse {
  from: string | null;
  to: string;
  targetDays: number;
  total: QualityFigures;
  /** Every month of the range, oldest first (empty ones included). */
  months: QualityMonth[];
}

// ---------------------------------------------------------------------------------------------
// Bulk upload of cases (`/imports`): templates, dry runs, imports, their progress and reports

/**
 * `received`: stored and checked against the limits; `running`: rows being read (or stopped by
 * a crash or a shutdown: the node resumes it when it starts); `done`; `failed`: the file could
 * not be read, or its header names no usable column (`failure` says why).
 */
export const IMPORT_STATES = ['received', 'running', 'done', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/**
 * One refusal in an uploaded file. `row` is the spreadsheet's row number (the header is row 1),
 * `column` the header as the file writes it (or, for a column the file lacks, the template's
 * header in the file's language), `cell` its address (`D7`), `field` the case field path and
 * `rule` a stable rule name: one of `VALIDATION_RULES` (protocol/validation.ts) or
 * `IMPORT_RULES` (protocol/import-columns.ts). `value` quotes the cell (cut short).
 */
export interface ImportRowError {
  row: number;
  column: string;
  cell?: string;
  field: string;
  rule: string;
  message: string;
  value?: string;
}

export interface ImportJobSummary {
  id: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  bytes: number;
  dryRun: boolean;
  state: ImportState;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
  /** Progress: data rows read so far (`done`) of the rows the file holds (`total`). */
  done: number;
  total: number;
  /** Data rows that are not blank, and of them: valid, refused, already imported, stored now. */
  rows: number;
  valid: number;
  invalid: number;
  /** Valid rows an earlier upload stored already: re-uploading a file adds nothing. */
  duplicates: number;
  /** Rows this job stored as cases (always 0 for a dry run). */
  created: number;
  errorCount: number;
  /** The language the file's headers are written in (the report names missing columns in it). */
  language?: string;
  failure?: string;
}

/**
 * `POST /imports?dryRun=true` (multipart, field `file`) answers 200 with this; `GET /imports/:id`
 * too. `errors` holds the first 1,000 (`truncated` when there are more); `GET
 * /imports/:id/report.xlsx` has all of them.
 */
export interface ImportReport extends ImportJobSummary {
  errors: ImportRowError[];
  truncated: boolean;
}

/** `POST /imports` (without `dryRun`) answers 202 with the job; follow it at `GET /imports/:id`. */
export type ImportStartResponse = ImportJobSummary;
export type ImportListResponse = ItemList<ImportJobSummary>;

/** `GET /imports/templates`: the downloadable templates. */
export interface ImportTemplateSummary {
  name: string;
  /** The ITR area of a commodity family's template; absent for the generic one. */
  itrArea?: string;
  columns: number;
}
export type ImportTemplateListResponse = ItemList<ImportTemplateSummary>;

// ---------------------------------------------------------------------------------------------
// Photos of cases

/**
 * `POST /cases/:id/photos` takes `multipart/form-data`: the file in `file` (JPEG, PNG or WebP,
 * judged by its content, never its name or declared type: anything else is 415
 * `unsupported_media_type`; over 20 MB or 50 megapixels 413 `payload_too_large`) and optionally
 * `caption` (text, at most 500 characters), `shareWithWco` and `keepGps` (`true` or `false`).
 * The node turns the picture upright, re-encodes it without any metadata and keeps the GPS
 * position as `photo.gps` only with `keepGps=true`. Needs `case:write`.
 */
export const PHOTO_UPLOAD_FIELDS = ['file', 'caption', 'shareWithWco', 'keepGps'] as const;
/** Routes that take `multipart/form-data` instead of JSON (`METHOD /template`). */
export const MULTIPART_ROUTES: readonly string[] = [
  `POST ${API_ROUTES.casePhotos}`,
  `POST ${API_ROUTES.imports}`,
  `POST ${API_ROUTES.publications}`,
  `POST ${API_ROUTES.operationPhotos}`,
];
/**
 * 201 with the case's new version when the photo was added; 200 with the case unchanged when it
 * held this photo already (the same file after re-encoding).
 */
export interface PhotoUploadResponse {
  case: Case;
  photo: PhotoMeta;
  added: boolean;
}
/**
 * `DELETE /cases/:id/photos/:hash`: a new version of the case without the photo. The file is
 * deleted once no case names it any more (`fileRemoved`).
 */
export interface PhotoRemoveResponse {
  case: Case;
  fileRemoved: boolean;
}
/**
 * `GET /photos/:hash` (`?size=thumb` for the thumbnail): the file with its type, `nosniff`, and
 * `Cache-Control: private, max-age=31536000, immutable` (a hash always names the same bytes);
 * 404 once no case names it. Needs `case:read`.
 */
export const PHOTO_SIZES = ['full', 'thumb'] as const;
export type PhotoSizeParam = (typeof PHOTO_SIZES)[number];

/** What a photo result shows of the case it belongs to. */
export interface PhotoCaseSummary {
  id: string;
  version: number;
  ref?: string;
  kind: Case['kind'];
  status: CaseStatus;
  seizureDate: string;
  reportingCountry: string;
  itrAreas: string[];
  commodities: string[];
  concealmentMethod?: string;
  conveyanceMode?: string;
}
export interface PhotoHit {
  photo: PhotoMeta;
  case: PhotoCaseSummary;
}
/**
 * `GET /photos`: the case search filters of `GET /cases` (`CaseSearchParams`) and `caption`
 * (words that must all appear in the caption, accents and case ignored); photos of live cases,
 * newest seizure first, paged by `cursor`. A page may hold fewer than `limit` photos and still
 * have a `nextCursor` when a rare filter made the node stop reading (it reads at most 50,000
 * photo entries per request).
 */
export interface PhotoSearchParams extends Omit<CaseSearchParams, 'cursor' | 'limit'> {
  caption?: string;
  cursor?: string;
  limit?: number;
}
export const PHOTO_SEARCH_PARAMS = [
  ...CASE_SEARCH_PARAMS,
  'caption',
] as const satisfies readonly (keyof PhotoSearchParams)[];
export type PhotoSearchResponse = Page<PhotoHit>;
/** One photo that looks like the one asked about: `distance` bits of 64 differ (0: same picture). */
export interface SimilarPhoto extends PhotoHit {
  distance: number;
}
/**
 * `GET /photos/:hash/similar?case=&maxDistance=&limit=`: photos of live cases whose perceptual
 * hash is at most `maxDistance` (default 10, at most 20) bits away, closest first (`limit` at most
 * 100). The photo itself is left out; with `case`, the case it is looked at from, the same file
 * in other cases is listed with distance 0.
 */
export interface SimilarPhotosParams {
  case?: string;
  maxDistance?: number;
  limit?: number;
}
export interface SimilarPhotosResponse extends ItemList<SimilarPhoto> {
  /** The photo asked about (its SHA-256). */
  hash: string;
  maxDistance: number;
}

// ---------------------------------------------------------------------------------------------
// Publications and forum

/** What the WCO node publishes. */
export const PUBLICATION_KINDS = ['alert', 'analytical-report', 'newsletter'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
/**
 * Where a publication stands: drafts exist on the WCO node only; members' nodes hold what was
 * published, and a tombstone (no body, no attachments) once it is withdrawn.
 */
export type PublicationState = 'draft' | 'published' | 'withdrawn';
/**
 * Who receives a publication: every member (`all`), or the members whose country is listed or
 * whose node id is listed. Only members holding a contribution agreement with the WCO node.
 */
export interface PublicationAudience {
  all: boolean;
  countries: string[];
  nodeIds: string[];
}
/** One attachment: its bytes are served at `GET /publications/:id/attachments/:index`. */
export interface PublicationAttachment {
  index: number;
  /** The file name as uploaded (one line, at most 200 characters). */
  name: string;
  /** Judged by the file's bytes (`PUBLICATION_ATTACHMENT_TYPES`). */
  mime: (typeof PUBLICATION_ATTACHMENT_TYPES)[number];
  size: number;
  sha256: string;
}
/** The accepted attachment types (from the bytes, never from the name or declared type alone). */
export const PUBLICATION_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;
/** A publication in `GET /publications` (newest first). */
export interface PublicationSummary {
  id: string;
  kind: PublicationKind;
  title: string;
  /** The language it is written in (a console language code). */
  language: Language;
  state: PublicationState;
  /** The WCO node that signed it. */
  from: { nodeId: string; name: string };
  createdAt: string;
  publishedAt?: string;
  withdrawnAt?: string;
  attachmentCount: number;
  /** True until the signed-in user first opens it (members' nodes and the WCO node alike). */
  unread: boolean;
}
/**
 * `GET /publications/:id`. The body is plain text in a small markup: paragraphs are separated by
 * blank lines, lines starting with `- ` are list items, `**…**` is bold. It is never HTML: the
 * console shows every character as typed.
 */
export interface PublicationDetail extends PublicationSummary {
  /** Absent once withdrawn. */
  body?: string;
  /** Empty once withdrawn. */
  attachments: PublicationAttachment[];
  /** On the WCO node (for `publication:manage`): who receives it. */
  audience?: PublicationAudience;
  /** Why it was withdrawn. */
  withdrawalReason?: string;
  /** The WCO node's signed statement (compact JWS `cen-publication+json`), once published. */
  statement?: string;
}
export interface PublicationListResponse extends ItemList<PublicationSummary> {
  /** How many published ones the signed-in user has not opened. */
  unread: number;
}
/** `GET /publications` query parameters. */
export interface PublicationListParams {
  state?: PublicationState;
  kind?: PublicationKind;
  limit?: number;
}
/**
 * `POST /publications` on the WCO node (`publication:manage`): a draft, 201 with its
 * `PublicationDetail`. As JSON, or as multipart/form-data with this JSON in the field
 * `publication` and each attachment in a field `attachment` (at most 5, 8 MiB each).
 */
export interface CreatePublicationRequest {
  kind: PublicationKind;
  title: string;
  body: string;
  language: Language;
  audience: PublicationAudience;
}
/** The field names of a multipart `POST /publications`. */
export const PUBLICATION_UPLOAD_FIELDS = ['publication', 'attachment'] as const;
/** `POST /publications/:id/publish` (no body): signs and publishes a draft; 200 with the detail. */
export type PublishPublicationResponse = PublicationDetail;
/** `POST /publications/:id/withdraw`: signs a withdrawal; 200 with the detail. */
export interface WithdrawPublicationRequest {
  reason?: string;
}

/** Who wrote a forum thread or post: a member's officer (through their node) or a WCO user. */
export interface ForumAuthor {
  kind: 'member' | 'wco';
  nodeId: string;
  nodeName: string;
  /** The member's country (absent for the WCO). */
  country?: string;
  /** The display name (or username) the author's node gave. */
  name: string;
}
export interface ForumThread {
  id: string;
  title: string;
  author: ForumAuthor;
  createdAt: string;
  lastPostAt: string;
  /** Posts in the thread, the first included. */
  posts: number;
}
export interface ForumPost {
  id: string;
  threadId: string;
  author: ForumAuthor;
  /** Plain text (at most 10,000 characters), shown as typed, never as HTML. */
  body: string;
  createdAt: string;
}
/** `GET /forum/threads?cursor=&limit=`: the most recently active first. */
export type ForumThreadPage = Page<ForumThread>;
/** `GET /forum/threads/:id?cursor=&limit=`: the thread and a page of its posts, oldest first. */
export interface ForumThreadDetail {
  thread: ForumThread;
  posts: ForumPost[];
  nextCursor?: string;
}
/** `POST /forum/threads` (`forum:post`): 201 with the thread and its first post. */
export interface CreateForumThreadRequest {
  title: string;
  body: string;
}
export type CreateForumThreadResponse = ForumThreadDetail;
/** `POST /forum/threads/:id/posts` (`forum:post`): 201 with the post. */
export interface CreateForumPostRequest {
  body: string;
}
export type CreateForumPostResponse = ForumPost;
/** Limits of the forum's text (characters). */
export const FORUM_LIMITS = { title: 200, body: 10_000 } as const;
/** Limits of a publication's text (characters) and attachments. */
export const PUBLICATION_LIMITS = {
  title: 200,
  body: 50_000,
  attachments: 5,
  attachmentBytes: 8 * 1024 * 1024,
  attachmentName: 200,
} as const;

// ---------------------------------------------------------------------------------------------
// Operations (CENcomm; docs/decisions/0012-operations.md)

/**
 * `planned` before the period starts, `active` during it (members may post), `closed` once the
 * period ended (nothing can be posted; the organiser can still archive it), `archived` once the
 * organiser closed it: read-only for everyone (no message, no template or member change), still
 * readable, extractable and promotable to cases until its retention ends and it is purged.
 */
export const OPERATION_STATES = ['planned', 'active', 'closed', 'archived'] as const;
export type OperationState = (typeof OPERATION_STATES)[number];

/** A member administration's standing in an operation, as the organiser's node records it. */
export const OPERATION_MEMBER_STATUSES = ['invited', 'accepted', 'declined', 'removed'] as const;
export type OperationMemberStatus = (typeof OPERATION_MEMBER_STATUSES)[number];

/**
 * The field catalogue of report templates: typed fields from the case vocabulary. A catalogue
 * field's value is a code of the named vocabulary, except `quantity` (`{ value, unit }`, the unit
 * a `unit` code), `route` (a list of country codes, origin first) and `seizure-date` (YYYY-MM-DD).
 */
export const OPERATION_CATALOGUE_FIELDS = {
  commodity: 'commodity',
  'itr-area': 'itrArea',
  quantity: 'unit',
  route: 'country',
  country: 'country',
  'conveyance-mode': 'conveyanceMode',
  'concealment-method': 'concealmentMethod',
  'detection-method': 'detectionMethod',
  'location-type': 'locationType',
  'seizure-date': null,
} as const;
export type OperationCatalogueField = keyof typeof OPERATION_CATALOGUE_FIELDS;
/** Free fields the organiser labels: text, a number, a date (YYYY-MM-DD) or yes/no. */
export const OPERATION_FREE_FIELD_TYPES = ['text', 'number', 'date', 'yes-no'] as const;
export type OperationFreeFieldType = (typeof OPERATION_FREE_FIELD_TYPES)[number];
export type OperationFieldType = OperationCatalogueField | OperationFreeFieldType;

export interface OperationTemplateField {
  /** The report's key for this field (`[a-z][a-z0-9-]*`); a catalogue field's defaults to its type. */
  key: string;
  type: OperationFieldType;
  /** Required for free fields (the organiser's wording); catalogue fields are labelled by the console. */
  label?: string;
  required: boolean;
}

export interface OperationTemplate {
  /** Starts at 1 and grows with every change. */
  version: number;
  fields: OperationTemplateField[];
}

/** A value of a template report: a code, text, number, yes/no, a quantity or a route. */
export type OperationReportValue = string | number | boolean | string[] | { value: number; unit: string };
export type OperationReport = Record<string, OperationReportValue>;

export const OPERATION_LIMITS = {
  name: 200,
  members: 200,
  fields: 100,
  label: 200,
  /** A message's free text (characters). */
  text: 8_000,
  /** A free text field of a report (characters). */
  fieldText: 2_000,
  routeCountries: 10,
  retentionDays: 3_650,
  participants: 500,
  /** Photos attached to one message. */
  photos: 4,
} as const;

export interface OperationMember {
  nodeId: string;
  /** The administration's name as the organiser's peer book or hello gave it. */
  name?: string;
  status: OperationMemberStatus;
}

/** The definition the organiser signs and every member holds (the newest version wins). */
export interface OperationDefinition {
  id: string;
  name: string;
  organiser: { nodeId: string; name?: string };
  members: OperationMember[];
  period: { start: string; end: string };
  retentionDays: number;
  /** `active` is stored as such; `planned`/`closed` by period are derived (`OperationSummary.state`). */
  state: 'active' | 'closed';
  closedAt?: string;
  template: OperationTemplate;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface OperationSummary {
  definition: OperationDefinition;
  /** The state now: the period and closing applied. */
  state: OperationState;
  /** This node's part: it organises the operation, or it is (or was asked to be) a member. */
  role: 'organiser' | 'member';
  /** A member node: where it stands (`accepted` as soon as its manager accepted here). */
  status?: OperationMemberStatus;
  /** The highest sequence number of the thread this node holds. */
  head: number;
  /** This node's read receipt: its users read the thread up to this sequence number. */
  readUpTo?: number;
  /** This node's users who take part (besides its `operation:manage` users, who see everything). */
  participants: string[];
}

/** Where each member is, on the organiser's node. */
export interface OperationMemberProgress extends OperationMember {
  /** The thread is delivered to (and stored by) the member up to this sequence number. */
  delivered: number;
  /** The member's users read the thread up to this sequence number (its read receipt). */
  readUpTo: number;
}

export interface OperationDetail extends OperationSummary {
  /** The organiser's node only. */
  progress?: OperationMemberProgress[];
  /** Read receipts by member node: the organiser's own figures, or its last copy on a member. */
  receipts: Record<string, number>;
  /** This node's id: its own messages are those `from` it (the reports it may make cases of). */
  self?: string;
  /** This node's reports made into cases here: message id → case id. */
  promotions?: Record<string, string>;
}

export type OperationListResponse = ItemList<OperationSummary>;

/** One entry of an operation's thread: a message (free text and/or report) or a definition change. */
export interface OperationThreadEntry {
  seq: number;
  kind: 'message' | 'operation';
  /** The node that signed it. */
  from: string;
  at: string;
  relayedAt: string;
  /** A message: its id (UUIDv7), its author (a username on `from`), its text and report. */
  id?: string;
  author?: string;
  text?: string;
  report?: OperationReport;
  /** A definition change: the new definition's version. */
  definitionVersion?: number;
  /** A message: its photos (`GET /operations/:id/photos/:hash`). */
  photos?: OperationPhoto[];
}

/** A photo attached to a message: its SHA-256 (of the file as the photo pipeline stored it). */
export interface OperationPhoto {
  hash: string;
  size: number;
}

/**
 * `POST /operations/:id/photos` (`operation:post`, multipart, the field `file`): 201 with the
 * photo as this node stored it (metadata and GPS stripped); name its hash in a message's `photos`.
 */
export interface OperationPhotoUploadResponse extends OperationPhoto {
  mime: string;
  width: number;
  height: number;
}

/** A message posted on a member's node that the organiser has not taken yet (or refused). */
export interface OperationOutgoing {
  id: string;
  state: 'queued' | 'refused';
  author: string;
  text?: string;
  report?: OperationReport;
  photos?: OperationPhoto[];
  at: string;
  refusal?: { code: string; message: string };
}

/** `GET /operations/:id/messages?after=&limit=` */
export interface OperationMessagesResponse {
  items: OperationThreadEntry[];
  head: number;
  /** Set when more entries follow: pass it as `after`. */
  nextAfter?: number;
  /** This node's messages still on their way to the organiser (a member node). */
  outgoing: OperationOutgoing[];
}

/** `POST /operations` (`operation:manage`): 201 with the `OperationDetail`. */
export interface CreateOperationRequest {
  name: string;
  /** Node ids of the member administrations (each with a peer-book entry and an active agreement). */
  members: string[];
  template: { fields: OperationTemplateField[] };
  /** Default: from now, for 30 days. */
  period?: { start: string; end: string };
  /** Days the thread is kept after the operation closes (default 365). */
  retentionDays?: number;
  /** Users of this node who take part besides the creator. */
  participants?: string[];
}

/** `POST /operations/:id/accept` (`operation:manage`, a member node). */
export interface AcceptOperationRequest {
  /** Users of this node who take part besides the one who accepts. */
  participants?: string[];
}

/** `POST /operations/:id/members` (`operation:manage`, the organiser). */
export interface AddOperationMemberRequest {
  nodeId: string;
}

/** `PUT /operations/:id/template` (`operation:manage`, the organiser). */
export interface PutOperationTemplateRequest {
  fields: OperationTemplateField[];
}

/**
 * `PUT /operations/:id/participants` (`operation:manage`): this node's users who take part (their
 * usernames), replacing the list; the node's `operation:manage` users see the operation anyway.
 */
export interface PutOperationParticipantsRequest {
  participants: string[];
}

/** `POST /operations/:id/messages` (`operation:post`): free text, a template report, or both. */
export interface PostOperationMessageRequest {
  text?: string;
  report?: OperationReport;
  /** Hashes of photos uploaded to this node for this operation (`POST /operations/:id/photos`). */
  photos?: string[];
}

/**
 * 201 `relayed` with its sequence number when the organiser took it (always, on the organiser's
 * node); 202 `queued` when the organiser is unreachable (it goes when it answers again).
 */
export interface PostOperationMessageResponse {
  id: string;
  state: 'relayed' | 'queued';
  seq?: number;
}

/**
 * `POST /operations/:id/messages/:messageId/promote` (`case:write`, a participant): 201 with the
 * id of the draft case made of a report this node posted (operation id in `operationId`, the
 * message in the tag `operation-message:<id>`). 409 `operation_refused` on another member's node
 * and when the report is already a case (the message names it).
 */
export interface PromoteOperationReportResponse {
  caseId: string;
}

/** `POST /operations/:id/read` (`operation:read`): this node's users have read up to `upTo`. */
export interface OperationReadRequest {
  upTo: number;
}

/** `GET /operations/:id/receipts` */
export interface OperationReceiptsResponse {
  receipts: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Global statistics (the WCO node's global CEN, released through disclosure control)

/**
 * `GET /global/stats` query parameters: those of `GET /stats` (`country` filters, and the
 * `country` dimension groups by, the contributing member's reporting country).
 */
export type GlobalStatsParams = StatsParams;
export const GLOBAL_STATS_PARAMS = STATS_PARAMS;

/**
 * Figures as released: all null (and `suppressed`) when the cell counts 1 to `minCell - 1`
 * cases or would let such a cell be worked out from the others (docs/decisions/0010). A hidden
 * cell hides its quantities and value too.
 */
export interface ReleasedFigures {
  cases: number | null;
  quantities: Record<string, number> | null;
  valueUsd: number | null;
  suppressed: boolean;
}

/** A trend is released only when both the figures and those it compares with are. */
export interface ReleasedCell extends ReleasedFigures {
  trend: StatsTrend | null;
}

export interface ReleasedSeries extends ReleasedFigures {
  /** Against `previousSpan`, only when `from` was given; null when either side is hidden. */
  trend?: StatsTrend | null;
  series: ReleasedCell[];
}

export interface ReleasedBucket extends ReleasedSeries {
  key: string | null;
}

/**
 * `GET /global/stats`: `GET /stats`'s answer over the global CEN, released through disclosure
 * control (buckets × periods form the table, with the bucket totals, period totals and total as
 * its margins). Buckets whose total is shown come first, most cases first; hidden ones follow
 * by code, so that the order tells nothing about them.
 */
export interface GlobalStatsResponse {
  dimension: StatsDimension | null;
  period: StatsPeriod;
  from: string | null;
  to: string;
  previousSpan: { from: string; to: string } | null;
  periods: string[];
  total: ReleasedSeries;
  buckets: ReleasedBucket[];
  bucketsOmitted: number;
  units: string[];
  /** The smallest number of cases a released figure counts (0 aside). */
  minCell: number;
  /** How many figures (cells and totals, trends' comparison figures aside) are hidden. */
  suppressed: number;
}

/** What an ITR table's rows or columns are: a statistics dimension, or the year of seizure. */
export type ItrAxis = StatsDimension | 'year';

/**
 * One Illicit-Trade-Report-style table: cases (and their quantities and values) by two axes,
 * within one ITR area or all, released through disclosure control. `cells[r][c]` is the row
 * `rows.keys[r]` and the column `columns.keys[c]`; a case with several values on an axis counts
 * in each, so totals count each case once and may be less than the sum of their cells.
 */
export interface ItrTable {
  /** Stable name, also the sheet and CSV file name: `drugs-commodity-by-country`. */
  id: string;
  /** English title. */
  title: string;
  itrArea: string | null;
  rows: { axis: ItrAxis; keys: (string | null)[] };
  columns: { axis: ItrAxis; keys: (string | null)[] };
  cells: ReleasedFigures[][];
  rowTotals: ReleasedFigures[];
  columnTotals: ReleasedFigures[];
  total: ReleasedFigures;
  /** Units that appear in the released quantities, in vocabulary order. */
  units: string[];
}

/** `GET /global/itr?year=` (or `from=&to=` years) on the WCO node: every ITR table of those years. */
export interface ItrParams {
  year?: number;
  from?: number;
  to?: number;
}
export interface ItrResponse {
  /** First and last year covered. */
  from: number;
  to: number;
  minCell: number;
  /** Global cases seized in those years. */
  cases: number;
  tables: ItrTable[];
}

/** One member's data quality in the global CEN (WCO data-quality charter). */
export interface MemberQuality {
  nodeId: string;
  country: string;
  name?: string;
  /** Completeness and timeliness (seizure → entry at the member) over its global cases. */
  quality: QualityFigures;
  /** Seizure date → arrival at the WCO node, in whole days. */
  arrival: { medianDays: number | null; p90Days: number | null };
  /** When its last batch arrived. */
  lastReceivedAt: string | null;
  upToDate: boolean;
}

/** `GET /global/quality` on the WCO node: per member, with the case search filters of `GET /stats/quality`. */
export type GlobalQualityParams = QualityParams;
export interface GlobalQualityResponse {
  from: string | null;
  to: string;
  targetDays: number;
  items: MemberQuality[];
}

// ---------------------------------------------------------------------------------------------
// First boot: the setup of a node installed by the package (`cen-node init --setup-later`)

/** An address of one of the machine's network interfaces, offered as a listening address. */
export interface InterfaceAddress {
  /** The interface's name (`eth0`). */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
}

/** Where a node listens (API and peers), as its config says. */
export interface ListeningAddresses {
  apiHost: string;
  apiPort: number;
  p2pHost: string;
  p2pPort: number;
  /** The console's and API's URL (https unless a development node on loopback). */
  url: string;
}

/**
 * `GET /setup` (the first administrator, `node:manage`): whether the setup is pending, where the
 * node listens now and the machine's interface addresses as suggestions.
 */
export interface SetupStatusResponse {
  pending: boolean;
  current: ListeningAddresses;
  interfaces: InterfaceAddress[];
  /** True when the node serves HTTPS: only then may the API listen beyond loopback. */
  tls: boolean;
}

/**
 * `POST /setup`: the administration and where the node listens. `country` (ISO 3166-1 alpha-2)
 * for a national node only; a WCO node has none and its first administrator becomes the WCO
 * administrator. 400 `validation_failed` (paths are these keys); 409 `setup_complete` when the
 * node is configured already.
 */
export interface SetupRequest {
  name: string;
  role: 'national' | 'wco';
  country?: string;
  apiHost: string;
  apiPort: number;
  /** Default: apiHost. */
  p2pHost?: string;
  p2pPort: number;
}

/** `POST /setup` (200): the node restarts its services as configured and answers at `url`. */
export interface SetupResponse {
  url: string;
  /** True when `url` differs from where the node answered until now. */
  moved: boolean;
  /** True when the session ended (a new address, or the administrator's new role): sign in again at `url`. */
  signInAgain: boolean;
  name: string;
  role: 'national' | 'wco';
  country?: string;
}
