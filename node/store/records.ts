/**
 * `RecordStore`: cases, persons and businesses over any `KvStore`, with revision hash chains,
 * a change log, secondary indexes for search, and correlation indexes.
 *
 * Every write runs in one in-process queue (so version checks and sequence numbers cannot
 * interleave) and ends in exactly one `kv.batch` holding the records, their revisions, their
 * index changes and their change-log entries. Reads do not wait for the queue.
 *
 * @example
 *   const store = await RecordStore.open({ kv: new MemoryKv(), country: 'KE' });
 *   const created = await store.createCase(input, { username: 'ana' });
 *   const page = await store.searchCases({ commodity: 'cocaine', from: '2026-01-01' });
 */
import { v7 as uuidv7 } from 'uuid';
import type { BusinessId, CaseId, PersonId } from '../../protocol/ids.ts';
import type {
  Business,
  BusinessInput,
  Case,
  CaseInput,
  IdentifierType,
  Person,
  PersonInput,
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
import type { FullTextIndex } from './fulltext.ts';
import type { BatchOp, KvStore } from './kv.ts';
import {
  caseIdentifiers,
  caseIdOfIndexKey,
  caseIndexKeys,
  changeKey,
  compareNewestFirst,
  decodeCursor,
  encodeCursor,
  FILTER_NAMES,
  identifierPrefix,
  linkPrefix,
  type LinkedRecords,
  matchesQuery,
  NS,
  prefixRange,
  queryTerms,
  RECORD_NAMESPACE,
  revisionKey,
  revisionPrefix,
  searchPrefix,
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
import { leapfrog } from './search.ts';
import type {
  Actor,
  CaseQuery,
  Change,
  ChainReport,
  LinkedCase,
  Page,
  RecordStoreApi,
  RecordType,
  Revision,
} from './types.ts';

export interface RecordStoreOptions {
  /** The store takes ownership: `close()` closes it. */
  kv: KvStore;
  /** The node's own ISO 3166-1 alpha-2 country (reportingCountry of every case it creates). */
  country: string;
  clock?: () => Date;
  /** Optional full-text index for `q`; the store keeps it caught up and closes it on `close()`. */
  fullText?: FullTextIndex;
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
const META_NS = 'meta';
const COUNT_FIELD = { case: 'cases', person: 'persons', business: 'businesses' } as const;

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

/**
 * A new revision of a record as the store assembled it; its `record` is the stored form (see
 * `canonicalRecord`), which is what the caller gets back.
 */
function revise(fields: RevisionFields): Revision {
  let canonical: { record: unknown; recordHash: string };
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
  return makeRevision({ ...fields, record: canonical.record, recordHash: canonical.recordHash });
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

function sortNewestFirst(cases: Case[]): Case[] {
  return cases.sort(compareNewestFirst);
}

/** Person and business records looked up by id, optionally with one replaced by a newer state. */
class LinkedMap implements LinkedRecords {
  readonly persons: Map<string, Person>;
  readonly businesses: Map<string, Business>;
  constructor(persons: Map<string, Person>, businesses: Map<string, Business>) {
    this.persons = persons;
    this.businesses = businesses;
  }
  person(id: string): Person | undefined {
    return this.persons.get(id);
  }
  business(id: string): Business | undefined {
    return this.businesses.get(id);
  }
  with(type: 'person' | 'business', record: Person | Business): LinkedMap {
    return type === 'person'
      ? new LinkedMap(new Map(this.persons).set(record.id, record as Person), this.businesses)
      : new LinkedMap(this.persons, new Map(this.businesses).set(record.id, record as Business));
  }
}

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
  /** Set when updating the full-text index failed; the next write or `q` search retries a catch-up. */
  #fullTextBehind = false;
  #lastSeq: number;
  #counts: Counts;
  #writes: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(opts: RecordStoreOptions, lastSeq: number, counts: Counts) {
    this.kv = opts.kv;
    this.country = opts.country;
    this.#clock = opts.clock ?? (() => new Date());
    this.#fullText = opts.fullText;
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
    if (opts.fullText) await opts.fullText.catchUp(store);
    return store;
  }

  /** The full-text index this store keeps up to date, if it has one. */
  get fullText(): FullTextIndex | undefined {
    return this.#fullText;
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /** Runs `fn` in the writer queue: after every earlier write, before every later one. */
  #write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    const result = this.#writes.then(fn);
    this.#writes = result.catch(() => undefined);
    return result;
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
   * counts in ONE batch, then updates the full-text index for the cases written.
   */
  async #commit(revisions: readonly Revision[], indexOps: readonly BatchOp[], countDelta: Partial<Counts>) {
    const ops: BatchOp[] = [];
    let seq = this.#lastSeq;
    for (const rev of revisions) {
      seq++;
      ops.push({ type: 'put', ns: RECORD_NAMESPACE[rev.type], key: rev.id, value: rev.record });
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
    ops.push(...indexOps);
    const counts = { ...this.#counts };
    for (const [field, delta] of Object.entries(countDelta) as [keyof Counts, number][])
      counts[field] += delta;
    ops.push({ type: 'put', ns: META_NS, key: COUNTS_KEY, value: counts });
    await this.kv.batch(ops);
    const before = this.#lastSeq;
    this.#lastSeq = seq;
    this.#counts = counts;
    const caseRevisions = revisions.filter((rev) => rev.type === 'case');
    await this.#updateFullText(
      before,
      caseRevisions.map((rev) => rev.record as Case),
      caseRevisions.every((rev) => rev.op === 'create'),
    );
  }

  async #updateFullText(before: number, cases: Case[], fresh: boolean): Promise<void> {
    const fullText = this.#fullText;
    if (!fullText) return;
    // The write is already durable in LevelDB: a failure here only leaves the derived index behind,
    // which a later catch-up repairs, so it must not turn a stored write into a reported failure.
    try {
      if (!this.#fullTextBehind && fullText.indexedUpTo === before)
        fullText.applyCases(cases, this.#lastSeq, fresh);
      else await fullText.catchUp(this);
      this.#fullTextBehind = false;
    } catch {
      this.#fullTextBehind = true;
    }
  }

  async #linkedRecords(personIds: Iterable<string>, businessIds: Iterable<string>): Promise<LinkedMap> {
    const pids = [...new Set(personIds)];
    const bids = [...new Set(businessIds)];
    const [persons, businesses] = await Promise.all([
      this.kv.getMany(NS.persons, pids),
      this.kv.getMany(NS.businesses, bids),
    ]);
    const personMap = new Map<string, Person>();
    const businessMap = new Map<string, Business>();
    pids.forEach((id, i) => persons[i] !== undefined && personMap.set(id, persons[i] as Person));
    bids.forEach((id, i) => businesses[i] !== undefined && businessMap.set(id, businesses[i] as Business));
    return new LinkedMap(personMap, businessMap);
  }

  /** Link issues: every newly linked person or business must exist and not be deleted. */
  #linkIssues(value: CaseInput, previous: Case | undefined, linked: LinkedMap): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const field of ['persons', 'businesses'] as const) {
      const kept = new Set((previous?.[field] ?? []).map((link) => link.id as string));
      (value[field] ?? []).forEach((link, i) => {
        if (kept.has(link.id)) return;
        const record = field === 'persons' ? linked.person(link.id) : linked.business(link.id);
        if (!record || record.deletedAt) {
          issues.push({
            path: `${field}[${i}].id`,
            rule: 'exists',
            message: `no ${field === 'persons' ? 'person' : 'business'} with id ${String(link.id)}`,
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

  createCases(inputs: readonly unknown[], actor: Actor): Promise<Case[]> {
    return this.#createCases(inputs, actor, true);
  }

  #createCases(inputs: readonly unknown[], actor: Actor, bulk: boolean): Promise<Case[]> {
    return this.#write(async () => {
      if (inputs.length === 0) return [];
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

      const linked = await this.#linkedRecords(
        values.flatMap((value) => (value.persons ?? []).map((link) => link.id)),
        values.flatMap((value) => (value.businesses ?? []).map((link) => link.id)),
      );
      values.forEach((value, i) => {
        issues.push(...prefixIssues(this.#linkIssues(value, undefined, linked), bulk ? `[${i}]` : ''));
      });
      if (issues.length > 0) throw new ValidationError(issues);

      const cases: Case[] = [];
      const revisions: Revision[] = [];
      const indexOps: BatchOp[] = [];
      for (const value of values) {
        const id = uuidv7() as CaseId;
        const built = this.#buildCase(value, {
          id,
          version: 1,
          createdAt: at,
          updatedAt: at,
          createdBy: actor.username,
          updatedBy: actor.username,
        });
        const rev = revise({
          type: 'case',
          id,
          version: 1,
          op: 'create',
          at,
          by: actor.username,
          record: built,
          prev: null,
        });
        const record = rev.record as Case;
        cases.push(record);
        revisions.push(rev);
        for (const key of caseIndexKeys(record, linked))
          indexOps.push({ type: 'put', ns: NS.indexes, key, value: 1 });
      }
      await this.#commit(revisions, indexOps, { cases: cases.length });
      return cases;
    });
  }

  /** The index ops that take a case from `before` keys to `after` keys. */
  #indexDiff(before: readonly string[], after: readonly string[]): BatchOp[] {
    const old = new Set(before);
    const next = new Set(after);
    const ops: BatchOp[] = [];
    for (const key of old) if (!next.has(key)) ops.push({ type: 'del', ns: NS.indexes, key });
    for (const key of next) if (!old.has(key)) ops.push({ type: 'put', ns: NS.indexes, key, value: 1 });
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
    const linked = await this.#linkedRecords(
      [...current.persons, ...next.persons].map((link) => link.id),
      [...current.businesses, ...next.businesses].map((link) => link.id),
    );
    const superseded = await this.#supersede('case', current);
    const rev = revise({
      type: 'case',
      id: next.id,
      version: next.version,
      op,
      at,
      by,
      record: next,
      prev: superseded.prev,
    });
    const stored = rev.record as Case;
    const indexOps = this.#indexDiff(caseIndexKeys(current, linked), caseIndexKeys(stored, linked));
    await this.#commit([rev], [superseded.op, ...indexOps], op === 'delete' ? { cases: -1 } : {});
    return stored;
  }

  updateCase(id: CaseId, input: unknown, expectedVersion: number, actor: Actor): Promise<Case> {
    return this.#write(async () => {
      const current = await this.#currentForChange<Case>('case', id, expectedVersion);
      const at = this.#now();
      const result = this.#validateCase(input, at.slice(0, 10), current);
      if (!result.ok) throw new ValidationError(result.issues);
      const value = result.value;
      const linked = await this.#linkedRecords(
        (value.persons ?? []).map((link) => link.id),
        (value.businesses ?? []).map((link) => link.id),
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
      const revisions = values.map((value) => {
        const id = uuidv7();
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
      await this.#commit(revisions, [], { [COUNT_FIELD[kind.type]]: revisions.length });
      return revisions.map((rev) => rev.record as TRecord);
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
      const rev = revise({
        type: kind.type,
        id,
        version: next.version,
        op,
        at,
        by: actor.username,
        record: next,
        prev: superseded.prev,
      });
      next = rev.record as TRecord;

      const caseIds = await this.#indexedCaseIds(linkPrefix(kind.type, id));
      const cases = (await this.kv.getMany(NS.cases, caseIds)).filter((c): c is Case => c !== undefined);
      const linkedBefore = await this.#linkedRecords(
        cases.flatMap((c) => c.persons.map((link) => link.id)),
        cases.flatMap((c) => c.businesses.map((link) => link.id)),
      );
      const linkedAfter = linkedBefore.with(kind.type, next);
      const indexOps = cases.flatMap((c) =>
        this.#indexDiff(caseIndexKeys(c, linkedBefore), caseIndexKeys(c, linkedAfter)),
      );
      await this.#commit(
        [rev],
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
    const candidates = leapfrog(this.kv, prefixes, { from: query.from, to: query.to, before });
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
    if (this.#fullTextBehind || fullText.indexedUpTo !== this.#lastSeq) {
      // In the writer queue, so that it cannot interleave with a write updating the same index.
      await this.#write(async () => {
        await fullText.catchUp(this);
        this.#fullTextBehind = false;
      });
    }
    const items: Case[] = [];
    let cursor = query.cursor;
    let more = false;
    const dates = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    while (items.length < limit) {
      const page = fullText.search(query.q!, Math.max(limit - items.length, 32), cursor, dates);
      const cases = (await this.kv.getMany(NS.cases, page.ids)) as (Case | undefined)[];
      for (const c of cases) {
        if (c === undefined || !matchesQuery(c, query, false)) continue;
        if (items.length < limit) items.push(c);
        else more = true;
      }
      if (page.nextCursor === undefined) break;
      cursor = page.nextCursor;
      if (items.length === limit) more = true;
    }
    const last = items.at(-1);
    return more && last ? { items, nextCursor: encodeCursor(sortKey(last)) } : { items };
  }

  async linkedCases(id: CaseId): Promise<LinkedCase[]> {
    const c = await this.getCase(id);
    if (!c) throw new NotFoundError('case', id);
    const linked = await this.#linkedRecords(
      c.persons.map((link) => link.id),
      c.businesses.map((link) => link.id),
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
    await this.kv.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
