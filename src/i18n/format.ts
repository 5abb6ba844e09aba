import type { CourseSession, Credit, Price } from '../catalog/types.js';
import type { Messages } from './messages.js';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number in the visitor's locale ("1,295.5", "1.295,5", "١٬٢٩٥٫٥"). */
export function formatNumber(value: number, locale: string): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** A price in its currency, in the visitor's locale; "Free" when free. */
export function formatPrice(price: Price, locale: string, t: Messages): string {
  if (price.free) return t.free;
  const format = cached(
    `p|${locale}|${price.currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency, maximumFractionDigits: 2, minimumFractionDigits: 0 }),
  );
  return format.format(price.amount);
}

/**
 * "24 AMA PRA Category 1 Credits™": the amount in the visitor's locale, the credit type never
 * translated or abbreviated, only given its plural in English when the amount is not one.
 */
export function formatCredit(credit: Credit, locale: string): string {
  const type = credit.amount === 1 ? credit.type : credit.type.replace(/\bCredit(™?)$/, 'Credits$1');
  return `${formatNumber(credit.amount, locale)} ${type}`;
}

/**
 * A session's dates in the visitor's locale and the course's own time zone, with that zone named:
 * "Mar 2, 2027, 9:00 AM – 5:00 PM EST". A course in Boston reads as Boston time everywhere.
 */
export function formatSession(session: CourseSession, locale: string): string {
  // formatRange is slow (a fifth of a card's render) and a session is shown again on every page
  // turn and search that keeps it: its text is kept per session object and locale.
  let byLocale = sessionTexts.get(session);
  if (!byLocale) sessionTexts.set(session, (byLocale = new Map()));
  let text = byLocale.get(locale);
  if (text === undefined) byLocale.set(locale, (text = formatSessionNow(session, locale)));
  return text;
}

const sessionTexts = new WeakMap<CourseSession, Map<string, string>>();

function formatSessionNow(session: CourseSession, locale: string): string {
  const format = cached(
    `s|${locale}|${session.timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: session.timeZone,
        timeZoneName: 'short',
      }),
  );
  const start = new Date(session.start);
  return session.end ? format.formatRange(start, new Date(session.end)) : format.format(start);
}

/** A calendar date ("Mar 2, 2027") in the visitor's locale. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const format = cached(`d|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: timeZone ?? 'UTC' }));
  // A date without a time is a calendar day: read it in UTC so it never shifts by a day.
  return format.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

/** The name of a language tag in the visitor's locale ("Spanish", "espagnol"). */
export function languageName(tag: string, locale: string): string {
  try {
    return cached(`l|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The name of a region code in the visitor's locale ("United States"). */
export function regionName(code: string, locale: string): string {
  if (!/^[A-Za-z]{2}$|^\d{3}$/.test(code)) return code;
  try {
    return cached(`r|${locale}`, () => new Intl.DisplayNames(locale, { type: 'region' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "A, B and C" in the visitor's locale. */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** "in 12 days", "tomorrow", "3 days ago" in the visitor's locale. */
export function formatRelativeDays(days: number, locale: string): string {
  return cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}
