import { sessionEnd, sessionPlace } from './ics.js';
import type { Course } from './types.js';
import { safeUrl } from './url.js';

/**
 * "Add to calendar" links for one session, for the web calendars that have no use for an `.ics`
 * download: Google Calendar's event template and Outlook's compose form (outlook.com and
 * Microsoft 365). Times go in UTC, which every one of them reads as the same instant; Google also
 * gets the session's zone (`ctz`) to show the event in. Every value goes through URLSearchParams:
 * catalog text can add no parameter of its own.
 */
export interface CalendarLinks {
  google: string;
  outlook: string;
  office365: string;
}

/** 20270302T140000Z, as Google's `dates` wants it. */
const compactUtc = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** 2027-03-02T14:00:00Z, as Outlook's `startdt` and `enddt` want it. */
const isoUtc = (date: Date): string => date.toISOString().replace(/\.\d{3}/, '');

/** The course summary and its absolute link, as the event's description. */
function details(course: Course): string {
  const link = course.url ? safeUrl(course.url) : null;
  const absolute = link && /^https?:/.test(link) ? link : undefined;
  return [course.summary, absolute].filter(Boolean).join('\n\n');
}

/** The three links for session `index` of `course` (undefined when it has no such session). */
export function calendarLinks(course: Course, index = 0): CalendarLinks | undefined {
  const session = course.sessions[index];
  if (!session) return undefined;
  const start = new Date(session.start);
  const end = sessionEnd(session);
  const count = course.sessions.length;
  const title = count > 1 ? `${course.title} (${index + 1}/${count})` : course.title;
  const place = sessionPlace(session);
  const google = new URLSearchParams({ action: 'TEMPLATE', text: title, dates: `${compactUtc(start)}/${compactUtc(end)}`, details: details(course) });
  if (place) google.set('location', place);
  google.set('ctz', session.timeZone);
  const outlook = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: title, startdt: isoUtc(start), enddt: isoUtc(end), body: details(course) });
  if (place) outlook.set('location', place);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
    office365: `https://outlook.office.com/calendar/0/action/compose?${outlook}`,
  };
}
