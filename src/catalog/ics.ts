import type { Course } from './types.js';
import { safeUrl } from './url.js';
import { LIST_LIMITS } from './validate.js';

/** Options for {@link courseToIcs}. */
export interface IcsOptions {
  /** The time the file is made (DTSTAMP); defaults to now. */
  now?: Date;
  /**
   * Host part of each UID: the catalog's identity ({@link catalogUidDomain}), never the page's, so
   * the same session added from two partner sites is one event in a calendar. Default `hms-widgets`.
   */
  uidDomain?: string;
}

/**
 * The UID host for a catalog's sessions: the host name of the organization's web address (the same
 * catalog on every partner site gives the same one), else `hms-widgets`.
 */
export function catalogUidDomain(catalog: { organization?: { url?: string } } | undefined): string {
  const url = catalog?.organization?.url;
  if (!url || !/^https?:\/\//i.test(url)) return 'hms-widgets';
  try {
    return new URL(url).hostname || 'hms-widgets';
  } catch {
    return 'hms-widgets';
  }
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

/** Where a session happens, as one line of text: the venue, else "Online" for an online session. */
export function sessionPlace(session: Course['sessions'][number]): string {
  const place = session.location ? [session.location.name, session.location.city, session.location.country].filter(Boolean).join(', ') : '';
  return place || (session.online ? 'Online' : '');
}

/** A session's end: its own, else an hour after its start. */
export function sessionEnd(session: Course['sessions'][number]): Date {
  return session.end ? new Date(session.end) : new Date(new Date(session.start).getTime() + 60 * 60 * 1000);
}

/**
 * The content lines of one VEVENT per session of a course, at most `max` sessions (a catalog's limit,
 * 500, even for a course object that was never validated).
 */
function courseEvents(course: Course, stamp: string, uidDomain: string, max: number): string[] {
  const sessions = course.sessions.slice(0, Math.max(0, max));
  const count = sessions.length;
  const uid = (i: number) => foldLine(`UID:${escapeText(`${course.id}-${i + 1}@${uidDomain}`)}`);
  const link = absoluteLink(course.url);
  // What every event repeats is escaped and folded once, not once per session.
  const title = escapeText(course.title);
  const description = course.summary ? foldLine(`DESCRIPTION:${escapeText(link ? `${course.summary}\n${link}` : course.summary)}`) : undefined;
  const url = link ? foldLine(`URL:${link}`) : undefined;
  const lines: string[] = [];
  sessions.forEach((session, i) => {
    lines.push(
      'BEGIN:VEVENT',
      uid(i),
      stamp,
      `DTSTART:${icsUtc(new Date(session.start))}`,
      `DTEND:${icsUtc(sessionEnd(session))}`,
      foldLine(`SUMMARY:${count > 1 ? `${title} (${i + 1}/${count})` : title}`),
    );
    if (description) lines.push(description);
    lines.push(foldLine(`LOCATION:${escapeText(sessionPlace(session))}`));
    if (url) lines.push(url);
    lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  });
  return lines;
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session of each course, times in UTC, so it is
 * correct in every calendar and time zone; at most 500 events in all (a catalog's limit of sessions
 * per course). Returns undefined when no course has a session.
 */
export function coursesToIcs(courses: readonly Course[], options: IcsOptions = {}): string | undefined {
  const stamp = `DTSTAMP:${icsUtc(options.now ?? new Date())}`;
  const events: string[] = [];
  let left = LIST_LIMITS.sessions;
  for (const course of courses) {
    if (left <= 0) break;
    events.push(...courseEvents(course, stamp, options.uidDomain ?? 'hms-widgets', left));
    left -= Math.min(course.sessions.length, left);
  }
  if (events.length === 0) return undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HMS Global Academy//hms-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  return `${[...lines, ...events, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

/** {@link coursesToIcs} for one course: one VEVENT per session. */
export function courseToIcs(course: Course, options: IcsOptions = {}): string | undefined {
  return coursesToIcs([course], options);
}
