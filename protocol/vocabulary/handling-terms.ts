/**
 * Europol-style handling codes and the 4×4 evaluation of source and information. The codes are
 * the ones analysts already use; the labels spell out their meaning so nobody has to remember it.
 * `informationReliability` codes are strings ('1'..'4') while the record field is a number.
 */
import { termsFrom } from './terms.ts';

export const handlingCodeTerms = termsFrom({
  H0: {
    en: 'H0 – may be used for law-enforcement purposes without further restriction',
    fr: 'H0 – utilisable à des fins répressives sans autre restriction',
    es: 'H0 – puede utilizarse con fines policiales sin otra restricción',
    ru: 'H0 – может использоваться в правоохранительных целях без иных ограничений',
    ar: 'H0 – يجوز استخدامها لأغراض إنفاذ القانون دون قيود أخرى',
    pt: 'H0 – pode ser usada para fins de aplicação da lei sem outra restrição',
  },
  H1: {
    en: 'H1 – not to be used as evidence in judicial proceedings without the provider’s permission',
    fr: 'H1 – ne pas utiliser comme preuve dans une procédure judiciaire sans l’autorisation du fournisseur',
    es: 'H1 – no debe utilizarse como prueba en procedimientos judiciales sin permiso del proveedor',
    ru: 'H1 – не использовать в качестве доказательства в суде без разрешения источника',
    ar: 'H1 – لا تُستخدم دليلًا في الإجراءات القضائية دون إذن الجهة المقدِّمة',
    pt: 'H1 – não deve ser usada como prova em processos judiciais sem autorização do fornecedor',
  },
  H2: {
    en: 'H2 – not to be disseminated without the provider’s permission',
    fr: 'H2 – ne pas diffuser sans l’autorisation du fournisseur',
    es: 'H2 – no debe difundirse sin permiso del proveedor',
    ru: 'H2 – не распространять без разрешения источника',
    ar: 'H2 – لا يجوز نشرها دون إذن الجهة المقدِّمة',
    pt: 'H2 – não deve ser divulgada sem autorização do fornecedor',
  },
  H3: {
    en: 'H3 – other restrictions apply (stated by the provider)',
    fr: 'H3 – autres restrictions (précisées par le fournisseur)',
    es: 'H3 – se aplican otras restricciones (indicadas por el proveedor)',
    ru: 'H3 – действуют иные ограничения (указанные источником)',
    ar: 'H3 – تنطبق قيود أخرى (تحددها الجهة المقدِّمة)',
    pt: 'H3 – aplicam-se outras restrições (indicadas pelo fornecedor)',
  },
});

export const sourceEvaluationTerms = termsFrom({
  A: {
    en: 'A – reliable in all instances',
    fr: 'A – fiable dans tous les cas',
    es: 'A – fiable en todos los casos',
    ru: 'A – надёжен во всех случаях',
    ar: 'A – موثوق في جميع الحالات',
    pt: 'A – confiável em todos os casos',
  },
  B: {
    en: 'B – mostly reliable',
    fr: 'B – fiable dans la plupart des cas',
    es: 'B – fiable en la mayoría de los casos',
    ru: 'B – в большинстве случаев надёжен',
    ar: 'B – موثوق في معظم الحالات',
    pt: 'B – confiável na maioria dos casos',
  },
  C: {
    en: 'C – mostly unreliable',
    fr: 'C – peu fiable dans la plupart des cas',
    es: 'C – poco fiable en la mayoría de los casos',
    ru: 'C – в большинстве случаев ненадёжен',
    ar: 'C – غير موثوق في معظم الحالات',
    pt: 'C – pouco confiável na maioria dos casos',
  },
  X: {
    en: 'X – reliability cannot be assessed',
    fr: 'X – fiabilité impossible à évaluer',
    es: 'X – no se puede evaluar la fiabilidad',
    ru: 'X – надёжность оценить невозможно',
    ar: 'X – لا يمكن تقييم الموثوقية',
    pt: 'X – confiabilidade não pode ser avaliada',
  },
});

export const informationReliabilityTerms = termsFrom({
  '1': {
    en: '1 – known to be true without reservation',
    fr: '1 – exactitude connue sans réserve',
    es: '1 – se sabe que es cierta sin reservas',
    ru: '1 – достоверность не вызывает сомнений',
    ar: '1 – معروفة الصحة دون تحفظ',
    pt: '1 – sabidamente verdadeira, sem reservas',
  },
  '2': {
    en: '2 – known personally to the source but not to the officer passing it on',
    fr: '2 – connue personnellement de la source mais pas de l’agent qui la transmet',
    es: '2 – conocida personalmente por la fuente pero no por el agente que la transmite',
    ru: '2 – известна источнику лично, но не передающему её сотруднику',
    ar: '2 – يعرفها المصدر شخصيًا ولا يعرفها الموظف الذي ينقلها',
    pt: '2 – conhecida pessoalmente pela fonte, mas não pelo agente que a transmite',
  },
  '3': {
    en: '3 – not known personally to the source but corroborated by information already recorded',
    fr: '3 – non connue personnellement de la source mais corroborée par des informations déjà enregistrées',
    es: '3 – no conocida personalmente por la fuente pero corroborada por información ya registrada',
    ru: '3 – не известна источнику лично, но подтверждена уже имеющимися сведениями',
    ar: '3 – لا يعرفها المصدر شخصيًا ولكن تؤكدها معلومات مسجلة سابقًا',
    pt: '3 – não conhecida pessoalmente pela fonte, mas corroborada por informações já registradas',
  },
  '4': {
    en: '4 – not known personally to the source and cannot be corroborated',
    fr: '4 – non connue personnellement de la source et impossible à corroborer',
    es: '4 – no conocida personalmente por la fuente y no puede corroborarse',
    ru: '4 – не известна источнику лично и не может быть подтверждена',
    ar: '4 – لا يعرفها المصدر شخصيًا ولا يمكن تأكيدها',
    pt: '4 – não conhecida pessoalmente pela fonte e não pode ser corroborada',
  },
});
