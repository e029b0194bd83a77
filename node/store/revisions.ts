/**
 * Revision hash chains. Each revision commits to the record as stored (`recordHash`) and to the
 * previous revision of the same record (`prev`), so that changing any stored revision, or the
 * record itself, breaks the chain at a place `verifyChain` can name.
 *
 * @example
 *   const rev = makeRevision({ type: 'case', id, version: 1, op: 'create', at, by: 'ana', record, prev: null });
 *   verifyChain('case', id, [rev], record); // undefined: the chain holds
 */
import { hash } from 'node:crypto';
import { canonicalForm, canonicalJson } from '../../protocol/canonical-json.ts';
import type { RecordType, Revision } from './types.ts';

export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** sha256 (hex) over the RFC 8785 canonical JSON of a value. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/**
 * A record in the form it is stored, with its hash and its canonical JSON, which is also what the
 * kv stores (see `JsonText`): reading it back gives exactly `record` (no undefined fields, no -0),
 * and it is serialised once. Throws `TypeError` on values JSON cannot hold faithfully (NaN, lone
 * surrogates, cycles).
 */
export function canonicalRecord<T>(value: T): { record: T; recordHash: string; text: string } {
  const { text, value: record } = canonicalForm(value);
  return { record, recordHash: sha256Hex(text), text };
}

export type RevisionFields = Omit<Revision, 'recordHash' | 'hash'>;

function revisionHash(rev: Omit<Revision, 'hash' | 'record'>): string {
  const { type, id, version, op, at, by, recordHash, prev } = rev;
  return canonicalHash({ type, id, version, op, at, by, recordHash, prev });
}

/** A revision of `record`, which must already be in stored form when `recordHash` is given. */
export function makeRevision(fields: RevisionFields & { recordHash?: string }): Revision {
  const recordHash = fields.recordHash ?? canonicalHash(fields.record);
  const { type, id, version, op, at, by, prev, record } = fields;
  const hash = revisionHash({ type, id, version, op, at, by, recordHash, prev });
  return { type, id, version, op, at, by, recordHash, prev, hash, record };
}

/**
 * How a revision is stored. The latest revision of a record omits `record`, because it is the
 * current record, stored once in the record's own namespace; the write that supersedes it puts
 * the record back into it in the same batch. Readers fill it in with `withRecord`.
 */
export type StoredRevision = Omit<Revision, 'record'> & { record?: unknown };

export function storedLatest(rev: Revision): StoredRevision {
  const { record: _record, ...rest } = rev;
  return rest;
}

/** Fills in the record of the latest revision (which is stored without one) from the current record. */
export function withRecords(revisions: StoredRevision[], current: unknown): Revision[] {
  const last = revisions.at(-1);
  if (last && !('record' in last) && current !== undefined)
    revisions[revisions.length - 1] = { ...last, record: current };
  return revisions as Revision[];
}

export interface ChainProblem {
  type: RecordType;
  id: string;
  version: number;
  reason: string;
}

/**
 * Checks one record's revisions (in version order) against each other and against the record as
 * currently stored; returns the first problem, or undefined when the chain holds.
 */
export function verifyChain(
  type: RecordType,
  id: string,
  revisions: readonly Revision[],
  current: unknown,
): ChainProblem | undefined {
  let prev: string | null = null;
  let version = 0;
  for (const rev of revisions) {
    version++;
    const at = (reason: string): ChainProblem => ({ type, id, version: rev.version, reason });
    if (rev.type !== type || rev.id !== id) return at('revision is filed under another record');
    if (rev.version !== version) return at(`expected version ${version}, found ${String(rev.version)}`);
    if (rev.prev !== prev) return at('prev does not match the hash of the previous revision');
    if (!('record' in rev)) return at('the revision has lost its record');
    if (canonicalHash(rev.record) !== rev.recordHash) return at('record does not match recordHash');
    if (revisionHash(rev) !== rev.hash) return at('revision hash does not verify');
    const record = rev.record as { id?: unknown; version?: unknown } | null;
    if (record?.id !== id || record.version !== rev.version)
      return at('record id or version differs from the revision');
    prev = rev.hash;
  }
  const last = revisions.at(-1);
  if (current === undefined) {
    return last
      ? { type, id, version: last.version, reason: 'revisions exist but the record is missing' }
      : undefined;
  }
  if (!last) return { type, id, version: 0, reason: 'the record has no revisions' };
  if (canonicalHash(current) !== last.recordHash) {
    return { type, id, version: last.version, reason: 'the stored record differs from its latest revision' };
  }
  return undefined;
}
