/**
 * `RecordStore`: cases, persons and businesses over any `KvStore`, with revision hash chains,
 * a change log, secondary indexes for search, and correlation indexes.
 *
 * Every write runs in one in-process queue (so version checks and sequence numbers cannot
 * interleave) and ends in exactly one `kv.batch` holding the records, their revisions, their
 * index changes and their change-log entries. Reads do not wait for the queue. `createCases`
 * validates and serialises its cases before it joins the queue, so that an importer handing over
 * batch N+1 while batch N is written gets the two overlapped; the full-text index is updated on a
 * thread of its own (see fulltext.ts).
 *
 * @example
 *   const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
 *   const created = await store.createCase(input, { username: 'ana' });
 *   const page = await store.searchCases({ commodity: 'cocaine', from: '2026-01-01' });
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
  PhotoMeta,
  RecordMeta,
} from '../../protocol/records.ts';
import {
  normaliseIdentifier,
  validateBusinessInput,
  validateCaseInput,
  validatePersonInput,
} from '../../protocol/validation.ts';
import type { ValidationIssue, Validated } from '../../protocol/validation-types.ts';
import { NotFoundError, StoreClosedError, ValidationError, VersionConflictError } from '../errors.ts';
import type { FullTextIndex, FullTextSource } from './fulltext.ts';
import { JsonText } from './json-text.ts';
import type { BatchOp, KvStore } from './kv.ts';
import {
  caseIdentifiers,
  caseIdOfIndexKey,
  caseIndexKeys,
  caseLinkedIndexKeys,
  caseOwnIndexKeys,
  changeKey,
  compareNewestFirst,
  decodeCursor,
  encodeCursor,
  FILTER_NAMES,
  type FilterName,
  identifierPrefix,
  linkPrefix,
  type LinkedRecords,
  matchesQuery,
  NS,
  type PartyFacts,
  partyFacts,
  prefixRange,
  queryTerms,
  RECORD_NAMESPACE,
  revisionKey,
  revisionPrefix,
  searchPrefix,
  SEP,
  sortKey,
} from './keys.ts';
import {
  canonicalRecord,
  makeRevision,
  storedLatest,
  verifyChain,
  withRecords,
  type ChainProblem,
  type RevisionFields,
  type StoredRevision,
} from './revisions.ts';
import {
  type BusinessQuery,
  decodePartyCursor,
  encodePartyCursor,
  isFirstWordEntry,
  matchesPartyQuery,
  partyIdOfIndexKey,
  partyIndexKeys,
  type PartyQuery,
  type PartyType,
  type PersonQuery,
  planPartyScan,
} from './party-index.ts';
import {
  casePhotoKeys,
  caseIdOfPhotoRef,
  parsePhotoListKey,
  parsePhotoPhashKey,
  PHOTO_LIST_PREFIX,
  PHOTO_NAMESPACE,
  PHOTO_PHASH_PREFIX,
  photoIndexDiff,
  photoRefPrefix,
  type PhotoEntry,
} from './photo-index.ts';
import { intersect } from './search.ts';
import { newRecordId } from './uuid.ts';
import type {
  Actor,
  CaseQuery,
  CreateCasesOptions,
  Change,
  ChainReport,
  LinkedCase,
  Page,
  RecordStoreApi,
  RecordType,
  Revision,
} from './types.ts';

/**
 * A derived index of cases kept beside the full-text one (the statistics database): told of every
 * write once it is durable, caught up from the change log when the store opens, closed with it.
 */
export interface DerivedCaseIndex {
  /**
   * The cases one write stored (deleted ones with `deletedAt`), taking the change log from
   * `fromSeq` to `upToSeq`. Called in the writer queue; must not throw: an index that cannot
   * follow notes that it is behind and catches up later.
   */
  written(cases: readonly Case[], fromSeq: number, upToSeq: number): void;
  catchUp(source: FullTextSource): Promise<unknown>;
  close(): Promise<void>;
}

export interface RecordStoreOptions {
  /** The store takes ownership: `close()` closes it. */
  kv: KvStore;
  /** The node's own ISO 3166-1 alpha-2 country (reportingCountry of every case it creates). */
  country: string;
  clock?: () => Date;
  /** Optional full-text index for `q`; the store keeps it caught up and closes it on `close()`. */
  fullText?: FullTextIndex;
  /** Further derived indexes (statistics) the store keeps caught up and closes on `close()`. */
  derived?: readonly DerivedCaseIndex[];
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** Counts of live (not deleted) records, kept in the same batches as the records. */
interface Counts {
  cases: number;
  persons: number;
  businesses: number;
}
const COUNTS_KEY = 'counts';
/**
 * Set once the person and business search entries exist for every record: stores written before
 * they did get them on their first open (see `#buildPartyIndex`).
 */
const PARTY_INDEX_KEY = 'party-index';
/** Set once the photo index (`photo-index.ts`) holds the entries of every stored case. */
const PHOTO_INDEX_KEY = 'photo-index';
/**
 * The fields of a photo that a client may change by saving the case; the others describe the
 * stored file and come from the upload (see `keepUploadedFields`).
 */
const EDITABLE_PHOTO_FIELDS = ['caption', 'shareWithWco'] as const;
const META_NS = 'meta';
const COUNT_FIELD = { case: 'cases', person: 'persons', business: 'businesses' } as const;
/** The value of every index entry: the key is what matters. Serialised once. */
const INDEX_VALUE = new JsonText('1');

/** Fields the store owns: never taken from client input. */
const BOOKKEEPING = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deletedAt',
  'origin',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function withoutBookkeeping<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const field of BOOKKEEPING) delete copy[field];
  return copy as T;
}

/** A revision about to be written, with the canonical JSON of its record (what the kv stores). */
interface Written {
  rev: Revision;
  text: string;
}

/**
 * A new revision of a record as the store assembled it; its `record` is the stored form (see
 * `canonicalRecord`), which is what the caller gets back.
 */
function revise(fields: RevisionFields): Written {
  let canonical: { record: unknown; recordHash: string; text: string };
  try {
    canonical = canonicalRecord(fields.record);
  } catch {
    throw new ValidationError([
      {
        path: '',
        rule: 'type',
        message: 'holds a value JSON cannot store faithfully, such as a broken character',
      },
    ]);
  }
  return {
    rev: makeRevision({ ...fields, record: canonical.record, recordHash: canonical.recordHash }),
    text: canonical.text,
  };
}

function prefixIssues(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  if (prefix === '') return [...issues];
  return issues.map((issue) => ({
    ...issue,
    path:
      issue.path === ''
        ? prefix
        : issue.path.startsWith('[')
          ? prefix + issue.path
          : `${prefix}.${issue.path}`,
  }));
}

