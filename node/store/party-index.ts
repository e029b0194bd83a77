/**
 * Finding persons and businesses: the `indexes` keys that let officers look one up by name,
 * document number, company registration, nationality or country, and the predicate that checks
 * every result. Kept apart from the case keys of `keys.ts`: all of them live under `find\0`, and
 * end with the record id, so the consistency check (`check.ts`) tells them from case entries.
 *
 *   find\0<type>\0sort\0<name>\0<id>                          every live record, alphabetically
 *   find\0<type>\0word\0<name word>\0<id>                     one per word of the name
 *   find\0person\0document\0<document number>\0<name>\0<id>   exact, normalised as an identifier
 *   find\0person\0nationality\0<country>\0<name>\0<id>
 *   find\0business\0registration\0<registration>\0<name>\0<id>
 *   find\0business\0country\0<country>\0<name>\0<id>
 *
 * Names and words are folded (lowercased, accents stripped: "Müller" and "MULLER" are one) and
 * always hex-encoded behind `~`, so that prefixes and order survive in every script: the hex of a
 * word's UTF-8 bytes starts with the hex of any prefix of it, and sorts as the bytes do.
 *
 * Order: alphabetical by folded name (family name first for persons), then by id; a name search
 * orders by the name word that matched. A cursor is the position (`<name or word>\0<id>`) of the
 * last result shown.
 *
 * @example
 *   partyIndexKeys('person', person) // ['find\0person\0sort\0~6f7469656e6f…\0<id>', …]
 */
import type { Business, Person } from '../../protocol/records.ts';
import { normaliseIdentifier } from '../../protocol/validation.ts';
import { encodeComponent, SEP } from './keys.ts';

export type PartyType = 'person' | 'business';

/** The prefix of every party search key: the consistency check splits the indexes on it. */
export const PARTY_INDEX_PREFIX = `find${SEP}`;

/** Filters of a person search; every field is optional and they combine with AND. */
export interface PersonQuery {
  /** Name words: each must start a word of the family or given names. */
  q?: string;
  /** A document number, matched exactly once normalised (spaces, dashes and case ignored). */
  document?: string;
  /** ISO 3166-1 alpha-2. */
  nationality?: string;
  cursor?: string;
  /** 1..500, default 50. */
  limit?: number;
}

/** Filters of a business search; every field is optional and they combine with AND. */
export interface BusinessQuery {
  /** Name words: each must start a word of the business name. */
  q?: string;
  /** A company registration number, matched exactly once normalised. */
  registration?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  cursor?: string;
  limit?: number;
}

export type PartyQuery = PersonQuery | BusinessQuery;

/**
 * Sort names are cut to this many characters: enough to order any real name, and keys stay
 * short. Longer names that share the cut tie, and ties are ordered by id.
 */
const SORT_NAME_LENGTH = 48;

/** Lowercased with accents and other combining marks removed (NFD, then marks dropped). */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').normalize('NFC');
}

/** The words of a name or of a query: runs of letters and digits, folded. */
export function nameWords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Hex of the UTF-8 bytes behind `~`: keeps prefixes and byte order, whatever the script. */
export function nameComponent(text: string): string {
  return `~${Buffer.from(text, 'utf8').toString('hex')}`;
}

function displayName(type: PartyType, record: Person | Business): string {
  if (type === 'business') return (record as Business).name;
  const person = record as Person;
  return [person.familyName, person.givenNames].filter((part) => part !== undefined).join(' ');
}

/** The position of a record in alphabetical order: its folded name, cut short, hex-encoded. */
export function sortComponent(type: PartyType, record: Person | Business): string {
  return nameComponent(nameWords(displayName(type, record)).join(' ').slice(0, SORT_NAME_LENGTH));
}

function exactValues(type: PartyType, record: Person | Business): { field: string; values: string[] }[] {
  const normalised = (identifierType: 'document' | 'registration', raw: string[]) => [
    ...new Set(raw.map((value) => normaliseIdentifier(identifierType, value)).filter((v) => v !== '')),
  ];
  if (type === 'person') {
    const person = record as Person;
    return [
      {
        field: 'document',
        values: normalised(
          'document',
          person.documents.map((document) => document.number),
        ),
      },
      { field: 'nationality', values: person.nationality ? [person.nationality] : [] },
    ];
  }
  const business = record as Business;
  return [
    {
      field: 'registration',
      values: normalised('registration', business.registrationNumber ? [business.registrationNumber] : []),
    },
    { field: 'country', values: business.country ? [business.country] : [] },
  ];
}

/** The prefix of one index of one record type: `find\0person\0word\0`. */
export function partyIndexPrefix(type: PartyType, index: string): string {
  return `${PARTY_INDEX_PREFIX}${type}${SEP}${index}${SEP}`;
}

/** The prefix of an exact-value index for one value: `find\0person\0document\0AK123\0`. */
export function partyValuePrefix(type: PartyType, field: string, value: string): string {
  return `${partyIndexPrefix(type, field)}${encodeComponent(value)}${SEP}`;
}

