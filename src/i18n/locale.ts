import { en, type Messages } from './messages.js';

/** The locale every widget falls back to. */
export const SOURCE_LOCALE = 'en';

/**
 * The language a widget speaks: its own `locale`, else the host page's `<html lang>`, else the
 * browser's language. (The nearest `<hms-catalog locale>` joins this order with the provider.)
 */
export function resolveLocale(own: string | undefined | null): string {
  const candidates = [own, document.documentElement.lang, navigator.language, SOURCE_LOCALE];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next source
    }
  }
  return SOURCE_LOCALE;
}

const catalogs: Record<string, Messages> = { en };

/** The UI strings for a locale, falling back to English until that locale's catalog ships. */
export function messagesFor(locale: string): Messages {
  return catalogs[locale] ?? catalogs[locale.split('-')[0]] ?? en;
}
