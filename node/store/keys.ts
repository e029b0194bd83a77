/**
 * The record store's key layout, in one place, so that writes, searches and the consistency
 * check (`check.ts`) derive index entries with the same functions.
 *
 * Namespaces: `cases`, `persons`, `businesses` (key = id), `revisions` (type, id, version),
 * `changes` (zero-padded seq) and `indexes`, whose keys all END with the case id:
 *
 *   date    \0 <seizureDate> \0 <caseId>                 plain date index (unfiltered search)
 *   <filter>\0 <value> \0 <seizureDate> \0 <caseId>       one per CaseQuery filter and value
 *   ident   \0 <type> \0 <normalised value> \0 <caseId>    correlation identifiers
 *   person  \0 <personId> \0 <caseId>                      case ↔ person links
 *   business\0 <businessId> \0 <caseId>                    case ↔ business links
 *
 * Beside them, under `find\0`, the person and business search entries of `party-index.ts`, which
 * end with the person or business id instead.
 *
 * Keys must sort the same in memory (UTF-16 code units) and in LevelDB (UTF-8 bytes), which holds
 * for ASCII: free-text components are kept as they are only when they are plain ASCII codes and
 * are hex-encoded otherwise (behind a `~`, which plain components never contain).
 */
import type { Business, Case, IdentifierType, Person } from '../../protocol/records.ts';
import { normaliseIdentifier } from '../../protocol/validation.ts';
import type { CaseQuery, RecordType } from './types.ts';

export const NS = {
  cases: 'cases',
  persons: 'persons',
  businesses: 'businesses',
  revisions: 'revisions',
  changes: 'changes',
  indexes: 'indexes',
} as const;

export const SEP = '\x00';
/** The smallest key greater than every key that starts with `prefix + SEP`. */
const AFTER_SEP = '\x01';

const PLAIN_COMPONENT = /^[A-Za-z0-9._:+-]+$/;

export function encodeComponent(value: string): string {
  return PLAIN_COMPONENT.test(value) ? value : `~${Buffer.from(value, 'utf8').toString('hex')}`;
}

/** Where records of each type live. */
export const RECORD_NAMESPACE: Readonly<Record<RecordType, string>> = {
  case: NS.cases,
  person: NS.persons,
  business: NS.businesses,
};

export function revisionKey(type: RecordType, id: string, version: number): string {
  return `${type}${SEP}${encodeComponent(id)}${SEP}${String(version).padStart(10, '0')}`;
}

export function revisionPrefix(type: RecordType, id?: string): string {
  return id === undefined ? `${type}${SEP}` : `${type}${SEP}${encodeComponent(id)}${SEP}`;
}

export function changeKey(seq: number): string {
  return String(seq).padStart(16, '0');
}

/** A key range covering every key that starts with `prefix` (which ends with SEP). */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  return { gte: prefix, lt: prefix.slice(0, -1) + AFTER_SEP };
}

// ---------------------------------------------------------------------------------------------
// Search indexes

/** The filters of `CaseQuery` that have a secondary index, with the values a case has for each. */
export const FILTERS = {
  country: (c: Case) => [c.reportingCountry],
  itrArea: (c: Case) => c.items.map((item) => item.itrArea),
  commodity: (c: Case) => c.items.map((item) => item.commodity),
  conveyanceMode: (c: Case) => [c.conveyance?.mode],
  detectionMethod: (c: Case) => [c.detection?.method],
  locationType: (c: Case) => [c.location?.type],
  routeCountry: (c: Case) => [
    c.route?.origin,
    c.route?.departure,
    ...(c.route?.transit ?? []),
    c.route?.destination,
  ],
  status: (c: Case) => [c.status],
} satisfies Record<string, (c: Case) => (string | undefined)[]>;

export type FilterName = keyof typeof FILTERS;
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

