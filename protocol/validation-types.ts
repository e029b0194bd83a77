/** One refusal of one field: where, which rule, and a sentence a person can act on. */
export interface ValidationIssue {
  /** Field path in the submitted JSON, e.g. `items[0].quantity`; `''` for the whole record. */
  path: string;
  /** A stable rule name, e.g. `required`, `vocabulary`, `date`, `not-in-future`, `min`. */
  rule: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
