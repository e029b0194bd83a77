/**
 * Projections of a case onto an agreement's field scope. Paths are dotted and see through arrays
 * (`items.commodity` is the commodity of every item), as in `CASE_FIELD_PATHS`.
 */
import { isCaseFieldPath } from '../protocol/agreement.ts';

type Json = unknown;
type PathTree = { [key: string]: PathTree | true };

function treeOf(paths: readonly string[]): PathTree {
  const root: PathTree = {};
  for (const path of paths) {
    const keys = path.split('.');
    let node = root;
    keys.forEach((key, index) => {
      if (node[key] === true) return; // a parent already includes everything below it
      if (index === keys.length - 1) {
        node[key] = true;
      } else {
        node[key] ??= {};
        node = node[key];
      }
    });
  }
  return root;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(value: Json, tree: PathTree | true): Json {
  if (tree === true) return structuredClone(value);
  if (Array.isArray(value)) return value.map((element) => pick(element, tree));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(tree)) {
    if (Object.hasOwn(value, key)) out[key] = pick(value[key], sub);
  }
  return out;
}

function remove(value: Json, keys: readonly string[]): void {
  if (Array.isArray(value)) {
    for (const element of value) remove(element, keys);
    return;
  }
  if (!isObject(value) || keys.length === 0) return;
  const [head, ...rest] = keys as [string, ...string[]];
  if (rest.length === 0) delete value[head];
  else remove(value[head], rest);
}

export interface FieldScope {
  fields: readonly string[];
  redact?: readonly string[];
}

/** A new object holding only the included paths of `record`, minus the redacted ones. */
export function projectRecord<T extends object>(record: T, scope: FieldScope): Partial<T> {
  const out = pick(record, treeOf(scope.fields)) as Partial<T>;
  for (const path of scope.redact ?? []) remove(out, path.split('.'));
  return out;
}

/** The paths in `record` that are not case fields (arrays are seen through), first 20. */
export function unknownFieldPaths(record: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (found.length >= 20) return;
    if (Array.isArray(value)) {
      for (const element of value) walk(element, prefix);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!isCaseFieldPath(path)) found.push(path);
      else walk(child, path);
    }
  };
  walk(record, '');
  return [...new Set(found)];
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  return Object.is(a, b);
}
