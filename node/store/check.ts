/**
 * A full consistency check of a record store, for `cen-node check`, the crash tests and the
 * reliability work. It reads everything and trusts nothing but the records themselves:
 *
 * - every case has every index entry its fields (and the persons/businesses it links) produce,
 *   and every index entry points to a stored case that produces it;
 * - every person and business has the search entries its name and identifiers produce
 *   (`party-index.ts`), and every such entry points to a stored record that produces it;
 * - every change-log entry names a stored revision, in strictly increasing sequence, one per revision;
 * - every revision chain verifies, and the live-record counts match.
 *
 * @example
 *   const { ok, problems } = await checkStore(store);
 *   if (!ok) console.error(problems.join('\n'));
 */
import type { Business, Case, Person } from '../../protocol/records.ts';
import {
  caseIdOfIndexKey,
  caseIndexKeys,
  changeKey,
  type LinkedRecords,
  NS,
  type PartyFacts,
  partyFacts,
  prefixRange,
  revisionKey,
  SEP,
} from './keys.ts';
import {
  PARTY_INDEX_PREFIX,
  partyIdOfIndexKey,
  partyIndexKeys,
  partyTypeOfIndexKey,
  type PartyType,
} from './party-index.ts';
import type { RecordStore } from './records.ts';
import type { Change, RecordType, Revision } from './types.ts';

export interface StoreCheckReport {
  ok: boolean;
  problems: string[];
}

const CHUNK = 500;
const MAX_PROBLEMS = 1_000;

function printable(key: string): string {
  return key.split(SEP).join('/');
}

class ProblemList {
  readonly problems: string[] = [];
  #more = 0;
  add(problem: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.#more++;
  }
  report(): StoreCheckReport {
    const problems = this.#more > 0 ? [...this.problems, `… and ${this.#more} more problems`] : this.problems;
    return { ok: problems.length === 0, problems };
  }
}

async function linkedRecordsOf(store: RecordStore, cases: readonly Case[]): Promise<LinkedRecords> {
  const personIds = [...new Set(cases.flatMap((c) => c.persons.map((link) => link.id as string)))];
  const businessIds = [...new Set(cases.flatMap((c) => c.businesses.map((link) => link.id as string)))];
  const persons = (await store.kv.getMany(NS.persons, personIds)) as (Person | undefined)[];
  const businesses = (await store.kv.getMany(NS.businesses, businessIds)) as (Business | undefined)[];
  const facts = new Map<string, PartyFacts>();
  personIds.forEach(
    (id, i) => persons[i] && facts.set(`person${SEP}${id}`, partyFacts('person', persons[i])),
  );
  businessIds.forEach(
    (id, i) => businesses[i] && facts.set(`business${SEP}${id}`, partyFacts('business', businesses[i])),
  );
  return { facts: (type, id) => facts.get(`${type}${SEP}${id}`) };
}

