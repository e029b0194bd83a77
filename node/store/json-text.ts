/**
 * A value that is already JSON text, for `put` operations: the store serialises a record once
 * (to hash its canonical JSON) and hands that text to the kv instead of the object, so that the
 * kv does not serialise it a second time. Kvs that keep JSON text (`LevelKv`, `MemoryKv`) store
 * the text as it is; any other kv serialises it through `toJSON`, which gives the same value.
 *
 * @example
 *   await kv.batch([{ type: 'put', ns: 'cases', key: id, value: new JsonText(canonicalText) }]);
 */
export class JsonText {
  readonly text: string;

  /** `text` must be valid JSON: it is not checked here. */
  constructor(text: string) {
    this.text = text;
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** The JSON text of a `put` value, or undefined when it has none (undefined, a function, a symbol). */
export function jsonTextOf(value: unknown): string | undefined {
  if (value instanceof JsonText) return value.text;
  // JSON.stringify gives undefined for undefined, functions and symbols, whatever its type says.
  const text: string | undefined = JSON.stringify(value);
  return text;
}
