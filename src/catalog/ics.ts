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
  /** Most events in the file (default 500, a catalog's limit of sessions per course); a subscription feed sets its own. */
  maxEvents?: number;
  /** The calendar's name (NAME and X-WR-CALNAME), for a subscription feed. */
  name?: string;
  /**
   * How often a subscribed calendar should fetch the file again, as an ISO 8601 duration (`PT12H`):
   * written as REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL (Outlook, Apple).
   */
  refreshInterval?: string;
}

/** One session of a course: which course, and which of its sessions (from 0). */
export interface SessionRef {
  course: Course;
  index: number;
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
 * The content lines of one VEVENT per session of a course named by `indices` (UID and numbering
 * from the session's place in the course, so one session has the same UID in every file).
 */
function courseEvents(course: Course, stamp: string, uidDomain: string, indices: readonly number[]): string[] {
  // Numbered against the course's sessions, at most as many as a file holds (a course object that was never validated).
  const count = Math.min(course.sessions.length, LIST_LIMITS.sessions);
  const uid = (i: number) => foldLine(`UID:${escapeText(`${course.id}-${i + 1}@${uidDomain}`)}`);
  const link = absoluteLink(course.url);
  // What every event repeats is escaped and folded once, not once per session.
  const title = escapeText(course.title);
  const description = course.summary ? foldLine(`DESCRIPTION:${escapeText(link ? `${course.summary}\n${link}` : course.summary)}`) : undefined;
  const url = link ? foldLine(`URL:${link}`) : undefined;
  const lines: string[] = [];
  for (const i of indices) {
    const session = course.sessions[i];
    if (!session) continue;
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
  }
  return lines;
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session of each course, times in UTC, so it is
 * correct in every calendar and time zone; at most 500 events in all (a catalog's limit of sessions
 * per course). Returns undefined when no course has a session.
 */
export function coursesToIcs(courses: readonly Course[], options: IcsOptions = {}): string | undefined {
  const refs: SessionRef[] = [];
  const max = options.maxEvents ?? LIST_LIMITS.sessions;
  for (const course of courses) {
    for (let index = 0; index < course.sessions.length && refs.length < max; index += 1) refs.push({ course, index });
    if (refs.length >= max) break;
  }
  return sessionsToIcs(refs, options);
}

/**
 * An iCalendar file of the given sessions, one VEVENT each, in their order ("Add these N sessions",
 * a subscription feed): at most `maxEvents` (500 unless set). Undefined when none is a session.
 */
export function sessionsToIcs(sessions: readonly SessionRef[], options: IcsOptions = {}): string | undefined {
  const stamp = `DTSTAMP:${icsUtc(options.now ?? new Date())}`;
  const uidDomain = options.uidDomain ?? 'hms-widgets';
  const max = Math.max(0, options.maxEvents ?? LIST_LIMITS.sessions);
  const events: string[] = [];
  let count = 0;
  // Consecutive sessions of one course share its escaped text.
  for (let i = 0; i < sessions.length && count < max; ) {
    const course = sessions[i].course;
    const indices: number[] = [];
    for (; i < sessions.length && sessions[i].course === course && count < max; i += 1) {
      if (!course.sessions[sessions[i].index]) continue;
      indices.push(sessions[i].index);
      count += 1;
    }
    events.push(...courseEvents(course, stamp, uidDomain, indices));
  }
  if (events.length === 0) return undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HMS Global Academy//hms-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(foldLine(`NAME:${escapeText(options.name)}`), foldLine(`X-WR-CALNAME:${escapeText(options.name)}`));
  if (options.refreshInterval && /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/.test(options.refreshInterval)) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${options.refreshInterval}`, `X-PUBLISHED-TTL:${options.refreshInterval}`);
  }
  return `${[...lines, ...events, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

/** {@link coursesToIcs} for one course: one VEVENT per session. */
export function courseToIcs(course: Course, options: IcsOptions = {}): string | undefined {
  return coursesToIcs([course], options);
}
