import type { Course } from './types.js';
import { safeUrl } from './url.js';
import { LIST_LIMITS } from './validate.js';

/** Options for {@link courseToIcs}. */
export interface IcsOptions {
  /** The time the file is made (DTSTAMP); defaults to now. */
  now?: Date;
  /** Host part of each UID; sessions keep the same UID across downloads. */
  uidDomain?: string;
}

const SPECIAL = /[\\;,]/g;
// Every spelling of a line break (CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR), as catalog
// text cleaning reads them.
const BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;
// Every other control but tab (RFC 5545 forbids them in TEXT; some readers split lines on the
// vertical tab, form feed or the separators U+001C–U+001E), and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * RFC 5545 text escaping: backslash, semicolon and comma escaped, every line break written `\n`,
 * other control characters removed. The result never holds a character that ends a line, so a
 * value cannot start a property of its own, whatever the course object holds (it may come from
 * a partner's code, unvalidated).
 */
export function escapeText(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(BREAK, '\\n').replace(CONTROL, '');
}

/**
 * Folds a content line at 75 octets (UTF-8), never splitting a character; continuation lines start
 * with a space. Octets are counted from the UTF-16 code units (1, 2 or 3 each, 4 for a surrogate
 * pair, 3 for a lone surrogate, which is written as U+FFFD), in one pass over the line.
 */
export function foldLine(line: string): string {
  // At most 3 octets per code unit: a line of 25 units always fits.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; i += 1) {
    const unit = line.charCodeAt(i);
    let size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    let end = i + 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        size = 4;
        end = i + 2;
      }
    }
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74;
    }
    octets += size;
    i = end - 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** 20270302T140000Z */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The course's link as a URI for URL and DESCRIPTION: only an absolute, safe one (a relative link means nothing in a calendar). */
function absoluteLink(url: string | undefined): string | undefined {
  const safe = url ? safeUrl(url) : null;
  return safe && /^(?:https?|mailto):/.test(safe) ? safe : undefined;
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session of a course, times in UTC, so it is
 * correct in every calendar and time zone; at most a catalog's limit of sessions (500), even for a
 * course object that was never validated. Returns undefined for a course without sessions.
 */
export function courseToIcs(course: Course, options: IcsOptions = {}): string | undefined {
  const sessions = course.sessions.slice(0, LIST_LIMITS.sessions);
  const count = sessions.length;
  if (count === 0) return undefined;
  const stamp = `DTSTAMP:${icsUtc(options.now ?? new Date())}`;
  const uid = (i: number) => foldLine(`UID:${escapeText(`${course.id}-${i + 1}@${options.uidDomain ?? 'hms-widgets'}`)}`);
  const link = absoluteLink(course.url);
  // What every event repeats is escaped and folded once, not once per session.
  const title = escapeText(course.title);
  const description = course.summary ? foldLine(`DESCRIPTION:${escapeText(link ? `${course.summary}\n${link}` : course.summary)}`) : undefined;
  const url = link ? foldLine(`URL:${link}`) : undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HMS Global Academy//hms-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  sessions.forEach((session, i) => {
    const start = new Date(session.start);
    const end = session.end ? new Date(session.end) : new Date(start.getTime() + 60 * 60 * 1000);
    const place = session.location ? [session.location.name, session.location.city, session.location.country].filter(Boolean).join(', ') : '';
    lines.push(
      'BEGIN:VEVENT',
      uid(i),
      stamp,
      `DTSTART:${icsUtc(start)}`,
      `DTEND:${icsUtc(end)}`,
      foldLine(`SUMMARY:${count > 1 ? `${title} (${i + 1}/${count})` : title}`),
    );
    if (description) lines.push(description);
    lines.push(foldLine(`LOCATION:${escapeText(place || (session.online ? 'Online' : ''))}`));
    if (url) lines.push(url);
    lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