/**
 * The minimum shape the indexes rely on, checked whatever the validator lets through: a bad date
 * or a missing items array would otherwise corrupt index keys rather than be refused.
 */
function caseShapeIssues(value: CaseInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof value.seizureDate !== 'string' || !DATE.test(value.seizureDate)) {
    issues.push({ path: 'seizureDate', rule: 'date', message: 'must be a date written YYYY-MM-DD' });
  }
  if (!Array.isArray(value.items)) {
    issues.push({ path: 'items', rule: 'type', message: 'must be a list of items' });
  }
  for (const field of ['persons', 'businesses'] as const) {
    const links = value[field] as unknown;
    if (links !== undefined && !Array.isArray(links)) {
      issues.push({ path: field, rule: 'type', message: 'must be a list of links' });
    }
  }
  return issues;
}

/** Cases validated and serialised, waiting for their turn in the writer queue. */
interface PreparedCases {
  written: Written[];
  /** Each case's index keys that do not depend on what it links (see `caseOwnIndexKeys`). */
  ownKeys: string[][];
}

/**
 * A client saving a case sends its photos back; those the case already holds keep what the node
 * measured at upload (file size, dimensions, thumbnail, perceptual hash, position, uploader), so
 * a client that drops or alters those fields cannot make the record disagree with the file.
 */
function keepUploadedFields(next: readonly PhotoMeta[] | undefined, current: readonly PhotoMeta[]) {
  if (next === undefined) return undefined;
  const stored = new Map(current.map((photo) => [photo.hash, photo]));
  return next.map((photo) => {
    const known = stored.get(photo.hash);
    if (!known) return photo;
    const kept: Record<string, unknown> = { ...known };
    for (const field of EDITABLE_PHOTO_FIELDS) {
      if (photo[field] === undefined) delete kept[field];
      else kept[field] = photo[field];
    }
    return kept as unknown as PhotoMeta;
  });
}

/** The editable part of a stored case, as a client would send it back. */
function inputOfCase(c: Case): CaseInput {
  return withoutBookkeeping(c);
}

function sortNewestFirst(cases: Case[]): Case[] {
  return cases.sort(compareNewestFirst);
}

