import type { CourseSession, Credit, Price } from '../catalog/types.js';
import type { Messages } from './messages.js';
import { plainTask } from '../internal/idle.js';

const cache = new Map<string, unknown>();

let started: Promise<void> | undefined;

/**
 * Starts the browser's formatting services, in two tasks of their own, once per page; resolves
 * in a third. A page's first `Intl.DateTimeFormat` (whatever its locale or options) loads ICU's calendar
 * data: 15-38 ms in a new Chromium page here, where the next one takes 0.2-1.5 ms; the first number,
 * list, relative-time, language-name and collation services add 10-15 ms together. That is
 * 100-200 ms on Lighthouse's 4x phone, and it went to whichever task drew the first skeleton card
 * (every card's skeleton formats its stand-in dates and prices). The CDN bundle calls this before
 * it defines the page's tags, while the browser places the widgets (see cdn.ts).
 */
export function startFormatting(locale?: string): Promise<void> {
  started ??= (async () => {
    const tag = locale || (typeof document === 'object' && document.documentElement.lang) || 'en';
    await plainTask();
    tryFormat(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(0));
    await plainTask();
    tryFormat(() => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }).format(1));
    tryFormat(() => new Intl.PluralRules(tag).select(1));
    tryFormat(() => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(['a', 'b']));
    tryFormat(() => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(1, 'day'));
    tryFormat(() => new Intl.DisplayNames(tag, { type: 'language' }).of('en'));
    tryFormat(() => new Intl.Collator(tag).compare('a', 'b'));
    tryFormat(() => new Intl.Locale(tag).maximize());
    // Resolved in a task after, so that what waits for it does not run in this one.
    await plainTask();
  })();
  return started;
}

/** A formatter made only to start its service: a page language it refuses, or a service the browser lacks, is no error. */
function tryFormat(make: () => unknown): void {
  try {
    make();
  } catch {
    // the widgets meet (and handle) the same refusal when they format
  }
}

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
  return `${formatNumber(credit.amount, locale)} ${creditType(credit)}`;
}

/** A credit's type as its amount calls it: "AMA PRA Category 1 Credits™" unless the amount is one. */
export function creditType(credit: Credit): string {
  return credit.amount === 1 ? credit.type : credit.type.replace(/\bCredit(™?)$/, 'Credits$1');
}

/**
 * A session's dates and times in the visitor's locale, in the course's own time zone ("Mar 2, 2027,
 * 9:00 AM – 5:00 PM": a course in Boston reads as Boston time everywhere), or with `visitor` in the
 * visitor's. The zone is named apart, the same way in every language: see {@link zoneName}.
 */
export function formatSession(session: CourseSession, locale: string, visitor = false): string {
  // formatRange is slow (a fifth of a card's render) and a session is shown again on every page
  // turn and search that keeps it: its text is kept per session object, locale and zone.
  let byLocale = sessionTexts.get(session);
  if (!byLocale) sessionTexts.set(session, (byLocale = new Map()));
  const key = visitor ? `${locale}|visitor` : locale;
  let text = byLocale.get(key);
  if (text === undefined) byLocale.set(key, (text = formatSessionNow(session, locale, visitor)));
  return text;
}

const sessionTexts = new WeakMap<CourseSession, Map<string, string>>();

function formatSessionNow(session: CourseSession, locale: string, visitor: boolean): string {
  const zone = visitor ? undefined : session.timeZone;
  const format = cached(
    `s|${locale}|${zone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone }),
  );
  const start = new Date(session.start);
  return session.end ? format.formatRange(start, new Date(session.end)) : format.format(start);
}

/** One part of a time zone's name at an instant, in a locale. */
function zonePart(locale: string, timeZone: string | undefined, style: 'longGeneric' | 'shortOffset', at: Date): string {
  const format = cached(`z|${locale}|${timeZone ?? ''}|${style}`, () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }));
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * The name of the zone a session's times are shown in, by one rule in every language: the zone's
 * generic name in the visitor's language with its UTC offset at the session's start, "Western
 * European Time (GMT+1)", "hora de Europa occidental (GMT+1)"; the offset alone when the locale
 * has no name for the zone. With `visitor`, the visitor's own zone, named the same way.
 */
export function zoneName(session: CourseSession, locale: string, visitor = false): string {
  const zone = visitor ? undefined : session.timeZone;
  return cached(`zn|${locale}|${zone ?? ''}|${session.start}`, () => {
    const at = new Date(session.start);
    const name = zonePart(locale, zone, 'longGeneric', at);
    const offset = zonePart(locale, zone, 'shortOffset', at);
    return !name || name === offset || name.includes(offset) ? offset || name : `${name} (${offset})`;
  });
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

/**
 * A date as a wall calendar shows it, in the visitor's locale: the short month and the day
 * ("Mar" / "2", "mars" / "2", "3月" / "2日"), read in `timeZone` (the visitor's when undefined; a
 * date without a time is a calendar day, read in UTC).
 */
export function dateBlock(iso: string, locale: string, timeZone: string | undefined): { month: string; day: string } {
  const dateOnly = iso.length === 10;
  const zone = dateOnly ? 'UTC' : timeZone;
  const format = cached(`db|${locale}|${zone ?? ''}`, () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: zone }));
  const parts = format.formatToParts(new Date(dateOnly ? `${iso}T00:00:00Z` : iso));
  return { month: parts.find((part) => part.type === 'month')?.value ?? '', day: parts.find((part) => part.type === 'day')?.value ?? '' };
}
