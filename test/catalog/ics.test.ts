import { expect } from '@open-wc/testing';
import { courseToIcs, escapeText, foldLine } from '../../src/catalog/ics.js';
import { validateCatalog } from '../../src/catalog/validate.js';
import type { Course } from '../../src/catalog/types.js';
import { sampleCatalog } from '../helpers.js';

interface Property {
  name: string;
  params: string;
  value: string;
}

/** A small RFC 5545 reader: unfolds lines, splits properties, unescapes text. */
function parseIcs(text: string): { lines: string[]; events: Property[][]; calendar: Property[] } {
  expect(text.endsWith('\r\n')).to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
  const lines = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const events: Property[][] = [];
  const calendar: Property[] = [];
  let current: Property[] | undefined;
  for (const line of lines) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const head = line.slice(0, colon);
    const [name, ...params] = head.split(';');
    const value = line
      .slice(colon + 1)
      .replace(/\\n/gi, '\n')
      .replace(/\\([\\;,])/g, '$1');
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else (current ?? calendar).push({ name, params: params.join(';'), value });
  }
  return { lines, events, calendar };
}
const get = (props: Property[], name: string) => props.find((p) => p.name === name)?.value;
const utc = (value: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
};

describe('Add to calendar: iCalendar files (RFC 5545)', () => {
  let course: Course;
  before(async () => {
    const { catalog } = validateCatalog(await sampleCatalog());
    course = catalog.courses.find((c) => c.modality === 'live' && c.sessions.length > 1)!;
  });

  it('parses back with one event per session, each field from the catalog', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const { calendar, events } = parseIcs(courseToIcs(course, { now, uidDomain: 'partner.example' })!);
    expect(get(calendar, 'VERSION')).to.equal('2.0');
    expect(get(calendar, 'PRODID')).to.be.a('string').and.not.equal('');
    expect(get(calendar, 'CALSCALE')).to.equal('GREGORIAN');
    expect(get(calendar, 'METHOD')).to.equal('PUBLISH');
    expect(events).to.have.length(course.sessions.length);
    const uids = new Set<string>();
    events.forEach((event, i) => {
      const session = course.sessions[i];
      uids.add(get(event, 'UID')!);
      expect(utc(get(event, 'DTSTART')!)).to.equal(Date.parse(session.start));
      expect(utc(get(event, 'DTEND')!)).to.equal(Date.parse(session.end!));
      expect(utc(get(event, 'DTSTAMP')!)).to.equal(now.getTime());
      expect(get(event, 'SUMMARY')).to.include(course.title);
      expect(get(event, 'DESCRIPTION')).to.include(course.summary);
      expect(get(event, 'URL')).to.equal(course.url);
      if (session.location) expect(get(event, 'LOCATION')).to.include(session.location.city!);
    });
    expect(uids.size).to.equal(events.length);
  });

  it('the same course gives the same UIDs on every download', () => {
    const uids = (text: string) => parseIcs(text).events.map((e) => get(e, 'UID'));
    expect(uids(courseToIcs(course, { now: new Date(0) })!)).to.deep.equal(uids(courseToIcs(course, { now: new Date() })!));
  });

  it('escapes commas, semicolons, backslashes and newlines, and they read back unchanged', () => {
    const tricky: Course = { ...course, title: 'Heart; lungs, and \\ more', summary: 'Line one\nLine two, with; all', sessions: [course.sessions[0]] };
    const { events } = parseIcs(courseToIcs(tricky)!);
    expect(get(events[0], 'SUMMARY')).to.equal(tricky.title);
    expect(get(events[0], 'DESCRIPTION')!.startsWith(tricky.summary)).to.equal(true);
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'临床试验设计 '.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });

  it('a course without sessions has no calendar file', () => {
    expect(courseToIcs({ ...course, sessions: [] })).to.equal(undefined);
  });
});
