import { isoDateTimeMs } from './dates.js';
import { sessionEnd } from './ics.js';
import type { Course, CourseSession } from './types.js';

/**
 * Calendar arithmetic for the month and agenda views, without any DOM. Days are plain calendar
 * dates (`2027-03-28`), computed with Date.UTC, never by adding 24 hours to a local midnight: a day
 * of 23 or 25 hours (daylight saving in March and October) cannot shift the grid. Which day a
 * session falls on is read from Intl in the zone asked for (the visitor's, or the course's own).
 */

/** A month: its year and its number, 1 to 12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** One session placed on a day of a calendar. */
export interface PlacedSession {
  course: Course;
  /** Which of the course's sessions (from 0). */
  index: number;
  session: CourseSession;
  /** Epoch ms of its start and end (an hour after the start when it has no end). */
  start: number;
  end: number;
  /** The day it starts on, in the zone it is placed in (`2027-03-28`). */
  day: string;
  /** The zone it is placed in. */
  timeZone: string;
}

const DAY_MS = 86_400_000;
/** Zones run from UTC-12 to UTC+14: a day anywhere lies within this margin of the same day in UTC. */
const ZONE_MARGIN = 15 * 3_600_000;

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** `2027-03`: a month as text. */
export function monthText({ year, month }: CalendarMonth): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Reads `2027-03` (a `month` attribute); undefined for anything else. */
export function parseMonth(text: string | undefined): CalendarMonth | undefined {
  const match = /^(\d{4})-(\d\d)$/.exec(text ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1000 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The month `count` months after (or before) `month`. */
export function addMonths({ year, month }: CalendarMonth, count: number): CalendarMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Epoch ms of a day's UTC midnight (`2027-03-28` -> 2027-03-28T00:00Z). */
export function dayMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** A day as text from its UTC midnight. */
function dayOf(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `2027-03-05` from a month and a day number. */
export function dayInMonth({ year, month }: CalendarMonth, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day `count` days after (or before) `day`, by the calendar. */
export function addDays(day: string, count: number): string {
  return dayOf(dayMs(day) + count * DAY_MS);
}

/** The same day number `count` months on, kept within the month (31 January + 1 month is 28 or 29 February). */
export function addMonthsToDay(day: string, count: number): string {
  const target = addMonths(monthOfDay(day), count);
  return dayInMonth(target, Math.min(Number(day.slice(8, 10)), daysIn(target)));
}

/** Day of the week, 0 (Sunday) to 6. */
export function weekday(day: string): number {
  return new Date(dayMs(day)).getUTCDay();
}

/** How many days a month has. */
export function daysIn({ year, month }: CalendarMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month a day is in. */
export function monthOfDay(day: string): CalendarMonth {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/**
 * The month as weeks of seven days, each week starting on `firstDay` (0 Sunday ... 6 Saturday),
 * with the days of the months around it that complete the first and last weeks.
 */
export function monthWeeks(month: CalendarMonth, firstDay: number): string[][] {
  const first = dayInMonth(month, 1);
  const last = dayInMonth(month, daysIn(month));
  let day = addDays(first, -((weekday(first) - firstDay + 7) % 7));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  }
  return weeks;
}

/** The first day of the week in a locale (0 Sunday ... 6 Saturday), from Intl where the browser knows it, else Monday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    if (typeof first === 'number') return first % 7;
  } catch {
    // an unknown locale: Monday, as ISO 8601
  }
  return 1;
}

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter that gives an instant's date and time in `timeZone`, or null when the zone is not one. */
function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      format = null;
    }
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** True when `timeZone` is an IANA zone this browser knows. */
export function isTimeZone(timeZone: string | undefined): timeZone is string {
  return Boolean(timeZone) && dayFormat(timeZone!) !== null;
}

/** The wall-clock date and time of an instant in the formatter's zone, as the UTC instant of the same numbers. */
function wallClock(format: Intl.DateTimeFormat, ms: number): number {
  const wall = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of format.formatToParts(ms)) if (part.type in wall) wall[part.type as keyof typeof wall] = Number(part.value);
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second);
  return date.getTime();
}

/** Each zone's offset from UTC (ms) through each UTC day (by day number), or null for a day its clocks change. */
const dayOffsets = new Map<Intl.DateTimeFormat, Map<number, number | null>>();

/**
 * The day an instant falls on in `timeZone` (`2027-03-28`); in UTC when the zone is not one. The
 * zone's offset is read at both ends of the instant's UTC day, once per day and zone: when they agree
 * (no clock change that day) the day is arithmetic, so a month of sessions costs a few dozen Intl
 * calls, not one per session. A day with a clock change reads each instant from Intl.
 */
export function dayInZone(ms: number, timeZone: string): string {
  const format = dayFormat(timeZone) ?? dayFormat('UTC')!;
  const utcDay = Math.floor(ms / DAY_MS);
  let offsets = dayOffsets.get(format);
  if (!offsets) dayOffsets.set(format, (offsets = new Map()));
  let offset = offsets.get(utcDay);
  if (offset === undefined) {
    const start = utcDay * DAY_MS;
    const end = start + DAY_MS - 1000;
    const first = wallClock(format, start) - start;
    offset = first === wallClock(format, end) - end ? first : null;
    offsets.set(utcDay, offset);
  }
  return dayOf(offset !== null && Number.isFinite(offset) ? ms + offset : wallClock(format, ms));
}

let visitorZone: string | undefined;

/**
 * The visitor's own time zone (UTC when the browser does not say). Asked once per page: each ask
 * builds a date formatter, and a calendar asks for every session it places (a trace of the demo at
 * 4x CPU: 30-45 ms of a month's render). Chromium says when the system's zone changes.
 */
export function visitorTimeZone(): string {
  if (visitorZone === undefined) {
    try {
      visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      visitorZone = 'UTC';
    }
  }
  return visitorZone;
}

if (typeof addEventListener === 'function') addEventListener('timezonechange', () => (visitorZone = undefined));

interface Timed {
  course: Course;
  index: number;
  start: number;
}

const timelines = new WeakMap<readonly Course[], Timed[]>();

/** True once the timeline of `courses` is made (see {@link timelineSteps}). */
export function timelineReady(courses: readonly Course[]): boolean {
  return timelines.has(courses);
}

/**
 * Makes the timeline of a catalog's courses (every dated session, by start) ahead of the first
 * {@link sessionsByDay}, a course per step: a widget runs the steps a slice at a time between tasks,
 * so loading a large catalog does not make one long task of it. Filters never make another: they
 * pick from this one.
 */
export function* timelineSteps(courses: readonly Course[]): Generator<void, void, void> {
  if (timelines.has(courses)) return;
  const sessions: Timed[] = [];
  for (const course of courses) {
    course.sessions.forEach((session, index) => {
      const start = isoDateTimeMs(session.start);
      const ms = Number.isNaN(start) ? Date.parse(session.start) : start;
      if (!Number.isNaN(ms)) sessions.push({ course, index, start: ms });
    });
    yield;
  }
  sessions.sort((a, b) => a.start - b.start);
  timelines.set(courses, sessions);
}

/** Makes the timeline of `courses` now, all at once (see {@link timelineSteps}). */
export function prepareTimeline(courses: readonly Course[]): void {
  const steps = timelineSteps(courses);
  while (!steps.next().done) continue;
}

/** Every dated session of `courses`, by start, computed once per list of courses. */
function timeline(courses: readonly Course[]): Timed[] {
  prepareTimeline(courses);
  return timelines.get(courses)!;
}

/** The first index of `sessions` that starts at or after `ms`. */
function firstFrom(sessions: readonly Timed[], ms: number): number {
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sessions[mid].start < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The sessions of `courses` that start from day `from` to day `to` (both included), each on the day
 * it starts in `timeZone`, or in its course's own zone when `timeZone` is `course`; by day, each
 * day's sessions in order of start, then title. `only` keeps the sessions of those courses (a
 * filter's results). Only the sessions near the range are looked at (a binary search in a timeline
 * made once per catalog), so a month of a 10,000-course catalog costs the sessions of that month.
 */
export function sessionsByDay(
  courses: readonly Course[],
  from: string,
  to: string,
  timeZone: string,
  only?: ReadonlySet<Course>,
): Map<string, PlacedSession[]> {
  const sessions = timeline(courses);
  const last = dayMs(to) + DAY_MS + ZONE_MARGIN;
  const days = new Map<string, PlacedSession[]>();
  for (let i = firstFrom(sessions, dayMs(from) - ZONE_MARGIN); i < sessions.length && sessions[i].start < last; i += 1) {
    const { course, index, start } = sessions[i];
    if (only && !only.has(course)) continue;
    const session = course.sessions[index];
    const zone = timeZone === 'course' ? (isTimeZone(session.timeZone) ? session.timeZone : 'UTC') : timeZone;
    const day = dayInZone(start, zone);
    if (day < from || day > to) continue;
    const placed: PlacedSession = { course, index, session, start, end: sessionEnd(session).getTime(), day, timeZone: zone };
    const list = days.get(day);
    if (list) list.push(placed);
    else days.set(day, [placed]);
  }
  for (const list of days.values()) {
    if (list.length > 1) list.sort((a, b) => a.start - b.start || (a.course.title < b.course.title ? -1 : a.course.title > b.course.title ? 1 : 0));
  }
  return days;
}

/** The month of the first session that starts at or after `now`, else of the last session before it; undefined without sessions. */
export function nextSessionMonth(courses: readonly Course[], now: number, timeZone: string, only?: ReadonlySet<Course>): CalendarMonth | undefined {
  const all = timeline(courses);
  const sessions = only ? all.filter((timed) => only.has(timed.course)) : all;
  if (sessions.length === 0) return undefined;
  const next = sessions[Math.min(firstFrom(sessions, now), sessions.length - 1)];
  const session = next.course.sessions[next.index];
  const zone = timeZone === 'course' ? (isTimeZone(session.timeZone) ? session.timeZone : 'UTC') : timeZone;
  return monthOfDay(dayInZone(next.start, zone));
}
