/**
 * The record store's public contract: what the API, CLI, importers and (later) the exchange use.
 * Implemented by `RecordStore` in `records.ts` over any `KvStore`.
 *
 * Invariants every implementation keeps:
 * - one write = one atomic KV batch holding the record, its revision (hash-chained to the
 *   previous revision of the same record), its index entries and one change-log entry;
 * - change-log sequence numbers are strictly increasing and never reused (peers sync from them);
 * - nothing that fails validation is written, not even in part;
 * - a stale `expectedVersion` is refused with `VersionConflictError` and writes nothing.
 */
import type { BusinessId, CaseId, PersonId } from '../../protocol/ids.ts';
import type {
  Business,
  BusinessInput,
  Case,
  CaseInput,
  IdentifierType,
  Person,
  PersonInput,
} from '../../protocol/records.ts';
import type { BatchOp } from './kv.ts';
import type { BusinessQuery, PersonQuery } from './party-index.ts';

export type RecordType = 'case' | 'person' | 'business';

export interface Actor {
  /** Who made the change, as shown in the revision history (a username, or `system:import`). */
  username: string;
}

/** Search filters; every field is optional and they combine with AND. */
export interface CaseQuery {
  q?: string; // free text over narrative, item descriptions, concealment description, ref, office, location name
  from?: string; // seizureDate >= from (YYYY-MM-DD)
  to?: string; // seizureDate <= to
  country?: string; // reportingCountry
  itrArea?: string;
  commodity?: string;
  conveyanceMode?: string;
  detectionMethod?: string;
  locationType?: string;
  routeCountry?: string; // origin, departure, any transit or destination
  status?: string;
  cursor?: string; // opaque, from a previous page's nextCursor
  limit?: number; // 1..500, default 50
}

/** Results come newest seizure first (seizureDate desc, then id desc). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface Revision {
  type: RecordType;
  id: string;
  version: number;
  op: 'create' | 'update' | 'delete';
  at: string;
  by: string;
  /** sha256 (hex) of the record as stored at this version, over its canonical JSON. */
  recordHash: string;
  /** `hash` of the previous revision of the same record, or null for version 1. */
  prev: string | null;
  /** sha256 (hex) over the canonical JSON of every field above. */
  hash: string;
  record: unknown;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first revision that does not verify, and why. */
  firstBad?: { type: RecordType; id: string; version: number; reason: string };
}

export interface Change {
  seq: number;
  type: RecordType;
  id: string;
  version: number;
  op: Revision['op'];
  at: string;
}

export interface LinkedCase {
  case: Case;
  /** Why it is linked: the shared identifiers, e.g. `{ type: 'container', value: 'MSCU1234565' }`. */
  via: { type: IdentifierType | 'person' | 'business'; value: string }[];
}

/** Options of a bulk `createCases`. */
export interface CreateCasesOptions {
  /**
   * More writes for the same atomic batch as the cases, made from the cases as they are stored
   * (in input order): a bulk importer's row keys, so that a replay after a crash finds every row
   * that was stored and only those. Called in the writer queue; it must not throw.
   */
  alsoWrite?: (cases: readonly Case[]) => readonly BatchOp[];
}

export interface RecordStoreApi {
  createCase(input: unknown, actor: Actor): Promise<Case>;
  /** Validates every input first; stores all of them in one batch or none. */
  createCases(inputs: readonly unknown[], actor: Actor, options?: CreateCasesOptions): Promise<Case[]>;
  getCase(id: CaseId): Promise<Case | undefined>;
  updateCase(id: CaseId, input: unknown, expectedVersion: number, actor: Actor): Promise<Case>;
  deleteCase(id: CaseId, expectedVersion: number, actor: Actor): Promise<Case>;
  searchCases(query: CaseQuery): Promise<Page<Case>>;
  /** Other cases that share a document, container, IMO, company registration, person or business. */
  linkedCases(id: CaseId): Promise<LinkedCase[]>;
  casesByIdentifier(type: IdentifierType, value: string): Promise<Case[]>;

  createPerson(input: unknown, actor: Actor): Promise<Person>;
  /** Validates every input first; stores all of them in one batch or none. */
  createPersons(inputs: readonly unknown[], actor: Actor): Promise<Person[]>;
  getPerson(id: PersonId): Promise<Person | undefined>;
  updatePerson(id: PersonId, input: unknown, expectedVersion: number, actor: Actor): Promise<Person>;
  deletePerson(id: PersonId, expectedVersion: number, actor: Actor): Promise<Person>;
  casesOfPerson(id: PersonId): Promise<Case[]>;
  /**
   * Live persons by name words (each a prefix of a word of the family or given names, accents and
   * case ignored), exact document number and nationality; alphabetical (see `party-index.ts`).
   */
  searchPersons(query: PersonQuery): Promise<Page<Person>>;

  createBusiness(input: unknown, actor: Actor): Promise<Business>;
  createBusinesses(inputs: readonly unknown[], actor: Actor): Promise<Business[]>;
  getBusiness(id: BusinessId): Promise<Business | undefined>;
  updateBusiness(id: BusinessId, input: unknown, expectedVersion: number, actor: Actor): Promise<Business>;
  deleteBusiness(id: BusinessId, expectedVersion: number, actor: Actor): Promise<Business>;
  casesOfBusiness(id: BusinessId): Promise<Case[]>;
  /** Live businesses by name words, exact registration number and country; alphabetical. */
  searchBusinesses(query: BusinessQuery): Promise<Page<Business>>;

  revisions(type: RecordType, id: string): Promise<Revision[]>;
  /** Verifies one record's chain, or every chain when `id` is omitted. */
  verifyChains(type?: RecordType, id?: string): Promise<ChainReport>;
  changesSince(seq: number, limit: number): Promise<Change[]>;
  lastSeq(): number;
  /** Counts, for health and metrics. */
  counts(): Promise<{ cases: number; persons: number; businesses: number }>;
}

export type { CaseInput, PersonInput, BusinessInput, PersonQuery, BusinessQuery };
