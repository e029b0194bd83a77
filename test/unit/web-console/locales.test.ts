/**
 * The console's six message catalogues: the same messages in every language, each language with
 * exactly the plural forms its grammar has (Arabic six, Russian four), the placeholders the code
 * fills in, and a label for every rule, role and audit action the node can send.
 */
import { expect } from 'chai';
import i18next from 'i18next';
import { AUDIT_ACTIONS as NODE_AUDIT_ACTIONS } from '../../../node/audit/actions.ts';
import { ROLES } from '../../../protocol/roles.ts';
import { VALIDATION_RULES } from '../../../protocol/validation.ts';
import { AUDIT_ACTIONS } from '../../../web-console/src/audit-actions.ts';
import ar from '../../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import es from '../../../web-console/src/i18n/locales/es.json' with { type: 'json' };
import fr from '../../../web-console/src/i18n/locales/fr.json' with { type: 'json' };
import pt from '../../../web-console/src/i18n/locales/pt.json' with { type: 'json' };
import ru from '../../../web-console/src/i18n/locales/ru.json' with { type: 'json' };

type Catalogue = { [key: string]: string | Catalogue };
const CATALOGUES: Record<string, Catalogue> = { en, fr, es, ru, ar, pt };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every message as `dotted.key` → text, plural forms kept apart. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Base key → the plural forms present (empty set for a message without plural forms). */
function messages(catalogue: Catalogue): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flatten(catalogue).keys()) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (match) forms.add(match[1]!);
    out.set(base, forms);
  }
  return out;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!));

describe('web console message catalogues', () => {
  const english = messages(en);

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    describe(language, () => {
      const own = messages(catalogue);
      const texts = flatten(catalogue);
      const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);

      it('has every message of the English catalogue and no other', () => {
        expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
      });

      it('has exactly the plural forms of the language for every counted message', () => {
        for (const [key, forms] of english) {
          if (forms.size === 0) continue;
          expect([...(own.get(key) ?? [])].sort(), key).to.deep.equal([...categories].sort());
        }
      });

      it('has no empty message and only placeholders the English message fills in', () => {
        const englishTexts = flatten(en);
        for (const [key, text] of texts) {
          expect(text.trim(), key).to.not.equal('');
          const base = key.replace(PLURAL, '');
          const reference = [...englishTexts]
            .filter(([k]) => k.replace(PLURAL, '') === base)
            .map(([, v]) => v);
          const allowed = new Set(reference.flatMap((t) => [...placeholders(t)]));
          for (const name of placeholders(text))
            expect(allowed.has(name), `${key}: {{${name}}}`).to.equal(true);
          // Outside plural forms (where "one" may spell the number out), nothing may be dropped either.
          if (!PLURAL.test(key))
            expect([...placeholders(text)].sort(), key).to.deep.equal([...allowed].sort());
        }
      });
    });
  }

  it('labels every validation rule, role and audit action the node can send', () => {
    const keys = new Set(flatten(en).keys());
    for (const rule of Object.keys(VALIDATION_RULES))
      expect(keys.has(`validation.${rule}`), rule).to.equal(true);
    for (const role of ROLES) expect(keys.has(`roles.${role}`), role).to.equal(true);
    expect([...AUDIT_ACTIONS].sort()).to.deep.equal(Object.keys(NODE_AUDIT_ACTIONS).sort());
    for (const action of AUDIT_ACTIONS) expect(keys.has(`audit.actions.${action}`), action).to.equal(true);
  });

  it('picks the Arabic and Russian plural forms by count, with numbers written for the language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'ar',
      fallbackLng: 'en',
      resources: {
        en: { translation: en },
        ar: { translation: ar },
        ru: { translation: ru },
        fr: { translation: fr },
      },
      interpolation: { escapeValue: false },
    });
    const shown = (count: number) => i18n.t('cases.shown', { count });
    expect([0, 1, 2, 3, 11, 100].map(shown)).to.deep.equal([
      ar.cases.shown_zero,
      ar.cases.shown_one,
      ar.cases.shown_two,
      ar.cases.shown_few.replace('{{count, number}}', new Intl.NumberFormat('ar').format(3)),
      ar.cases.shown_many.replace('{{count, number}}', new Intl.NumberFormat('ar').format(11)),
      ar.cases.shown_other.replace('{{count, number}}', new Intl.NumberFormat('ar').format(100)),
    ]);
    await i18n.changeLanguage('ru');
    expect([1, 3, 5, 21].map((count) => i18n.t('cases.shown', { count }))).to.deep.equal([
      'Показано 1 дело',
      'Показано 3 дела',
      'Показано 5 дел',
      'Показано 21 дело',
    ]);
    await i18n.changeLanguage('fr');
    expect(i18n.t('cases.shown', { count: 1200 })).to.equal(
      `${new Intl.NumberFormat('fr').format(1200)} affaires affichées`,
    );
  });
});
