/**
 * A watch-list rule as an analyst writes it, checked field by field: every refusal names its
 * path (`list.values[3]`, `pattern.commodity[0]`) and a rule of `VALIDATION_RULES`, so the
 * console puts it beside the field. Identifiers are kept in the normal form the case indexes use
 * (`normaliseIdentifier`), so a rule holding `msku 123456-5` matches a case holding `MSKU1234565`.
 *
 * The same check runs on a rule a partner shares (`checkRuleBody`), without its owners: what a
 * partner signs is refused exactly like what a user types.
 *
 * @example
 *   const checked = validateRuleInput({ name: 'Reefers from Guayaquil', kind: 'pattern',
 *     pattern: { routeOrigin: ['EC'], conveyanceMode: ['sea-container'] } }, 'amina');
 *   if (!checked.ok) throw new ValidationError(checked.issues);
 */
import {
  WATCHLIST_KINDS,
  WATCHLIST_LIMITS,
  WATCHLIST_LIST_TYPES,
  WATCHLIST_PATTERN_FIELDS,
  type WatchlistKind,
  type WatchlistListType,
  type WatchlistPattern,
  type WatchlistPatternField,
} from '../../protocol/api.ts';
import type { IdentifierType } from '../../protocol/records.ts';
import { isValidContainerNumber, isValidImoNumber, normaliseIdentifier } from '../../protocol/validation.ts';
import type { ValidationIssue, Validated } from '../../protocol/validation-types.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';

/** What a rule says, whoever wrote it: the part a node signs when it shares the rule. */
export interface RuleBody {
  name: string;
  description?: string;
  kind: WatchlistKind;
  list?: { type: WatchlistListType; values: string[] };
  pattern?: WatchlistPattern;
  active: boolean;
}

/** A rule of this node as its author wrote it, checked and normalised. */
export interface RuleContent extends RuleBody {
  owners: string[];
  shared: boolean;
}

/** Usernames as the accounts spell them (node/auth/users.ts). */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const CONTAINER = /^[A-Z]{4}\d{7}$/;
/** Control characters other than tab, line feed and carriage return. */
function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** The identifier type of the store's normal form for each list type. */
const NORMAL_FORM: Readonly<Record<WatchlistListType, IdentifierType>> = {
  container: 'container',
  company: 'registration',
  imo: 'imo',
  document: 'document',
  // A registration plate compacts like a document number: letters and digits, nothing between.
  vehicle: 'document',
};

/** The normal form of `value` as an identifier of list type `type` (how rules and cases compare). */
export function normaliseListValue(type: WatchlistListType, value: string): string {
  return normaliseIdentifier(NORMAL_FORM[type], value);
}

export const isListType = (value: unknown): value is WatchlistListType =>
  typeof value === 'string' && (WATCHLIST_LIST_TYPES as readonly string[]).includes(value);

export const isPatternField = (value: unknown): value is WatchlistPatternField =>
  typeof value === 'string' && Object.hasOwn(WATCHLIST_PATTERN_FIELDS, value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (prefix: string, field: string) => (prefix === '' ? field : `${prefix}.${field}`);

class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, rule: string, message: string): void {
    this.list.push({ path, rule, message });
  }
  unknownFields(value: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(value))
      if (!allowed.includes(key))
        this.add(join(prefix, key), 'unknown-field', `unknown field ${JSON.stringify(key)}`);
  }
}

function text(
  issues: Issues,
  value: unknown,
  path: string,
  max: number,
  required: boolean,
): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) issues.add(path, 'required', 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(path, 'type', 'must be text');
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) issues.add(path, 'max-length', `must be at most ${max} characters`);
  if (hasControlCharacters(trimmed))
    issues.add(path, 'control-characters', 'must not hold control characters');
  return trimmed;
}

function flag(issues: Issues, value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') issues.add(path, 'type', 'must be true or false');
  return value === true;
}

function listOf(issues: Issues, value: unknown, path: string, max: number): unknown[] | undefined {
  if (value === undefined || value === null) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.add(path, 'type', 'must be a list');
    return undefined;
  }
  if (value.length === 0) issues.add(path, 'required', 'must hold at least one entry');
  if (value.length > max) {
    issues.add(path, 'max-items', `must hold at most ${max} entries`);
    return undefined;
  }
  return value as unknown[];
}

function checkList(issues: Issues, value: unknown, path: string): RuleBody['list'] {
  if (!isRecord(value)) {
    issues.add(path, value === undefined ? 'required' : 'type', 'a list rule needs { type, values }');
    return undefined;
  }
  issues.unknownFields(value, ['type', 'values'], path);
  const type = value.type;
  if (!isListType(type)) {
    issues.add(
      `${path}.type`,
      type === undefined ? 'required' : 'vocabulary',
      `must be one of ${WATCHLIST_LIST_TYPES.join(', ')}`,
    );
  }
  const raw = listOf(issues, value.values, `${path}.values`, WATCHLIST_LIMITS.values);
  if (!raw || !isListType(type)) return undefined;
  const values: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const at = `${path}.values[${i}]`;
    if (typeof entry !== 'string') return issues.add(at, 'type', 'must be text');
    const normal = normaliseListValue(type, entry);
    if (normal === '') return issues.add(at, 'required', 'is empty');
    if (normal.length > WATCHLIST_LIMITS.valueLength)
      return issues.add(at, 'max-length', `must be at most ${WATCHLIST_LIMITS.valueLength} characters`);
    if (hasControlCharacters(normal))
      return issues.add(at, 'control-characters', 'must not hold control characters');
    if (type === 'container') {
      if (!CONTAINER.test(normal))
        return issues.add(at, 'pattern', 'must be an ISO 6346 container number such as MSKU1234565');
      if (!isValidContainerNumber(normal))
        return issues.add(at, 'container-check-digit', 'has a wrong check digit (ISO 6346)');
    }
    if (type === 'imo') {
      if (!/^\d{7}$/.test(normal)) return issues.add(at, 'pattern', 'must be a 7-digit IMO ship number');
      if (!isValidImoNumber(normal)) return issues.add(at, 'imo-check-digit', 'has a wrong check digit');
    }
    // The same identifier twice (however typed) is one: pasted lists often repeat.
    if (!seen.has(normal)) {
      seen.add(normal);
      values.push(normal);
    }
  });
  return { type, values };
}

