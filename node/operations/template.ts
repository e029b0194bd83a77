/**
 * Report templates: the organiser picks typed fields from the catalogue (the case vocabulary,
 * `OPERATION_CATALOGUE_FIELDS`) and adds free fields, each required or optional. A report is
 * checked against the template where it is written, and again by the organiser's node before
 * it is relayed; a bad one is refused with every offending field named.
 *
 * @example
 *   const fields = parseTemplateFields([{ key: 'commodity', type: 'commodity', required: true }]);
 *   const issues = reportIssues({ version: 1, fields }, { commodity: 'cocaine' }); // []
 */
import {
  OPERATION_CATALOGUE_FIELDS,
  OPERATION_FREE_FIELD_TYPES,
  OPERATION_LIMITS,
  type OperationFieldType,
  type OperationTemplate,
  type OperationTemplateField,
} from '../../protocol/api.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { vocabularies } from '../../protocol/vocabulary/index.ts';
import { ValidationError } from '../errors.ts';

const FIELD_TYPES: readonly string[] = [
  ...Object.keys(OPERATION_CATALOGUE_FIELDS),
  ...OPERATION_FREE_FIELD_TYPES,
];
const KEY = /^[a-z][a-z0-9-]{0,39}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isCatalogue = (type: string): type is keyof typeof OPERATION_CATALOGUE_FIELDS =>
  Object.hasOwn(OPERATION_CATALOGUE_FIELDS, type);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The template fields of a request, checked; throws ValidationError naming every bad field. */
export function parseTemplateFields(input: unknown, path = 'template.fields'): OperationTemplateField[] {
  const issues: ValidationIssue[] = [];
  const issue = (at: string, rule: string, message: string) => issues.push({ path: at, rule, message });
  if (!Array.isArray(input)) {
    throw new ValidationError([{ path, rule: 'type', message: 'a list of fields' }]);
  }
  if (input.length > OPERATION_LIMITS.fields) issue(path, 'max', `at most ${OPERATION_LIMITS.fields} fields`);
  const fields: OperationTemplateField[] = [];
  const keys = new Set<string>();
  input.forEach((raw: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(raw)) return issue(at, 'type', 'a field: { key, type, label, required }');
    for (const name of Object.keys(raw)) {
      if (!['key', 'type', 'label', 'required'].includes(name))
        issue(`${at}.${name}`, 'unknown-field', `unknown field ${JSON.stringify(name)}`);
    }
    const type = raw.type;
    if (typeof type !== 'string' || !FIELD_TYPES.includes(type)) {
      return issue(`${at}.type`, 'vocabulary', `one of ${FIELD_TYPES.join(', ')}`);
    }
    const key = raw.key ?? (isCatalogue(type) ? type : undefined);
    if (typeof key !== 'string' || !KEY.test(key))
      return issue(`${at}.key`, 'pattern', 'lower-case letters, digits and dashes, at most 40');
    if (keys.has(key)) return issue(`${at}.key`, 'unique', `${key} is used by another field`);
    keys.add(key);
    const label = raw.label;
    if (
      label !== undefined &&
      (typeof label !== 'string' || label.trim() === '' || label.length > OPERATION_LIMITS.label)
    )
      return issue(`${at}.label`, 'max', `text of 1 to ${OPERATION_LIMITS.label} characters`);
    if (!isCatalogue(type) && label === undefined)
      return issue(`${at}.label`, 'required', 'a free field needs the label members will see');
    if (typeof raw.required !== 'boolean') return issue(`${at}.required`, 'type', 'true or false');
    fields.push({
      key,
      type: type as OperationFieldType,
      ...(typeof label === 'string' ? { label: label.trim() } : {}),
      required: raw.required,
    });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return fields;
}

/** What is wrong with `value` as the value of `field` (undefined when nothing). */
function valueIssue(field: OperationTemplateField, value: unknown): string | undefined {
  const { type } = field;
  if (type === 'text')
    return typeof value === 'string' && value.trim() !== '' && value.length <= OPERATION_LIMITS.fieldText
      ? undefined
      : `text of 1 to ${OPERATION_LIMITS.fieldText} characters`;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
  if (type === 'yes-no') return typeof value === 'boolean' ? undefined : 'true or false';
  if (type === 'date' || type === 'seizure-date')
    return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
      ? undefined
      : 'a date, YYYY-MM-DD';
  if (type === 'quantity') {
    if (!isRecord(value) || Object.keys(value).sort().join() !== 'unit,value') return '{ value, unit }';
    if (typeof value.value !== 'number' || !(value.value > 0) || !Number.isFinite(value.value))
      return 'a quantity above 0';
    return vocabularies.unit.has(value.unit) ? undefined : 'a unit code (kg, g, l, pieces, …)';
  }
  if (type === 'route') {
    if (!Array.isArray(value) || value.length === 0 || value.length > OPERATION_LIMITS.routeCountries)
      return `1 to ${OPERATION_LIMITS.routeCountries} country codes, origin first`;
    return value.every((c) => vocabularies.country.has(c)) ? undefined : 'ISO 3166-1 alpha-2 country codes';
  }
  const vocabulary = OPERATION_CATALOGUE_FIELDS[type];
  return vocabulary !== null && vocabularies[vocabulary].has(value)
    ? undefined
    : `a code of the ${vocabulary} vocabulary`;
}

/** Every way `report` fails `template`: missing required fields, bad values, unknown keys. */
export function reportIssues(
  template: OperationTemplate,
  report: unknown,
  path = 'report',
): ValidationIssue[] {
  if (!isRecord(report)) return [{ path, rule: 'type', message: 'an object of template fields' }];
  const issues: ValidationIssue[] = [];
  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  for (const key of Object.keys(report)) {
    if (!byKey.has(key))
      issues.push({
        path: `${path}.${key}`,
        rule: 'unknown-field',
        message: `the template has no field ${key}`,
      });
  }
  for (const field of template.fields) {
    const value = report[field.key];
    if (value === undefined || value === null) {
      if (field.required)
        issues.push({ path: `${path}.${field.key}`, rule: 'required', message: 'required' });
      continue;
    }
    const problem = valueIssue(field, value);
    if (problem) issues.push({ path: `${path}.${field.key}`, rule: 'invalid', message: problem });
  }
  return issues;
}
