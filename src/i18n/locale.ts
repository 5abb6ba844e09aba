import { canonicalLanguage } from '../catalog/language-tag.js';
import { en, type Messages } from './messages.js';

/** The locale every widget falls back to. */
export const SOURCE_LOCALE = 'en';

/** The UI languages the widgets ship, besides English. Each loads on first use only. */
const LOADERS: Record<string, () => Promise<{ default: Messages }>> = {
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  fr: () => import('./locales/fr.js'),
  ar: () => import('./locales/ar.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

/** Every UI language the widgets speak. */
export const SUPPORTED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(LOADERS)];

/**
 * The language a widget speaks: its own `locale` (or the nearest `<hms-catalog locale>`, which the
 * caller passes the same way), else the host page's `<html lang>`, else the browser's language.
 * A server render has neither page nor browser (and Node's own `navigator` speaks for the server,
 * not the visitor): there it is the locale asked for, else English.
 */
export function resolveLocale(own: string | undefined | null): string {
  // The common case first, with no read of the page: a widget's own locale (a list's cards are
  // given theirs), asked for many times a render.
  const given = own ? canonicalLanguage(own) : undefined;
  if (given) return given;
  const browser = typeof document !== 'undefined' && typeof navigator !== 'undefined';
  const candidates = browser ? [document.documentElement.lang, navigator.language, SOURCE_LOCALE] : [SOURCE_LOCALE];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const canonical = canonicalLanguage(candidate); // undefined for a tag that is not one: try the next
    if (canonical) return canonical;
  }
  return SOURCE_LOCALE;
}

/**
 * The shipped UI language that serves a locale: an exact match, else the same language
 * ("es-MX" → "es", "pt" → "pt-BR", "zh-CN" → "zh-Hans"), else English.
 */
export function uiLocale(locale: string): string {
  if (SUPPORTED_LOCALES.includes(locale)) return locale;
  let ui = uiLocales.get(locale);
  if (!ui) uiLocales.set(locale, (ui = closestUiLocale(locale)));
  return ui;
}

const uiLocales = new Map<string, string>();
function closestUiLocale(locale: string): string {
  let language = locale;
  let script = '';
  try {
    const parsed = new Intl.Locale(locale).maximize();
    language = parsed.language;
    script = parsed.script ?? '';
  } catch {
    language = locale.split('-')[0];
  }
  if (language === 'zh') return script === 'Hant' ? SOURCE_LOCALE : 'zh-Hans';
  return SUPPORTED_LOCALES.find((l) => l.split('-')[0] === language) ?? SOURCE_LOCALE;
}

const loaded = new Map<string, Messages>([[SOURCE_LOCALE, en]]);
const loading = new Map<string, Promise<Messages>>();

/** The UI strings for a locale, if they are loaded (English always is); else English. */
export function messagesFor(locale: string): Messages {
  return loaded.get(uiLocale(locale)) ?? en;
}

/** True when the strings for a locale are ready to use. */
export function messagesReady(locale: string): boolean {
  return loaded.has(uiLocale(locale));
}

/** Loads a locale's UI strings (once per page); resolves with English if they cannot be loaded. */
export function loadMessages(locale: string): Promise<Messages> {
  const key = uiLocale(locale);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(key);
  if (!promise) {
    promise = LOADERS[key]()
      .then((module) => {
        loaded.set(key, module.default);
        return module.default;
      })
      .catch((error: unknown) => {
        console.warn(`hms-widgets: the "${key}" UI strings could not be loaded; showing English.`, error);
        loaded.set(key, en);
        return en;
      });
    loading.set(key, promise);
  }
  return promise;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

const directions = new Map<string, 'ltr' | 'rtl'>();
/** `rtl` for right-to-left languages (Arabic, Hebrew, Persian, Urdu, ...), else `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) directions.set(locale, (direction = findDirection(locale)));
  return direction;
}

function findDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // fall back to the language list
  }
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
