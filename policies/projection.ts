/**
 * Projections of a case onto an agreement's field scope. Paths are dotted and see through arrays
 * (`items.commodity` is the commodity of every item), as in `CASE_FIELD_PATHS`.
 */
import { CASE_FIELD_PATHS } from '../protocol/agreement.ts';

type Json = unknown;
type PathTree = { [key: string]: PathTree | true };

/** Trees of the field lists seen so far: agreements are few and their lists do not change. */
const trees = new WeakMap<readonly string[], PathTree>();

function treeOf(paths: readonly string[]): PathTree {
  const known = trees.get(paths);
  if (known) return known;
  const tree = buildTree(paths);
  trees.set(paths, tree);
  return tree;
}

/** A deep copy of a JSON value (records are JSON): far cheaper than structuredClone per field. */
function copyJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(copyJson);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyJson(value[key]);
  return out;
}

function buildTree(paths: readonly string[]): PathTree {
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
  if (tree === true) return copyJson(value);
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

/** Every case field path as a tree: a key's children, or an empty object for a leaf. */
interface FieldTree {
  [key: string]: FieldTree;
}
let caseFieldTree: FieldTree | undefined;
function caseFields(): FieldTree {
  if (caseFieldTree) return caseFieldTree;
  const root: FieldTree = Object.create(null) as FieldTree;
  for (const path of CASE_FIELD_PATHS) {
    let node = root;
    for (const key of path.split('.')) node = node[key] ??= Object.create(null) as FieldTree;
  }
  return (caseFieldTree = root);
}

/** The paths in `record` that are not case fields (arrays are seen through), first 20. */
export function unknownFieldPaths(record: unknown): string[] {
  const found = new Set<string>();
  // Walks the record and the tree of known paths together; a path string is made only for an
  // unknown key, so a clean record (the usual case) costs one lookup per key.
  const walk = (value: unknown, tree: FieldTree, prefix: string) => {
    if (found.size >= 20) return;
    if (Array.isArray(value)) {
      for (const element of value) walk(element, tree, prefix);
      return;
    }
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      const known = Object.hasOwn(tree, key) ? tree[key] : undefined;
      if (known === undefined) found.add(prefix ? `${prefix}.${key}` : key);
      else walk(value[key], known, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(record, caseFields(), '');
  return [...found].slice(0, 20);
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
