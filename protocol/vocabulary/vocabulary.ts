/**
 * The shape of a vocabulary: a closed list of codes, each with a label in the six console
 * languages. Records store codes; consoles, exports and reports show labels.
 *
 * @example
 *   vocabularies.itrArea.label('drugs', 'fr'); // 'Drogues'
 *   vocabularies.commodity.has('cocaine');    // true
 */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Labels = Readonly<Record<Language, string>>;

export interface Term {
  readonly code: string;
  readonly labels: Labels;
}

export class Vocabulary<T extends Term = Term> {
  readonly codes: readonly string[];
  readonly #byCode: ReadonlyMap<string, T>;

  readonly name: string;
  readonly terms: readonly T[];
  constructor(name: string, terms: readonly T[]) {
    this.name = name;
    this.terms = terms;
    this.#byCode = new Map(terms.map((t) => [t.code, t]));
    if (this.#byCode.size !== terms.length) throw new Error(`vocabulary ${name} has a duplicate code`);
    this.codes = terms.map((t) => t.code);
  }

  has(code: unknown): code is string {
    return typeof code === 'string' && this.#byCode.has(code);
  }

  get(code: string): T | undefined {
    return this.#byCode.get(code);
  }

  /** The label in `lang`, or the code itself when the code is unknown (never throws on display). */
  label(code: string, lang: Language): string {
    return this.#byCode.get(code)?.labels[lang] ?? code;
  }
}
