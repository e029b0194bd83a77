/**
 * What an officer types to find a person or a business, turned into the API's search: text with
 * a digit in it is a document or registration number (matched exactly, ignoring spaces, dashes
 * and case), anything else is name words. One rule for the case form's picker and the list
 * screens, so the same text finds the same records everywhere.
 *
 * @example
 *   personSearchOf('otie');         // { q: 'otie' }
 *   personSearchOf('A 1234567');    // { document: 'A 1234567' }
 *   businessSearchOf('PVT-2019-4'); // { registration: 'PVT-2019-4' }
 */
import type { BusinessSearchParams, PersonSearchParams } from '../../protocol/api.ts';

const HAS_DIGIT = /\p{Nd}/u;

/** Whether `text` reads as a document or registration number rather than a name. */
export const looksLikeNumber = (text: string): boolean => HAS_DIGIT.test(text);

export function personSearchOf(text: string): PersonSearchParams {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  return looksLikeNumber(trimmed) ? { document: trimmed } : { q: trimmed };
}

export function businessSearchOf(text: string): BusinessSearchParams {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  return looksLikeNumber(trimmed) ? { registration: trimmed } : { q: trimmed };
}