/** What is known of some persons and businesses, optionally with one replaced by a newer state. */
class LinkedFacts implements LinkedRecords {
  readonly #facts: Map<string, PartyFacts>;
  constructor(facts: Map<string, PartyFacts>) {
    this.#facts = facts;
  }
  facts(type: PartyType, id: string): PartyFacts | undefined {
    return this.#facts.get(partyKey(type, id));
  }
  with(type: PartyType, id: string, facts: PartyFacts): LinkedFacts {
    return new LinkedFacts(new Map(this.#facts).set(partyKey(type, id), facts));
  }
}

const partyKey = (type: PartyType, id: string): string => `${type}${SEP}${id}`;

/**
 * Facts about the persons and businesses cases link (see `PartyFacts`), kept in memory because
 * every case written checks and indexes its links: a bulk import would otherwise read the same
 * few thousand persons again for every batch. Only the writer queue fills it and it is updated
 * by every write of a person or business, so it never disagrees with LevelDB; the oldest entries
 * make room past `MAX_CACHED_PARTIES`.
 */
const MAX_CACHED_PARTIES = 100_000;

/** What the store sets on a record it writes. */
type StoreMeta = RecordMeta & { id: string };

interface PartyDescriptor<TInput, TRecord extends Person | Business> {
  type: 'person' | 'business';
  validate(input: unknown, today: string): Validated<TInput>;
  build(value: TInput, meta: StoreMeta): TRecord;
}

const PERSON: PartyDescriptor<PersonInput, Person> = {
  type: 'person',
  validate: (input, today) => validatePersonInput(input, { today }),
  build: (value, meta) =>
    ({
      ...withoutBookkeeping(value),
      documents: value.documents ?? [],
      addresses: value.addresses ?? [],
      ...meta,
    }) as Person,
};

const BUSINESS: PartyDescriptor<BusinessInput, Business> = {
  type: 'business',
  validate: (input) => validateBusinessInput(input),
  build: (value, meta) =>
    ({ ...withoutBookkeeping(value), addresses: value.addresses ?? [], ...meta }) as Business,
};

export class RecordStore implements RecordStoreApi, AsyncDisposable {
  readonly kv: KvStore;
  readonly country: string;
  readonly #clock: () => Date;
  readonly #fullText: FullTextIndex | undefined;
  readonly #derived: readonly DerivedCaseIndex[];
  /** The full-text update the current write started (see `#write`); it never rejects. */
  #indexing: Promise<void> | undefined;
  #lastSeq: number;
  #counts: Counts;
  #writes: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** See `MAX_CACHED_PARTIES`. */
  readonly #parties = new Map<string, PartyFacts>();

  private constructor(opts: RecordStoreOptions, lastSeq: number, counts: Counts) {
    this.kv = opts.kv;
    this.country = opts.country;
    this.#clock = opts.clock ?? (() => new Date());
    this.#fullText = opts.fullText;
    this.#derived = opts.derived ?? [];
    this.#lastSeq = lastSeq;
    this.#counts = counts;
  }

  static async open(opts: RecordStoreOptions): Promise<RecordStore> {
    let lastSeq = 0;
    for await (const [, change] of opts.kv.iterate(NS.changes, { reverse: true, limit: 1 })) {
      lastSeq = (change as Change).seq;
    }
    const counts = ((await opts.kv.get(META_NS, COUNTS_KEY)) as Counts | undefined) ?? {
      cases: 0,
      persons: 0,
      businesses: 0,
    };
    const store = new RecordStore(opts, lastSeq, counts);
    if ((await opts.kv.get(META_NS, PARTY_INDEX_KEY)) === undefined) await store.#buildPartyIndex();
    if ((await opts.kv.get(META_NS, PHOTO_INDEX_KEY)) === undefined) await store.#buildPhotoIndex();
    if (opts.fullText) await opts.fullText.catchUp(store);
    for (const index of store.#derived) await index.catchUp(store);
    return store;
  }

  /** The full-text index this store keeps up to date, if it has one. */
  get fullText(): FullTextIndex | undefined {
    return this.#fullText;
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Runs `fn` in the writer queue: after every earlier write, before every later one. The queue
   * moves on as soon as `fn` is done; the promise returned also waits for the full-text update
   * `fn` started, so that a caller who gets its cases back finds them in a `q` search too.
   */
  #write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    const result = this.#writes.then(async () => {
      this.#indexing = undefined;
      const value = await fn();
      return { value, indexing: this.#takeIndexing() };
    });
    this.#writes = result.catch(() => undefined);
    return result.then(async ({ value, indexing }) => {
      await indexing;
      return value;
    });
  }

  /** The full-text update the write that just ended started, if any. */
  #takeIndexing(): Promise<void> | undefined {
    const indexing = this.#indexing;
    this.#indexing = undefined;
    return indexing;
  }

  /** Runs `fn` with no store write in progress or starting (e.g. to rebuild the full-text index). */
  withWritesPaused<T>(fn: () => Promise<T>): Promise<T> {
    return this.#write(fn);
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  /**
   * Writes revisions (and the records they carry), extra index ops, change-log entries and the
   * counts in ONE batch, then hands the cases written to the full-text index.
   */
  async #commit(written: readonly Written[], indexOps: readonly BatchOp[], countDelta: Partial<Counts>) {
    const ops: BatchOp[] = [];
    let seq = this.#lastSeq;
    for (const { rev, text } of written) {
      seq++;
      ops.push({ type: 'put', ns: RECORD_NAMESPACE[rev.type], key: rev.id, value: new JsonText(text) });
      ops.push({
        type: 'put',
        ns: NS.revisions,
        key: revisionKey(rev.type, rev.id, rev.version),
        value: storedLatest(rev),
      });
      const change: Change = {
        seq,
        type: rev.type,
        id: rev.id,
        version: rev.version,
        op: rev.op,
        at: rev.at,
      };
      ops.push({ type: 'put', ns: NS.changes, key: changeKey(seq), value: change });
    }
    for (const op of indexOps) ops.push(op);
    const counts = { ...this.#counts };
    for (const [field, delta] of Object.entries(countDelta) as [keyof Counts, number][])
      counts[field] += delta;
    ops.push({ type: 'put', ns: META_NS, key: COUNTS_KEY, value: counts });

    await this.kv.batch(ops);
    const before = this.#lastSeq;
    this.#lastSeq = seq;
    this.#counts = counts;
    const cases: Case[] = [];
    let fresh = true;
    for (const { rev } of written) {
      if (rev.type === 'case') {
        cases.push(rev.record as Case);
        if (rev.op !== 'create') fresh = false;
      } else this.#rememberParty(rev.type, rev.id, partyFacts(rev.type, rev.record as Person | Business));
    }
    for (const index of this.#derived) {
      try {
        index.written(cases, before, seq);
      } catch {
        // The write is durable: a derived index that failed catches up from the change log.
      }
    }
    await this.#indexFullText(before, cases, fresh);
  }

  /**
   * Hands the cases of a write to the full-text index. The write is already durable in LevelDB: a
   * failure here only leaves the derived index behind, which a later catch-up repairs, so it must
   * not turn a stored write into a reported failure. The index works on a thread of its own; the
   * writer queue moves on at once, and the caller's promise waits for it (see `#write`).
   */
  async #indexFullText(before: number, cases: readonly Case[], fresh: boolean): Promise<void> {
    const fullText = this.#fullText;
    if (!fullText) return;
    if (fullText.follows(before)) {
      this.#indexing = fullText.update(cases, before, this.#lastSeq, fresh);
      return;
    }
    // Behind (a failed update, or writes made without the index): catch up now, in the queue.
    try {
      await fullText.catchUp(this);
    } catch {
      // Still behind: the next write or `q` search tries again.
    }
  }

  /**
   * What is known of the persons and businesses with these ids (those that do not exist are
   * absent). `inQueue`: the caller runs in the writer queue, so what it reads may fill the cache;
   * a read outside it could race a write and put back an older state.
   */
  async #linkedFacts(
    personIds: Iterable<string>,
    businessIds: Iterable<string>,
    inQueue: boolean,
  ): Promise<LinkedFacts> {
    const facts = new Map<string, PartyFacts>();
    const missing: Record<PartyType, Set<string>> = { person: new Set(), business: new Set() };
    for (const [type, ids] of [
      ['person', personIds],
      ['business', businessIds],
    ] as const) {
      for (const id of ids) {
        const known = this.#parties.get(partyKey(type, id));
        if (known) facts.set(partyKey(type, id), known);
        else missing[type].add(id);
      }
    }
    if (missing.person.size + missing.business.size > 0) {
      const personIdsToRead = [...missing.person];
      const businessIdsToRead = [...missing.business];
      const [persons, businesses] = await Promise.all([
        this.kv.getMany(NS.persons, personIdsToRead),
        this.kv.getMany(NS.businesses, businessIdsToRead),
      ]);
      for (const [type, ids, records] of [
        ['person', personIdsToRead, persons],
        ['business', businessIdsToRead, businesses],
      ] as const) {
        ids.forEach((id, i) => {
          const record = records[i] as Person | Business | undefined;
          if (!record) return;
          const known = partyFacts(type, record);
          facts.set(partyKey(type, id), known);
          if (inQueue) this.#rememberParty(type, id, known);
        });
      }
    }
    return new LinkedFacts(facts);
  }

  #rememberParty(type: PartyType, id: string, facts: PartyFacts): void {
    const key = partyKey(type, id);
    this.#parties.delete(key);
    this.#parties.set(key, facts);
    if (this.#parties.size > MAX_CACHED_PARTIES) this.#parties.delete(this.#parties.keys().next().value!);
  }