export function filterValues(name: FilterName, c: Case): string[] {
  const values = FILTERS[name](c).filter((v): v is string => typeof v === 'string' && v !== '');
  return [...new Set(values)];
}

/** `<date>\0<id>`: the position of a case in newest-first order (compared descending). */
export function sortKey(c: Pick<Case, 'seizureDate' | 'id'>): string {
  return `${encodeComponent(c.seizureDate)}${SEP}${c.id}`;
}

export function caseIdOfIndexKey(key: string): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}

const searchPrefixes = new Map<string, string>();

/** Prefix of the index entries for one filter value, or of the plain date index. */
export function searchPrefix(filter: FilterName | 'date', value?: string): string {
  if (filter === 'date') return `date${SEP}`;
  // Filter values are vocabulary codes, a few hundred at most: remembering their prefixes saves
  // encoding them again for every case written.
  const memo = `${filter}${SEP}${value ?? ''}`;
  let prefix = searchPrefixes.get(memo);
  if (prefix === undefined) {
    prefix = `${filter}${SEP}${encodeComponent(value ?? '')}${SEP}`;
    if (searchPrefixes.size < 10_000) searchPrefixes.set(memo, prefix);
  }
  return prefix;
}

export function identifierPrefix(type: IdentifierType, normalisedValue: string): string {
  return `ident${SEP}${type}${SEP}${encodeComponent(normalisedValue)}${SEP}`;
}

export function linkPrefix(type: 'person' | 'business', id: string): string {
  return `${type}${SEP}${encodeComponent(id)}${SEP}`;
}

// ---------------------------------------------------------------------------------------------
// Correlation identifiers (values in the normal form of protocol/validation.ts' normaliseIdentifier)

export interface CaseIdentifier {
  type: IdentifierType;
  value: string;
}

/** What a case's index entries need to know of a person or business it links. */
export interface PartyFacts {
  deleted: boolean;
  /** Its correlation identifiers, normalised: a person's document numbers, a business's registration. */
  identifiers: readonly CaseIdentifier[];
}

export function partyFacts(type: 'person' | 'business', record: Person | Business): PartyFacts {
  const identifiers: CaseIdentifier[] = [];
  const add = (identifierType: IdentifierType, raw: string | undefined) => {
    if (typeof raw !== 'string') return;
    const value = normaliseIdentifier(identifierType, raw);
    if (value !== '' && !identifiers.some((i) => i.type === identifierType && i.value === value))
      identifiers.push({ type: identifierType, value });
  };
  if (type === 'person')
    for (const document of (record as Person).documents) add('document', document.number);
  else add('registration', (record as Business).registrationNumber);
  return { deleted: record.deletedAt !== undefined, identifiers };
}

/** Looks up what is known of a linked person or business (undefined if it does not exist). */
export interface LinkedRecords {
  facts(type: 'person' | 'business', id: string): PartyFacts | undefined;
}

/** The identifiers of a case's own: its container and ship. */
function ownIdentifiers(c: Case): CaseIdentifier[] {
  const found: CaseIdentifier[] = [];
  const container = c.conveyance?.containerNumber;
  if (typeof container === 'string') {
    const value = normaliseIdentifier('container', container);
    if (value !== '') found.push({ type: 'container', value });
  }
  const imo = c.conveyance?.imo;
  if (typeof imo === 'string') {
    const value = normaliseIdentifier('imo', imo);
    if (value !== '') found.push({ type: 'imo', value });
  }
  return found;
}

/** The identifiers a case gets from the live persons and businesses it links. */
function linkedIdentifiers(c: Case, linked: LinkedRecords): CaseIdentifier[] {
  const found: CaseIdentifier[] = [];
  for (const [type, links] of [
    ['person', c.persons],
    ['business', c.businesses],
  ] as const) {
    for (const link of links) {
      const facts = linked.facts(type, link.id);
      if (!facts || facts.deleted) continue;
      for (const identifier of facts.identifiers) {
        if (!found.some((i) => i.type === identifier.type && i.value === identifier.value))
          found.push(identifier);
      }
    }
  }
  return found;
}

