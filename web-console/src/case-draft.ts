/**
 * The case form's working copy: reading and writing fields by the same paths the API uses in its
 * validation issues (`items[0].quantity`, `route.transit[2]`), so each issue lands next to its
 * control, and pruning what the form leaves empty (records hold absent fields, never empty ones).
 *
 * @example
 *   const draft = emptyDraft('2026-11-02');
 *   setAt(draft, 'items[0].quantity', 12);
 *   getAt(draft, 'items[0].quantity'); // 12
 *   prune({ location: { type: '' }, items: [] }); // { items: [] }
 */
import type { CaseInput, Item } from '../../protocol/records.ts';

export type Segment = string | number;

export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return node;
}

/** Sets a value, creating the objects and arrays on the way; `undefined` removes the field. */
export function setAt(root: object, path: string, value: unknown): void {
  const segments = parsePath(path);
  let node = root as Record<Segment, unknown>;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (last) {
      if (value === undefined && !Array.isArray(node)) delete node[segment];
      else node[segment] = value;
      return;
    }
    const next = node[segment];
    if (next === null || typeof next !== 'object') {
      node[segment] = typeof segments[index + 1] === 'number' ? [] : {};
    }
    node = node[segment] as Record<Segment, unknown>;
  });
}

/**
 * Drops empty strings, undefined and objects left empty, recursively. Array entries are kept (even
 * empty ones) so the indexes the node names in its issues still match the rows on screen.
 */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => prune(entry)) as T;
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry === undefined || entry === '') continue;
    const pruned = prune(entry);
    if (
      pruned !== null &&
      typeof pruned === 'object' &&
      !Array.isArray(pruned) &&
      Object.keys(pruned).length === 0
    )
      continue;
    result[key] = pruned;
  }
  return result as T;
}

export const emptyItem = (): Item => ({ itrArea: '', commodity: '' });

export function emptyDraft(today: string): CaseInput {
  return {
    kind: 'seizure',
    form: 'simplified',
    status: 'draft',
    seizureDate: today,
    items: [emptyItem()],
  };
}

/** Today's date at the user's desk (YYYY-MM-DD), the default seizure date. */
export function localToday(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
