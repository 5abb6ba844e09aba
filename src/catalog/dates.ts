/** 400 Gregorian years, in ms: the calendar repeats after them. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a year from 100 on (earlier years are never catalog dates) and a day its month has. */
function realDay(year: number, month: number, day: number): boolean {
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The two-digit number at `at` (the caller has checked that both are ASCII digits). */
function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

// The shape of a catalog date-time: date, hours and minutes, optional seconds and fraction, then Z
// or an offset. One native regular-expression test and a few charCodeAt reads at fixed places cost
// far less than a character-by-character scan on a page whose code is still cold (a first render).
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * Epoch ms of an ISO 8601 date-time with an offset (`2026-03-02T09:00:00-05:00`, seconds and
 * fraction optional), or NaN when the text is not one or names a day or time that does not exist
 * (30 February, 23:60, +24:00; 24:00 is the end of the day). The same instant as `Date.parse`,
 * whose reading of fractions other than three digits is left to each engine; this one is not.
 */
export function isoDateTimeMs(value: string): number {
  if (!DATE_TIME.test(value)) return NaN;
  const length = value.length;
  const year = two(value, 0) * 100 + two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  const hour = two(value, 11);
  const minute = two(value, 14);
  // Where Z or the offset starts: past the minutes (16), the seconds (19) or the fraction.
  const zone = value.charCodeAt(length - 1) === 90 /* Z */ ? length - 1 : length - 6;
  let second = 0;
  let ms = 0;
  if (zone > 16) {
    second = two(value, 17);
    // Milliseconds are the first three digits of the fraction (".5" is 500 ms).
    if (zone > 20) ms = Number(value.slice(20, Math.min(zone, 23)).padEnd(3, '0'));
  }
  let offset = 0;
  if (zone === length - 6) {
    const offsetHours = two(value, zone + 1);
    const offsetMinutes = two(value, zone + 4);
    if (offsetHours > 23 || offsetMinutes > 59) return NaN;
    offset = (value.charCodeAt(zone) === 45 /* - */ ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  if (!realDay(year, month, day) || minute > 59 || second > 59 || hour > 24 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return NaN;
  // Date.UTC reads years 0-99 as 1900-1999; a year 400 later has the same calendar.
  return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - FOUR_CENTURIES - offset;
}

const DATE = /^\d{4}-\d\d-\d\d$/;

/** True for an ISO 8601 calendar date (`2026-03-02`) that exists. */
export function isIsoDate(value: string): boolean {
  return DATE.test(value) && realDay(two(value, 0) * 100 + two(value, 2), two(value, 5), two(value, 8));
}
