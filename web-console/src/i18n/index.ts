/**
 * The console's languages: every visible string comes from `locales/<language>.json` through
 * `t()`, with plurals chosen by `Intl.PluralRules` (i18next's `_zero/_one/_two/_few/_many/_other`
 * suffixes: Arabic uses all six, Russian four). English ships with the first screen; the other
 * languages load when chosen. The choice is remembered in localStorage and set as `lang` and
 * `dir` on <html>, so Arabic mirrors the whole layout.
 *
 * Elements hold a `LocaleController` so they re-render when the language changes.
 *
 * @example
 *   class CenThing extends LitElement {
 *     readonly #locale = new LocaleController(this);
 *     override render() { return html`<p>${t('cases.count', { count: 3 })} ${formatDate('2026-11-02')}</p>`; }
 *   }
 *   await setLanguage('ar'); // <html lang="ar" dir="rtl">
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language } from '../../../protocol/vocabulary/vocabulary.ts';
import en from './locales/en.json';

export { LANGUAGES, type Language };

/** The English catalogue's shape; every other catalogue has the same keys (a unit test checks). */
export type Messages = typeof en;

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key, plural forms folded into their base key (`cases.count` for `cases.count_one`…). */
export type MessageKey = KeysOf<Messages>;

export const STORAGE_KEY = 'cen.language';

/** Each language names itself in the switcher, whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
  pt: 'Português',
};

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

type Catalogue = Record<string, unknown>;
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ru: () => import('./locales/ru.json'),
  ar: () => import('./locales/ar.json'),
  pt: () => import('./locales/pt.json'),
};

const i18n: I18n = i18next.createInstance();
let ready: Promise<void> | undefined;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export const isRightToLeft = (language: Language): boolean => RIGHT_TO_LEFT.has(language);

function storedLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled: fall back to the browser's languages
  }
}

function browserLanguage(): Language | undefined {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}

function applyToDocument(language: Language): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const catalogue = (await loaders[language]()).default;
  i18n.addResourceBundle(language, 'translation', catalogue, true, true);
}

/** Starts i18n in the remembered language (or the browser's, or English). Safe to call twice. */
export function startI18n(): Promise<void> {
  ready ??= (async () => {
    await i18n.init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: { en: { translation: en } },
      // Lit escapes every interpolated value when it renders; escaping here too would show "&lt;".
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    const language = storedLanguage() ?? browserLanguage() ?? 'en';
    try {
      await loadCatalogue(language);
      await i18n.changeLanguage(language);
      applyToDocument(language);
    } catch {
      applyToDocument('en'); // the catalogue could not load (offline mid-upgrade): English still works
    }
  })();
  return ready;
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** Switches the console's language, remembers it and mirrors the page for Arabic. */
export async function setLanguage(language: Language): Promise<void> {
  await loadCatalogue(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
  applyToDocument(language);
  await i18n.changeLanguage(language);
}

/** The message for `key` in the current language; `count` picks the plural form. */
export function t(key: MessageKey, values?: Record<string, unknown>): string {
  return i18n.t(key, { ...values, returnObjects: false });
}

/** For keys built at run time (a rule or code from the API): `fallback` when there is no message. */
export function tOptional(key: string, fallback: string, values?: Record<string, unknown>): string {
  return i18n.exists(key) ? i18n.t(key, { ...values, returnObjects: false }) : fallback;
}

/** Re-renders its host whenever the language changes. */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    i18n.on('languageChanged', this.#onChange);
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.#onChange);
  }
}

// Formatters are costly to build and used in every table row: one per language and style.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat;
const formatters = new Map<string, Formatter>();
function formatter<F extends Formatter>(key: string, make: () => F): F {
  const cacheKey = `${currentLanguage()}|${key}`;
  let found = formatters.get(cacheKey) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(cacheKey, found);
  }
  return found;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) in the current language, as that date wherever the user is. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  if (!DATE_ONLY.test(date)) return date;
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return formatter(
    'date',
    () => new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(value);
}

/** An instant (ISO 8601) in the current language and the user's time zone. */
export function formatDateTime(instant: string | undefined): string {
  if (!instant) return '';
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return formatter(
    'datetime',
    () => new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(value);
}

/** A month (YYYY-MM) as "Nov 2026" in the current language. */
export function formatMonth(month: string): string {
  const value = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return month;
  return formatter(
    'month',
    () => new Intl.DateTimeFormat(currentLanguage(), { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(value);
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return formatter(
    'number',
    () => new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 3 }),
  ).format(value);
}

export function formatUsd(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return formatter(
    'usd',
    () =>
      new Intl.NumberFormat(currentLanguage(), {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

/** How far ahead of the browser's clock an instant may be and still read as "now". */
const CLOCK_SKEW_MS = 2 * 60_000;

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * An instant relative to `now` in the current language ("3 minutes ago", "in 2 days"), in the
 * largest unit that fits: a peer's last contact or a sync reads at a glance this way. The exact
 * time belongs beside it (`formatDateTime`), for screen readers and for the record.
 */
export function formatRelativeTime(instant: string | undefined, now: number = Date.now()): string {
  if (!instant) return '';
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return instant;
  // A moment ahead is the two clocks (the node's, the browser's) disagreeing, not the future.
  const diff = at - now > 0 && at - now < CLOCK_SKEW_MS ? 0 : at - now;
  const [unit, size] = RELATIVE_UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? ['second', 1000];
  return formatter(
    'relative',
    () => new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' }),
  ).format(Math.round(diff / size), unit);
}

/**
 * A list of labels: "Drugs, Environment", "المخدرات، البيئة" in Arabic. Not `Intl.ListFormat`:
 * its unit lists drop the commas in several languages, and a conjunction ("and") misreads a
 * list of codes as a sentence.
 */
export function formatList(values: readonly string[]): string {
  return values.join(currentLanguage() === 'ar' ? '، ' : ', ');
}