async function* chunks<T>(source: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Cases per pass of the index comparison: bounds the memory the expected keys take. */
const CASES_PER_PARTITION = 20_000;

function partitionOf(id: string, partitions: number): number {
  if (partitions === 1) return 0;
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % partitions;
}

/**
 * Index entries and cases agree both ways: every entry a case produces exists, and every entry
 * that exists is produced by its case. Compared as sets, one partition of case ids at a time, so
 * memory stays bounded on large stores. Returns the number of live cases.
 */
async function checkIndexes(
  store: RecordStore,
  problems: ProblemList,
  casesPerPartition: number,
): Promise<number> {
  const partitions = Math.max(1, Math.ceil((await store.counts()).cases / casesPerPartition));
  let live = 0;
  for (let partition = 0; partition < partitions; partition++) {
    const expected = new Set<string>();
    const stored = new Set<string>();
    for await (const entries of chunks(store.kv.iterate(NS.cases), CHUNK)) {
      const cases: Case[] = [];
      for (const [key, value] of entries) {
        if (partitionOf(key, partitions) !== partition) continue;
        const c = value as Case;
        if (c.id !== key) problems.add(`case stored under ${key} has id ${String(c.id)}`);
        if (!c.deletedAt) live++;
        stored.add(key);
        cases.push(c);
      }
      const linked = await linkedRecordsOf(store, cases);
      for (const c of cases) for (const key of caseIndexKeys(c, linked)) expected.add(key);
    }
    for await (const [key] of store.kv.iterate(NS.indexes)) {
      if (key.startsWith(PARTY_INDEX_PREFIX)) continue;
      const id = caseIdOfIndexKey(key);
      if (partitionOf(id, partitions) !== partition || expected.delete(key)) continue;
      problems.add(
        stored.has(id)
          ? `index entry ${printable(key)} does not match case ${id}`
          : `index entry ${printable(key)} points to case ${id}, which is not stored`,
      );
    }
    for (const key of expected)
      problems.add(`case ${caseIdOfIndexKey(key)} lacks its index entry ${printable(key)}`);
  }
  return live;
}

/**
 * The person and business search entries and the records agree both ways, compared as sets one
 * partition of ids at a time, like the case entries.
 */
async function checkPartyIndexes(
  store: RecordStore,
  problems: ProblemList,
  recordsPerPartition: number,
): Promise<void> {
  const counts = await store.counts();
  const namespaces: Record<PartyType, string> = { person: NS.persons, business: NS.businesses };
  for (const type of ['person', 'business'] as const) {
    const total = type === 'person' ? counts.persons : counts.businesses;
    const partitions = Math.max(1, Math.ceil(total / recordsPerPartition));
    for (let partition = 0; partition < partitions; partition++) {
      const expected = new Set<string>();
      const stored = new Set<string>();
      for await (const [key, value] of store.kv.iterate(namespaces[type])) {
        if (partitionOf(key, partitions) !== partition) continue;
        stored.add(key);
        for (const indexKey of partyIndexKeys(type, value as Person | Business)) expected.add(indexKey);
      }
      const prefix = `${PARTY_INDEX_PREFIX}${type}${SEP}`;
      for await (const [key] of store.kv.iterate(NS.indexes, prefixRange(prefix))) {
        const id = partyIdOfIndexKey(key);
        if (partitionOf(id, partitions) !== partition || expected.delete(key)) continue;
        problems.add(
          stored.has(id)
            ? `search entry ${printable(key)} does not match ${type} ${id}`
            : `search entry ${printable(key)} points to ${type} ${id}, which is not stored`,
        );
      }
      for (const key of expected)
        problems.add(`${type} ${partyIdOfIndexKey(key)} lacks its search entry ${printable(key)}`);
    }
  }
  // Entries under the prefix that name no record type at all.
  for await (const [key] of store.kv.iterate(NS.indexes, prefixRange(PARTY_INDEX_PREFIX))) {
    if (partyTypeOfIndexKey(key) === undefined)
      problems.add(`search entry ${printable(key)} is of no record type`);
  }
}

/** Change log and revisions correspond one to one, in increasing sequence. */
async function checkChangeLog(store: RecordStore, problems: ProblemList): Promise<void> {
  let lastSeq = 0;
  const logged = new Set<string>();
  for await (const entries of chunks(store.kv.iterate(NS.changes), CHUNK)) {
    const changes = entries.map(([key, value]) => {
      const change = value as Change;
      if (key !== changeKey(change.seq))
        problems.add(`change-log entry ${key} holds seq ${String(change.seq)}`);
      if (!(change.seq > lastSeq)) problems.add(`change-log seq ${change.seq} does not follow ${lastSeq}`);
      lastSeq = Math.max(lastSeq, change.seq);
      const identity = revisionKey(change.type, change.id, change.version);
      if (logged.has(identity))
        problems.add(`change ${change.seq} logs ${printable(identity)} a second time`);
      logged.add(identity);
      return change;
    });
    const revisions = (await store.kv.getMany(
      NS.revisions,
      changes.map((change) => revisionKey(change.type, change.id, change.version)),
    )) as (Revision | undefined)[];
    changes.forEach((change, i) => {
      const rev = revisions[i];
      if (!rev)
        problems.add(
          `change ${change.seq} names ${change.type} ${change.id} v${change.version}, which has no revision`,
        );
      else if (rev.op !== change.op || rev.at !== change.at) {
        problems.add(
          `change ${change.seq} does not match revision ${change.type} ${change.id} v${change.version}`,
        );
      }
    });
  }
  if (lastSeq !== store.lastSeq())
    problems.add(`the store reports last seq ${store.lastSeq()}, the log ends at ${lastSeq}`);
  for await (const [key] of store.kv.iterate(NS.revisions)) {
    if (!logged.has(key)) problems.add(`revision ${printable(key)} has no change-log entry`);
  }
}

async function countLive(store: RecordStore, ns: string): Promise<number> {
  let live = 0;
  for await (const [, value] of store.kv.iterate(ns))
    if (!(value as { deletedAt?: string }).deletedAt) live++;
  return live;
}

export interface CheckOptions {
  /** Cases (and persons, and businesses) compared per pass over the index (memory bound); default 20,000. */
  casesPerPartition?: number;
}

export async function checkStore(store: RecordStore, opts: CheckOptions = {}): Promise<StoreCheckReport> {
  const problems = new ProblemList();
  const perPartition = opts.casesPerPartition ?? CASES_PER_PARTITION;
  const liveCases = await checkIndexes(store, problems, perPartition);
  await checkPartyIndexes(store, problems, perPartition);
  await checkChangeLog(store, problems);
  const chains = await store.verifyChains();
  if (!chains.ok && chains.firstBad) {
    const { type, id, version, reason } = chains.firstBad;
    problems.add(`revision chain of ${type} ${id} breaks at version ${version}: ${reason}`);
  }
  const counts = await store.counts();
  const actual: Record<RecordType, number> = {
    case: liveCases,
    person: await countLive(store, NS.persons),
    business: await countLive(store, NS.businesses),
  };
  const reported = { case: counts.cases, person: counts.persons, business: counts.businesses };
  for (const type of ['case', 'person', 'business'] as const) {
    if (actual[type] !== reported[type]) {
      problems.add(`the store counts ${reported[type]} live ${type} records, there are ${actual[type]}`);
    }
  }
  return problems.report();
}
