/**
 * Vocabularies about people and businesses: the non-nominal offender summary that may reach the
 * global CEN (gender, age band, role) and the roles and identity documents of nominal records.
 */
import { OTHER, UNKNOWN, termsFrom } from './terms.ts';
import type { Labels } from './vocabulary.ts';

export const genderTerms = termsFrom({
  male: { en: 'Male', fr: 'Masculin', es: 'Masculino', ru: 'Мужской', ar: 'ذكر', pt: 'Masculino' },
  female: { en: 'Female', fr: 'Féminin', es: 'Femenino', ru: 'Женский', ar: 'أنثى', pt: 'Feminino' },
  unknown: UNKNOWN,
});

/** Ages in a band `from`–`to`, worded per language (Russian: "года" after 24, 34, …, 64). */
function band(from: number, to: number): Labels {
  return {
    en: `${from}–${to}`,
    fr: `${from}–${to} ans`,
    es: `${from}–${to} años`,
    ru: `${from}–${to} года`,
    ar: `${from}–${to} سنة`,
    pt: `${from}–${to} anos`,
  };
}

export const ageBandTerms = termsFrom({
  'under-18': {
    en: 'Under 18',
    fr: 'Moins de 18 ans',
    es: 'Menos de 18 años',
    ru: 'Младше 18 лет',
    ar: 'أقل من 18 سنة',
    pt: 'Menos de 18 anos',
  },
  '18-24': band(18, 24),
  '25-34': band(25, 34),
  '35-44': band(35, 44),
  '45-54': band(45, 54),
  '55-64': band(55, 64),
  '65-plus': {
    en: '65 and over',
    fr: '65 ans et plus',
    es: '65 años o más',
    ru: '65 лет и старше',
    ar: '65 سنة فأكثر',
    pt: '65 anos ou mais',
  },
  unknown: UNKNOWN,
});

const COURIER: Labels = { en: 'Courier', fr: 'Passeur', es: 'Correo', ru: 'Курьер', ar: 'ناقل', pt: 'Mula' };
const DRIVER: Labels = {
  en: 'Driver',
  fr: 'Chauffeur',
  es: 'Conductor',
  ru: 'Водитель',
  ar: 'سائق',
  pt: 'Motorista',
};
const PASSENGER: Labels = {
  en: 'Passenger',
  fr: 'Passager',
  es: 'Pasajero',
  ru: 'Пассажир',
  ar: 'راكب',
  pt: 'Passageiro',
};
const IMPORTER: Labels = {
  en: 'Importer',
  fr: 'Importateur',
  es: 'Importador',
  ru: 'Импортёр',
  ar: 'مستورد',
  pt: 'Importador',
};
const EXPORTER: Labels = {
  en: 'Exporter',
  fr: 'Exportateur',
  es: 'Exportador',
  ru: 'Экспортёр',
  ar: 'مصدّر',
  pt: 'Exportador',
};
const OWNER: Labels = {
  en: 'Owner',
  fr: 'Propriétaire',
  es: 'Propietario',
  ru: 'Владелец',
  ar: 'مالك',
  pt: 'Proprietário',
};
const CONSIGNEE: Labels = {
  en: 'Consignee',
  fr: 'Destinataire',
  es: 'Consignatario',
  ru: 'Грузополучатель',
  ar: 'المرسل إليه',
  pt: 'Consignatário',
};

export const offenderRoleTerms = termsFrom({
  courier: COURIER,
  organiser: {
    en: 'Organiser',
    fr: 'Organisateur',
    es: 'Organizador',
    ru: 'Организатор',
    ar: 'منظِّم',
    pt: 'Organizador',
  },
  driver: DRIVER,
  passenger: PASSENGER,
  importer: IMPORTER,
  exporter: EXPORTER,
  other: OTHER,
});

export const personRoleTerms = termsFrom({
  suspect: {
    en: 'Suspect',
    fr: 'Suspect',
    es: 'Sospechoso',
    ru: 'Подозреваемый',
    ar: 'مشتبه به',
    pt: 'Suspeito',
  },
  courier: COURIER,
  driver: DRIVER,
  passenger: PASSENGER,
  owner: OWNER,
  consignee: CONSIGNEE,
  witness: { en: 'Witness', fr: 'Témoin', es: 'Testigo', ru: 'Свидетель', ar: 'شاهد', pt: 'Testemunha' },
  other: OTHER,
});

export const businessRoleTerms = termsFrom({
  importer: IMPORTER,
  exporter: EXPORTER,
  consignor: {
    en: 'Consignor',
    fr: 'Expéditeur',
    es: 'Expedidor',
    ru: 'Грузоотправитель',
    ar: 'المرسِل',
    pt: 'Expedidor',
  },
  consignee: CONSIGNEE,
  carrier: {
    en: 'Carrier',
    fr: 'Transporteur',
    es: 'Transportista',
    ru: 'Перевозчик',
    ar: 'الناقل',
    pt: 'Transportador',
  },
  declarant: {
    en: 'Declarant',
    fr: 'Déclarant',
    es: 'Declarante',
    ru: 'Декларант',
    ar: 'المصرِّح',
    pt: 'Declarante',
  },
  'freight-forwarder': {
    en: 'Freight forwarder',
    fr: 'Transitaire',
    es: 'Transitario',
    ru: 'Экспедитор',
    ar: 'وكيل الشحن',
    pt: 'Agente de carga',
  },
  owner: OWNER,
  other: OTHER,
});

export const documentTypeTerms = termsFrom({
  passport: {
    en: 'Passport',
    fr: 'Passeport',
    es: 'Pasaporte',
    ru: 'Паспорт',
    ar: 'جواز سفر',
    pt: 'Passaporte',
  },
  'identity-card': {
    en: 'Identity card',
    fr: 'Carte d’identité',
    es: 'Documento de identidad',
    ru: 'Удостоверение личности',
    ar: 'بطاقة الهوية',
    pt: 'Carteira de identidade',
  },
  'driving-licence': {
    en: 'Driving licence',
    fr: 'Permis de conduire',
    es: 'Permiso de conducir',
    ru: 'Водительское удостоверение',
    ar: 'رخصة القيادة',
    pt: 'Carteira de habilitação',
  },
  'residence-permit': {
    en: 'Residence permit',
    fr: 'Titre de séjour',
    es: 'Permiso de residencia',
    ru: 'Вид на жительство',
    ar: 'تصريح الإقامة',
    pt: 'Autorização de residência',
  },
  'seaman-book': {
    en: 'Seafarer’s identity document',
    fr: 'Pièce d’identité des gens de mer',
    es: 'Documento de identidad de la gente de mar',
    ru: 'Удостоверение личности моряка',
    ar: 'وثيقة هوية البحارة',
    pt: 'Documento de identidade de marítimo',
  },
  other: OTHER,
});
