/**
 * Drafting and checking agreement documents: the zod contract of `protocol/agreement.ts` plus the
 * check it cannot make on its own, that each party's key is the one its node id embeds.
 */
import { v7 as uuidv7 } from 'uuid';
import { agreementSchema, type Agreement } from '../protocol/agreement.ts';
import type { ValidationIssue, Validated } from '../protocol/validation-types.ts';
import { keyMatchesNodeId } from './keys.ts';

export class InvalidAgreementError extends Error {
  override name = 'InvalidAgreementError';
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(
      `not a valid agreement: ${issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('; ')}`,
    );
    this.issues = issues;
  }
}

export function checkAgreement(value: unknown): Validated<Agreement> {
  const parsed = agreementSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        rule: issue.code,
        message: issue.message,
      })),
    };
  }
  const issues: ValidationIssue[] = [];
  parsed.data.parties.forEach((party, index) => {
    if (!keyMatchesNodeId(party.key, party.nodeId)) {
      issues.push({
        path: `parties.${index}.key`,
        rule: 'key-mismatch',
        message: 'not the key its node id embeds',
      });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

export function parseAgreement(value: unknown): Agreement {
  const checked = checkAgreement(value);
  if (!checked.ok) throw new InvalidAgreementError(checked.issues);
  return checked.value;
}

export type AgreementDraft = Omit<Agreement, 'id' | 'version'> & Partial<Pick<Agreement, 'id' | 'version'>>;

/** A new agreement document (id and version 1 assigned unless given); throws InvalidAgreementError. */
export function draftAgreement(draft: AgreementDraft): Agreement {
  return parseAgreement({ ...draft, id: draft.id ?? uuidv7(), version: draft.version ?? 1 });
}
