/**
 * Validation issues from the API in the reader's language: the node names each broken rule
 * (`VALIDATION_RULES` in protocol/validation.ts, stable names), and the console words it. A rule
 * the console does not know yet shows the node's own (English) sentence rather than nothing.
 *
 * @example
 *   issueText({ path: 'items[0].quantity', rule: 'min', message: '…' }); // 'La valeur est trop petite.'
 */
import type { ValidationIssue } from '../../../protocol/validation-types.ts';
import { tOptional } from './index.ts';

export function issueText(issue: ValidationIssue): string {
  return tOptional(`validation.${issue.rule}`, issue.message);
}