/** Every `indexes` key a person or business has; none once deleted. */
export function partyIndexKeys(type: PartyType, record: Person | Business): string[] {
  if (record.deletedAt) return [];
  const sort = sortComponent(type, record);
  const keys = new Set<string>([`${partyIndexPrefix(type, 'sort')}${sort}${SEP}${record.id}`]);
  for (const word of nameWords(displayName(type, record)))
    keys.add(`${partyIndexPrefix(type, 'word')}${nameComponent(word)}${SEP}${record.id}`);
  for (const { field, values } of exactValues(type, record))
    for (const value of values) keys.add(`${partyValuePrefix(type, field, value)}${sort}${SEP}${record.id}`);
  return [...keys];
}

/** The record id at the end of a party index key. */
export function partyIdOfIndexKey(key: string): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}

/** The record type of a party index key, or undefined when it is not one. */
export function partyTypeOfIndexKey(key: string): PartyType | undefined {
  if (!key.startsWith(PARTY_INDEX_PREFIX)) return undefined;
  const type = key.slice(PARTY_INDEX_PREFIX.length).split(SEP, 1)[0];
  return type === 'person' || type === 'business' ? type : undefined;
}

// ---------------------------------------------------------------------------------------------
// Searching

/** The index a search walks, and how far; `word` is set when it walks name words. */
export interface PartyScan {
  /** Keys are `<prefix><position>`, position = `<name or word>\0<id>`. */
  prefix: string;
  /** Only words starting with this (hex-encoded); empty to walk the whole prefix. */
  startsWith: string;
  /** The name word walked, folded (the query word the others are checked against). */
  word?: string;
}

function exactFilter(type: PartyType, query: PartyQuery): { field: string; value: string } | undefined {
  if (type === 'person') {
    const { document, nationality } = query as PersonQuery;
    if (document !== undefined)
      return { field: 'document', value: normaliseIdentifier('document', document) };
    if (nationality !== undefined) return { field: 'nationality', value: nationality };
  } else {
    const { registration, country } = query as BusinessQuery;
    if (registration !== undefined)
      return { field: 'registration', value: normaliseIdentifier('registration', registration) };
    if (country !== undefined) return { field: 'country', value: country };
  }
  return undefined;
}

/**
 * Picks the index to walk: an exact document or registration first (a handful of entries), then
 * the longest name word (the fewest entries share a long prefix), then nationality or country,
 * and otherwise every record. The predicate checks the rest.
 */
export function planPartyScan(type: PartyType, query: PartyQuery): PartyScan {
  const exact = exactFilter(type, query);
  const identifying = exact && (exact.field === 'document' || exact.field === 'registration');
  if (exact && identifying)
    return { prefix: partyValuePrefix(type, exact.field, exact.value), startsWith: '' };
  const words = nameWords(query.q);
  if (words.length > 0) {
    const word = words.reduce((longest, next) => (next.length > longest.length ? next : longest));
    return { prefix: partyIndexPrefix(type, 'word'), startsWith: nameComponent(word), word };
  }
  if (exact) return { prefix: partyValuePrefix(type, exact.field, exact.value), startsWith: '' };
  return { prefix: partyIndexPrefix(type, 'sort'), startsWith: '' };
}

/** Does this record satisfy every filter of the query? Every search result is checked with it. */
export function matchesPartyQuery(type: PartyType, record: Person | Business, query: PartyQuery): boolean {
  if (record.deletedAt) return false;
  const words = nameWords(displayName(type, record));
  if (!nameWords(query.q).every((wanted) => words.some((word) => word.startsWith(wanted)))) return false;
  if (type === 'person') {
    const person = record as Person;
    const { document, nationality } = query as PersonQuery;
    if (nationality !== undefined && person.nationality !== nationality) return false;
    if (document !== undefined) {
      const wanted = normaliseIdentifier('document', document);
      if (!person.documents.some((d) => normaliseIdentifier('document', d.number) === wanted)) return false;
    }
  } else {
    const business = record as Business;
    const { registration, country } = query as BusinessQuery;
    if (country !== undefined && business.country !== country) return false;
    if (registration !== undefined) {
      const number = business.registrationNumber;
      if (
        number === undefined ||
        normaliseIdentifier('registration', number) !== normaliseIdentifier('registration', registration)
      )
        return false;
    }
  }
  return true;
}

/**
 * When a search walks name words, a record with two words starting with the query word ("Mar"
 * in "Maria Martins") has two entries: it is shown at the first of them only.
 */
export function isFirstWordEntry(
  type: PartyType,
  record: Person | Business,
  scan: PartyScan,
  key: string,
): boolean {
  if (scan.word === undefined) return true;
  const wanted = scan.word;
  const first = nameWords(displayName(type, record))
    .filter((word) => word.startsWith(wanted))
    .map(nameComponent)
    .sort()[0];
  return first !== undefined && key === `${scan.prefix}${first}${SEP}${record.id}`;
}

// ---------------------------------------------------------------------------------------------
// Cursors: base64url of the position of the last result shown

const POSITION = new RegExp(`^~[0-9a-f]*${SEP}[A-Za-z0-9._:+-]+$`);

export function encodePartyCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one of ours. */
export function decodePartyCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  return POSITION.test(position) ? position : undefined;
}