/** The identifiers that correlate a case: its own, and those of the live persons and businesses it links. */
export function caseIdentifiers(c: Case, linked: LinkedRecords): CaseIdentifier[] {
  return [...ownIdentifiers(c), ...linkedIdentifiers(c, linked)];
}

/**
 * The `indexes` keys a case has whatever it links: dates and filters, its own identifiers and
 * its links. `caseIndexKeys` adds the identifiers of what it links; the store computes this part
 * before a write reaches the writer queue.
 */
export function caseOwnIndexKeys(c: Case): string[] {
  if (c.deletedAt) return [];
  const position = sortKey(c);
  const keys = new Set<string>([searchPrefix('date') + position]);
  for (const name of FILTER_NAMES) {
    for (const value of FILTERS[name](c)) {
      if (typeof value === 'string' && value !== '') keys.add(searchPrefix(name, value) + position);
    }
  }
  for (const identifier of ownIdentifiers(c))
    keys.add(identifierPrefix(identifier.type, identifier.value) + c.id);
  for (const link of c.persons) keys.add(linkPrefix('person', link.id) + c.id);
  for (const link of c.businesses) keys.add(linkPrefix('business', link.id) + c.id);
  return [...keys];
}

/** The keys `caseOwnIndexKeys` leaves out: identifiers from the persons and businesses a case links. */
export function caseLinkedIndexKeys(c: Case, linked: LinkedRecords): string[] {
  if (c.deletedAt) return [];
  return linkedIdentifiers(c, linked).map(
    (identifier) => identifierPrefix(identifier.type, identifier.value) + c.id,
  );
}

/**
 * Every `indexes` key a case must have, given the current state of what it links. A deleted case
 * has none: it leaves search, correlation and the link lists, and keeps only its record and history.
 */
export function caseIndexKeys(c: Case, linked: LinkedRecords): string[] {
  const keys = caseOwnIndexKeys(c);
  for (const key of caseLinkedIndexKeys(c, linked)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Query predicate

/** The free text that `q` searches: what types.ts lists for `CaseQuery.q`. */
export function caseText(c: Case): string {
  const parts = [
    c.ref,
    c.office,
    c.location?.name,
    c.narrative,
    c.concealment?.description,
    ...c.items.map((item) => item.description),
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n');
}

/** The words of a free-text query; a case matches when its text contains every one of them. */
export function queryTerms(q: string | undefined): string[] {
  if (q === undefined) return [];
  return q
    .toLocaleLowerCase('und')
    .split(/\s+/u)
    .filter((term) => term !== '');
}

/**
 * Does this case satisfy the query? Every search result is checked with it, whatever index found
 * it. `checkText: false` when a full-text index has already matched `q` (its tokenising rules
 * differ from a substring match).
 */
export function matchesQuery(c: Case, query: CaseQuery, checkText: boolean): boolean {
  if (c.deletedAt) return false;
  if (query.from !== undefined && c.seizureDate < query.from) return false;
  if (query.to !== undefined && c.seizureDate > query.to) return false;
  for (const name of FILTER_NAMES) {
    const wanted = query[name];
    if (wanted !== undefined && !filterValues(name, c).includes(wanted)) return false;
  }
  if (checkText) {
    const terms = queryTerms(query.q);
    if (terms.length > 0) {
      const text = caseText(c).toLocaleLowerCase('und');
      if (!terms.every((term) => text.includes(term))) return false;
    }
  }
  return true;
}

/** Newest first: seizureDate descending, then id descending. */
export function compareNewestFirst(a: Case, b: Case): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Cursors

export function encodeCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = position.split(SEP);
  if (parts.length !== 2 || !PLAIN_COMPONENT.test(parts[0]!) || !PLAIN_COMPONENT.test(parts[1]!)) {
    return undefined;
  }
  return position;
}
