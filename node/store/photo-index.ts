/**
 * The photo index: entries in the `photos` namespace that the record store writes in the same
 * batch as every case, derived only from the case's `photos` array, so they can never disagree
 * with it. The photo library (node/photos) reads them:
 *
 *   ref   \0 <hash> \0 <caseId>                         the case lists the photo (deleted cases too:
 *                                                        its file stays while any record names it)
 *   case  \0 <seizureDate> \0 <caseId> \0 <hash>         live cases only, newest seizure last
 *   phash \0 <phash> \0 <hash> \0 <caseId>               live cases only, for similar-photo search
 *
 * Hashes are lowercase hex (validation normalises them), case ids UUIDv7: plain ASCII, so the
 * keys sort the same in memory and in LevelDB.
 *
 * @example
 *   const ops = photoIndexDiff(before, after); // into the case's batch
 *   for await (const [key] of kv.iterate(PHOTO_NAMESPACE, prefixRange(photoRefPrefix(hash)))) …
 */
import type { Case } from '../../protocol/records.ts';
import { encodeComponent, SEP } from './keys.ts';
import { JsonText } from './json-text.ts';
import type { BatchOp } from './kv.ts';

export const PHOTO_NAMESPACE = 'photos';

const REF = `ref${SEP}`;
/** Every listing entry starts with this. */
export const PHOTO_LIST_PREFIX = `case${SEP}`;
/** Every perceptual-hash entry starts with this. */
export const PHOTO_PHASH_PREFIX = `phash${SEP}`;

const HEX = /^[0-9a-f]+$/;
const ENTRY_VALUE = new JsonText('1');

export const photoRefPrefix = (hash: string): string => `${REF}${hash}${SEP}`;

/** One photo of one live case, as a listing or perceptual-hash entry names it. */
export interface PhotoEntry {
  hash: string;
  caseId: string;
  seizureDate?: string;
  phash?: string;
}

/** The `photos` keys a case must have. */
export function casePhotoKeys(c: Case): string[] {
  const keys = new Set<string>();
  for (const photo of c.photos) {
    // Validation guarantees the form; a record that somehow lacks it gets no entries rather than
    // keys that would sort in the wrong place.
    if (!HEX.test(photo.hash)) continue;
    keys.add(`${REF}${photo.hash}${SEP}${c.id}`);
    if (c.deletedAt) continue;
    keys.add(`${PHOTO_LIST_PREFIX}${encodeComponent(c.seizureDate)}${SEP}${c.id}${SEP}${photo.hash}`);
    if (photo.phash !== undefined && HEX.test(photo.phash))
      keys.add(`${PHOTO_PHASH_PREFIX}${photo.phash}${SEP}${photo.hash}${SEP}${c.id}`);
  }
  return [...keys];
}

/** The ops that take the photo entries of a case from `before` (absent: a new case) to `after`. */
export function photoIndexDiff(before: Case | undefined, after: Case): BatchOp[] {
  const old = new Set(before ? casePhotoKeys(before) : []);
  const next = new Set(casePhotoKeys(after));
  const ops: BatchOp[] = [];
  for (const key of old) if (!next.has(key)) ops.push({ type: 'del', ns: PHOTO_NAMESPACE, key });
  for (const key of next)
    if (!old.has(key)) ops.push({ type: 'put', ns: PHOTO_NAMESPACE, key, value: ENTRY_VALUE });
  return ops;
}

/** The case id of a `ref` entry. */
export function caseIdOfPhotoRef(key: string): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}

/** What a listing entry names. */
export function parsePhotoListKey(key: string): PhotoEntry {
  const [, seizureDate = '', caseId = '', hash = ''] = key.split(SEP);
  return { hash, caseId, seizureDate };
}

/** What a perceptual-hash entry names. */
export function parsePhotoPhashKey(key: string): PhotoEntry & { phash: string } {
  const [, phash = '', hash = '', caseId = ''] = key.split(SEP);
  return { hash, caseId, phash };
}
