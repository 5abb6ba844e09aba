import type { Course } from './types.js';

/** Options for {@link courseToIcs}. */
export interface IcsOptions {
  /** The time the file is made (DTSTAMP); defaults to now. */
  now?: Date;
  /** Host part of each UID; sessions keep the same UID across downloads. */
  uidDomain?: string;
}

/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never splitting a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 20270302T140000Z */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session of a course, times in UTC, so it is
 * correct in every calendar and time zone. Returns undefined for a course without sessions.
 */
export function courseToIcs(course: Course, options: IcsOptions = {}): string | undefined {
  if (course.sessions.length === 0) return undefined;
  const stamp = icsUtc(options.now ?? new Date());
  const domain = options.uidDomain ?? 'hms-widgets';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HMS Global Academy//hms-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  course.sessions.forEach((session, i) => {
    const start = new Date(session.start);
    const end = session.end ? new Date(session.end) : new Date(start.getTime() + 60 * 60 * 1000);
    const place = session.location ? [session.location.name, session.location.city, session.location.country].filter(Boolean).join(', ') : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${course.id}-${i + 1}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsUtc(start)}`,
      `DTEND:${icsUtc(end)}`,
      `SUMMARY:${escapeText(course.sessions.length > 1 ? `${course.title} (${i + 1}/${course.sessions.length})` : course.title)}`,
    );
    if (course.summary) lines.push(`DESCRIPTION:${escapeText(course.url ? `${course.summary}\n${course.url}` : course.summary)}`);
    lines.push(`LOCATION:${escapeText(place || (session.online ? 'Online' : ''))}`);
    if (course.url) lines.push(`URL:${course.url}`);
    lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
