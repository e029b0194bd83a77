/**
 * Formula injection: a spreadsheet treats a cell that starts with `=`, `+`, `-` or `@` (and,
 * after a tab or a carriage return, whatever follows) as a formula, so a case whose reference
 * reads `=HYPERLINK("http://evil.example", "Click")` would become a live link, or worse, in an
 * analyst's Excel. Every exported text cell that starts with one of these characters (or its
 * full-width form, which some spreadsheets fold to the ASCII one) gets a leading apostrophe, the
 * OWASP recommendation: Excel, LibreOffice and Google Sheets then show the text as it was typed,
 * apostrophe included, and never evaluate it.
 *
 * The same rule holds for XLSX and CSV. XLSX text cells are written as strings (never as
 * formulas) in any case; the apostrophe is there as well so that the text stays inert when the
 * workbook is saved again as CSV or copied elsewhere. Numbers are written as numbers and never
 * touched, so a negative longitude stays a number.
 *
 * @example
 *   neutraliseText('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 *   neutraliseText('KE-2026-0042');           // unchanged
 */

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** True when a spreadsheet could read `text` as a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!);
}

export function neutraliseText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
