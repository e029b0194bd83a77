/**
 * Labels of the codes records hold (countries, ITR areas, commodities, methods…) in the current
 * language, from the vocabularies in protocol/. Screens import this; the first screen does not,
 * so the vocabularies travel in a lazy chunk.
 *
 * @example
 *   label('itrArea', 'drugs');      // 'Drogues' in French
 *   options('country');             // [{ code: 'AF', label: 'Afghanistan' }, …] sorted for the language
 */
import { commoditiesOf, vocabularies, type VocabularyName } from '../../../protocol/vocabulary/index.ts';
import { currentLanguage } from './index.ts';

export { vocabularies, type VocabularyName };

export interface Option {
  code: string;
  label: string;
}

/** The label of `code`, the code itself when unknown, '' when absent. */
export function label(name: VocabularyName, code: string | number | undefined): string {
  if (code === undefined || code === '') return '';
  return vocabularies[name].label(String(code), currentLanguage());
}

/** Long lists read best alphabetically in the reader's language; short ones keep their designed order. */
const SORTED: ReadonlySet<VocabularyName> = new Set<VocabularyName>(['country']);

const collators = new Map<string, Intl.Collator>();
function collator(): Intl.Collator {
  const language = currentLanguage();
  let found = collators.get(language);
  if (!found) {
    found = new Intl.Collator(language);
    collators.set(language, found);
  }
  return found;
}

export function options(name: VocabularyName): Option[] {
  const language = currentLanguage();
  const list = vocabularies[name].terms.map((term) => ({ code: term.code, label: term.labels[language] }));
  if (SORTED.has(name)) list.sort((a, b) => collator().compare(a.label, b.label));
  return list;
}

/** The commodities of one ITR area (all of them without an area), in display order. */
export function commodityOptions(itrArea: string | undefined): Option[] {
  const language = currentLanguage();
  const terms = itrArea ? commoditiesOf(itrArea) : vocabularies.commodity.terms;
  return terms.map((term) => ({ code: term.code, label: term.labels[language] }));
}

export function defaultUnitOf(commodity: string): string | undefined {
  return vocabularies.commodity.get(commodity)?.defaultUnit;
}
