/**
 * What a query may carry, checked the same way on both sides: the asker checks what its user
 * typed before it asks anyone, the owner checks what a partner sent before it looks anything up.
 * Values travel and are compared normalised (`normaliseIdentifier`), so `msku 123456-5` and
 * `MSKU1234565` are the same container.
 */
import {
  QUERY_IDENTIFIER_TYPES,
  QUERY_VALUE_MAX_LENGTH,
  type QueryIdentifierType,
} from '../../protocol/api.ts';
import type { cen } from '../../protocol/gen/query.js';
import { isUuidV7 } from '../../protocol/ids.ts';
import type { IdentifierType } from '../../protocol/records.ts';
import { normaliseIdentifier } from '../../protocol/validation.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';

export interface Query {
  /** UUIDv7 chosen by the asker, echoed in the answer and in both nodes' evidence logs. */
  id: string;
  type: QueryIdentifierType;
  /** Normalised. */
  value: string;
}

export function isQueryIdentifierType(value: unknown): value is QueryIdentifierType {
  return typeof value === 'string' && (QUERY_IDENTIFIER_TYPES as readonly string[]).includes(value);
}

/** `company` numbers are business registration numbers, normalised as the store indexes them. */
export function normaliseQueryValue(type: QueryIdentifierType, value: string): string {
  const indexed: IdentifierType = type === 'company' ? 'registration' : type;
  return normaliseIdentifier(indexed, value);
}

/**
 * Identifiers of persons and businesses are nominal data: a hit on a passport number says
 * something about a person. Only containers and ships are not.
 */
export function isNominalIdentifier(type: QueryIdentifierType): boolean {
  return type === 'document' || type === 'registration' || type === 'company';
}

/** The issues of a `{ type, value }` (empty when it can be asked), by field path. */
export function queryRequestIssues(type: unknown, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isQueryIdentifierType(type)) {
    issues.push({
      path: 'type',
      rule: type === undefined ? 'required' : 'vocabulary',
      message: `type is one of ${QUERY_IDENTIFIER_TYPES.join(', ')}`,
    });
  }
  if (typeof value !== 'string' || value.length === 0) {
    issues.push({
      path: 'value',
      rule: value === undefined ? 'required' : 'type',
      message: 'value is the identifier to look up',
    });
  } else if (value.length > QUERY_VALUE_MAX_LENGTH) {
    issues.push({
      path: 'value',
      rule: 'max',
      message: `value holds at most ${QUERY_VALUE_MAX_LENGTH} characters`,
    });
  } else if (isQueryIdentifierType(type) && normaliseQueryValue(type, value) === '') {
    issues.push({
      path: 'value',
      rule: 'pattern',
      message: 'value holds no letter or digit of an identifier',
    });
  }
  return issues;
}

export type QueryCheck =
  | { ok: true; query: Query }
  | {
      ok: false;
      reason: string;
      /** What the frame carried, cut to size, for the evidence log. */
      seen: { queryId: string | null; identifierType: string; value: string };
    };

/** A partner's Query, checked field by field; never throws (random bytes often decode as one). */
export function checkQuery(query: cen.query.v1.Query.$Properties): QueryCheck {
  const id = typeof query.id === 'string' ? query.id : '';
  const type = typeof query.identifierType === 'string' ? query.identifierType : '';
  const value = typeof query.value === 'string' ? query.value : '';
  const seen = {
    queryId: isUuidV7(id) ? id : null,
    identifierType: type.slice(0, 40),
    value: value.slice(0, QUERY_VALUE_MAX_LENGTH),
  };
  if (!isUuidV7(id)) return { ok: false, reason: 'the query id is not a UUIDv7', seen };
  const issues = queryRequestIssues(type, value);
  if (issues.length > 0 || !isQueryIdentifierType(type)) {
    return { ok: false, reason: issues.map((i) => i.message).join('; '), seen };
  }
  return { ok: true, query: { id, type, value: normaliseQueryValue(type, value) } };
}