function checkPattern(issues: Issues, value: unknown, path: string): WatchlistPattern | undefined {
  if (!isRecord(value)) {
    issues.add(path, value === undefined ? 'required' : 'type', 'a pattern rule needs at least one field');
    return undefined;
  }
  const pattern: WatchlistPattern = {};
  for (const [field, codes] of Object.entries(value)) {
    const at = join(path, field);
    if (!isPatternField(field)) {
      issues.add(
        at,
        'unknown-field',
        `not a field a pattern can test (${Object.keys(WATCHLIST_PATTERN_FIELDS).join(', ')})`,
      );
      continue;
    }
    const vocabulary = vocabularies[WATCHLIST_PATTERN_FIELDS[field]];
    const raw = listOf(issues, codes, at, WATCHLIST_LIMITS.codesPerField);
    if (!raw) continue;
    const kept: string[] = [];
    raw.forEach((code, i) => {
      if (!vocabulary.has(code)) {
        issues.add(`${at}[${i}]`, 'vocabulary', `not a code of the ${vocabulary.name} vocabulary`);
      } else if (!kept.includes(code)) kept.push(code);
    });
    if (kept.length > 0) pattern[field] = kept;
  }
  if (Object.keys(value).length === 0)
    issues.add(path, 'required', 'a pattern rule needs at least one field');
  return pattern;
}

/**
 * Checks the part of a rule every node reads the same way: name, description, kind with its
 * list or pattern, and whether it is active. Issues are added with `prefix` before each path.
 */
export function checkRuleBody(
  value: Record<string, unknown>,
  issues: Issues,
  prefix = '',
): RuleBody | undefined {
  const name = text(issues, value.name, join(prefix, 'name'), WATCHLIST_LIMITS.name, true);
  const description = text(
    issues,
    value.description,
    join(prefix, 'description'),
    WATCHLIST_LIMITS.description,
    false,
  );
  const kind = value.kind;
  if (!(WATCHLIST_KINDS as readonly unknown[]).includes(kind)) {
    issues.add(
      join(prefix, 'kind'),
      kind === undefined ? 'required' : 'vocabulary',
      'must be list or pattern',
    );
  }
  let list: RuleBody['list'];
  let pattern: WatchlistPattern | undefined;
  if (kind === 'list') {
    list = checkList(issues, value.list, join(prefix, 'list'));
    if (value.pattern !== undefined)
      issues.add(join(prefix, 'pattern'), 'unknown-field', 'a list rule has no pattern');
  } else if (kind === 'pattern') {
    pattern = checkPattern(issues, value.pattern, join(prefix, 'pattern'));
    if (value.list !== undefined)
      issues.add(join(prefix, 'list'), 'unknown-field', 'a pattern rule has no list');
  }
  const active = flag(issues, value.active, join(prefix, 'active'), true);
  if (name === undefined || (kind !== 'list' && kind !== 'pattern')) return undefined;
  return {
    name,
    ...(description === undefined ? {} : { description }),
    kind,
    ...(list ? { list } : {}),
    ...(pattern ? { pattern } : {}),
    active,
  };
}

export { Issues as RuleIssues };

const INPUT_FIELDS = ['name', 'description', 'owners', 'kind', 'list', 'pattern', 'active', 'shared'];

/**
 * Checks a rule a user sends (`WatchlistRuleInput`). `owners` default to `author`; whether each
 * owner is a user who may manage watch lists is the service's check (it needs the accounts).
 */
export function validateRuleInput(input: unknown, author: string): Validated<RuleContent> {
  const issues = new Issues();
  if (!isRecord(input)) {
    issues.add('', 'type', 'a rule is a JSON object');
    return { ok: false, issues: issues.list };
  }
  issues.unknownFields(input, INPUT_FIELDS, '');
  const body = checkRuleBody(input, issues);
  let owners = [author];
  if (input.owners !== undefined) {
    const raw = listOf(issues, input.owners, 'owners', WATCHLIST_LIMITS.owners) ?? [];
    owners = [];
    raw.forEach((owner, i) => {
      const normal = typeof owner === 'string' ? owner.trim().toLowerCase() : owner;
      if (typeof normal !== 'string' || !USERNAME.test(normal))
        issues.add(`owners[${i}]`, 'pattern', 'must be a username');
      else if (!owners.includes(normal)) owners.push(normal);
    });
  }
  const shared = flag(issues, input.shared, 'shared', false);
  if (issues.list.length > 0 || !body) return { ok: false, issues: issues.list };
  return { ok: true, value: { ...body, owners, shared } };
}
