/**
 * RFC 8785 canonical JSON (JCS), fast, for the plain JSON data the node hashes and signs: keys sorted by
 * UTF-16 code unit, numbers in ECMAScript's shortest form, strings escaped as `JSON.stringify`
 * escapes them. The fast path copies the value with its keys in sorted order and lets the native
 * `JSON.stringify` write it (which emits keys in insertion order and numbers exactly as RFC 8785
 * asks). Anything that path cannot vouch for (a `toJSON` method, a function or symbol, a hole in an
 * array, an integer-like key, a non-finite number, a lone surrogate, very deep nesting) goes to
 * the `canonicalize` package, so the two never disagree, not even on errors; a property test holds
 * them to that.
 *
 * The sorted copy is also the value in stored form (what `JSON.parse` of the text gives back), so
 * the store keeps it instead of parsing the text again.
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, 'x'] }); // '{"a":[true,"x"],"b":1}'
 */
import canonicalize from 'canonicalize';

/** Deeper than any record; past it, the package (which also detects cycles) takes over. */
const MAX_DEPTH = 64;

/** Thrown inside the fast path when a value needs the reference implementation (one instance: no stack to build). */
class Unusual extends Error {}
const UNUSUAL = new Unusual('a value the fast path leaves to the reference implementation');

/** A deep copy of JSON data with object keys inserted in sorted order and undefined properties left out. */
function sortedCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw UNUSUAL;
      return value === 0 ? 0 : value; // -0 is written, and read back, as 0
    case 'object': {
      if (value === null) return null;
      if (depth > MAX_DEPTH) throw UNUSUAL;
      if (Array.isArray(value)) {
        const array = value as readonly unknown[];
        const copy: unknown[] = new Array<unknown>(array.length);
        for (let i = 0; i < array.length; i++) {
          const entry = array[i];
          // RFC 8785 and JSON.stringify agree on undefined entries (null), not on holes.
          if (entry === undefined && !(i in array)) throw UNUSUAL;
          copy[i] = entry === undefined ? null : sortedCopy(entry, depth + 1);
        }
        return copy;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw UNUSUAL;
      const object = value as Readonly<Record<string, unknown>>;
      const keys = Object.keys(object);
      if (keys.length > 1) keys.sort();
      const copy: Record<string, unknown> = {};
      for (const key of keys) {
        const entry = object[key];
        if (entry === undefined) continue;
        // Integer-like keys are emitted first, in numeric order, whatever the insertion order; and
        // assigning "__proto__" would set the copy's prototype instead of adding a key.
        const first = key.charCodeAt(0);
        if ((first >= 48 && first <= 57) || key === '__proto__') throw UNUSUAL;
        copy[key] = sortedCopy(entry, depth + 1);
      }
      return copy;
    }
    default:
      throw UNUSUAL;
  }
}

/**
 * The reference implementation, with its failures as `TypeError`, and its text parsed back.
 * What it writes for values JSON cannot hold (a hole, a function) is not JSON, so it is refused.
 */
function reference<T>(value: T): { text: string; value: T } {
  try {
    const text = canonicalize(value);
    if (text === undefined) throw new TypeError('undefined is not JSON');
    return { text, value: JSON.parse(text) as T };
  } catch (error) {
    throw new TypeError(`no canonical JSON form: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The canonical JSON of `value`, and the value in stored form: what `JSON.parse(text)` gives,
 * with its keys in canonical order. Throws `TypeError` when the value has no canonical form
 * (undefined, NaN, infinities, lone surrogates, cycles, bigints, functions, holes).
 */
export function canonicalForm<T>(value: T): { text: string; value: T } {
  try {
    const copy = sortedCopy(value, 0);
    const text = JSON.stringify(copy);
    // JSON.stringify escapes a lone surrogate as \udxxx where RFC 8785 refuses it.
    if (!text.includes('\\ud')) return { text, value: copy as T };
  } catch (error) {
    if (error !== UNUSUAL) throw error;
  }
  return reference(value);
}

/** RFC 8785 canonical JSON of `value`; throws `TypeError` when it has none. */
export function canonicalJson(value: unknown): string {
  return canonicalForm(value).text;
}
