/** Builds a vocabulary's terms from a code → labels map, keeping the map's order as display order. */
import type { Labels, Term } from './vocabulary.ts';

export function termsFrom(labelsByCode: Readonly<Record<string, Labels>>): Term[] {
  return Object.entries(labelsByCode).map(([code, labels]) => ({ code, labels }));
}

/** "Other", for vocabularies whose terms are masculine or neutral nouns. */
export const OTHER: Labels = { en: 'Other', fr: 'Autre', es: 'Otro', ru: 'Другое', ar: 'أخرى', pt: 'Outro' };
/** "Unknown", for fields an officer could not establish. */
export const UNKNOWN: Labels = {
  en: 'Unknown',
  fr: 'Inconnu',
  es: 'Desconocido',
  ru: 'Неизвестно',
  ar: 'غير معروف',
  pt: 'Desconhecido',
};
