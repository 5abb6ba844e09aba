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

/** The number written by `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Epoch ms of an ISO 8601 date-time with an offset (`2026-03-02T09:00:00-05:00`, seconds and
 * fraction optional), or NaN when the text is not one or names a day or time that does not exist
 * (30 February, 23:60, +24:00; 24:00 is the end of the day). Read character by character: a
 * catalog holds thousands of dates, and this is as fast as `Date.parse` while also checking the day.
 */
export function isoDateTimeMs(value: string): number {
  const length = value.length;
  if (length < 17 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return NaN;
  let at = 16;
  let second = 0;
  let ms = 0;
  if (value[at] === ':') {
    second = digits(value, at + 1, 2);
    if (second < 0) return NaN;
    at += 3;
    if (value[at] === '.') {
      let count = 0;
      at += 1;
      while (at < length && digits(value, at, 1) >= 0) {
        if (count < 3) ms = ms * 10 + digits(value, at, 1);
        count += 1;
        at += 1;
      }
      if (count === 0 || count > 9) return NaN;
      for (let pad = count; pad < 3; pad += 1) ms *= 10;
    }
  }
  let offset = 0;
  if (value[at] === 'Z') {
    if (at + 1 !== length) return NaN;
  } else if ((value[at] === '+' || value[at] === '-') && at + 6 === length && value[at + 3] === ':') {
    const offsetHours = digits(value, at + 1, 2);
    const offsetMinutes = digits(value, at + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59) return NaN;
    offset = (value[at] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  } else {
    return NaN;
  }
  if (!realDay(year, month, day) || minute > 59 || second > 59 || hour > 24 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return NaN;
  // Date.UTC reads years 0-99 as 1900-1999; a year 400 later has the same calendar.
  return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - FOUR_CENTURIES - offset;
}

/** True for an ISO 8601 calendar date (`2026-03-02`) that exists. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && realDay(year, month, day);
}