  /** Link issues: every newly linked person or business must exist and not be deleted. */
  #linkIssues(
    value: Pick<CaseInput, 'persons' | 'businesses'>,
    previous: Case | undefined,
    linked: LinkedFacts,
  ): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const field of ['persons', 'businesses'] as const) {
      const links = value[field];
      if (!links || links.length === 0) continue;
      const kept = new Set((previous?.[field] ?? []).map((link) => link.id as string));
      const type = field === 'persons' ? 'person' : 'business';
      links.forEach((link, i) => {
        if (kept.has(link.id)) return;
        const facts = linked.facts(type, link.id);
        if (!facts || facts.deleted) {
          issues.push({
            path: `${field}[${i}].id`,
            rule: 'exists',
            message: `no ${type} with id ${String(link.id)}`,
          });
        }
      });
    }
    return issues;
  }

  #validateCase(input: unknown, today: string, previous: Case | undefined): Validated<CaseInput> {
    const result = validateCaseInput(
      input,
      previous ? { country: this.country, today, previous } : { country: this.country, today },
    );
    if (!result.ok) return result;
    const shape = caseShapeIssues(result.value);
    return shape.length > 0 ? { ok: false, issues: shape } : result;
  }

  #buildCase(
    value: CaseInput,
    meta: Pick<Case, 'id' | 'version' | 'createdAt' | 'updatedAt'> & Partial<Case>,
  ): Case {
    return {
      ...withoutBookkeeping(value),
      reportingCountry: value.reportingCountry ?? this.country,
      offenceTypes: value.offenceTypes ?? [],
      offenders: value.offenders ?? [],
      persons: value.persons ?? [],
      businesses: value.businesses ?? [],
      photos: value.photos ?? [],
      tags: value.tags ?? [],
      ...meta,
    };
  }

  createCase(input: unknown, actor: Actor): Promise<Case> {
    return this.#createCases([input], actor, false).then((cases) => cases[0]!);
  }

  createCases(inputs: readonly unknown[], actor: Actor, options?: CreateCasesOptions): Promise<Case[]> {
    return this.#createCases(inputs, actor, true, options?.alsoWrite);
  }

  /**
   * Validation, canonical JSON and hashing need nothing from the store, so they run when the call
   * is made, outside the writer queue: a caller that submits the next batch before the previous
   * one is stored gets the two overlapped (the LevelDB write runs off the main thread). Link
   * checks, index keys and sequence numbers are settled in the queue.
   */
  #createCases(
    inputs: readonly unknown[],
    actor: Actor,
    bulk: boolean,
    alsoWrite?: CreateCasesOptions['alsoWrite'],
  ): Promise<Case[]> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    let prepared: PreparedCases;
    try {
      prepared = this.#prepareCases(inputs, actor, bulk);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.#write(() => this.#storeCases(prepared, bulk, alsoWrite));
  }

  #prepareCases(inputs: readonly unknown[], actor: Actor, bulk: boolean): PreparedCases {
    const at = this.#now();
    const today = at.slice(0, 10);
    const issues: ValidationIssue[] = [];
    const values: CaseInput[] = [];
    inputs.forEach((input, i) => {
      const result = this.#validateCase(input, today, undefined);
      if (result.ok) values.push(result.value);
      else issues.push(...prefixIssues(result.issues, bulk ? `[${i}]` : ''));
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const written = values.map((value) => {
      const id = newRecordId() as CaseId;
      const built = this.#buildCase(value, {
        id,
        version: 1,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.username,
        updatedBy: actor.username,
      });
      return revise({
        type: 'case',
        id,
        version: 1,
        op: 'create',
        at,
        by: actor.username,
        record: built,
        prev: null,
      });
    });
    // Only what the queue needs is kept, not the validated inputs: a batch waits for the previous
    // one, and whatever it holds meanwhile outlives the young generation of the garbage collector.
    return { written, ownKeys: written.map(({ rev }) => caseOwnIndexKeys(rev.record as Case)) };
  }

  async #storeCases(
    { written, ownKeys }: PreparedCases,
    bulk: boolean,
    alsoWrite?: CreateCasesOptions['alsoWrite'],
  ): Promise<Case[]> {
    if (written.length === 0) return [];
    const cases = written.map(({ rev }) => rev.record as Case);
    const linked = await this.#linkedFacts(
      cases.flatMap((c) => c.persons.map((link) => link.id)),
      cases.flatMap((c) => c.businesses.map((link) => link.id)),
      true,
    );
    const issues: ValidationIssue[] = [];
    cases.forEach((c, i) => {
      issues.push(...prefixIssues(this.#linkIssues(c, undefined, linked), bulk ? `[${i}]` : ''));
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const indexOps: BatchOp[] = [];
    cases.forEach((record, i) => {
      const own = ownKeys[i]!;
      for (const key of own) indexOps.push({ type: 'put', ns: NS.indexes, key, value: INDEX_VALUE });
      for (const key of caseLinkedIndexKeys(record, linked))
        if (!own.includes(key)) indexOps.push({ type: 'put', ns: NS.indexes, key, value: INDEX_VALUE });
      if (record.photos.length > 0) indexOps.push(...photoIndexDiff(undefined, record));
    });
    if (alsoWrite) for (const op of alsoWrite(cases)) indexOps.push(op);
    await this.#commit(written, indexOps, { cases: cases.length });
    return cases;
  }

  /** The index ops that take a case from `before` keys to `after` keys. */
  #indexDiff(before: readonly string[], after: readonly string[]): BatchOp[] {
    const old = new Set(before);
    const next = new Set(after);
    const ops: BatchOp[] = [];
    for (const key of old) if (!next.has(key)) ops.push({ type: 'del', ns: NS.indexes, key });
    for (const key of next)
      if (!old.has(key)) ops.push({ type: 'put', ns: NS.indexes, key, value: INDEX_VALUE });
    return ops;
  }

  async #currentForChange<T extends { version: number; deletedAt?: string }>(
    type: RecordType,
    id: string,
    expectedVersion: number,
  ): Promise<T> {
    const current = (await this.kv.get(RECORD_NAMESPACE[type], id)) as T | undefined;
    if (!current || current.deletedAt) throw new NotFoundError(type, id);
    if (current.version !== expectedVersion)
      throw new VersionConflictError(type, id, expectedVersion, current.version);
    return current;
  }

  /**
   * The hash of the current revision of a record, and the op that stores the record back into
   * that revision now that a newer one is about to become the latest (see `StoredRevision`).
   */
  async #supersede(
    type: RecordType,
    current: { id: string; version: number },
  ): Promise<{ prev: string; op: BatchOp }> {
    const key = revisionKey(type, current.id, current.version);
    const rev = (await this.kv.get(NS.revisions, key)) as StoredRevision | undefined;
    if (!rev)
      throw new Error(`${type} ${current.id} v${current.version} has no revision: run cen-node check`);
    return { prev: rev.hash, op: { type: 'put', ns: NS.revisions, key, value: { ...rev, record: current } } };
  }

  /** Replaces a case with `next` (an update or a soft delete) in one batch; returns it as stored. */
  async #replaceCase(
    current: Case,
    next: Case,
    op: 'update' | 'delete',
    at: string,
    by: string,
  ): Promise<Case> {
    const linked = await this.#linkedFacts(
      [...current.persons, ...next.persons].map((link) => link.id),
      [...current.businesses, ...next.businesses].map((link) => link.id),
      true,
    );
    const superseded = await this.#supersede('case', current);
    const written = revise({
      type: 'case',
      id: next.id,
      version: next.version,
      op,
      at,
      by,
      record: next,
      prev: superseded.prev,
    });
    const stored = written.rev.record as Case;
    const indexOps = this.#indexDiff(caseIndexKeys(current, linked), caseIndexKeys(stored, linked));
    indexOps.push(...photoIndexDiff(current, stored));
    await this.#commit([written], [superseded.op, ...indexOps], op === 'delete' ? { cases: -1 } : {});
    return stored;
  }

  updateCase(id: CaseId, input: unknown, expectedVersion: number, actor: Actor): Promise<Case> {
    return this.#write(async () => {
      const current = await this.#currentForChange<Case>('case', id, expectedVersion);
      const at = this.#now();
      const result = this.#validateCase(input, at.slice(0, 10), current);
      if (!result.ok) throw new ValidationError(result.issues);
      const photos = keepUploadedFields(result.value.photos, current.photos);
      const value = photos === undefined ? result.value : { ...result.value, photos };
      const linked = await this.#linkedFacts(
        (value.persons ?? []).map((link) => link.id),
        (value.businesses ?? []).map((link) => link.id),
        true,
      );
      const linkIssues = this.#linkIssues(value, current, linked);
      if (linkIssues.length > 0) throw new ValidationError(linkIssues);
      const next = this.#buildCase(value, {
        id: current.id,
        version: current.version + 1,
        createdAt: current.createdAt,
        ...(current.createdBy !== undefined ? { createdBy: current.createdBy } : {}),
        updatedAt: at,
        updatedBy: actor.username,
        ...(current.origin !== undefined ? { origin: current.origin } : {}),
      });
      return await this.#replaceCase(current, next, 'update', at, actor.username);
    });
  }

  deleteCase(id: CaseId, expectedVersion: number, actor: Actor): Promise<Case> {
    return this.#write(async () => {
      const current = await this.#currentForChange<Case>('case', id, expectedVersion);
      const at = this.#now();
      const next: Case = {
        ...current,
        version: current.version + 1,
        updatedAt: at,
        updatedBy: actor.username,
        deletedAt: at,
      };
      return await this.#replaceCase(current, next, 'delete', at, actor.username);
    });
  }

  // --- photos ----------------------------------------------------------------------------------

  /**
   * Changes a live case's photos as one new version, validated like any update: `change` gets the
   * stored case and returns its new photo list, or undefined to leave the case as it is.
   */
  #changeCasePhotos(
    id: CaseId,
    actor: Actor,
    change: (current: Case) => PhotoMeta[] | undefined,
  ): Promise<{ case: Case; changed: boolean }> {
    return this.#write(async () => {
      const current = await this.getCase(id);
      if (!current || current.deletedAt) throw new NotFoundError('case', id);
      const photos = change(current);
      if (photos === undefined) return { case: current, changed: false };
      const at = this.#now();
      const result = this.#validateCase({ ...inputOfCase(current), photos }, at.slice(0, 10), current);
      if (!result.ok) throw new ValidationError(result.issues);
      const next = this.#buildCase(result.value, {
        id: current.id,
        version: current.version + 1,
        createdAt: current.createdAt,
        ...(current.createdBy !== undefined ? { createdBy: current.createdBy } : {}),
        updatedAt: at,
        updatedBy: actor.username,
        ...(current.origin !== undefined ? { origin: current.origin } : {}),
      });
      return { case: await this.#replaceCase(current, next, 'update', at, actor.username), changed: true };
    });
  }

  /**
   * Adds an uploaded photo to a live case: a new version and revision, in one batch with its photo
   * index entries. A photo the case holds already (same hash) leaves it unchanged (`added: false`).
   */
  async addCasePhoto(id: CaseId, photo: PhotoMeta, actor: Actor): Promise<{ case: Case; added: boolean }> {
    const result = await this.#changeCasePhotos(id, actor, (current) =>
      current.photos.some((p) => p.hash === photo.hash) ? undefined : [...current.photos, photo],
    );
    return { case: result.case, added: result.changed };
  }

  /** Removes a photo from a live case (a new version); `NotFoundError` if the case does not hold it. */
  async removeCasePhoto(id: CaseId, hash: string, actor: Actor): Promise<Case> {
    const result = await this.#changeCasePhotos(id, actor, (current) => {
      if (!current.photos.some((p) => p.hash === hash)) throw new NotFoundError('photo', hash);
      return current.photos.filter((p) => p.hash !== hash);
    });
    return result.case;
  }

  /** Every stored case, deleted ones included, whose photos include `hash` (its file must stay). */
  async casesWithPhoto(hash: string): Promise<CaseId[]> {
    const ids: CaseId[] = [];
    for await (const [key] of this.kv.iterate(PHOTO_NAMESPACE, prefixRange(photoRefPrefix(hash))))
      ids.push(caseIdOfPhotoRef(key) as CaseId);
    return ids;
  }

  /**
   * The photos of live cases, newest seizure first, each with the position a later call resumes
   * after (`after`). The caller filters and stops when it has enough.
   */
  async *photoEntries(after?: string): AsyncIterable<PhotoEntry & { position: string }> {
    const range = prefixRange(PHOTO_LIST_PREFIX);
    const lt = after === undefined ? range.lt : PHOTO_LIST_PREFIX + after;
    for await (const [key] of this.kv.iterate(PHOTO_NAMESPACE, { gte: range.gte, lt, reverse: true }))
      yield { ...parsePhotoListKey(key), position: key.slice(PHOTO_LIST_PREFIX.length) };
  }

  /** The perceptual hash of every photo of a live case (for similar-photo search). */
  async *photoHashes(): AsyncIterable<PhotoEntry & { phash: string }> {
    for await (const [key] of this.kv.iterate(PHOTO_NAMESPACE, prefixRange(PHOTO_PHASH_PREFIX)))
      yield parsePhotoPhashKey(key);
  }

  // --- persons and businesses share one implementation -------------------------------------

  #createParties<TInput, TRecord extends Person | Business>(
    kind: PartyDescriptor<TInput, TRecord>,
    inputs: readonly unknown[],
    actor: Actor,
    bulk: boolean,
  ): Promise<TRecord[]> {
    return this.#write(async () => {
      if (inputs.length === 0) return [];
      const at = this.#now();
      const issues: ValidationIssue[] = [];
      const values: TInput[] = [];
      inputs.forEach((input, i) => {
        const result = kind.validate(input, at.slice(0, 10));
        if (result.ok) values.push(result.value);
        else issues.push(...prefixIssues(result.issues, bulk ? `[${i}]` : ''));
      });
      if (issues.length > 0) throw new ValidationError(issues);
      const written = values.map((value) => {
        const id = newRecordId();
        const built = kind.build(value, {
          id,
          version: 1,
          createdAt: at,
          updatedAt: at,
          createdBy: actor.username,
          updatedBy: actor.username,
        });
        return revise({
          type: kind.type,
          id,
          version: 1,
          op: 'create',
          at,
          by: actor.username,
          record: built,
          prev: null,
        });
      });
      const indexOps = written.flatMap(({ rev }) =>
        this.#indexDiff([], partyIndexKeys(kind.type, rev.record as TRecord)),
      );
      await this.#commit(written, indexOps, { [COUNT_FIELD[kind.type]]: written.length });
      return written.map(({ rev }) => rev.record as TRecord);
    });
  }

  /**
   * Updates or soft-deletes a person or business. Cases that link it derive correlation
   * identifiers (documents, registration numbers) from it, so their index entries move in the
   * same batch.
   */
  #changeParty<TInput, TRecord extends Person | Business>(
    kind: PartyDescriptor<TInput, TRecord>,
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
  ): Promise<TRecord> {
    return this.#write(async () => {
      const current = await this.#currentForChange<TRecord>(kind.type, id, expectedVersion);
      const at = this.#now();
      let next: TRecord;
      if (input === undefined) {
        next = {
          ...current,
          version: current.version + 1,
          updatedAt: at,
          updatedBy: actor.username,
          deletedAt: at,
        };
      } else {
        const result = kind.validate(input, at.slice(0, 10));
        if (!result.ok) throw new ValidationError(result.issues);
        next = kind.build(result.value, {
          id: current.id,
          version: current.version + 1,
          createdAt: current.createdAt,
          ...(current.createdBy !== undefined ? { createdBy: current.createdBy } : {}),
          updatedAt: at,
          updatedBy: actor.username,
        });
      }
      const op = input === undefined ? 'delete' : 'update';
      const superseded = await this.#supersede(kind.type, current);
      const written = revise({
        type: kind.type,
        id,
        version: next.version,
        op,
        at,
        by: actor.username,
        record: next,
        prev: superseded.prev,
      });
      next = written.rev.record as TRecord;

      const caseIds = await this.#indexedCaseIds(linkPrefix(kind.type, id));
      const cases = (await this.kv.getMany(NS.cases, caseIds)).filter((c): c is Case => c !== undefined);
      const linkedBefore = await this.#linkedFacts(
        cases.flatMap((c) => c.persons.map((link) => link.id)),
        cases.flatMap((c) => c.businesses.map((link) => link.id)),
        true,
      );
      const linkedAfter = linkedBefore.with(kind.type, id, partyFacts(kind.type, next));
      const indexOps = cases.flatMap((c) =>
        this.#indexDiff(caseIndexKeys(c, linkedBefore), caseIndexKeys(c, linkedAfter)),
      );
      indexOps.push(...this.#indexDiff(partyIndexKeys(kind.type, current), partyIndexKeys(kind.type, next)));
      await this.#commit(
        [written],
        [superseded.op, ...indexOps],
        op === 'delete' ? { [COUNT_FIELD[kind.type]]: -1 } : {},
      );
      return next;
    });
  }

  createPerson(input: unknown, actor: Actor): Promise<Person> {
    return this.#createParties(PERSON, [input], actor, false).then((records) => records[0]!);
  }
  createPersons(inputs: readonly unknown[], actor: Actor): Promise<Person[]> {
    return this.#createParties(PERSON, inputs, actor, true);
  }
  updatePerson(id: PersonId, input: unknown, expectedVersion: number, actor: Actor): Promise<Person> {
    return this.#changeParty(PERSON, id, input ?? null, expectedVersion, actor);
  }
  deletePerson(id: PersonId, expectedVersion: number, actor: Actor): Promise<Person> {
    return this.#changeParty(PERSON, id, undefined, expectedVersion, actor);
  }

  createBusiness(input: unknown, actor: Actor): Promise<Business> {
    return this.#createParties(BUSINESS, [input], actor, false).then((records) => records[0]!);
  }
  createBusinesses(inputs: readonly unknown[], actor: Actor): Promise<Business[]> {
    return this.#createParties(BUSINESS, inputs, actor, true);
  }
  updateBusiness(id: BusinessId, input: unknown, expectedVersion: number, actor: Actor): Promise<Business> {
    return this.#changeParty(BUSINESS, id, input ?? null, expectedVersion, actor);
  }
  deleteBusiness(id: BusinessId, expectedVersion: number, actor: Actor): Promise<Business> {
    return this.#changeParty(BUSINESS, id, undefined, expectedVersion, actor);
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  async getCase(id: CaseId): Promise<Case | undefined> {
    return (await this.kv.get(NS.cases, id)) as Case | undefined;
  }

  /** Several cases at once, in the order asked (undefined where there is none). */
  async getCases(ids: readonly CaseId[]): Promise<(Case | undefined)[]> {
    return (await this.kv.getMany(NS.cases, ids)) as (Case | undefined)[];
  }

  async getPerson(id: PersonId): Promise<Person | undefined> {
    return (await this.kv.get(NS.persons, id)) as Person | undefined;
  }

  async getBusiness(id: BusinessId): Promise<Business | undefined> {
    return (await this.kv.get(NS.businesses, id)) as Business | undefined;
  }

  /** Every stored case, deleted ones included, in id order (for export, reindexing and checks). */
  async *iterateCases(): AsyncIterable<Case> {
    for await (const [, value] of this.kv.iterate(NS.cases)) yield value as Case;
  }

  async #indexedCaseIds(prefix: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const [key] of this.kv.iterate(NS.indexes, prefixRange(prefix)))
      ids.push(caseIdOfIndexKey(key));
    return ids;
  }

  async #liveCases(ids: readonly string[]): Promise<Case[]> {
    const cases = (await this.kv.getMany(NS.cases, ids)) as (Case | undefined)[];
    return sortNewestFirst(cases.filter((c): c is Case => c !== undefined && !c.deletedAt));
  }

  /** Checks a query's values, and returns its page size and the position its cursor names. */
  #parseQuery(query: CaseQuery): { limit: number; before: string | undefined } {
    const issues: ValidationIssue[] = [];
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      issues.push({
        path: 'limit',
        rule: limit > MAX_LIMIT ? 'max' : 'min',
        message: `must be 1 to ${MAX_LIMIT}`,
      });
    }
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value !== undefined && (typeof value !== 'string' || !DATE.test(value))) {
        issues.push({ path: field, rule: 'date', message: 'must be a date written YYYY-MM-DD' });
      }
    }
    for (const field of FILTER_NAMES) {
      const value = query[field];
      if (value !== undefined && typeof value !== 'string') {
        issues.push({ path: field, rule: 'type', message: 'must be a code' });
      }
    }
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && before === undefined) {
      issues.push({ path: 'cursor', rule: 'cursor', message: 'is not a cursor from a previous page' });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    return { limit, before };
  }

  async searchCases(query: CaseQuery): Promise<Page<Case>> {
    const { limit, before } = this.#parseQuery(query);
    if (queryTerms(query.q).length > 0 && this.#fullText)
      return this.#searchFullText(this.#fullText, query, limit);
    const filters = FILTER_NAMES.filter((name) => query[name] !== undefined);
    const prefixes =
      filters.length > 0 ? filters.map((name) => searchPrefix(name, query[name])) : [searchPrefix('date')];
    const candidates = intersect(this.kv, prefixes, { from: query.from, to: query.to, before });
    const items: Case[] = [];
    let more = false;
    try {
      // Fetch in chunks; anything found past a full page only proves there is a next page.
      while (items.length < limit) {
        const positions: string[] = [];
        const want = Math.max(limit - items.length, 32);
        while (positions.length < want) {
          const next = await candidates.next();
          if (next.done) break;
          positions.push(next.value);
        }
        if (positions.length === 0) break;
        const cases = (await this.kv.getMany(NS.cases, positions.map(caseIdOfIndexKey))) as (
          Case | undefined
        )[];
        const found = cases.filter((c): c is Case => c !== undefined && matchesQuery(c, query, true));
        const room = limit - items.length;
        items.push(...found.slice(0, room));
        if (found.length > room) more = true;
        if (positions.length < want) break;
      }
      if (items.length === limit && !more) more = !(await candidates.next()).done;
    } finally {
      await candidates.return(undefined);
    }
    const last = items.at(-1);
    return more && last ? { items, nextCursor: encodeCursor(sortKey(last)) } : { items };
  }

  async #searchFullText(fullText: FullTextIndex, query: CaseQuery, limit: number): Promise<Page<Case>> {
    // The index must hold every case written before this search: catch up if it missed some
    // (in the writer queue, so that no write interleaves), then wait for the updates on their way.
    if (fullText.isBehind(this.#lastSeq)) await this.#write(() => fullText.catchUp(this));
    await fullText.settled();
    if (fullText.isBehind(this.#lastSeq)) await this.#write(() => fullText.catchUp(this));
    // The index applies the filters too (see `facetWord`), and pages grow, so that a common word
    // with a rare filter costs a few queries; every result is still checked against the query.
    const filters: Partial<Record<FilterName, string>> = {};
    for (const name of FILTER_NAMES) if (query[name] !== undefined) filters[name] = query[name];
    const dates = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    const items: Case[] = [];
    let cursor = query.cursor;
    let more = false;
    let size = Math.max(limit, 32);
    while (items.length < limit) {
      const page = fullText.search(query.q!, size, cursor, dates, filters);
      for (let i = 0; i < page.ids.length && !more;) {
        const take = page.ids.slice(i, i + limit + 1 - items.length);
        i += take.length;
        const cases = (await this.kv.getMany(NS.cases, take)) as (Case | undefined)[];
        for (const c of cases) {
          if (c === undefined || !matchesQuery(c, query, false)) continue;
          if (items.length < limit) items.push(c);
          else more = true;
        }
      }
      if (page.nextCursor === undefined) break;
      cursor = page.nextCursor;
      if (items.length === limit) more = true;
      size = Math.min(size * 2, 1000);
    }
    const last = items.at(-1);
    return more && last ? { items, nextCursor: encodeCursor(sortKey(last)) } : { items };
  }

  async linkedCases(id: CaseId): Promise<LinkedCase[]> {
    const c = await this.getCase(id);
    if (!c) throw new NotFoundError('case', id);
    const linked = await this.#linkedFacts(
      c.persons.map((link) => link.id),
      c.businesses.map((link) => link.id),
      false,
    );
    const via = new Map<string, LinkedCase['via']>();
    const note = (caseId: string, reason: LinkedCase['via'][number]) => {
      if (caseId === c.id) return;
      const reasons = via.get(caseId) ?? [];
      if (!reasons.some((r) => r.type === reason.type && r.value === reason.value)) reasons.push(reason);
      via.set(caseId, reasons);
    };
    for (const identifier of caseIdentifiers(c, linked)) {
      for (const caseId of await this.#indexedCaseIds(identifierPrefix(identifier.type, identifier.value))) {
        note(caseId, identifier);
      }
    }
    for (const type of ['person', 'business'] as const) {
      for (const link of type === 'person' ? c.persons : c.businesses) {
        for (const caseId of await this.#indexedCaseIds(linkPrefix(type, link.id))) {
          note(caseId, { type, value: link.id });
        }
      }
    }
    const cases = await this.#liveCases([...via.keys()]);
    return cases.map((other) => ({ case: other, via: via.get(other.id)! }));
  }

  async casesByIdentifier(type: IdentifierType, value: string): Promise<Case[]> {
    const normalised = normaliseIdentifier(type, value);
    if (normalised === '') return [];
    return this.#liveCases(await this.#indexedCaseIds(identifierPrefix(type, normalised)));
  }

  async casesOfPerson(id: PersonId): Promise<Case[]> {
    return this.#liveCases(await this.#indexedCaseIds(linkPrefix('person', id)));
  }

  async casesOfBusiness(id: BusinessId): Promise<Case[]> {
    return this.#liveCases(await this.#indexedCaseIds(linkPrefix('business', id)));
  }

  searchPersons(query: PersonQuery): Promise<Page<Person>> {
    return this.#searchParties<Person>('person', query, ['q', 'document', 'nationality']);
  }

  searchBusinesses(query: BusinessQuery): Promise<Page<Business>> {
    return this.#searchParties<Business>('business', query, ['q', 'registration', 'country']);
  }

  /**
   * Walks the one index `planPartyScan` picks from the cursor's position on, and checks every
   * record it finds against the whole query, until one more than a page has matched (which only
   * proves there is a next page).
   */
  async #searchParties<T extends Person | Business>(
    type: PartyType,
    query: PartyQuery,
    textFields: readonly string[],
  ): Promise<Page<T>> {
    const issues: ValidationIssue[] = [];
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      issues.push({
        path: 'limit',
        rule: limit > MAX_LIMIT ? 'max' : 'min',
        message: `must be 1 to ${MAX_LIMIT}`,
      });
    }
    for (const field of textFields) {
      const value = (query as Record<string, unknown>)[field];
      if (value !== undefined && typeof value !== 'string')
        issues.push({ path: field, rule: 'type', message: 'must be text' });
    }
    const after = query.cursor === undefined ? undefined : decodePartyCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) {
      issues.push({ path: 'cursor', rule: 'cursor', message: 'is not a cursor from a previous page' });
    }
    if (issues.length > 0) throw new ValidationError(issues);

    const scan = planPartyScan(type, query);
    const gte = scan.prefix + scan.startsWith;
    // Positions continue the hex of a word with more hex digits or with SEP, all below 'g'.
    const lt = scan.startsWith === '' ? prefixRange(scan.prefix).lt : `${gte}g`;
    const from = after !== undefined && scan.prefix + after >= gte ? { gt: scan.prefix + after } : { gte };
    const iterator = this.kv.iterator(NS.indexes, { ...from, lt });
    const found: { record: T; position: string }[] = [];
    try {
      let exhausted = false;
      while (found.length <= limit && !exhausted) {
        const keys: string[] = [];
        const want = Math.max(limit + 1 - found.length, 32);
        while (keys.length < want) {
          const entry = await iterator.next();
          if (!entry) {
            exhausted = true;
            break;
          }
          keys.push(entry[0]);
        }
        const records = (await this.kv.getMany(RECORD_NAMESPACE[type], keys.map(partyIdOfIndexKey))) as (
          T | undefined
        )[];
        keys.forEach((key, i) => {
          const record = records[i];
          if (found.length > limit || record === undefined) return;
          if (!matchesPartyQuery(type, record, query) || !isFirstWordEntry(type, record, scan, key)) return;
          found.push({ record, position: key.slice(scan.prefix.length) });
        });
      }
    } finally {
      await iterator.close();
    }
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return found.length > limit && last
      ? { items: items.map((f) => f.record), nextCursor: encodePartyCursor(last.position) }
      : { items: items.map((f) => f.record) };
  }

  /** Adds the photo index entries of every stored case (see `PHOTO_INDEX_KEY`). */
  async #buildPhotoIndex(): Promise<void> {
    let ops: BatchOp[] = [];
    for await (const [, record] of this.kv.iterate(NS.cases)) {
      const c = record as Case;
      if (!Array.isArray(c.photos) || c.photos.length === 0) continue;
      for (const key of casePhotoKeys(c))
        ops.push({ type: 'put', ns: PHOTO_NAMESPACE, key, value: INDEX_VALUE });
      if (ops.length >= 1000) {
        await this.kv.batch(ops);
        ops = [];
      }
    }
    if (ops.length > 0) await this.kv.batch(ops);
    await this.kv.batch([{ type: 'put', ns: META_NS, key: PHOTO_INDEX_KEY, value: 1 }]);
  }

  /** Adds the search entries of every stored person and business (see `PARTY_INDEX_KEY`). */
  async #buildPartyIndex(): Promise<void> {
    for (const type of ['person', 'business'] as const) {
      let ops: BatchOp[] = [];
      for await (const [, record] of this.kv.iterate(RECORD_NAMESPACE[type])) {
        ops.push(...this.#indexDiff([], partyIndexKeys(type, record as Person | Business)));
        if (ops.length >= 1000) {
          await this.kv.batch(ops);
          ops = [];
        }
      }
      if (ops.length > 0) await this.kv.batch(ops);
    }
    await this.kv.batch([{ type: 'put', ns: META_NS, key: PARTY_INDEX_KEY, value: 1 }]);
  }

  // -------------------------------------------------------------------------------------------
  // History and the change log

  async revisions(type: RecordType, id: string): Promise<Revision[]> {
    const revisions: StoredRevision[] = [];
    for await (const [, rev] of this.kv.iterate(NS.revisions, prefixRange(revisionPrefix(type, id)))) {
      revisions.push(rev as StoredRevision);
    }
    return withRecords(
      revisions,
      revisions.length > 0 ? await this.kv.get(RECORD_NAMESPACE[type], id) : undefined,
    );
  }

  async verifyChains(type?: RecordType, id?: string): Promise<ChainReport> {
    const types: RecordType[] = type ? [type] : ['case', 'person', 'business'];
    let checked = 0;
    const report = (problem: ChainProblem | undefined): ChainReport | undefined =>
      problem ? { ok: false, checked, firstBad: problem } : undefined;

    if (id !== undefined) {
      for (const t of types) {
        const current = await this.kv.get(RECORD_NAMESPACE[t], id);
        const revisions = await this.revisions(t, id);
        if (revisions.length === 0 && current === undefined) continue;
        checked += revisions.length;
        const bad = report(verifyChain(t, id, revisions, current));
        if (bad) return bad;
      }
      return { ok: true, checked };
    }

    for (const t of types) {
      const seen = new Set<string>();
      let groups: { id: string; revisions: StoredRevision[] }[] = [];
      const flush = async (): Promise<ChainReport | undefined> => {
        const currents = await this.kv.getMany(
          RECORD_NAMESPACE[t],
          groups.map((group) => group.id),
        );
        for (const [i, group] of groups.entries()) {
          checked += group.revisions.length;
          const bad = report(
            verifyChain(t, group.id, withRecords(group.revisions, currents[i]), currents[i]),
          );
          if (bad) return bad;
        }
        groups = [];
        return undefined;
      };
      for await (const [, value] of this.kv.iterate(NS.revisions, prefixRange(revisionPrefix(t)))) {
        const rev = value as StoredRevision;
        const group = groups.at(-1);
        if (group?.id === rev.id) {
          group.revisions.push(rev);
          continue;
        }
        if (groups.length >= 200) {
          const bad = await flush();
          if (bad) return bad;
        }
        if (seen.has(rev.id)) {
          return {
            ok: false,
            checked,
            firstBad: { type: t, id: rev.id, version: rev.version, reason: 'revision out of place' },
          };
        }
        seen.add(rev.id);
        groups.push({ id: rev.id, revisions: [rev] });
      }
      const bad = await flush();
      if (bad) return bad;
      for await (const [recordId, record] of this.kv.iterate(RECORD_NAMESPACE[t])) {
        if (!seen.has(recordId)) {
          const version = (record as { version?: number }).version ?? 0;
          return {
            ok: false,
            checked,
            firstBad: { type: t, id: recordId, version, reason: 'the record has no revisions' },
          };
        }
      }
    }
    return { ok: true, checked };
  }

  async changesSince(seq: number, limit: number): Promise<Change[]> {
    const changes: Change[] = [];
    for await (const [, change] of this.kv.iterate(NS.changes, { gt: changeKey(seq), limit })) {
      changes.push(change as Change);
    }
    return changes;
  }

  lastSeq(): number {
    return this.#lastSeq;
  }

  counts(): Promise<Counts> {
    return Promise.resolve({ ...this.#counts });
  }

  // -------------------------------------------------------------------------------------------

  /** Waits for queued writes, then closes the full-text index and the kv. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#writes;
    await this.#fullText?.close();
    for (const index of this.#derived) await index.close();
    await this.kv.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
