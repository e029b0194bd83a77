// PLACEHOLDER signatures only: the protocol work replaces this file with the real zod rules.
import type { BusinessInput, Case, CaseInput, PersonInput } from './records.ts';
import type { Validated } from './validation-types.ts';

export interface CaseValidationContext {
  /** The node's own ISO 3166-1 alpha-2 country; `reportingCountry` must equal it. */
  country: string;
  /** Today's date (YYYY-MM-DD) at the node, for "not in the future" rules. */
  today: string;
  /** The stored case when this is an update, for status-transition rules. */
  previous?: Case;
}

export function validateCaseInput(input: unknown, _ctx: CaseValidationContext): Validated<CaseInput> {
  return { ok: true, value: input as CaseInput };
}
export function validatePersonInput(input: unknown): Validated<PersonInput> {
  return { ok: true, value: input as PersonInput };
}
export function validateBusinessInput(input: unknown): Validated<BusinessInput> {
  return { ok: true, value: input as BusinessInput };
}
