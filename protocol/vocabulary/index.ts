/**
 * Every controlled vocabulary of the project: the codes records store and the labels consoles,
 * exports and reports show in English, French, Spanish, Russian, Arabic and Portuguese
 * (Brazilian spelling, matching CLDR's `pt` used for country names). Codes are stable: add
 * codes, never rename or remove one, because stored records and partners' records hold them.
 *
 * @example
 *   import { vocabularies } from './protocol/vocabulary/index.ts';
 *   vocabularies.commodity.has('cocaine');              // true
 *   vocabularies.commodity.get('cocaine')?.itrArea;     // 'drugs'
 *   vocabularies.country.label('KE', 'fr');             // 'Kenya'
 *   vocabularies.conveyanceMode.label('air-cargo', 'es'); // 'Carga aérea'
 */
import {
  caseFormTerms,
  caseKindTerms,
  caseStatusTerms,
  concealmentMethodTerms,
  conveyanceModeTerms,
  detectionMethodTerms,
  directionTerms,
  locationTypeTerms,
  offenceTypeTerms,
  unitTerms,
} from './case-terms.ts';
import { countryTerms } from './countries.ts';
import { handlingCodeTerms, informationReliabilityTerms, sourceEvaluationTerms } from './handling-terms.ts';
import { type CommodityTerm, commodityTerms, itrAreaTerms } from './itr.ts';
import {
  ageBandTerms,
  businessRoleTerms,
  documentTypeTerms,
  genderTerms,
  offenderRoleTerms,
  personRoleTerms,
} from './people-terms.ts';
import { Vocabulary } from './vocabulary.ts';

export { LANGUAGES, Vocabulary } from './vocabulary.ts';
export type { Labels, Language, Term } from './vocabulary.ts';
export type { CommodityTerm } from './itr.ts';

export const vocabularies = {
  itrArea: new Vocabulary('itrArea', itrAreaTerms),
  commodity: new Vocabulary<CommodityTerm>('commodity', commodityTerms),
  offenceType: new Vocabulary('offenceType', offenceTypeTerms),
  detectionMethod: new Vocabulary('detectionMethod', detectionMethodTerms),
  locationType: new Vocabulary('locationType', locationTypeTerms),
  conveyanceMode: new Vocabulary('conveyanceMode', conveyanceModeTerms),
  concealmentMethod: new Vocabulary('concealmentMethod', concealmentMethodTerms),
  unit: new Vocabulary('unit', unitTerms),
  gender: new Vocabulary('gender', genderTerms),
  ageBand: new Vocabulary('ageBand', ageBandTerms),
  offenderRole: new Vocabulary('offenderRole', offenderRoleTerms),
  personRole: new Vocabulary('personRole', personRoleTerms),
  businessRole: new Vocabulary('businessRole', businessRoleTerms),
  documentType: new Vocabulary('documentType', documentTypeTerms),
  handlingCode: new Vocabulary('handlingCode', handlingCodeTerms),
  sourceEvaluation: new Vocabulary('sourceEvaluation', sourceEvaluationTerms),
  informationReliability: new Vocabulary('informationReliability', informationReliabilityTerms),
  caseKind: new Vocabulary('caseKind', caseKindTerms),
  caseForm: new Vocabulary('caseForm', caseFormTerms),
  caseStatus: new Vocabulary('caseStatus', caseStatusTerms),
  direction: new Vocabulary('direction', directionTerms),
  country: new Vocabulary('country', countryTerms),
} as const;

export type Vocabularies = typeof vocabularies;
export type VocabularyName = keyof Vocabularies;
export const VOCABULARY_NAMES = Object.keys(vocabularies) as VocabularyName[];

/** The commodities of one ITR area, in display order. */
export function commoditiesOf(itrArea: string): readonly CommodityTerm[] {
  return vocabularies.commodity.terms.filter((term) => term.itrArea === itrArea);
}
